"""A plain good wish alone is not the anger model's to flag: the draft must carry a barb."""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.tone_draft_gate import Scored
from coach.tone_features import feature_set, spelt_out, tokens
from coach.tone_vader import sentences

# A set good wish: it wishes them luck, the best or success and says nothing
# about them. Left out on purpose, as they state something, and that claim
# is where most mocking wishes in the corpus put their jab: a "hope" clause
# ("I hope they enjoyed themselves"), congratulations on a deed of theirs
# ("on finding your unicorn"), a wish that is a regret ("I wish you had").
_FORMULA = re.compile(
    r"\b(?:luck|all the best|best wishes|wishing|every success"
    r"|wish (?:you|them|him|her|everyone|the \w+) (?:(?:all|every|the) (?:very )?"
    r"(?:best|success|luck)|well|luck))\b"
)
# Features of a sentence elsewhere in the draft that say it complains.
_SOUR = frozenset(
    {
        "c:WAITING",
        "c:EFFORT",
        "c:SLIGHTS",
        "c:COMPLAINT",
        "c:HOSTILE",
        "c:ANGRY",
        "f:how_long",
        "v:-",
        "v:--",
        "v:!+",
        "p:cost",
        "p:any",
    }
)
# What turns a wish into a jab lives beside it: a grievance, a cost or a
# harsh word (as anywhere in the draft, _SOUR), a sarcasm shape (comparison,
# limit, "I'm sure..."), a turn, a condition, a negation or a question.
_BARB_FEATURES = _SOUR | {
    "p:contrast",
    "p:rhetorical",
    "f:negation",
    "f:if",
    "f:question",
}
# Or words that qualify whom or what the wish lands on: "someone who'll put
# up with that", "the success it deserves", "they'll need it", "better than".
_QUALIFIERS = frozenset(
    """who whom which than need needs needed deserve deserves deserved willing since
    given until unless though although apparently obviously clearly certainly""".split()
)
# A wish on a bare "that" names no occasion; it points back at what they chose
# ("Good luck with that."), where a warm one names it ("with the move").
_POINTED = re.compile(r"\b(?:with|on|in) (?:all )?(?:that|this|those|these)\b(?! \w)")
# Emphatic do ("you did pick", "I do hope"): stress a plain wish has no use for.
_EMPHATIC = re.compile(
    r"\b(?:i|you|we|they|he|she|it|who|which|that) (?:do|does|did) (?!not\b|n't\b|a\b|an\b"
    r"|the\b|it\b|that\b|this\b|so\b|well\b|great\b|good\b|fine\b|amazing\b|brilliant\b"
    r"|nothing\b|everything\b|all\b|your\b|my\b|what\b|too\b|very\b)[a-z]+"
)
# A second sentence scoring this high leans to anger too: the wish is not alone.
# A margin under the gate's floor (0.9). Held out on never-read writers, with
# no margin (the floor itself) the veto freed 5 clean drafts for 2 anger ones
# lost; at 0.8, 5 for 1; at 0.5, 3 for 1 (tests/data/tone/README.md, m18).
_NEAR = 0.8


def plain_wish(sentence: str) -> bool:
    """True for a set good wish with nothing beside it that could make it a jab."""
    low = sentence.lower().replace("’", "'")
    if not _FORMULA.search(low) or _EMPHATIC.search(low) or _POINTED.search(low):
        return False
    feats = feature_set(sentence, "")
    if feats & _BARB_FEATURES or any(_mixed(f) for f in feats):
        return False
    return _QUALIFIERS.isdisjoint(spelt_out(tokens(sentence)))


def _mixed(feature: str) -> bool:
    """A mix of signs in one breath (praise and a grievance, a wish and a limit...)."""
    return feature.startswith("x:") and feature not in ("x:you+", "x:they+", "x:me+")


def rests_on_plain_wish(text: str, scored: Sequence[Scored], floor: float) -> bool:
    """True when the model's anger in the draft rests on one plain good wish and nothing else.

    Its sentence model learned sign-offs like "best of luck" from mocking
    ones, whose jab is elsewhere in the draft or beside the wish; with no
    other sentence the model comes near to reading as anger (_NEAR) and no
    complaint anywhere, there is none.
    """
    anger = sorted((s for s in scored if s[2] == "anger"), key=lambda s: -s[3])
    if not anger or anger[0][3] < floor or (len(anger) > 1 and anger[1][3] >= _NEAR):
        return False
    top = anger[0]
    if not plain_wish(text[top[0] : top[1]].strip()):
        return False
    for start, end in sentences(text):
        if start != top[0] and feature_set(text[start:end].strip(), "") & _SOUR:
            return False
    return True
