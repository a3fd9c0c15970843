"""A learned second opinion on the weak anger rules' hits, read with their sentence and draft."""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable
from pathlib import Path

import orjson

from coach.tone_features import MIN_SENTENCE, feature_set, tokens
from coach.tone_hit_about import about_features
from coach.tone_model import shipped_model
from coach.tone_quote_owner import passed_on
from coach.tone_rules import shipped_rules
from coach.tone_structure import Span
from coach.tone_vader import compound, sentences

HIT_MODEL_FILE = Path(__file__).with_name("tone_hit_model.json")

_QUOTE_MARKS = "\"“”‘’'"
_THANKS = re.compile(r"\b(?:thank|thanks|grateful|appreciate[ds]?|glad|touched|treasure|loved?)\b")


@functools.cache
def rule_names() -> dict[str, str]:
    """Each anger rule's reason, and the rule named by it (the first, where rules share one)."""
    out: dict[str, str] = {}
    for rule in shipped_rules().rules:
        if rule.kind == "anger":
            out.setdefault(rule.reason, rule.name)
    return out


def _bin(value: float, edges: Iterable[float]) -> str:
    """The index of the first edge the value falls under, as text."""
    for i, edge in enumerate(edges):
        if value < edge:
            return str(i)
    return "n"


def _holding(bounds: tuple[tuple[int, int], ...], at: int) -> int | None:
    """The index of the sentence holding offset `at`, found by halving (drafts can be long)."""
    i = bisect.bisect_right(bounds, (at, math.inf)) - 1
    return i if i >= 0 and bounds[i][0] <= at < bounds[i][1] else None


def _around(text: str, span: Span) -> tuple[int, int, str, str]:
    """The sentence holding the span (start, end), the sentence before it and the one after."""
    bounds = sentences(text)
    i = _holding(bounds, span.start)
    if i is None:
        before = text[slice(*bounds[-1])].strip() if bounds else ""
        return span.start, span.end, before, ""
    start, end = bounds[i]
    before = text[slice(*bounds[i - 1])].strip() if i > 0 else ""
    after = text[slice(*bounds[i + 1])].strip() if i + 1 < len(bounds) else ""
    return start, max(end, span.end), before, after


def summary(scores: list[float]) -> tuple[float, int]:
    """What the second opinion reads of the anger model's scores of a draft's other
    sentences: the top score and how many reach 0.2."""
    return max(scores, default=0.0), sum(1 for p in scores if p >= 0.2)


def hit_features(text: str, span: Span, others: int, draft: tuple[float, int]) -> set[str]:
    """What the second opinion weighs of one rule hit.

    `others`: how many other anger spans of the draft still stand; `draft`:
    summary() of the anger model's scores of the draft's other sentences.
    """
    rule = rule_names().get(span.reason, "other")
    start, end, before, after = _around(text, span)
    sentence = text[start:end]
    out = {f"r:{rule}"}
    own = feature_set(sentence.strip(), before)
    out |= own
    out |= {f"{rule}|{f}" for f in own if f[:2] in ("v:", "t:", "p:", "x:", "f:", "c:")}
    out.add(f"sv:{_bin(compound(sentence), (-0.5, -0.05, 0.05, 0.5, 0.8))}")
    angry_here = shipped_model()["anger"].probability(own)
    out.add(f"sp:{_bin(angry_here, (0.02, 0.05, 0.15, 0.3, 0.5))}")
    out |= about_features(rule, sentence, span.start - start, span.end - start, before, after)
    hit = text[span.start : span.end]
    quoted = hit[:1] in _QUOTE_MARKS
    if quoted:
        inside = hit.strip(_QUOTE_MARKS + " ")
        out.add(f"qv:{_bin(compound(inside), (-0.3, -0.05, 0.05, 0.3))}")
        out |= {f"qw:{w}" for w in tokens(inside)}
        out |= {f"qa:{w}" for w in tokens(text[span.end : min(end, span.end + 40)])[:3]}
        lead = tokens(text[start : span.start])
        out |= {f"qb:{w}" for w in lead[-3:]}
        if _THANKS.search(text[start : span.start].lower()):
            out.add("q:thanks_before")
        rest = text[span.end : end].strip()
        out.add("q:ends" if len(rest) <= 2 else f"q:restv:{_bin(compound(rest), (-0.05, 0.05))}")
        if not lead:
            out.add("q:opens")
    else:
        out |= {f"m:{w}" for w in tokens(hit)}
    # A quote's sour turn most often comes in the next sentence ("Funny, since...").
    if after:
        out.add(f"n:v:{_bin(compound(after), (-0.5, -0.05, 0.05, 0.5))}")
        next_feats = feature_set(after, sentence.strip())
        out |= {f"n:{f}" for f in next_feats if f[:2] in ("v:", "p:", "x:")}
        out |= {f"n:{w}" for w in tokens(after)[:2]}
        angry = shipped_model()["anger"].probability(next_feats)
        out.add(f"n:p:{_bin(angry, (0.05, 0.15, 0.3, 0.5))}")
    else:
        out.add("n:none")
    # A sour draft seldom jabs once: what else in it reads angry.
    out.add(f"d:others:{min(2, others)}")
    top, angry_count = draft
    out.add(f"d:top:{_bin(top, (0.05, 0.15, 0.3, 0.5))}")
    out.add(f"d:angry:{min(3, angry_count)}")
    out.add(f"d:v:{_bin(compound(text), (-0.5, 0.0, 0.5, 0.9, 0.98))}")
    return out


