"""A lone hit of the costliest anger rules stands only when a second signal agrees."""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections import Counter

from coach.tone_features import MIN_SENTENCE, feature_set
from coach.tone_model import LEANS, KindModel
from coach.tone_rules import shipped_rules
from coach.tone_structure import Span
from coach.tone_vader import sentences

# A finding of these kinds from another source is a second signal.
SECONDS = frozenset({"anger", "begging", "public", "apology", "shouting"})


# The anger rules whose lone hits cost the most on writers the sentence model never
# saw (writers 15-23, op27's price list: clean drafts flagged by the rule alone /
# angry drafts only it found): harsh-laughter 15/34, angry-words 16/16. The other
# rules no hit-veto model judges cost far less (talking-over 3/30,
# praise-complaint 1/24) and stand alone as before.
WEAK_RULES = frozenset({"harsh-laughter", "angry-words"})


@functools.cache
def weak_reasons() -> frozenset[str]:
    """The reasons of WEAK_RULES' hits.

    harsh-judgement gives harsh-laughter's reason, and a hit is known by its
    reason alone, so its hits need a second signal too.
    """
    return frozenset(r.reason for r in shipped_rules().rules if r.name in WEAK_RULES)


def unseconded(
    text: str,
    spans: list[Span],
    others: list[Span],
    anger: KindModel,
    own: frozenset[str] = frozenset(),
) -> set[Span]:
    """The hits of WEAK_RULES that no second signal backs.

    A strong word is as often aimed at the traffic, the weather or the
    writer's nerves as at the employer. So such a hit counts when the
    anger model at least leans to anger (LEANS) on its sentence, or when
    another source finds a problem in the same draft: another rule or the
    model (any wording kind), or shouting in `others`. A person's `own`
    rules are never overruled.
    """
    weak_ones = weak_reasons()
    weak = [s for s in spans if s.kind == "anger" and s.reason in weak_ones and s.reason not in own]
    if not weak:
        return set()
    # Counted once, so a long draft with many hits takes one pass, not one per hit.
    reasons = Counter(s.reason for s in [*spans, *others] if s.kind in SECONDS)
    total = sum(reasons.values())
    bounds = list(sentences(text))
    starts = [start for start, _ in bounds]
    scores: dict[int, float] = {}
    out = set()
    for span in weak:
        if total > reasons[span.reason]:
            continue  # a second source finds a problem in this draft
        at = bisect_right(starts, span.start) - 1
        if at not in scores:
            scores[at] = _sentence_score(text, bounds, at, anger)
        if scores[at] < LEANS:
            out.add(span)
    return out


def _sentence_score(text: str, bounds: list[tuple[int, int]], at: int, anger: KindModel) -> float:
    """The anger model's score of sentence `at` (1.0 when there is none long enough to judge)."""
    if at < 0:
        return 1.0
    start, end = bounds[at]
    sentence = text[start:end].strip()
    if len(sentence) < MIN_SENTENCE:
        return 1.0  # the model does not judge it: no grounds to overrule the rule
    before = text[slice(*bounds[at - 1])].strip() if at > 0 else ""
    return anger.probability(feature_set(sentence, before))
