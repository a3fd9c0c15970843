"""Applause of a plain kindness done in person is sincere: "thanks for ringing me, classy"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coach.tone_structure import Span
from coach.tone_vader import WARM_COMPOUND, compound, sentences
from coach.tone_wording import sentence_of

# Mock applause ("Classy.", "Really classy.", "Such a personal touch.") sits
# after the slight it mocks: a form email, a text at midnight, a reposted
# advert. Said of a kindness done in person, and of nothing else, there is
# no slight in the words for it to mock: "thanks for calling me yourself,
# that was classy", "the voicemail was a nice touch". What is applauded must
# be only the kindness: any word more ("calling me yourself at 11pm", "the
# call, three weeks late") may be the slight, and the applause stands.

# Only the plain words; intensified ("really classy", "very personal touch")
# or made a verdict ("classy move") they stay the jab they mostly are.
_PLAIN = frozenset({"classy", "nice touch", "personal touch"})

_CONTACT = (
    r"(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing))\s+me"
    r"(?:\s+(?:yourself|personally|in\s+person|directly))?"
)
_IN_PERSON = (
    r"(?:tell(?:ing)?\s+me|let(?:ting)?\s+me\s+know|writ(?:e|ing)\s+to\s+me|email(?:ing)?\s+me)"
    r"\s+(?:yourself|personally|in\s+person|face\s+to\s+face)"
)
_GIVEN = (
    r"the\s+(?:(?:phone\s+)?call|voicemail|(?:personal|handwritten)\s+(?:note|card|call)"
    r"|card|cup\s+of\s+(?:tea|coffee)|tea|coffee|cake|biscuits|lunch|tour)"
    r"(?:\s+(?:at\s+the\s+interview|on\s+the\s+day))?"
)
_KINDNESS = (
    rf"(?:(?:taking|making)\s+the\s+time\s+to\s+)?(?:{_CONTACT}|{_IN_PERSON}|{_GIVEN})"
    r"(?:\s+(?:too|as\s+well|also))?"
)
_GREETING = r"(?:(?:hey|hi|hello|dear)(?:\s+[A-Z][\w'’-]*)?\s*,?\s*)?(?:and\s+|also\s+)?"
# A whole sentence of thanks for one kindness, a vocative name at most ("..., Dev").
_THANKS = re.compile(
    rf"{_GREETING}(?:thanks|thank\s+you|cheers|many\s+thanks|fair\s+play(?:\s+to\s+you)?)"
    rf"(?:\s+(?:so\s+much|very\s+much|a\s+lot|again))?\s+for\s+{_KINDNESS}"
    r"(?:\s*,\s*[A-Z][\w'’-]*)?",
    re.I,
)
# The kindness as the sentence's subject: "Calling me yourself was classy."
_SUBJECT = re.compile(rf"{_GREETING}{_KINDNESS}", re.I)
# Between the thanks and the applause: "..., that was classy", "... . It was a nice touch."
_SAID_OF = re.compile(r"(?:,\s*|[.!]\s+)(?:and\s+)?(?:that|it|which)\s+was\s+(?:a\s+)?$", re.I)
_WAS = re.compile(r"\s+was\s+(?:a\s+)?$", re.I)
# A next sentence that opens by turning the applause back on them ("Unlike the
# wait.") or by adding when or how it came ("At 11pm on a Sunday.", "By text.").
_TURNED = re.compile(
    r"\s*(?:unlike|shame|pity|but|if\s+only|too\s+bad|next\s+time|maybe|perhaps|still|though"
    r"|although|mind\s+you|at\s+least|more\s+than|now|just|eventually|finally|only|even"
    r"|at|on|by|after|before|from|via|over|during|with|without|while|in|two|three|four|five)\b",
    re.I,
)
_SLIGHT_CLASSES = ("COMPLAINT", "HOSTILE")
# Them, said to be something: "you guys were amazing", "the team is lovely".
_PRAISED = re.compile(
    r"\b(?:you(?:\s+(?:guys|all|lot))?|your\s+[\w-]+|the\s+[\w-]+|everyone|everybody|they)"
    r"\s+(?:were|was|are|is|have\s+been|['’]ve\s+been|['’]re)"
    r"\s+(?:(?:so|really|all|just|absolutely|dead|proper|very|such)\s+)*([\w-]+)",
    re.I,
)
# Joy at meeting them: "Really enjoyed meeting the team."
_MET = re.compile(
    r"\s*(?:i\s+)?(?:really\s+)?(?:enjoyed|loved)\s+(?:meeting|chatting\s+(?:with|to)"
    r"|talking\s+to|working\s+with|spending\s+the\s+day\s+with)\s+(?:you|the|your|everyone)\b",
    re.I,
)
# Words that turn praise beside it: "Calling at 6am, less so.", "Pity about the wait."
_TURN_WORDS = frozenset(
    """less though however although pity shame except unlike apart sadly unfortunately
    not never nothing""".split()
)
# A good wish to them: "Best wishes to the team.", "Good luck with the new site."
_WISH = re.compile(
    r"\s*(?:(?:all\s+the\s+)?best|good\s+luck|best\s+of\s+luck|give\s+my\s+best|wishing"
    r"|say\s+hi|take\s+care|cheers|thanks\s+again|hope\s+to\s+see)\b",
    re.I,
)


def unmocked(text: str, spans: Iterable[Span], classes: dict[str, frozenset[str]]) -> set[Span]:
    """The applause spans that close a plain kindness done in person: sincere, not sarcasm.

    A word of complaint or harsh judgement (the rules' classes) in the
    sentence before, the applause's own or the one after keeps it, and so
    does any other sentence about them that is neither a wish nor praise.
    """
    return {s for s in spans if s.kind == "anger" and _of_a_kindness(text, s, classes)}


def _of_a_kindness(text: str, span: Span, classes: dict[str, frozenset[str]]) -> bool:
    start, end = span.start, span.end
    if text[start:end].lower() not in _PLAIN or _TURNED.match(text, end + 1):
        return False
    said = _SAID_OF.search(text, max(0, start - 40), start)
    if said is not None:
        left = sentence_of(text, said.start())[0]
        kindness = _THANKS.fullmatch(text, _skip_spaces(text, left), said.start())
    else:
        was = _WAS.search(text, max(0, start - 12), start)
        left = sentence_of(text, start)[0]
        kindness = was is not None and _SUBJECT.fullmatch(
            text, _skip_spaces(text, left), was.start()
        )
    if not kindness:
        return False
    before = sentence_of(text, left - 1)[0] if left > 0 else 0
    after = sentence_of(text, end + 1)[1] if end + 1 < len(text) else len(text)
    slights = frozenset().union(*(classes.get(c, frozenset()) for c in _SLIGHT_CLASSES))
    if (slights | _TURN_WORDS).intersection(re.findall(r"[\w'’-]+", text[before:after].lower())):
        return False
    them, praise = classes.get("THEM", frozenset()), classes.get("PRAISE", frozenset())
    return not any(
        _cool_on_them(text[a:b], them, praise) for a, b in sentences(text) if b <= left or a >= end
    )


def _cool_on_them(sentence: str, them: frozenset[str], praise: frozenset[str]) -> bool:
    """True for another sentence about them that is neither a wish nor warm praise.

    The slight a mock applause points at can sit anywhere in the draft ("You
    got my name wrong twice."); a sincere draft says nothing cool of them.
    """
    words = re.findall(r"[\w'’-]+", sentence.lower())
    if not them.intersection(words) or _WISH.match(sentence):
        return False
    # Praise of them as people ("you guys were amazing"), not joy at an event
    # ("I enjoyed hearing it over your car radio"): that is the mock's own shape.
    if _MET.match(sentence) and compound(sentence) >= WARM_COMPOUND:
        return False
    said = _PRAISED.search(sentence)
    return said is None or said.group(1).lower() not in praise or compound(sentence) < WARM_COMPOUND


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
