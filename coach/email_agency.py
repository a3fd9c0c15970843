"""The agency a recruiter writes from when the job was its client's, for the draft's heading."""

from __future__ import annotations

import re

from coach.email_clues import _FOOTER, _TEAM_WORDS, _fold, _prose
from coach.email_firms import (
    _AGENCY,
    _AGENCY_TALK,
    clients_named,
    split_signature_line,
    written_as_name,
)
from coach.email_job_words import _TITLE_WORDS
from coach.email_reader import EmailReadError, read_email_input
from coach.email_signature import _signature

# Words that name the kind of firm, not the firm: "Recruitment Team" names no one.
_GENERIC = re.compile(
    rf"^(?:(?:{_TEAM_WORDS}|{_AGENCY.pattern}|ltd|limited|gmbh|group|partners|the|&|and)\s*)+$",
    re.IGNORECASE,
)


def agency_behind(email_text: str, company: str) -> str:
    """The recruitment firm that signed the email, when it is not the company hiring.

    "Owen Pryce / Larchwood Search" writing about "my client, Tollgate Foods": the
    reply goes to Owen at Larchwood Search, for Tollgate Foods. "" when the email
    was written by the company's own people, or cannot be read.
    """
    if not email_text.strip() or not company.strip():
        return ""
    try:
        read = read_email_input(email_text)
    except EmailReadError:
        return ""
    lines = [line for line in read.body.split("\n") if not _FOOTER.search(line)]
    company_key = _fold(company)
    prose = _prose("\n".join(lines))
    domain = _fold(read.sender_address.rpartition("@")[2])
    # Only an agent writes of "my client" or "they've decided"; or the firm is the sender's.
    agent_talk = bool(_AGENCY_TALK.search(prose) or clients_named(prose))
    for line in _signature(lines)[:6]:
        for piece in split_signature_line(line.strip()):
            piece = piece.strip(" ,")
            key = _fold(piece)
            if (
                not key
                or company_key in key
                or key in company_key
                or not _AGENCY.search(piece)
                or _TITLE_WORDS.search(piece)
                or _GENERIC.match(piece)
                or not written_as_name(piece)
                or not (agent_talk or (domain and _fold(piece.split()[0]) in domain))
            ):
                continue
            return piece
    return ""