@functools.cache
def shipped_hit_model() -> dict[str, object]:
    """The second opinion's weights: a model per family of rules, each rule's threshold in it."""
    return orjson.loads(HIT_MODEL_FILE.read_bytes())  # type: ignore[no-any-return]


def probability(model: dict[str, object], feats: Iterable[str]) -> float:
    """How likely a draft with a hit of these features carries anger."""
    weights = model["weights"]
    assert isinstance(weights, dict)
    z = float(model["bias"]) + sum(weights.get(f, 0.0) for f in feats)  # type: ignore[arg-type]
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def judged_rules() -> dict[str, tuple[dict[str, object], float]]:
    """Each judged rule's model and the score its hits need to stand."""
    out = {}
    for model in shipped_hit_model()["models"]:  # type: ignore[attr-defined]
        for rule, cut in model["thresholds"].items():
            out[rule] = (model, float(cut))
    return out


def hit_vetoed(text: str, spans: list[Span], own: frozenset[str] = frozenset()) -> set[Span]:
    """The hits of the judged rules whose draft the second opinion reads as clean.

    Trained on every hit of those rules over the corpus, each labelled by
    whether its draft carries anger (bench/tone_hit_train.py); a hit scored
    under its rule's threshold, picked on held-out writers, is a near miss.
    A person's `own` rules are never overruled.
    """
    names = rule_names()
    anger = [s for s in spans if s.kind == "anger" and s.reason in names]
    if not anger:
        return set()
    judged = judged_rules()
    mine = [s for s in anger if names[s.reason] in judged and s.reason not in own]
    if not mine:
        return set()
    scored = _scored(text)  # each sentence once, however many hits the draft has
    bounds = sentences(text)
    # The top two scores and the count over 0.2, so each hit's summary of the
    # other sentences takes no pass over the draft (a long draft has many hits).
    ranked = sorted(((p, at) for at, p in scored), reverse=True)[:2]
    angry = sum(1 for _at, p in scored if p >= 0.2)
    score_of = dict(scored)
    out = set()
    for span in mine:
        i = _holding(bounds, span.start)
        skip = bounds[i] if i is not None else None
        if skip and passed_on(text, span.start, span.end, skip[0]):
            continue  # their verdict handed on from the writer's own people (tone_quote_owner.py)
        own_score = score_of.get(skip) if skip else None  # type: ignore[arg-type]
        top = next((p for p, at in ranked if at != skip), 0.0)
        draft = (top, angry - (own_score is not None and own_score >= 0.2))
        feats = hit_features(text, span, len(anger) - 1, draft)
        model, cut = judged[names[span.reason]]
        if probability(model, feats) < cut:
            out.add(span)
    return out


def anger_scores(text: str, skip: tuple[int, int] | None) -> list[float]:
    """The anger model's score of each sentence of the draft but the one `skip` bounds."""
    return [p for at, p in _scored(text) if at != skip]


def _scored(text: str) -> list[tuple[tuple[int, int], float]]:
    """Each sentence long enough to judge, and the anger model's score of it."""
    model = shipped_model()["anger"]
    out = []
    before = ""
    for start, end in sentences(text):
        sentence = text[start:end].strip()
        if len(sentence) >= MIN_SENTENCE:
            out.append(((start, end), model.probability(feature_set(sentence, before))))
        before = sentence
    return out
