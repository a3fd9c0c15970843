"""A harsh noun opening a name in lower case ("the disaster response team") judges nobody."""

from __future__ import annotations

import functools
import re

# Harsh nouns that also open the names of teams, fields and services: "the
# disaster response team", "the circus school", "discrimination law", "the
# rubbish collection crew", "a scam prevention unit". Adjectives stay out:
# "the toxic hiring team" judges them.
_NOUNS = "circus clown clowns disaster discrimination exploitation garbage trash rubbish scam mess"
# What such a name ends on (its head): a team or unit, a field, a service.
_HEADS = """teams? units? schools? compan(?:y|ies) services? department crews? squad centre center
programmes? programs? charit(?:y|ies) group club society courses? module desk ward clinic office
fund network volunteers? training law lawyers? officers? coordinators? specialists? relief
response recovery prevention planning studies research agency trust foundation festival troupe
collection collectors? pickup removal hall workshops? class(?:es)?"""
# Words a sentence needs and a name does without: one between noun and head
# makes it a clause ("the disaster was the team you sent" still judges).
_SMALL = """is was are were be been being the a an of for with that this these those your their its
my our his her and or but to in on at by from it they you we i he she so as than what which who"""


def _alternatives(words: str) -> str:
    return "|".join(words.split())


_NAMED = re.compile(
    rf"\b(?:{_alternatives(_NOUNS)})"
    rf"(?=(?: (?!(?:{_alternatives(_SMALL)})\b)[a-z-]+){{0,2}} (?:{_alternatives(_HEADS)})\b)",
    re.IGNORECASE,
)


_NOUN_LIST = tuple(_NOUNS.split())


@functools.lru_cache(maxsize=256)
def name_words(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end of each harsh noun that opens a name in the draft."""
    # Every match opens on one of the nouns; in ASCII, ignoring case is what lower
    # case finds. Most drafts hold none: 11 look-ups in place of a search that
    # ignores case (0.012 against 0.09 ms a draft on bench/tone.py's real drafts).
    if text.isascii():
        lowered = text.lower()
        if not any(noun in lowered for noun in _NOUN_LIST):
            return ()
    return tuple(m.span() for m in _NAMED.finditer(text))


def in_lower_name(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is one of those nouns: a name's first word, not a judgement."""
    return any(s <= start and end <= e for s, e in name_words(text))


def without_names(text: str) -> str:
    """The draft with the letters of those nouns blanked, offset for offset, for VADER."""
    spans = name_words(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
