"""A quote taken up in the sentence after it, or their praise of the writer received warmly."""

from __future__ import annotations

import functools
import re

from coach.tone_quote_turn import TURN

# Why look past the quote's sentence: the writer often quotes first and says
# what they do with the words next ("You said 'make the player feel clever'.
# It's on a post-it above my monitor now."). Keeping the words or being moved
# by them is uptake of words that praise or guide; granting a fault found or
# acting on it is uptake too. Keeping a fault is mock ("You said I was 'too
# direct'. I'll treasure that."), and a turn in that sentence takes any
# uptake back ("I'll keep that in mind for the next unpaid test").
_KEEP = (
    r"\b(?:keep(?:ing)?|kept|carry(?:ing)?|hold(?:ing)?\s+on\s*to|held\s+on\s*to)\s+(?:that|it"
    r"|this|those|these|them|your\s+words)\s+with\s+me\b"
    r"|\b(?:held|holding|hold)\s+on\s*to\s+(?:that|it)\b"
    r"|\b(?:stay(?:s|ed)?|stuck|stick(?:s|ing)?)\s+with\s+me\b"
    r"|\b(?:saved|framed|printed)\s+(?:it|that|this)\b"
    r"|\b(?:on|above|by)\s+my\s+(?:\w+\s+)?(?:wall|fridge|desk|monitor|mirror|noticeboard"
    r"|laptop|screen)\b|\b(?:post-it|sticky\s+note|motto|mantra|wallpaper)\b"
    # Put somewhere of the writer's: "which I'll put on my CV", "going into my folder".
    # Not "added to my collection": rejections are collected, not kept.
    r"|\b(?:put|putting|stick|pin|pinned|write|wrote|written|frame|going(?:\s+straight)?)\s+"
    r"(?:\w+\s+){0,2}?(?:on|in|into|onto|above|to)\s+my\s+\w+"
    r"|\b(?:meant|means|mean)\s+(?:a\s+lot|a\s+great\s+deal|so\s+much|more)\b"
    r"|\bmade\s+my\s+(?:whole\s+)?(?:day|week|month|year)\b|\bcheered\s+me\b"
    # Moved as the writer is, not "we've moved on".
    r"|\b(?:i\s+was|i['’]m|i\s+am|i\s+felt|really|so|very|deeply|genuinely|truly)\s+(?:\w+\s+)?"
    r"(?:touched|moved|honoured|honored)\b|\b(?:touched|moved)\s+me\b"
)
# "Meant a lot" is uptake, not the turn "meant" marks elsewhere ("which meant...").
_MEANT = re.compile(r"\b(?:meant|means)\s+(?:a\s+lot|a\s+great\s+deal|so\s+much|more)\b", re.I)
# Acting on the words is told in the past or present ("I've already started
# reworking it"); a promise about next time is how mock compliance is written
# ("I'll try to be less experienced next time"). Granting them: "That's
# fair", "You're right". Not "kind" or "helpful": the stock words of mock
# praise ("It's kind of you to spare me").
_GRANT = (
    r"\bi(?:['’]ve|\s+have)\s+(?:already\s+|now\s+|since\s+)?(?:started|begun|updated|signed|booked"
    r"|rewritten|reworked|enrolled|been\s+(?:practi[sc]ing|working|using|noticing|thinking))\b"
    r"|\bi(?:['’]m|\s+am)\s+(?:already\s+|now\s+)?(?:working\s+on|reworking|practi[sc]ing)\b"
    r"|\b(?:that['’]s|it['’]s|that\s+is|it\s+is|it\s+was|that\s+was)\s+(?:\w+\s+)?(?:fair|true)\b"
    r"|\byou['’]re\s+(?:\w+\s+)?right\b|\bi\s+(?:\w+\s+)?agree\b"
)
# A promise to keep them counts only where no thanks framed the quote: after
# mock thanks it is mock keeping ("nice to be told I was 'a strong candidate'
# after five rounds. I'll treasure it.").
_PROMISE = (
    r"\bi(?:['’]ll|\s+will|\s+shall)\s+(?:always\s+)?(?:keep|treasure|remember|carry)\s+(?:that|it"
    r"|this|those|these|them|your\s+words)\b|\bwon['’]t\s+(?:ever\s+)?forget\b"
)
_KEPT = re.compile(_KEEP, re.IGNORECASE)
_PROMISED = re.compile(_PROMISE, re.IGNORECASE)
_GRANTED = re.compile(_GRANT, re.IGNORECASE)
# A turn in the writer's next words takes the warmth back: a contrast, a
# doubt, irony, a cost, a question, a mock remedy.
_SOUR = re.compile(
    r"\b(?:but|though|although|yet|only|except|apparently|clearly|obviously|surely|of\s+course"
    r"|as\s+if|iron(?:y|ic\w*)|jokes?|funny|strange|interesting|shame|pity|wrong|unpaid|free"
    r"|wast\w+|invoices?|bills?|enough|never|lesson|sure|next\s+time\s+you|whoever|somehow"
    r"|ghost\w*|silence|given|since|suppose|guess|assume|imagine|unlike|even|despite|whereas"
    r"|turns?\s+out|wonder\w*|laugh\w*|nephew|niece|try\w*\s+(?:to\s+)?(?:\w+\s+)?(?:less|more))\b|\?",
    re.IGNORECASE,
)
# Thanks or approval before the quote frames mock thanks as often as not
# (coach/tone_quotes.py _FRAMED); liking their words ("I loved your point")
# or enjoying the talk does not.
_MOCK_FRAME = re.compile(
    r"\b(?:thank|thanks|grateful|glad|pleased|delighted|appreciat\w*|(?:good|nice|great|lovely|helpful|useful)\s+to"
    r"|(?:kind|nice|good)\s+of\s+you|reassuring|refreshing|i\s+note|noted|i\s+see|apparently"
    r"|so-called|interest(?:ed|ing))\b",
    re.IGNORECASE,
)
# One or two words in quotes inside a phrase are scare quotes around their
# label ("the 'feedback'", "your 'exciting opportunity'", "a 'valued' applicant").
_LABEL_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|your|their|our|such|a|an|so-called)\s*$", re.IGNORECASE
)

