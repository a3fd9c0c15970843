"""The names weighed as an email's company: their scores, longest spellings and full signings."""

from __future__ import annotations

import re
from collections import defaultdict

from coach.email_clues import _LEGAL_SUFFIX, _TEAM_AFFIX, _TEAM_WORDS, _clean_company, _fold
from coach.email_company_ok import company_ok
from coach.email_domain import mailbox_words_joined
from coach.email_firms import _AGENCY, department_line, without_department, written_as_name
from coach.email_public_body import public_body


class Tally:
    """Every name put forward as the company so far, by its folded key."""

    def __init__(self, not_this: str = "", systems: frozenset[str] = frozenset()) -> None:
        self.scores: dict[str, float] = defaultdict(float)
        self.signed: list[str] = []  # the company as the sender's name or signature writes it
        self.spelling: dict[str, str] = {}
        self._excluded = _fold(not_this)
        # The service the email says sent it ("Powered by HireLoop"): never the company.
        self._systems = systems

    def add(
        self,
        text: str,
        weight: float,
        in_full: bool = False,
        alone: bool = False,
        firm: bool = False,
    ) -> str:
        """Weigh text as the company; its key, or "" when it cannot be a company's name.

        in_full: written as the company's whole name; alone: with nothing larger named;
        firm: written where only a firm stands.
        """
        text = without_department(text)
        # "Careers Portal", "Jobs Board": a mailbox's name, whose cleaning leaves "Portal".
        if mailbox_words_joined(_fold(text)):
            return ""
        cleaned = _clean_company(text)
        # "Department of Natural Resources" with nothing larger named: the body itself.
        body = public_body(cleaned, alone)
        # "Whitcombe Lyle Student & Experienced Recruitment": what stands before a team's
        # name may be more of the team's name, so it is no fuller name of the firm.
        of_a_team = bool(_TEAM_AFFIX.search(_LEGAL_SUFFIX.sub("", text.strip())))
        in_full = in_full and not of_a_team
        # "Designer Contracts Ltd", "Support Services Ltd": a legal suffix is a firm's, never
        # a job's or a department's.
        suffixed = bool(_LEGAL_SUFFIX.search(text.strip()))
        text = cleaned
        # "Brisk Courier Recruiting": a team's owner may end in a job's word.
        if not body and (
            not company_ok(text, job_word_ok=of_a_team, as_a_firm=suffixed or firm)
            or (department_line(text) and not suffixed)
        ):
            return ""
        if in_full:
            self.signed.append(text)
        key = _fold(text)
        if not key or key == self._excluded or key in self._systems:
            return ""
        self.scores[key] += weight
        # Keep the longest spelling seen ("Kestrel Robotics" over "Kestrel").
        if len(text) >= len(self.spelling.get(key, "")):
            self.spelling[key] = text
        return key

    def in_full(self, name: str) -> str:
        """ "Gemeente Lindenvoort" or "Groupe Beaulieu Distribution" as the signature writes it."""
        key = _fold(name)
        fuller = []
        for text in self.signed:
            extra = [w for w in text.split() if _fold(w) not in key]
            if key not in _fold(text) or not written_as_name(text) or len(extra) > 3:
                continue
            # Not "Albion Rail Resourcing" or "Lumio Team": a team or an agency is no fuller name.
            if any(_AGENCY.search(w) or re.fullmatch(_TEAM_WORDS, w, re.I) for w in extra):
                continue
            fuller.append(text)
        return max(fuller, key=len) if fuller else name
