"""Length: a reply too curt to read as warm, or a long one that re-argues the case."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coach.tone_span import Span
from coach.tone_structure import is_sign_off_line, signature_lines
from coach.tone_words import ACKNOWLEDGEMENT_WORDS, SIGN_OFF_WORDS

# The brief's whole reply, every part included, is about 80 words between
# greeting and sign-off; past 200 it has become a cover letter or an argument.
WORD_LIMIT = 200
# Past this many words a reply is too long whatever it says. Between the two
# limits only a reply that re-argues the case is (a long, warm letter of thanks
# that asks nothing back is not a length problem).
LONG_ALONE = 280
# A body of this many words or fewer is a bare acknowledgement, whatever it says.
CURT_WORDS = 3
# Up to this many words, a body made only of acknowledgement words is curt too.
CURT_ACK_WORDS = 6

_BODY_WORD = re.compile(r"[^\W_][\w'’-]*")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|hallo|hej|dear|good (?:morning|afternoon|evening)|morning"
    r"|to whom|respected|greetings)\b[^\n]{0,60}$",
    re.IGNORECASE,
)


def body_range(text: str) -> tuple[int, int]:
    """Where the reply's own words sit: after the greeting line, before the sign-off."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return 0, 0
    first = filled[0]
    if len(filled) > 1 and _GREETING.match(lines[first]) and len(lines[first].split()) <= 6:
        first = filled[1]
    if first != filled[-1] and is_sign_off_line(lines[first]) and _names_only(lines, filled, first):
        return offsets[first], offsets[first]  # a greeting and sign-off, with no reply between
    end_line = len(lines)
    signature = signature_lines(text)
    for i in filled:
        if i > first and is_sign_off_line(lines[i]):
            end_line = i
            break
    else:
        if signature and min(signature) > first:
            end_line = min(signature)
    return offsets[first], min(
        offsets[end_line] if end_line < len(offsets) else len(text), len(text)
    )


def _names_only(lines: list[str], filled: list[int], after: int) -> bool:
    """Whether every line after `after` is a short one with no sentence in it (a name, a title)."""
    rest = [lines[i] for i in filled if i > after]
    return len(rest) <= 3 and all(len(x.split()) <= 4 and not re.search(r"[.!?]", x) for x in rest)


# A greeting or sign-off written on the body's own line ("Dear Ana, noted.
# Regards, P."): the words a reply says are the ones between them.
_INLINE_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))\b[^,\n!?]{0,40}?,",
    re.IGNORECASE,
)
_INLINE_SIGN_OFF = re.compile(
    r"(?<=[.!])\s+(?P<word>[A-Za-z]+)(?:\s+[A-Za-z]+)?,?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*$"
)
# A short reply that opens with a bare acknowledgement and thanks nobody is
# curt whatever follows ("Noted. Good luck with your process.").
CURT_OPENING_WORDS = 8
_FIRST_SENTENCE = re.compile(r"[^.!?\n]*")
_THANKS = frozenset("thanks thank ty thx grateful appreciate appreciated cheers".split())


def _inline_frame(body: str) -> str:
    """The body without a greeting or sign-off written on its own line."""
    if "\n" in body.strip():
        return body
    greeting = _INLINE_GREETING.match(body)
    if greeting:
        body = body[greeting.end() :]
    sign_off = _INLINE_SIGN_OFF.search(body)
    if sign_off and sign_off.group("word").lower() in SIGN_OFF_WORDS:
        body = body[: sign_off.start()]
    return body


def _acknowledged_only(body: str, words: list[str]) -> bool:
    """A short body whose first sentence is a bare acknowledgement, with no thanks in it."""
    if not words or len(words) > CURT_OPENING_WORDS or _THANKS & set(words):
        return False
    first = _BODY_WORD.findall(_FIRST_SENTENCE.match(body.strip()).group())  # type: ignore[union-attr]
    return bool(first) and all(w.lower() in ACKNOWLEDGEMENT_WORDS for w in first)


