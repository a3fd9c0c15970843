"""Template slots in the styles mail-merges, careers sites and AI assistants paste."""

from __future__ import annotations

import re

# A mail-merge field between percent signs: "%NAME%", "%first_name%", "%Company Name%".
_PERCENT = re.compile(r"(?<![\w%])%([A-Za-z_][A-Za-z_]*(?: [A-Za-z_]+){0,2})%(?![\w%])")
# A template variable: "$name", "$first_name" (a sum of money starts with a digit).
_DOLLAR = re.compile(r"(?<![\w$])\$([a-z_][a-z_]*)(?![\w(])")
# Mailchimp's merge tags: "*|FNAME|*".
_MERGE_TAG = re.compile(r"\*\|([A-Za-z_:]+)\|\*")
# A date masked in every part, the year's century perhaps kept: "xx/xx/xxxx",
# "XX.XX.XX", "00/00/0000", "XX/XX/20XX".
_MASKED_DATE = re.compile(
    r"(?<![\w/.-])(?:[Xx]{1,2}|00)([/.\-])(?:[Xx]{1,2}|00)\1(?:[Xx]{2,4}|0{2}|0{4}|(?:19|20)[Xx]{2})(?![\w/])"
)
# What the masked date cannot be without (plain substring tests: cheaper than a scan).
_DATE_NEEDS = ("x/", "X/", "x.", "X.", "x-", "X-", "00/", "00.", "00-")
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
    if any(part in text for part in _DATE_NEEDS):
        found += [(m.start(), m.end(), "date") for m in _MASKED_DATE.finditer(text)]
    if "psum" in text or "PSUM" in text:
        found += [(m.start(), m.end(), "text") for m in _LOREM.finditer(text)]
    if "..." in text or "…" in text or "N/A" in text or "n/a" in text:
        found += [(m.start(1), m.end(1), "name") for m in _EMPTY_GREETING.finditer(text)]
    return found + stand_ins(text, is_slot_word) + edit_orders(text)


# What follows "TBD" when it is a word of the sentence, an open question with its
# reason ("start date TBD depending on the budget", "TBC pending approval").
_QUALIFIED = re.compile(
    r"[ \t]*,?[ \t]*(?:depending|dependent|pending|until|till|subject to|once|because|as\b|"
    r"since|due to|while|for now|at (?:the moment|this stage|this point)|based on|awaiting|when\b)"
)


def open_question(text: str, end: int) -> bool:
    """True when a "TBD" ending at `end` is qualified by a clause: a word, not a slot."""
    return bool(_QUALIFIED.match(text, end))


# An order to the writer in capitals joined by hyphens or underscores, as in a
# link or a field: "INSERT-URL-HERE", "YOUR_NAME_HERE", "ADD-LINK".
# The edge is checked after the first capital, not before it: the same test, and
# the matcher then skips straight to capitals (coach/tone_structure.py CAPS_RUN).
_ORDER_TOKEN = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]*(?:[-_][A-Z]+)+(?![\w-])")
_ORDER_WORDS = frozenset("INSERT ADD ENTER YOUR HERE FILL PASTE TYPE".split())
# A bracketed editing note left in: "(update as needed)", "[delete if not applicable]".
_EDIT_NOTE = re.compile(
    r"(?i)[(\[][ \t]*(?:please[ \t]+)?(?:update|edit|adjust|delete|remove|fill[ \t]+in|change"
    r"|amend|tailor|customi[sz]e|modify|replace|expand|shorten)(?:[ \t]+[\w'’-]+){0,3}?[ \t]+"
    r"(?:as[ \t]+(?:needed|appropriate|required|necessary|applicable)"
    r"|if[ \t]+(?:not[ \t]+)?(?:applicable|needed|necessary|relevant|appropriate)"
    r"|where[ \t]+(?:applicable|relevant|appropriate|needed)|accordingly)[ \t]*[)\]]"
)


