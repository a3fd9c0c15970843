"""The writer's confidence in their own road: a forecast of theirs, not a request of the reader."""

from __future__ import annotations

import re

from coach.tone_structure import is_sign_off_line
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
# One smile may close it; not pressed hands or crossed fingers (a plea, a hope on them).
_ENDS = re.compile(r"[\s.!]*(?:[😀😃😄😁😊🙂☺👍💪]\W?)?[\s.!]*")
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
# The forecast ends the reply: after it come only sign-off lines ("Regards,",
# a name, a town). Before it, each sentence is whole a thanks for what they
# did, a feeling with at most an acceptance, or a plain wish; anything more
# ("Thanks for keeping the slot open", "I accept it for now", "The sooner
# the better!", "I'll keep calling") makes the forecast a claim on this job.
_THANKED = (
    r"letting\s+me\s+know|getting\s+back\s+to\s+me|(?:the|your)\s+(?:kind\s+|quick\s+|prompt\s+)?"
    r"(?:email|e-mail|message|note|letter|reply|update|news|time|words|feedback|chance|opportunity)"
    r"|everything"
)
_WHOLE = re.compile(
    r"\s*(?:(?:(?:many|so\s+many)\s+)?thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?"
    rf"(?:\s+for\s+(?:{_THANKED}))?"
    r"|\s*(?:i\s+am|i['’]m|i\s+was|i\s+feel)\s+(?:(?:very|really|so|quite|a\s+bit|a\s+little"
    r"|of\s+course)\s+)*(?:disappointed|sad|gutted|bummed)(?:,?\s+(?:of\s+course|but\s+i\s+"
    r"(?:really\s+)?(?:appreciate|understand|accept)(?:\s+(?:it|that|the\s+chance|the\s+decision"
    r"|your\s+decision|the\s+opportunity))?))?"
    r"|\s*(?:good\s+luck|best\s+of\s+luck|all\s+the\s+best|best\s+wishes)"
    r"(?:\s+to\s+(?:the\s+team|everyone|you\s+all|you))?",
    re.IGNORECASE,
)
_END = re.compile(r"[\s.!]*")
_GREETING = re.compile(
    r"\s*(?:dear|hi|hello|hey|morning|good\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?-i:[A-Z][\w.'’-]*)){0,4}\s*,\s*",
    re.IGNORECASE,
)
# A sign-off line: a few words on a line of its own, nothing of the writer's said.
_SIGN_NOT = re.compile(
    r"\b(?:i|me|my|please|you|soon|anytime|any\s+time|hope\w*|next|then|again|till|until|wait\w*"
    r"|still|ready|standing)\b|\bi['’]",
    re.IGNORECASE,
)


# The sign-off words alone ("Best regards,", "Cheers,"): nothing after them
# ("Cheers, fingers crossed,"); and the lines after it name, not ask.
_SET_SIGN_OFF = re.compile(
    r"\s*(?:(?:kind|kindest|warm|warmest|best|many|with|all|the|my|very)\s+){0,3}"
    r"(?:regards|wishes|best|thanks|cheers|sincerely|warmly|respectfully|cordially|faithfully"
    r"|gratefully|yours(?:\s+(?:sincerely|faithfully|truly))?|take\s+care|thank\s+you)\s*,?\s*",
    re.IGNORECASE,
)
_SIGN_ASKS = re.compile(
    r"\b(?:your|yours|available|availability|future|next|free|call|ring|phone|round|start|standby"
    r"|crossed|fingers|go|ready|keen|eager|ever|pending|rematch|hopeful|waiting)\b",
    re.IGNORECASE,
)


def _closes(sentence: str) -> bool:
    """True when a sentence before the forecast is whole a thanks, a feeling or a plain wish."""
    found = _WHOLE.match(sentence)
    return bool(found) and bool(_END.fullmatch(sentence, found.end()))


def _signs_off(rest: str) -> bool:
    """True when what follows the forecast is only sign-off lines."""
    first, *lines = rest.split("\n")
    if first.strip():
        return False  # the forecast ends its line: "Tomorrow works." after it is more
    signed = False
    for line in lines:
        if not line.strip():
            continue
        if _SIGN_NOT.search(line) or line.rstrip().endswith((".", "!", "?")):
            return False
        if not signed and is_sign_off_line(line) and _SET_SIGN_OFF.fullmatch(line):
            signed = True
            continue
        # After a set sign-off, a name, title or town ("Pieter Visser"); with
        # none, one bare name. "Phone On," or "Raring To Go," is no sign-off.
        words = line.split()
        if line.rstrip().endswith(",") or not all(w[0].isupper() for w in words):
            return False
        if len(words) > (3 if signed else 1) or _SIGN_ASKS.search(line):
            return False
    return True


# After a saying, "I'm sure" is no sneer when what follows is the writer's own
# road ("I'm sure something will come", "I'm sure my time will come", "I'm
# sure I'll find my place"), with nothing of theirs in the clause.
SURE_OF_OWN_ROAD = re.compile(
    r"sure\s+(?:that\s+)?(?:" + _WRITER_WILL + r"|something|my\s+(?:time|turn|chance|day|place))"
    r"\b(?![^.!?]*\b(?:you|your|yours|they|them|their|he|she|his|her)\b)",
    re.IGNORECASE,
)


# A saying of what is meant for one ("What is meant for you will not pass you
# by", "what's for you won't go by you", "everything happens for a reason"):
# only after such a saying is "I'm sure my time will come" its comfort taken
# up. After a saying about others ("what goes around comes around", "the fish
# rots from the head", "if you pay peanuts, you get monkeys") it is the jab's
# second half.
_FATE = re.compile(
    r"\b(?:meant\s+(?:for|to\s+be)|(?:is|'s|’s)\s+for\s+(?:you|me|us|one)|for\s+a\s+reason"
    r"|another\s+(?:one\s+)?opens)\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:they|them|their|people|some|boss\w*|nephews?|nieces?|cousins?|friends?|charge|sorry|karma|deserve\w*|fools?"
    r"|wise|not\s+for\s+you)\b",
    re.IGNORECASE,
)


# A set saying is short and whole: "..., unless the director's golf partner
# wants it" adds an exception that is the jab.
_SET_WORDS = 11
_EXCEPT = re.compile(
    r"\b(?:unless|except|but|if|until|only|when|whoever|mostly)\b|[,;:—–]", re.IGNORECASE
)


def fated(saying: str) -> bool:
    """True when a saying speaks of what is meant for one, and of nobody else."""
    return (
        bool(_FATE.search(saying))
        and not _OTHERS.search(saying)
        and not _EXCEPT.search(saying)
        and len(saying.split()) <= _SET_WORDS
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
    if not _signs_off(text[s_end:]):
        return False
    before = [text[a:b] for a, b in sentences(text) if b <= s_start]
    # A greeting on its own line may open the reply: "Dear Mrs Bakker,".
    if before and _GREETING.fullmatch(before[0]):
        before = before[1:]
    return all(_closes(sentence) for sentence in before)