# Re-arguing the case in so many words: asking them to look again, restating
# what you bring, answering a question again, or saying they judged wrongly.
_REARGUING = re.compile(
    r"\b(?:reconsider\w*|re-?evaluat\w*|revisit\w* (?:the|your|my)|(?:second|another|fresh) look"
    r"|look again"
    r"|years? of (?:\w+ )?experience|(?:a lot|plenty|lots) of (?:\w+ )?experience"
    r"|c[oa]me across"
    r"|(?:get|have|had|got) (?:the |a )?(?:chance|opportunity) to"
    r" (?:show|explain|mention|talk|demonstrate)"
    r"|I (?:would|should|could) have (?:said|mentioned|explained|answered|told|pointed|added)"
    r"|on reflection,? I would|(?:forgot|neglected|failed) to (?:mention|say|explain)"
    r"|what I meant|clarif\w+|point out|too modest|undersold"
    r"|I (?:still )?(?:believe|feel|think|know) (?:that )?I (?:am|was|would|could|can|have)\b"
    r"|(?:strong|good|great|perfect|ideal|excellent) (?:fit|match)\b"
    r"|overlook\w*|unfair\w*|misunderst\w*|misjudg\w*"
    r"|(?:making|made) a (?:\w+ )?mistake|got (?:it|this|me) wrong|wrong (?:call|decision|choice)"
    r"|have (?:a|another) think|(?:run|put|take) it (?:past|by|to) [^.!?\n]{0,40}? again)",
    re.IGNORECASE,
)
# A rebuttal laid out point by point: paragraphs led by "First", "Second", ...
_POINT_BY_POINT = re.compile(
    r"^\s*(?:first|second|third|fourth)(?:ly)?\b", re.IGNORECASE | re.MULTILINE
)


# Past this many words no test reads the words themselves, only their number.
_READ_WORDS = max(CURT_WORDS, CURT_ACK_WORDS, CURT_OPENING_WORDS)


def length(text: str, pleas: Iterable[Span] = ()) -> list[Span]:
    """A curt one-word reply, or an essay re-arguing the case: the whole reply is the span.

    `pleas` are the begging findings in the draft (the rules' or the model's):
    a long reply holding one re-argues the case too.
    """
    stripped = text.strip()
    if not stripped:
        return []
    start = text.index(stripped[0])
    end = start + len(stripped)
    body_start, body_end = body_range(text)
    body = _inline_frame(text[body_start:body_end])
    found = _BODY_WORD.findall(body)
    # A longer body is only counted: its words are lower-cased only where they are read.
    words = [w.lower().replace("’", "'") for w in found] if len(found) <= _READ_WORDS else found
    if len(words) > LONG_ALONE:
        reason = (
            f"{len(words)} words; a thank-you note needs no more than {WORD_LIMIT},"
            f" and past {LONG_ALONE} it reads as a cover letter, however warm"
        )
    elif len(words) > WORD_LIMIT and _reargues(body, pleas):
        reason = (
            f"{len(words)} words; a thank-you note needs no more than {WORD_LIMIT},"
            " and a long reply that argues the case reads as re-arguing the decision"
        )
    else:
        reason = ""
    if reason:
        suggestion = "Keep thanks, one line on what you're working on, and goodbye."
        return [Span(start, end, "length", reason, suggestion)]
    curt = (
        len(words) <= CURT_WORDS
        or (len(words) <= CURT_ACK_WORDS and all(w in ACKNOWLEDGEMENT_WORDS for w in words))
        or _acknowledged_only(body, words)
    )
    if not body.strip():
        # "Hi Gavin," alone: a greeting (or sign-off) is not a reply, so it is
        # not one curt word; the reply is still to be written.
        reason = "only a greeting or sign-off, with no reply yet; say a line or two before sending"
        suggestion = "Thank you for letting me know, and for your time."
        return [Span(start, end, "length", reason, suggestion)]
    if curt:
        said = "one word" if len(words) <= 1 else "a bare acknowledgement"
        reason = f"{said} reads as curt, maybe cold; if you reply, say a little more"
        suggestion = "Thank you for letting me know, and for your time."
        return [Span(start, end, "length", reason, suggestion)]
    return []


def _reargues(body: str, pleas: Iterable[Span]) -> bool:
    """Whether a long body argues the case: a plea found in it, or a rebuttal's words."""
    if any(s.kind == "begging" for s in pleas) or _REARGUING.search(body):
        return True
    return len(_POINT_BY_POINT.findall(body)) >= 2
