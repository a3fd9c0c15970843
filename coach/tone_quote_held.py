"""Their kind words held to: the writer takes them as a promise and carries them forward."""

from __future__ import annotations

import re

from coach.tone_quote_kept import _ABOUT_WRITER, _FAULT, _MOCK_FRAME, _SOUR, rest_and_next
from coach.tone_quote_own_case import said_again, warm_after
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
# Their speaker's own voice ("from me personally, I promise") is a promise too.
_THEIR_SIDE = re.compile(
    r"\b(?:we|us|our|ours|we['’](?:re|ll|ve|d)|i|me|my|mine|i['’](?:m|ll|ve|d))\b", re.IGNORECASE
)
# Held to a verdict on this case ("a superb fit for the team", "the strongest
# candidate", "perfect for this role") is the decision argued, not kind words
# kept: the words must name nothing of the process (coach/tone_quote_saying.py).
# The hold is a sentence of its own, or closes the quote's: "I'm holding you
# to that." Anything it goes on to ("by the end of the month", "like the
# last three times", "and I'd take it at the lower rate") is what it means.
_HOLD_ONLY = re.compile(
    r"\W*(?:(?:and|so)\s+)?(?:i['’]m|i\s+am|i\s+will|i['’]ll|i\s+shall)\s+(?:going\s+to\s+|just\s+)?"
    r"(?:hold|holding)\s+you\s+to\s+(?:that|it|this)[\W_]*$",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|others?|whoever|they|them|he|she|him|her)\b",
    re.IGNORECASE,
)
_HELD_TO = re.compile(
    r"\b(?:hold|holds|holding|held)\s+(?:you|you\s+all|them|her|him)\s+to\s+"
    r"(?:that|it|this|those|them|your\s+word|those\s+words)\b",
    re.IGNORECASE,
)


def held_to(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the writer holds the reader to the warm words quoted at text[start:end]."""
    from coach.tone_quote_judged import complaining_sentences
    from coach.tone_quote_saying import _PROCESS, _clearly_negative
    from coach.tone_vader import compound

    s_start, s_end = sentence
    if not _HELD_TO.search(text, end, after_end(text, end)):
        return False  # the cheap test first: nearly every quote is held to nothing
    words = text[start + 1 : end - 1]
    if compound(words) <= 0 or _MOCK_FRAME.search(text, s_start, start):
        return False
    if not _TO_WRITER.search(words) or _THEIR_SIDE.search(words) or _PROCESS.search(words):
        return False
    # Kind words weighed against someone else ("snapped up by someone smarter"),
    # or brought in after a grievance in their own sentence ("Three weeks of
    # silence, then you said..."), are not kept.
    if _OTHERS.search(words) or _SOUR.search(text, s_start, start):
        return False
    if _ABOUT_WRITER.search(text, s_start, start) and _FAULT.search(words):
        return False
    rest, after = rest_and_next(text, end)
    if _HOLD_ONLY.match(rest.lstrip(" ,;:—–-")):
        held_end = s_end
    elif _HOLD_ONLY.match(after) and not rest.strip(" .!\"”'’"):
        held_end = text.find(after, end) + len(after)
    else:
        return False
    complaints = complaining_sentences(text, _clearly_negative)
    if not all(s_start < b and a < held_end for a, b in complaints):
        return False
    # Their words said again anywhere else ("I waited forty minutes." ...
    # "well worth the wait") are the writer's answer to them, not a keepsake.
    return warm_after(text, held_end, words) and not said_again(text, words, (s_start, held_end))
