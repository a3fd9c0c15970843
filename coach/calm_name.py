"""A company typed all in capitals, in the calmer form a reply names it in."""

from __future__ import annotations

import re

# Legal forms whose usual spelling mixes cases; other short words stay as typed.
_MIXED_FORMS = {
    form.upper(): form for form in ("GmbH", "gGmbH", "mbH", "Ltd", "Inc", "Corp", "Pty")
}
# Acronyms are short ("IBM", "KPMG", "AG"); a word of this many letters or more is a word.
_WORD_LETTERS = 5
_PARTS = re.compile(r"([\-/&.]+)")


def _letters(word: str) -> int:
    return sum(1 for char in word if char.isalpha())


def _calm_part(part: str) -> str:
    """One word between hyphens: a long word in its first capital only, a short one kept."""
    if part.upper() in _MIXED_FORMS:
        return _MIXED_FORMS[part.upper()]
    if _letters(part) < _WORD_LETTERS:
        return part
    return part[:1] + part[1:].lower()


def calm_company(name: str) -> str:
    """ "KRONBERG WASSERSTOFF ENERGIESYSTEME GMBH" as "Kronberg Wasserstoff Energiesysteme GmbH".

    In a gracious reply a name in capitals reads as shouting, and a person writing in a
    second language may not see it. Only a name of two or more words, all in capitals,
    with one word long enough not to be an acronym, is changed: "IBM", "KPMG", "BNP AG"
    and a one-word brand such as "IKEA" are kept as typed, and so is any name with a
    small letter in it, which its writer cased on purpose.
    """
    words = name.split()
    if len(words) < 2 or any(char.islower() for char in name):
        return name
    if not any(_letters(part) >= _WORD_LETTERS for word in words for part in _PARTS.split(word)):
        return name
    return " ".join("".join(_calm_part(part) for part in _PARTS.split(word)) for word in words)
