"""Their praise of the writer or their advice, quoted and left unturned, is received as given."""

from __future__ import annotations

import functools
import re

from coach.tone_quote_kept import (
    _FAULT,
    _MOCK_FRAME,
    _SOUR,
    _chosen_other,
    _scare_quote,
    _unsaid,
    rest_and_next,
)
from coach.tone_quote_turn import TURN

# Why judge the quote by what it says, not by what the writer does next:
# warm uptake takes endless forms (a thanks, a laugh, a plan, "that is
# generous"), and no list of them closes. A sneer, though, has to turn the
# words somewhere: scare quotes, a question, a contrast, a cost, a request to
# think again. So their praise of the writer and their advice pass unless
# something turns them; their stock words and the faults they found stay
# handed back unless kept (coach/tone_quote_kept.py).

# Who the praise is about: the writer named right before it ("you said I
# was '...'", "called my portfolio '...'", "described me as '...'"), not the
# lab, the council or the process ("the department was 'like a family'").
_ON_WRITER = re.compile(
    r"(?:\b(?:i|my(?:\s+[\w-]+){0,2}|myself)|\b(?:called|described|found|rated|thought|saw"
    r"|considered|named)\s+me)"
    r"(?:\s+(?:was|were|am|had|have|has|would\s+be|['’]d\s+be|could\s+be|seemed|came\s+across\s+as"
    r"|as|is|being|a|an|the|really|very|such))*\s*$",
    re.IGNORECASE,
)
# Or spoken to the writer, "you" the subject: "'You have a real gift...'".
_TO_WRITER = re.compile(r"^\W*(?:you|you['’](?:re|ve|d|ll))\b", re.IGNORECASE)
# Hedges that take praise back inside the quote ("strong on paper"), and a
# comparative that asks for more ("roles that better match").
_HEDGED = re.compile(
    r"\b(?:on\s+paper|in\s+theory|for\s+now|at\s+this\s+stage|yet|better|some|maybe|perhaps)\b",
    re.IGNORECASE,
)
# Good wishes at the close are stock ("every success in your search"), not praise.
_WISHED = re.compile(r"\bwish\w*\b", re.IGNORECASE)
# Marks of sarcasm in the words around the quote.
_SARCASM = re.compile(
    r"\b(?:haha\w*|lol|indeed|high\s+praise|i\s+can\s+tell|as\s+much|clearly|evidently|noted)\b"
    r"|[\U0001F602\U0001F643\U0001F642\U0001F609\U0001F644]",
    re.IGNORECASE,
)
# Their own voice about their process ("we were impressed", "our decision")
# is the stock of a rejection, not a word on the writer.
_THEIR_VOICE = re.compile(r"\b(?:we|we['’]\w+|our|us|ours)\b", re.IGNORECASE)
# Advice named as such before the quote: "you advised me to", "your tip".
_ADVICE_FRAME = re.compile(
    r"\b(?:advice|advised|advise|advising|suggest\w*|tips?|recommend\w*|pointers?|guidance"
    r"|(?:told|urged|encouraged|reminded|taught)\s+(?:me|us)\s+(?:to|that)|coached)\b",
    re.IGNORECASE,
)
# What turns their words before the quote: hearsay, doubt, a slight ("so-called").
_TURN_BEFORE = re.compile(
    r"\b(?:apparently|supposedly|allegedly|so-called|so\s+called|despite|even\s+though|for\s+all"
    r"|after\s+(?:calling|saying|telling|describing)|while|whereas|claimed|claims)\b",
    re.IGNORECASE,
)
# Asking them to think again argues with their decision, however warm the words.
_AGAIN = re.compile(
    r"\b(?:reconsider\w*|think\s+again|rethink|revisit|look\s+again|second\s+look|appeal"
    r"|review\s+(?:the|your|my|this|that|its)\s+decision)\b",
    re.IGNORECASE,
)

# Laughing with their words is uptake, not a turn ("That made me laugh.");
# "had to laugh" and "laughable" are still read as turns.
_LAUGH_WITH = re.compile(
    r"\b(?:made|makes)\s+(?:me|us)\s+(?:laugh|smile)\b(?!\s+(?:at|that))"
    r"|\b(?:i|we)\s+(?:both\s+)?laughed\b(?!\s+at)",
    re.IGNORECASE,
)


_WORD = re.compile(r"[a-z]{5,}")
# Shouting after the quote: a line mostly in capitals.
_CAPS = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b")


def _echoed(words: str, rest: str, after: str) -> bool:
    """True when the writer repeats a word of the quote right after it: their words turned round.

    "'quietly excellent'. Quietly excellent, loudly rejected."
    """
    theirs = set(_WORD.findall(words.lower()))
    return bool(theirs & set(_WORD.findall((rest + " " + after).lower())))


@functools.cache
def _tone(words: str) -> float:
    """VADER's compound score for the quoted words."""
    from coach.tone_vader import analyzer

    return analyzer().polarity_scores(words)["compound"]


def _praise_of_writer(before: str, words: str) -> bool:
    """True when the quote praises the writer: about them, positive, no lack, no excess."""
    if _FAULT.search(words) or _HEDGED.search(words) or _THEIR_VOICE.search(words):
        return False
    if _tone(words) <= 0:
        return False
    return bool(_ON_WRITER.search(before) or _TO_WRITER.search(words))


def _advice(before: str, words: str) -> bool:
    """True when the quote is advice named as such, not a fault in disguise."""
    if not _ADVICE_FRAME.search(before) or _FAULT.search(words) or _HEDGED.search(words):
        return False
    if _THEIR_VOICE.search(words):
        return False
    return _tone(words) >= 0


def received(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True for their praise of the writer or advice, quoted, and turned nowhere near it.

    Nowhere near it: before it in its sentence, after it there, or in the
    sentence after.
    """
    s_start, _ = sentence
    before = text[s_start:start]
    words = text[start + 1 : end - 1]
    if _scare_quote(text, start, end) or _chosen_other(text, start, end):
        return False
    # Thanks or gladness before the quote is how mock thanks starts ("So
    # pleased the panel found my talk 'interesting'."): a sarcasm marker.
    if _MOCK_FRAME.search(before) or _WISHED.search(before):
        return False
    if _TURN_BEFORE.search(before) or TURN.search(before):
        return False
    if not (_praise_of_writer(before, words) or _advice(before, words)):
        return False
    rest, after = rest_and_next(text, end)
    # A sneer can wait a sentence or two: read to the end of the paragraph.
    stop = text.find("\n\n", end)
    after = text[end : stop if stop >= 0 else len(text)][len(rest) :]
    rest, after = _LAUGH_WITH.sub(" ", rest), _LAUGH_WITH.sub(" ", after)
    if TURN.search(_unsaid(rest)) or _SOUR.search(_unsaid(after)):
        return False
    if _SARCASM.search(rest + " " + after) or _CAPS.search(rest + " " + after):
        return False
    if _echoed(words, rest, after):
        return False
    return not _AGAIN.search(rest + " " + after)