def edit_orders(text: str) -> list[tuple[int, int, str]]:
    """Orders to the writer left in a draft: an instruction token in capitals, an editing note."""
    found = [
        (m.start(), m.end(), m.group())
        for m in _ORDER_TOKEN.finditer(text)
        if _ORDER_WORDS.intersection(re.split(r"[-_]", m.group()))
    ]
    if "(" in text or "[" in text:
        found += [(m.start(), m.end(), "an editing note") for m in _EDIT_NOTE.finditer(text)]
    return found


def code_spans(text: str) -> list[tuple[int, int]]:
    """Where the draft quotes code in backticks."""
    return [m.span() for m in _CODE.finditer(text)] if "`" in text else []


def is_acronym(content: str) -> bool:
    """True for capitals in brackets that are an acronym ("[SEO]", "[HR]"), not a stand-in."""
    word = content.strip()
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and word not in _STAND_INS


# The stand-ins templates use for a company, a phone number or a town: "Company
# XYZ", "ABC Ltd", "(555) 555-0100", "Anytown" ("Jane Doe" is a name people sign with).
_STAND_IN_NAMES = re.compile(
    r"\b(?:(?:Company|Firm|Corp|Organi[sz]ation) (?:XYZ|ABC)"
    r"|(?:XYZ|ABC) (?:Company|Corp|Corporation|Ltd|Limited|Inc|LLC|Group|Plc|PLC)"
    r"|Anytown)\b"
    r"|(?<![\w(])\(?555\)?[ .-]?555[ .-]?\d{4}(?!\d)"
)
# A number masked before its unit, or a day masked in a written date:
# "XX years", "£XX per hour", "January XX, 2025", "Month DD, YYYY", "on Month DD", "XX March".
_MASKED_AMOUNT = re.compile(
    r"(?<![\w£$€])(?:[£$€] ?)?(?:XX|xx|##)"
    r"(?= ?(?:years?|months?|weeks?|days?|hours?|%|percent|per)\b)"
    r"|[£$€] ?(?:XX|xx|##)(?![\w,])"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Month) (?:XX|xx|DD|dd)(?:st|nd|rd|th)?,? (?:\d{4}|YYYY|yyyy|XXXX)\b"
    # Without a year, only where the mask cannot be initials: "on Month DD", "May XX".
    # Lower-case "xx" is also kisses at the end of a line ("see you in May xx"), so only "XX".
    r"|\bMonth (?:XX|xx|DD|dd)\b|\b(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December) XX(?:st|nd|rd|th)?\b"
    # The day masked before its month: "on XX March", "the XXth of May".
    r"|\bXX(?:st|nd|rd|th)?(?: of)? (?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b"
)
# What each of the two above cannot be without (most drafts hold neither).
_STAND_IN_NEEDS = ("XYZ", "ABC", "555", "Anytown")
_MASK_NEEDS = ("XX", "xx", "##", "DD")
# A handle or tag whose word is a field's name: "@name", "#NAME#", "##first_name##".
_TAGGED = re.compile(r"(?<![\w@#])(?:@([A-Za-z_]+)|#{1,2}([A-Za-z_]+)#{1,2})(?![\w#])")


def stand_ins(text: str, is_slot_word: object) -> list[tuple[int, int, str]]:
    """Template stand-ins for real names and numbers, as (start, end, what it stands for)."""
    found: list[tuple[int, int, str]] = []
    if any(part in text for part in _STAND_IN_NEEDS):
        found += [(m.start(), m.end(), "name") for m in _STAND_IN_NAMES.finditer(text)]
    if any(part in text for part in _MASK_NEEDS):
        found += [(m.start(), m.end(), "value") for m in _MASKED_AMOUNT.finditer(text)]
    if "@" in text or "#" in text:
        found += [
            (m.start(), m.end(), word)
            for m in _TAGGED.finditer(text)
            if is_slot_word(word := m.group(1) or m.group(2))  # type: ignore[operator]
        ]
    return found
