"""Template slots in the styles mail-merges, careers sites and AI assistants paste."""

from __future__ import annotations

import re

# A mail-merge field between percent signs: "%NAME%", "%first_name%", "%Company Name%".
_PERCENT = re.compile(r"(?<![\w%])%([A-Za-z_][A-Za-z_]*(?: [A-Za-z_]+){0,2})%(?![\w%])")
# A template variable: "$name", "$first_name" (a sum of money starts with a digit).
_DOLLAR = re.compile(r"(?<![\w$])\$([a-z_][a-z_]*)(?![\w(])")
# Mailchimp's merge tags: "*|FNAME|*".
_MERGE_TAG = re.compile(r"\*\|([A-Za-z_:]+)\|\*")
# A date masked in every part: "xx/xx/xxxx", "XX.XX.XX", "00/00/0000".
_MASKED_DATE = re.compile(
    r"(?<![\w/.-])(?:[Xx]{1,2}|00)([/.\-])(?:[Xx]{1,2}|00)\1(?:[Xx]{2,4}|0{2}|0{4})(?![\w/])"
)
# Filler text from a design template.
_LOREM = re.compile(r"(?i)\blorem ipsum\b(?: dolor\b(?: sit amet\b)?)?")
# A greeting whose name is a row of dots, a blank or "N/A" ("Dear …,", "Hi ...,",
# "Dear Mr. N/A,"): the merge found no name to put there.
_EMPTY_GREETING = re.compile(
    r"(?im)^[ \t]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ \t]+"
    r"(?:(?:mr|mrs|ms|miss|mx|dr)\.?(?:/(?:mr|mrs|ms|miss|mx|dr)\.?)?[ \t]+)?"
    r"(\.{3,}|…|N/A|n/a)[ \t]*(?:[,:]|$)"
)
# Code a person quotes in backticks ("`x = {name}`") is code, not a slot.
_CODE = re.compile(r"`[^`\n]+`")
# Capitals in square brackets that spell a stand-in, not an acronym: "[XYZ]".
_STAND_INS = frozenset("XYZ ABC XXX TBD TBC TBA NA".split())


def more_slots(text: str, is_slot_word: object) -> list[tuple[int, int, str]]:
    """Each slot of the styles above as (start, end, what it stands for).

    `is_slot_word(word)` says whether a variable's word names a template field
    ("name", "first_name", "company"): "$name" is a slot, "$total" is code.
    """
    found: list[tuple[int, int, str]] = []
    if "%" in text:
        found += [(m.start(), m.end(), m.group(1)) for m in _PERCENT.finditer(text)]
    if "$" in text:
        found += [
            (m.start(), m.end(), m.group(1))
            for m in _DOLLAR.finditer(text)
            if is_slot_word(m.group(1))  # type: ignore[operator]
        ]
    if "*|" in text:
        found += [(m.start(), m.end(), m.group(1)) for m in _MERGE_TAG.finditer(text)]
    if "/" in text or "." in text or "-" in text:
        found += [(m.start(), m.end(), "date") for m in _MASKED_DATE.finditer(text)]
    if "ipsum" in text.lower():
        found += [(m.start(), m.end(), "text") for m in _LOREM.finditer(text)]
    found += [(m.start(1), m.end(1), "name") for m in _EMPTY_GREETING.finditer(text)]
    return found


def code_spans(text: str) -> list[tuple[int, int]]:
    """Where the draft quotes code in backticks."""
    return [m.span() for m in _CODE.finditer(text)] if "`" in text else []


def is_acronym(content: str) -> bool:
    """True for capitals in brackets that are an acronym ("[SEO]", "[HR]"), not a stand-in."""
    word = content.strip()
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and word not in _STAND_INS
