"""A second look at the whole draft: does it carry the kind its most suspect sentence scored?"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# One scored sentence: start, end, kind, the sentence model's score, its features.
Scored = tuple[int, int, str, float, "set[str] | frozenset[str]"]

# What the gate weighs about a draft for one kind, in this order (see draft_facts).
FACTS = (
    "top",  # the kind's highest sentence score, in log-odds
    "second",  # its second highest
    "over",  # how many sentences score over the floor
    "other",  # the highest score of any other kind, in log-odds
    "ruled",  # a rule already named another wording kind in the draft
    "sentences",  # how many sentences were judged (log)
    "warm_share",  # share of them warm (VADER-positive words, no negative ones)
    "sour_share",  # share of them with a negative word
    "top_warm",  # the top sentence is warm
    "top_sour",  # the top sentence has a negative word
    "top_them",  # the top sentence is about them (you, the team, the company)
    "top_me",  # the top sentence is about the writer
    "top_question",
    "top_exclaim",
    "thanks",  # some sentence thanks them
    "top_last",  # the top sentence is the last one judged
    "top_if",  # the top sentence is conditional
    "top_negation",  # the top sentence negates
    "top_mixed",  # the top sentence praises and complains at once
    "same_other",  # the top sentence's highest score for another kind, in log-odds
    "mean",  # the kind's mean score over the sentences judged for it, in log-odds
)
_CLIP = 15.0
_WARM = "v:+"
_SOUR = frozenset({"v:-", "v:--"})


def log_odds(p: float) -> float:
    """A score in log-odds, clipped so 0 and 1 stay finite."""
    if p <= 0.0:
        return -_CLIP
    if p >= 1.0:
        return _CLIP
    return max(-_CLIP, min(_CLIP, math.log(p / (1 - p))))


def draft_facts(
    kind: str, scored: Sequence[Scored], floor: float, ruled: Iterable[str] = ()
) -> list[float] | None:
    """The facts of FACTS for `kind`, or None when no sentence of it reaches `floor`.

    `scored` is every (sentence, kind) the model judged in the draft
    (coach.tone_model.sentence_scores); `ruled` the wording kinds rules named.
    """
    mine = sorted((s for s in scored if s[2] == kind), key=lambda s: -s[3])
    if not mine or mine[0][3] < floor:
        return None
    top = mine[0]
    second = mine[1][3] if len(mine) > 1 else 0.0
    others = [s[3] for s in scored if s[2] != kind]
    feats_by_start: dict[int, set[str] | frozenset[str]] = {}
    for s in scored:
        feats_by_start.setdefault(s[0], s[4])
    judged = list(feats_by_start.values())
    warm = sum(1 for f in judged if _WARM in f and not f & _SOUR)
    sour = sum(1 for f in judged if f & _SOUR)
    tf = top[4]
    return [
        log_odds(top[3]),
        log_odds(second),
        float(sum(1 for s in mine if s[3] >= floor)),
        log_odds(max(others)) if others else -_CLIP,
        float(any(k != kind for k in ruled)),
        math.log(1 + len(judged)),
        warm / len(judged),
        sour / len(judged),
        float(_WARM in tf and not tf & _SOUR),
        float(bool(tf & _SOUR)),
        float("t:you" in tf or "t:they" in tf),
        float("t:me" in tf),
        float("f:question" in tf),
        float("f:exclaim" in tf),
        float(any("p:thanks" in f for f in judged)),
        float(top[0] == max(feats_by_start)),
        float("f:if" in tf),
        float("f:negation" in tf),
        float("x:praise+grievance" in tf),
        max((log_odds(s[3]) for s in scored if s[0] == top[0] and s[2] != kind), default=-_CLIP),
        sum(log_odds(s[3]) for s in mine) / len(mine),
    ]


@dataclass(frozen=True)
class DraftGate:
    """A logistic regression over a draft's facts for one kind, and where it lets the kind stand.

    Sentences under `floor` are never shown; a draft whose facts score under
    `cut` keeps the kind's sentence findings to itself.
    """

    floor: float
    bias: float
    weights: tuple[float, ...]
    cut: float

    def probability(self, facts: Sequence[float]) -> float:
        """How likely the draft carries the kind, given its facts."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, facts, strict=True))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def stands(self, facts: Sequence[float] | None) -> bool:
        """True when the kind's sentence findings should be shown."""
        return facts is not None and self.probability(facts) >= self.cut


def gates_from_json(data: dict[str, dict[str, object]]) -> dict[str, DraftGate]:
    """Gates from their JSON form (bench/tone_stack.py writes it)."""
    out = {}
    for kind, row in data.items():
        weights = row["weights"]
        assert isinstance(weights, list)
        out[kind] = DraftGate(
            float(row["floor"]),  # type: ignore[arg-type]
            float(row["bias"]),  # type: ignore[arg-type]
            tuple(float(w) for w in weights),
            float(row["cut"]),  # type: ignore[arg-type]
        )
    return out