# A word running straight on from the quote, not a joining one: "'valued' applicant".
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|which|that|so|but|is|was|are|were|has|had|have|made|makes|really|when"
    r"|because|as|in|on|at|for|from|to|by|with|about|after|before|it|i|you|which|who)\b)[a-z]"
)

# Words about the one they chose are not the writer's to keep ("so glad you
# found someone 'more energetic'. I'll keep that in mind.").
_OTHERS = re.compile(
    r"\b(?:someone|somebody|whoever|the\s+(?:other|successful|chosen|new)\s+(?:\w+\s+)?"
    r"(?:candidate|person|applicant|hire))\b[^.!?]*$",
    re.IGNORECASE,
)


def _scare_quote(text: str, start: int, end: int) -> bool:
    """True for one or two quoted words used as a label inside a phrase."""
    if len(text[start + 1 : end - 1].split()) > 2:
        return False
    label = _LABEL_BEFORE.search(text, max(0, start - 16), start)
    return bool(label or _NOUN_AFTER.match(text, end))


def rest_and_next(text: str, end: int) -> tuple[str, str]:
    """The words after the quote in its sentence, and the sentence after that."""
    if text[end - 2 : end - 1] in {".", "!", "?"}:
        rest_end = end  # the quote closed its sentence: "...bar."
    else:
        found = re.compile(r"[.!?\n]").search(text, end)
        rest_end = found.start() if found else len(text)
    opened = re.compile(r"[.!?\n\s\"”'’)]*").match(text, rest_end)
    start = opened.end() if opened else rest_end
    closed = re.compile(r"[^.!?\n]*[.!?]?").match(text, start)
    return text[end:rest_end], text[start : closed.end() if closed else start]


def kept_next(text: str, start: int, end: int) -> bool:
    """True when the words after the quote keep, act on, or grant it, unturned.

    Those words are the rest of its sentence and the sentence after it.
    """
    s_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    if _scare_quote(text, start, end) or _OTHERS.search(text, max(0, start - 80), start):
        return False
    if _MOCK_FRAME.search(text, s_start, start):
        return False  # mock thanks, then mock keeping: "Thanks for the note. I'll treasure it."
    fault = bool(
        _ABOUT_WRITER.search(text, s_start, start) and _FAULT.search(text, start + 1, end - 1)
    )
    rest, after = rest_and_next(text, end)
    if TURN.search(_MEANT.sub(" ", rest)):
        return False
    # Uptake in the quote's own sentence stands on that sentence; uptake in
    # the next one must be unturned there too.
    return _uptake(rest, fault) or (not _SOUR.search(after) and _uptake(after, fault))


