"""Whom a "he" or "she" stands for: one of the writer's own people named just before, or not."""

from __future__ import annotations

import re

# The writer's own people, named as theirs: "my husband", "our old neighbour".
_OWN = re.compile(
    r"\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:husband|wife|partner|fianc[eé]e?|boyfriend"
    r"|girlfriend|mum|mom|mam|mother|dad|father|son|daughter|brother|sister|gran|granny|grandma"
    r"|grandmother|grandad|granddad|grandfather|grandpa|nan|nana|nani|dadi|aunt|auntie|uncle"
    r"|cousin|friend|best\s+friend|mate|flatmate|neighbou?r)\b",
    re.IGNORECASE,
)
# Anyone else a pronoun could stand for: the reader, their people, a name.
_OTHER = re.compile(
    r"\b(?:you|your|yours|they|them|their|we|us|someone|somebody|anyone|everyone)\b"
    r"|\b(?:the|a|an|this|that|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:interviewer|manager|recruiter"
    r"|director|panel\w*|boss|ceo|founder|owner|candidate|hire|applicant|person|man|woman|guy"
    r"|girl|boy|lady|gentleman|chair|head|lead|supervisor|colleague|officer|curator|engineer"
    r"|assistant|member|staff|hr|team|company|firm)\b"
    r"|(?<![.!?:\n]\s)(?<![.!?:\n])(?<!^)\b(?-i:(?!I\b)[A-Z][a-z][\w'’-]*)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_BACK = 240  # characters: the sentence before and this one, in a normal reply


def own_person_before(text: str, at: int) -> bool:
    """True when the person last named before text[at] is one of the writer's own.

    "I told my husband, and he said ... He is biased, of course": "he" is the
    husband. A quote between is the person's own words, not a new person; the
    reader, a name or one of their people named after ("my husband met the
    manager and he ...") takes the pronoun away.
    """
    window = _QUOTED.sub(lambda m: " " * len(m.group()), text[max(0, at - _BACK) : at])
    last = None
    for last in _OWN.finditer(window):  # noqa: B007 - the last one named is the nearest
        pass
    if last is None:
        return False
    return not _OTHER.search(window, last.end())
