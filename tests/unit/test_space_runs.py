"""Patterns rewritten to read long runs of spaces in linear time still find what they found."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from coach import (
    email_clues,
    email_company_context,
    email_company_signature,
    email_lang_role,
    email_names,
    email_places,
    tone_open_door,
    tone_shouting,
    tone_structure,
)

# Each pattern as it was written before, its module's pattern now, how coach uses it,
# and the pieces a text is made of: runs of spaces next to what the pattern looks for.
_SPACES = [" ", "  ", "\t", "\n", " \u00a0 "]
_LEGAL = r"inc\.?|incorporated|llc|l\.l\.c\.?|ltd\.?|limited|gmbh|ag|ab|plc|llp|sa|s\.a\.?|"
_LEGAL += r"bv|b\.v\.?|pty|pty ltd|oy|as|srl|s\.r\.l\.?|s\.l\.?|corp\.?|corporation|pvt\.?|"
_LEGAL += r"private limited|s\.a\.s\.?|sas|sarl|s\.p\.a\.?|spa|lda\.?|ltda\.?|kg|se|nv|n\.v\.?|"
_LEGAL += r"s\.n\.c\.?|snc|s\.c\.?|s\.r\.l\.s\.?|srls|"
_LEGAL += r"gmbh & co\.? kg|e\.v\.?|ggmbh|mbh|partgmbb|kgaa|sp\.? z\.? ?o\.? ?o\.?"
_BODIES = (
    r"RIBA|MRICS|FRICS|ACCA|FCCA|ACA|FCA|CIMA|CIPD|MCIPD|FCIPD|PMP|CPA|CFA|PhD|"
    r"MBA|MSc|BSc|RN|CEng|MIET|FRSA|SHRM-S?CP|S?PHR|DVM|BVSc|MRCVS|FRSC|EdD|Ed\.D\.?|DDS"
)
CASES = [
    (
        "_LEGAL_SUFFIX",
        re.compile(rf"[,\s]+(?:{_LEGAL})$", re.IGNORECASE),
        email_clues._LEGAL_SUFFIX,
        ["Acme", ",", " ", "Inc", "inc.", "GmbH", "Ltd", "co. kg", "gmbh & co", "AG", "\n"],
    ),
    (
        "_SIGNATURE_SPLIT",
        re.compile(r"\s+[|·•]\s+|,\s+|\s+@\s+|\s+[-–—]\s+"),
        email_clues._SIGNATURE_SPLIT,
        ["Jo", "|", "·", ",", "@", "-", "—", "Acme", "x"],
    ),
    (
        "_SIGNATURE_PIECES",
        re.compile(r"\s+[|·•/]\s+|\s+at\s+|,\s+|\s+[-–—]\s+|\s+@\s+"),
        email_company_signature._SIGNATURE_PIECES,
        ["Jo", "|", "/", "at", "a", ",", "@", "-", "–", "Acme"],
    ),
    (
        "_PLACE_SPLIT",
        re.compile(r"\s*[,|·•/]\s*|\s+[-–—]\s+|\s+(?:and|&)\s+"),
        email_places._PLACE_SPLIT,
        ["Leeds", ",", "|", "/", "-", "—", "and", "&", "an", "x"],
    ),
    (
        "GENDER_MARKER",
        re.compile(
            r"\s*\(?\b[mwdfhvxe](?:\s*/\s*(?:[mwdfhvxe]|div|divers)){1,2}\b\)?\*?\s*$|"
            r"\s*\((?:all genders|alle geschlechter|tous genres)\)\s*$",
            re.IGNORECASE,
        ),
        email_lang_role.GENDER_MARKER,
        ["Chef", "(", ")", "m", "w", "/", "d", "H", "F", "*", "divers", "(all genders)", "x"],
    ),
    (
        "_AFTER_NAME",
        re.compile(
            rf"\s*\([^)]*\)\s*$|,\s*(?![A-Z]\.\s*$)[A-Z][A-Za-z.-]*[A-Z.]\s*$|"
            rf"(?-i:\s+(?:{_BODIES}))+\s*$"
        ),
        email_names._AFTER_NAME,
        ["Olu", "(", ")", ",", "J.", "RIBA", "MBA", "PhD", "Ed.D.", "x", "MSc"],
    ),
    (
        "_CLAUSES",
        re.compile(r"\s*(?:[,;:—–]|\s-\s|\band\b|\bbut\b|\bso\b)\s*"),
        tone_open_door._CLAUSES,
        [",", ";", "-", "—", "and", "but", "so", "nd", "x", "hope"],
    ),
    (
        "_HEADING",
        re.compile(r"\s*([^\W\d_][\w '’-]{0,30}:\s*)?[-–—*#>•\s]*$"),
        tone_shouting._HEADING,
        ["Venue", ":", "-", "#", "*", "x", "1", ".", "—"],
    ),
    (
        "_SLOT_LINE",
        re.compile(
            r"^[ \t]*(?:(?i:hi|hello|dear|hey)\s+"
            r"(?:(?i:mrs?|ms|miss|dr|mx)\.?(?:/(?i:mrs?|ms|miss|dr|mx)\.?)?\s+)?)?"
            r"([A-Za-z][\w'’ -]{0,40}?)(\s+here)?[ \t]*[,.:]?[ \t]*$",
            re.MULTILINE,
        ),
        tone_structure._SLOT_LINE,
        ["Dear", "Name", "here", ",", ".", ":", "Mr.", "x", "!"],
    ),
]


def _texts(pieces: list[str], seed: int) -> list[str]:
    chosen = random.Random(seed)
    alphabet = pieces + _SPACES * 2
    return [
        "".join(chosen.choice(alphabet) for _ in range(chosen.randint(0, 12))) for _ in range(3000)
    ]


def _uses(pattern: re.Pattern[str]) -> list[Callable[[str], object]]:
    """Every way coach reads text with a pattern, each as comparable values."""
    return [
        lambda text: pattern.split(text),
        lambda text: pattern.sub("<>", text),
        lambda text: [(m.span(), m.groups()) for m in pattern.finditer(text)],
        lambda text: (m.span(), m.groups()) if (m := pattern.match(text)) else None,
        lambda text: bool(pattern.fullmatch(text)),
    ]


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_the_rewritten_pattern_finds_what_the_old_one_found(case: tuple) -> None:
    name, old, new, pieces = case
    for seed, text in enumerate(_texts(pieces, len(name))):
        for old_use, new_use in zip(_uses(old), _uses(new), strict=True):
            assert new_use(text) == old_use(text), (name, seed, text)


def test_a_context_rest_opening_on_spaces_finds_what_it_found() -> None:
    pieces = ["Acme", "has", "have", "come", "back", "to", "me", "us", "heeft", "ons", "x"]
    rests = [
        (re.compile(pattern[len(email_company_context._NAME_FIRST) :]), rest)
        for pattern, (_whole, rest) in email_company_context._COMPILED.items()
        if rest is not None and pattern[len(email_company_context._NAME_FIRST) :].startswith(r"\s")
    ]
    assert len(rests) >= 3
    for old, new in rests:
        assert new.pattern.startswith(r"(?<!\s)")
        for text in _texts(pieces, 7):
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
