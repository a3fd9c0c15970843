"""Their kind words held to: the writer takes them as a promise and carries them forward."""

from __future__ import annotations

import re

from coach.tone_quote_kept import _ABOUT_WRITER, _FAULT, _MOCK_FRAME, _SOUR, rest_and_next
from coach.tone_quote_own_case import warm_after
from coach.tone_reach import after_end

# Why: "You said, 'Whatever happens, you should be proud of that model.' I'm
# holding you to that." The writer takes the reader's kind words (praise, a
# door left open) as something said for good and carries them forward; in
# the corpus every reply that holds the reader to their words is clean. The
# same act on words that are not kind, or on their side's promise, is a jab
# ("'We'll be in touch.' I'm holding you to that."), so only warm words said to
# the writer are held (VADER above 0, "you" and no "we"), never a fault found,
# never under a thanks before the quote (mock thanks, q16), never with a turn
# after it, and never in a reply that complains elsewhere.
# Kind words said to the writer ("you should be proud", "you'll land somewhere
# great"), not their side's promise or stock line ("you'll hear from us",
# "we value every candidate"): holding them to those is a reminder of a debt.
_TO_WRITER = re.compile(r"\b(?:you|your|you['’](?:re|ll|ve|d))\b", re.IGNORECASE)
_THEIR_SIDE = re.compile(r"\b(?:we|us|our|ours|we['’](?:re|ll|ve|d))\b", re.IGNORECASE)
_HELD_TO = re.compile(
    r"\b(?:hold|holds|holding|held)\s+(?:you|you\s+all|them|her|him)\s+to\s+"
    r"(?:that|it|this|those|them|your\s+word|those\s+words)\b",
    re.IGNORECASE,
)


def held_to(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the writer holds the reader to the warm words quoted at text[start:end]."""
    from coach.tone_quote_judged import complaining_sentences
    from coach.tone_quote_saying import _clearly_negative
    from coach.tone_quote_turn import TURN
    from coach.tone_vader import compound

    s_start, s_end = sentence
    if not _HELD_TO.search(text, end, after_end(text, end)):
        return False  # the cheap test first: nearly every quote is held to nothing
    words = text[start + 1 : end - 1]
    if compound(words) <= 0 or _MOCK_FRAME.search(text, s_start, start):
        return False
    if not _TO_WRITER.search(words) or _THEIR_SIDE.search(words):
        return False
    if _ABOUT_WRITER.search(text, s_start, start) and _FAULT.search(words):
        return False
    rest, after = rest_and_next(text, end)
    if _HELD_TO.search(rest):
        if TURN.search(rest):
            return False
        held_end = s_end
    elif _HELD_TO.search(after) and not rest.strip(" .!\"”'’") and not _SOUR.search(after):
        held_end = text.find(after, end) + len(after)
    else:
        return False
    complaints = complaining_sentences(text, _clearly_negative)
    if not all(s_start < b and a < held_end for a, b in complaints):
        return False
    return warm_after(text, held_end, words)
