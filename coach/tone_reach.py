"""How far around a hit its context is read: its sentence, at most REACH characters either side."""

from __future__ import annotations

# Why a bound: a quote's readers (coach/tone_quote*.py) and a rule's
# sentence test read the sentence around each hit. In one sentence of a
# thousand quotes ('"a" "a" ...', 4 KB) every quote read the whole sentence
# again, so the check grew with the square of the draft (9 s). Read at most
# REACH characters of its own sentence either side, and at most NEIGHBOUR
# into the sentence before or after, each hit costs the same however long
# the draft. Every sentence of the tone corpus fits: a quote is at most 275
# characters from its sentence's start and 232 from its end, and at most
# 529 from the end of the sentence after it, so no verdict there changes
# (bench/tone_same.py).
REACH = 300
NEIGHBOUR = 2 * REACH


def reach(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of `sentence` read for the hit text[start:end]: at most REACH either side.

    A cut falls between words, never inside one: half a word ("ba|you") could read as another.
    """
    s_start, s_end = sentence
    return _from(text, s_start, start, REACH), _to(text, end, s_end, REACH)


def own_start(text: str, left: int, start: int) -> int:
    """Where reading back from a hit at `start` to its sentence's start `left` stops."""
    return _from(text, left, start, REACH)


def before_start(text: str, left: int, start: int) -> int:
    """Where reading back from a hit at `start` to the sentence before, from `left`, stops."""
    return _from(text, left, start, NEIGHBOUR)


def own_end(text: str, end: int) -> int:
    """How far on from a hit ending at `end` the rest of its own sentence is read."""
    return _to(text, end, len(text), REACH)


def after_end(text: str, end: int) -> int:
    """How far on from a hit ending at `end` the sentence after it is read."""
    return _to(text, end, len(text), NEIGHBOUR)


def _from(text: str, left: int, start: int, far: int) -> int:
    lo = max(left, start - far)
    while left < lo < start and _in_word(text, lo):
        lo += 1
    return lo


def _to(text: str, end: int, right: int, far: int) -> int:
    hi = min(right, end + far)
    while end < hi < right and _in_word(text, hi):
        hi -= 1
    return hi


def _in_word(text: str, at: int) -> bool:
    """True when offset `at` falls between two characters of one word."""
    return text[at - 1].isalnum() and text[at].isalnum()
