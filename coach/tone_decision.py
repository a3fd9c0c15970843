"""The draft-level decision: whether a draft's one lone source of wording findings stands."""

from __future__ import annotations

import functools
import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from coach.tone_draft_gate import log_odds
from coach.tone_features import MIN_SENTENCE, feature_set
from coach.tone_hit_veto import judged_rules, rule_names
from coach.tone_model import ToneModel
from coach.tone_quote_owner import passed_on
from coach.tone_structure import Span
from coach.tone_vader import sentences

DECISION_FILE = Path(__file__).with_name("tone_decision.json")
WORDING = ("anger", "begging", "public", "apology")
# Which single source found the draft's every finding: one rule, or the sentence model.
GROUPS = ("lone_rule", "lone_model")

# What the decision weighs about the lone kind, in this order.
FACTS = (
    "gate",  # the model's draft gate for the kind, in log-odds (clipped)
    "top",  # the kind's highest sentence score anywhere in the draft, log-odds
    "best",  # its highest score on a sentence holding a finding, log-odds
    "words",  # log(1 + the draft's words)
    "warm",  # share of the judged sentences that read warm
    "sour",  # share of them with a negative word
    "hits",  # log(1 + the findings)
    "vetted",  # a rule whose hits the hit veto judged (coach/tone_hit_veto.py) and let stand
    "anger",  # which kind: one-hots against apology, so each has its own base rate
    "begging",
    "public",
)
# Log-odds beyond this say nothing more; clipped so no one reading swamps the rest.
_CLIP = 8.0
_SOUR = frozenset({"v:-", "v:--"})


@dataclass(frozen=True)
class Decision:
    """A logistic regression over FACTS and the score a lone source's findings need to stand."""

    bias: float
    weights: tuple[float, ...]
    cut: float

    def probability(self, facts: Sequence[float]) -> float:
        """How likely the draft carries the kind, given what the check found."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, facts, strict=True))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def from_json(data: dict[str, dict[str, object]]) -> dict[str, Decision]:
    """The decisions per group from their JSON form (bench/tone_decide.py writes it)."""
    out = {}
    for group in GROUPS:
        row = data[group]
        weights = row["weights"]
        assert isinstance(weights, list) and len(weights) == len(FACTS)
        out[group] = Decision(
            float(row["bias"]),  # type: ignore[arg-type]
            tuple(float(w) for w in weights),
            float(row["cut"]),  # type: ignore[arg-type]
        )
    return out


@functools.cache
def shipped_decisions() -> dict[str, Decision]:
    """The shipped weights, read once."""
    return from_json(orjson.loads(DECISION_FILE.read_bytes())["groups"])


def lone_facts(
    text: str,
    words: Sequence[Span],
    by_model: frozenset[Span],
    structural: Iterable[str],
    gates: dict[str, float],
    model: ToneModel,
    *,
    only_if_weighed: bool = False,
    app: frozenset[int] = frozenset(),
) -> tuple[str, str, list[float]] | None:
    """The group, kind and FACTS of the draft's findings when one source found them all.

    None when the draft has no wording finding, or more than one source
    agrees (two rules, a rule and the model, any structural finding): such
    findings stand as they are. `by_model` are the model's own findings.
    only_if_weighed: None too where the group's shipped cut is 0, which every
    score meets: the facts (every sentence read again) would change nothing.
    `app` are the starts of the app's own template sentences: left out of the
    facts, as they say nothing of the person's tone (coach/tone_app_words.py).
    """
    if not words or any(True for _ in structural):
        return None
    first = words[0]
    source = _source(first, by_model)
    if first.kind not in WORDING or any(_source(s, by_model) != source for s in words):
        return None
    kind_model = model.get(first.kind)
    if kind_model is None:
        return None
    group = "lone_model" if first in by_model else "lone_rule"
    if only_if_weighed and shipped_decisions()[group].cut <= 0:
        return None
    bounds = sentences(text)
    starts = [start for start, _ in bounds]
    if group == "lone_rule" and any(_handed_on(text, s, starts) for s in words):
        return None  # the writer's own act, whatever the model reads of the quote
    read = [
        frozenset() if start in app else _features(text, bounds, at)
        for at, (start, _end) in enumerate(bounds)
    ]
    words_in = sum(len(text[a:b].split()) for a, b in bounds if a not in app)
    scores = [kind_model.probability(f) if f else 0.0 for f in read]
    held = {bisect_right(starts, s.start) - 1 for s in words}
    judged = [f for f in read if f]
    facts = [
        _clipped(gates.get(first.kind, 0.0)),
        _clipped(max(scores, default=0.0)),
        _clipped(max((scores[at] for at in held if at >= 0), default=0.0)),
        math.log1p(words_in),
        sum(1 for f in judged if "v:+" in f and not f & _SOUR) / max(1, len(judged)),
        sum(1 for f in judged if f & _SOUR) / max(1, len(judged)),
        math.log1p(len(words)),
        float(first not in by_model and rule_names().get(first.reason, "") in judged_rules()),
        *(float(first.kind == k) for k in WORDING[:3]),
    ]
    return group, first.kind, facts


def stands(
    found: tuple[str, str, list[float]] | None, decisions: dict[str, Decision] | None = None
) -> bool:
    """True unless a lone source's findings score under its group's cut."""
    if found is None:
        return True
    group, _kind, facts = found
    decision = (shipped_decisions() if decisions is None else decisions)[group]
    return decision.probability(facts) >= decision.cut


def _handed_on(text: str, span: Span, starts: list[int]) -> bool:
    """True when the span quotes a verdict on them that the writer hands on from their own people.

    "I told my mum and she said, 'They're a pack of clowns.' She'd know." The
    hit veto and the model's veto keep such a hit (coach/tone_quote_owner.py);
    the model's reading of the quoting sentence says nothing of the writer's act.
    """
    if span.kind != "anger":
        return False
    at = bisect_right(starts, span.start) - 1
    return at >= 0 and passed_on(text, span.start, span.end, starts[at])


def _source(span: Span, by_model: frozenset[Span]) -> tuple[str, str]:
    """What found a span: the model (per kind) or the rule its reason names."""
    return ("model", span.kind) if span in by_model else ("rule", span.reason)


def _clipped(p: float) -> float:
    return max(-_CLIP, min(_CLIP, log_odds(p)))


def _features(text: str, bounds: Sequence[tuple[int, int]], at: int) -> frozenset[str]:
    """The model's features of sentence `at` (empty when it is too short to judge)."""
    sentence = text[slice(*bounds[at])].strip()
    if len(sentence) < MIN_SENTENCE:
        return frozenset()
    before = text[slice(*bounds[at - 1])].strip() if at > 0 else ""
    return feature_set(sentence, before)