def _uptake(words: str, fault: bool) -> bool:
    """True when `words` grant or act on the quote, or keep it (a fault found is not kept)."""
    if _GRANTED.search(words):
        return True
    # A fault found in the writer is granted, not kept ("'too direct'. I'll treasure that.").
    return not fault and bool(_KEPT.search(words) or _PROMISED.search(words))


# Their praise of the writer, quoted: "you called my case study 'thoughtful'",
# "your note that I was 'a natural with the children'". Praise is received
# warmly when the writer keeps it, is moved by it before quoting it ("I was
# touched that you called me '...'"), or thanks for it afterwards ("Thank you
# for that."); and nothing turns after it. A thanks *before* the quote is not
# enough: that is how mock thanks starts. Mock thanks quotes a label ("the
# 'feedback'"), a fault ("'lacked energy'"), praise of someone else ("glad you
# found someone 'more energetic'"), or turns after it. Thanks after a fault is
# mock too ("You said I was 'overqualified'. Thanks for that."): only praise
# earns it.
_ABOUT_WRITER = re.compile(
    r"\b(?:me|my|i|i['’]m|i['’]d|i['’]ve|myself)\b"
    r"(?![^\"“‘]*\b(?:you|your|someone|somebody|they|them|he|she|whoever|candidate|others?"
    r"|people|team|everyone|anyone)\b)[^\"“‘.!?,;:]{0,60}$",
    re.IGNORECASE,
)

_MOVED_BEFORE = re.compile(
    r"\b(?:touched|moved|honoured|honored|humbled|(?:meant|means)\s+(?:a\s+lot|so\s+much))\b",
    re.IGNORECASE,
)
# Praise of the writer judged warmly by the writer: "was a nice way to end it",
# "is the feedback I'm proudest of". Only for praise of the writer: of their
# own words the same judgement is the stock of mock praise ("is a lovely line").
_JUDGED_WARM = re.compile(
    r"\b(?:lovely|nice|good|wonderful|great|kind)\s+(?:thing\s+)?to\s+(?:hear|read)\b"
    r"|\b(?:nice|lovely|kind|good)\s+way\s+to\b|\b(?:nicest|kindest|proudest|favourite|highlight)\b",
    re.IGNORECASE,
)
_FRAMED_THANKS = re.compile(r"\b(?:thank|thanks|glad|nice|kind|lovely|good\s+to)\b", re.IGNORECASE)
_THANKED = re.compile(
    r"\b(?:thank\s+you|thanks|grateful|appreciate(?:d)?\s+(?:it|that|this|those))\b",
    re.IGNORECASE,
)

# Words of lack or excess make a quote a fault found, however warm its words
# ("lacked enthusiasm", "a little too confident", "not quite the culture fit").
_FAULT = re.compile(
    r"\b(?:too|lack\w*|not|no|n['’]t|less|more|bit|little|could|should|needs?|but|if|only|enough"
    r"|quite|rather|slightly|somewhat)\b|n['’]t\b"
    r"|\b(?:over|under)(?!stand|line|way|go|take|writ|neath)[a-z]{4,}",
    re.IGNORECASE,
)


@functools.cache
def _praise(words: str) -> bool:
    """True when the quoted words are praise: VADER scores them clearly positive."""
    from coach.tone_vader import analyzer

    if _FAULT.search(words):
        return False
    return analyzer().polarity_scores(words)["compound"] >= 0.4


def praise_received(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True for their praise of the writer, quoted, received warmly, and not turned after."""
    s_start, _ = sentence
    before = text[s_start:start]
    if _scare_quote(text, start, end) or not _ABOUT_WRITER.search(before):
        return False
    if not _praise(text[start + 1 : end - 1]):
        return False
    rest, after = rest_and_next(text, end)
    if TURN.search(_MEANT.sub(" ", rest)) or _SOUR.search(after):
        return False
    if _JUDGED_WARM.search(rest) and not _FRAMED_THANKS.search(before):
        return True
    if _MOVED_BEFORE.search(before) and not _FRAMED_THANKS.search(before):
        return True
    kept = (_KEPT, _GRANTED, _THANKED)  # not a promise: "nice to be told... I'll treasure it."
    return any(p.search(words) for p in kept for words in (rest, after))
