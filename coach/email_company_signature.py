"""The company names a signature's lines give, weighed by where they stand among its lines."""

from __future__ import annotations

import re

from coach.email_brands import brand_of_group
from coach.email_clues import _CONTACT_INFO, _TEAM_AFFIX, _clean_company, _fold
from coach.email_company_ok import company_ok, only_title
from coach.email_company_tally import Tally
from coach.email_firms import (
    department_line,
    names_organisation,
    part_of_the_line_below,
    split_signature_line,
    written_as_name,
)
from coach.email_job_words import _TITLE_WORDS, job_piece
from coach.email_places import place_line
from coach.email_public_body import public_body
from coach.email_town_shape import lone_town_shaped, named_as_firm

# Where a signature line's pieces part: "Jo | Recruiter", "Lead at Acme", "Acme - Leeds".
# Spaces are taken from the start of their run only: tried at each space of a long
# run, a split cost the square of its length (tests/unit/test_regex_shapes.py).
_SIGNATURE_PIECES = re.compile(
    r"(?<!\s)\s+[|·•/]\s+|(?<!\s)\s+at\s+|,\s+|(?<!\s)\s+[-–—]\s+|(?<!\s)\s+@\s+"
)


def weigh_signature(
    tally: Tally,
    sign_lines: list[str],
    *,
    person: str,
    signer: str,
    letter_text: str,
    brand_named: str,
    brand_short: str = "",
    larger_in_text: bool,
) -> tuple[list[str], set[str]]:
    """Weigh each name the signature's lines give; the groups and the team owners they name.

    person, signer: the sender's and the signer's names, never the company; letter_text: the
    subject and the letter above the signature (folded); brand_named: where a group may be
    named besides the signature; brand_short: where a brand may be named by its first words
    (the sender's name, the mail domain, the names the letter gives only a firm);
    larger_in_text: whether the text names a larger body.
    The groups are those named after a brand of theirs; the team owners, the lines that
    name only whose team signs ("Resourcing Team" over "HM Land Registry").
    """
    owners: list[str] = []
    team_owners: set[str] = set()
    after_team = False
    for at, line in enumerate(sign_lines):
        pieces = [p.strip() for p in split_signature_line(line, between=_SIGNATURE_PIECES)]
        below = next((later for later in sign_lines[at + 1 :] if later.strip()), "")
        # "Ward Manager, Cardiology" over "St Mary's Hospital"; not "City of Port Haven"
        # over "An Equal Opportunity Employer", which is no company's name.
        below = below if company_ok(_clean_company(below)) else ""
        # "Department of X" is a body's own name only when nothing larger is named: no line
        # below ("Department of Geography" over "University of Pellbrook"), nor the text.
        larger = larger_in_text or any(
            names_organisation(later) and not public_body(later) for later in sign_lines[at + 1 :]
        )
        # "Corso Vittorio Emanuele II, 72 - Torino": a street address, whatever its pieces.
        if any(re.search(r"^\d{1,4}[a-z]?$|\s\d{1,4}[a-z]?$", p) for p in pieces):
            continue
        # "Cardiff | Swansea | Newport": the places an office is in, not names.
        if len(pieces) >= 3 and all(len(p.split()) == 1 for p in pieces):
            continue
        # "London" under "Client Director, Marlow & Finch": where the firm sits, not a firm.
        if place_line(line):
            continue
        # "Bad Kreuznach" under "Personalabteilung": a line shaped like a town's name that
        # nothing names as a firm is where the office is, a name only when nothing better is
        # found ("Bad Wolf" from a gmail address). Not a longer name ("Bad Robot Games").
        if (
            len(pieces) == 1
            and lone_town_shaped(_clean_company(line))
            and not named_as_firm(line, brand_named, brand_short)
        ):
            tally.add(line, 1, in_full=True)
            continue
        # "Principal Consultant - Construction & Property": beside a job, a department.
        beside_job = len(pieces) > 1 and job_piece(pieces[0])
        # Under "Graduate Recruitment Team", the line that names whose team it is.
        under_team, after_team = (
            after_team,
            bool(line.strip())
            and (
                not _clean_company(line)
                or department_line(line)
                or bool(re.search(r"\s(?:team|crew|squad)$", line.strip(), re.IGNORECASE))
            ),
        )
        for index, piece in enumerate(pieces):
            # "Northgate Talent Ltd | 020 7946 0321": the name, not the number beside it.
            if _CONTACT_INFO.search(piece) or re.search(r"\b\d{3,}\b|^\d", piece):
                continue  # "Sydney NSW 2000", "88 George St": an address
            cleaned = _clean_company(piece)
            # A signature's company is a name: "Marlow & Finch", not a sentence.
            alone = public_body(cleaned, alone=not larger)
            if not piece or not (written_as_name(cleaned.rstrip(".")) or alone):
                continue
            if _fold(piece) in (_fold(person), _fold(signer)):
                continue
            # After a brand, the group that owns it: beside it or on the line below. Not
            # when the letter itself names the group ("the post at Grupo Andino").
            group = next(
                (
                    later
                    for later in [*pieces[index + 1 :], below]
                    if brand_of_group(piece, later, brand_named, brand_short)
                    and _fold(_clean_company(later)) not in letter_text
                ),
                "",
            )
            if below and not group and part_of_the_line_below(cleaned, below):
                continue  # a department over its organisation's name
            if signer and _fold(piece.split()[0]) == _fold(signer.split()[0]):
                continue  # "Marco Bellini" under "Marco": the signer again, in full
            if job_piece(cleaned) and not _TEAM_AFFIX.search(piece):
                continue  # "Design Director", "Head of Data": a job, not the company
            if _TITLE_WORDS.search(cleaned) and not _TITLE_WORDS.search(
                piece.split()[-1] if piece.split() else ""
            ):
                tally.add(cleaned, 2, in_full=True)
            elif not _TITLE_WORDS.fullmatch(cleaned or "x") and not only_title(cleaned):
                weight = 3 if beside_job else 6 if under_team else 4
                tally.add(piece, weight, in_full=True, alone=alone)
                if under_team and len(pieces) == 1:
                    team_owners.add(_fold(_clean_company(piece)))
                if group:
                    owners.append(group)
    return owners, team_owners
