"""The writer's confidence in their own road: a forecast of theirs, not a request of the reader."""

from __future__ import annotations

import re

from coach.tone_vader import sentences

# "I'm sure I'll get another shot", "one day I will have another go",
# "I'm sure something will come": the writer tells of their own future. They
# ask nobody for it, and they name neither the reader nor this decision. A
# plea ("if I could have another go", "will you give me another shot",
# "I'm sure I'll get another shot if you call") asks the reader; a jab
# ("I'm sure I'll get another chance once your nephew quits") aims at them.
_WRITER_WILL = (
    r"i(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]m\s+bound\s+to)"
)
# What may stand before the forecast in its sentence: confidence, a time, a
# feeling of the writer's own ("I'm disappointed, but"), nothing of theirs.
_LEAD = re.compile(
    # A sentence's start, a comma, a joining word, or an emoji closing the last thought.
    r"(?:^\s*|[,;:]\s*|[^\w\s,.'’]\s+|\b(?:and|but|so)\s+)"
    r"(?:(?:i['’]m|i\s+am)\s+(?:sure|certain|confident)(?:\s+that)?\s+|i\s+know(?:\s+that)?\s+"
    r"|i\s+believe(?:\s+that)?\s+|(?:one\s+day|some\s*day|sooner\s+or\s+later|in\s+time)[,\s]+)?"
    + _WRITER_WILL
    + r"\s+(?:surely\s+|definitely\s+|eventually\s+|still\s+)?(?:get|have|find|land)?\s*$",
    re.IGNORECASE,
)
# The reader, a condition or a plea anywhere in the sentence makes it theirs to grant.
_THEIRS = re.compile(
    r"\b(?:you|your|yours|you['’]\w+|if|unless|once|until|when|whenever|please|let|allow|give"
    r"|reconsider\w*|beg\w*)\b|\?",
    re.IGNORECASE,
)
# After the hit the sentence only ends: no "at this role", "with you", "right?".
# One emoji may close it, but not pressed hands (a plea).
_ENDS = re.compile(r"[\s.!]*(?:[^\w\s.!?🙏]\W{0,2})?[\s.!]*")
# Luck in general, not a step of their process: "another interview" or
# "another go at the test" is theirs to give.
_GENERAL = re.compile(r"(?:\w+\s+){0,2}(?:chance|shot|opportunity)", re.IGNORECASE)
# The forecast's own sentence names nothing of this hiring ("the other
# candidate may drop out, and I'm sure I'll get another chance").
_PROCESS = re.compile(
    r"\b(?:panel\w*|interview\w*|candidate\w*|decision|decided|role|job|position|post|vacanc\w*"
    r"|tests?|trial|task|questions?|answers?|feedback|shortlist\w*|application|appl(?:y|ied)"
    r"|hir(?:e|ed|ing)|recruit\w*|offer|call\w*|ring\w*|chas\w*|follow\w*|giving\s+up|give\s+up"
    r"|drop\s+out|reconsider\w*|unfair\w*|mistake\w*|messed|wrong|real\s+me|better|best)\b",
    re.IGNORECASE,
)
# Every other sentence only closes the reply: thanks, a feeling, a good wish,
# a greeting or a name. Anything more ("I've kept next month free", "the
# panel didn't see the real me", "I'll keep calling") makes the forecast a
# claim on this job.
_NO_TURN = (
    r"(?![^.!?]*\b(?:but|though|however|yet|still|if)\b"
    r"(?!\s+i\s+(?:really\s+)?(?:appreciate|understand|accept)))"
)
_CLOSES = re.compile(
    r"\s*(?:(?:(?:many|so\s+many)\s+)?thanks?\b|thank\s+you|cheers|i\s+(?:really\s+)?(?:appreciate"
    r"|am\s+grateful)|(?:i\s+am|i['’]m|i\s+was|i\s+feel)\s+(?:(?:very|really|so|quite|a\s+bit"
    r"|a\s+little|of\s+course)\s+)*(?:disappointed|sad|gutted|bummed)|(?:good|best\s+of)\s+luck"
    r"|all\s+the\s+best|best\s+wishes|wishing|i\s+wish\s+(?:you|the\s+team|everyone))\b" + _NO_TURN,
    re.IGNORECASE,
)
_FRAME_LINE = re.compile(r"\s*(?:[\w.'’-]+,?\s*){1,4}[,!]?\s*")
_FRAME_NOT = re.compile(r"\b(?:i|me|my|please)\b|\bi['’]", re.IGNORECASE)


# A second clause of the writer's own after it says more ("Thank you, I really
# need this", "Thanks, I'll be waiting by the phone"); only acceptance may follow.
_MORE = re.compile(
    r"[,;:—–-]\s*(?:and\s+|so\s+)?i\b(?!\s+(?:really\s+)?(?:appreciate|understand|accept))"
    r"|\b(?:need|wait\w*|please|desperate\w*|anything|pray\w*)\b|🙏"
    # A wish on their choice is where a sting sits: "good luck with your cheaper hire".
    r"|\b(?:hire|hired|candidate|choice|chose|chosen|pick|picked|replacement|whoever|cheaper)\b",
    re.IGNORECASE,
)


def _closes(sentence: str) -> bool:
    """True when a sentence only thanks, feels, wishes well, greets or signs."""
    if _FRAME_LINE.fullmatch(sentence) and not _FRAME_NOT.search(sentence):
        return True
    return bool(_CLOSES.match(sentence)) and not _MORE.search(sentence)


# After a saying, "I'm sure" is no sneer when what follows is the writer's own
# road ("I'm sure something will come", "I'm sure my time will come", "I'm
# sure I'll find my place"), with nothing of theirs in the clause.
SURE_OF_OWN_ROAD = re.compile(
    r"sure\s+(?:that\s+)?(?:" + _WRITER_WILL + r"|something|my\s+(?:time|turn|chance|day|place))"
    r"\b(?![^.!?]*\b(?:you|your|yours|they|them|their|he|she|his|her)\b)",
    re.IGNORECASE,
)


def own_forecast(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the hit text[start:end] ends the writer's forecast of their own future.

    `sentence` is the hit's sentence. "I'm sure I'll get another shot." is a
    forecast; "I'm sure I'll get another shot at this role", "could I get
    another shot?" and "if you let me, I'll get another shot" are not.
    """
    s_start, s_end = sentence
    if not _LEAD.search(text[s_start:start]) or _THEIRS.search(text, s_start, s_end):
        return False
    if _PROCESS.search(text, s_start, start):
        return False  # "the other candidate may drop out, and I'm sure I'll get another chance"
    if not _GENERAL.fullmatch(text, start, end) or not _ENDS.fullmatch(text, end, s_end):
        return False
    return all(
        _closes(text[first:last])
        for first, last in sentences(text)
        if not (first < s_end and s_start < last)  # the forecast's own sentence
    )
