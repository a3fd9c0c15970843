"""Guessing an entry's fields from a rejection email: company, contact, role, stage, dates."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from coach.email_clues import _FOOTER, _date_above_greeting, _fold, _prose, _recipient
from coach.email_company import hiring_company
from coach.email_firms import unnamed_client
from coach.email_names import contact_from
from coach.email_reader import MAX_INPUT_BYTES, EmailReadError, ReadEmail, read_email_input
from coach.email_reapply import _reapply
from coach.email_role import _role, _role_in_text
from coach.email_signals import _feedback_invited
from coach.email_signature import _signature
from coach.email_stage import stage_in
from coach.email_verdict import NOTHING_SAYS_NO, not_a_rejection
from coach.errors import CoachError
from coach.html_text import without_tags
from coach.model import Channel, Entry, Stage, default_reply_parts


class NotARejection(CoachError):
    """An email read as an invitation or offer: refused unless --any-email, never a whole batch."""


@dataclass
class EmailGuess:
    """What the email says, as far as it can be read; empty or None where it does not."""

    company: str = ""
    contact: str = ""
    role: str = ""
    stage: Stage | None = None
    date: date | None = None
    reapply_after: date | None = None
    feedback_invited: bool = False
    text: str = ""
    # Escape sequences and control characters the reader took out (see ReadEmail).
    controls_removed: int = 0
    # The kept text was cut at MAX_KEPT_CHARS.
    text_cut: bool = False
    # The agency that wrote for a client it does not name (the company is then left empty).
    agency: str = ""
    # Why the email does not read as a rejection (an invitation, an offer); "" when it does.
    not_rejection: str = ""

    def to_json(self) -> dict[str, Any]:
        """Exactly the keys `coach from-email --json` prints."""
        return {
            "company": self.company or None,
            "contact": self.contact or None,
            "role": self.role or None,
            # As the app and the plain output: no stage of a no when the email goes on.
            "stage": stage.value if (stage := self.stage_of_a_no()) else None,
            "date": self.date.isoformat() if self.date else None,
            "reapply_after": self.reapply_after.isoformat() if self.reapply_after else None,
            "feedback_invited": self.feedback_invited,
            "not_a_rejection": self.not_rejection or None,
            "agency": self.agency or None,
        }

    def stage_of_a_no(self) -> Stage | None:
        """The stage to record a no at: none when the email says the application goes on.

        An invitation names the step ahead and an offer the step passed, so the stage
        read from either is not the one a no came at.
        """
        return None if self.goes_on() else self.stage

    def goes_on(self) -> bool:
        """Whether the email reads as the application going on (an invitation, an offer, a
        wait), rather than as a no or as nothing the check could place."""
        return _goes_on(self.not_rejection)

    def filled(self) -> list[str]:
        """The names of the fields that were guessed."""
        return [
            name
            for name in ("company", "contact", "role", "stage", "date", "reapply_after")
            if getattr(self, name)
        ]


def _goes_on(not_rejection: str) -> bool:
    """Whether a reason the email is not a rejection says it goes on (not "nothing says no")."""
    return bool(not_rejection) and not_rejection != NOTHING_SAYS_NO


def guess_from_email(data: bytes | str, today: date) -> EmailGuess:
    """Every field the email gives; raises EmailReadError when it cannot be read."""
    read = read_email_input(data)
    return guess_from_read(read, today)


def guess_from_file(path: Path, today: date) -> EmailGuess:
    """The same, from a file; a missing or unreadable file is a clear CoachError."""
    from coach.named_files import read_file_bytes, refuse_unless_file

    give = "an .eml file or the email's text"
    try:
        # A folder, pipe or device is refused before it is opened (a pipe would wait).
        if refuse_unless_file(path, give).st_size > MAX_INPUT_BYTES:
            raise CoachError(
                f"{path} is larger than {MAX_INPUT_BYTES // 1_000_000} MB; "
                "a rejection email is far smaller. Is it the right file?"
            )
        data = read_file_bytes(path, give, MAX_INPUT_BYTES)
    except FileNotFoundError:
        raise CoachError(f"{path} does not exist; check the name and try again") from None
    except OSError as error:
        raise CoachError(f"Cannot read {path}: {error.strerror or error}") from None
    try:
        return guess_from_email(data, today)
    except EmailReadError as error:
        raise EmailReadError(f"{path}: {error}") from None


def guess_from_read(read: ReadEmail, today: date) -> EmailGuess:
    """Fields from an email already read."""
    lines = [line for line in read.body.split("\n") if not _FOOTER.search(line)]
    body = "\n".join(lines)
    recipient = _recipient(lines)
    signature = _signature(lines)
    prose = _prose(body)
    # The role named in the text is never the company ("Acme - Data Analyst").
    named_role = _role_in_text(prose, "")
    company = hiring_company(read, body, signature, not_this=named_role)
    # An agent's "my client, a leading fintech": who wrote is said, and is not the company.
    agency = ""
    if not company and unnamed_client(prose):
        agency = hiring_company(read, body, signature, not_this=named_role, keep_agency=True)
    contact = contact_from(read, signature, company, recipient)
    noted_by, note_offers = _note_from_the_company(read, company)
    sent = read.sent or _date_above_greeting(lines, today)
    # The quoted older messages name the job or the step when the reply does not.
    role = (
        _role(read.subject, prose, company)
        or _role_in_text(_prose(read.below), company)
        or _role(_heading_line(lines), "", company)
    )
    # Everything read counts towards a no, quoted parts too; an invitation or offer is
    # looked for in the message chosen as the news.
    not_rejection = not_a_rejection(
        read.subject + "\n" + read.body,
        "\n".join((read.subject, read.above, read.body, read.below, read.text)),
    )
    stage = stage_in(prose + "\n" + read.subject)
    if not stage and not _goes_on(not_rejection):
        # The quoted older message names the step when the newest does not; not when the
        # newest goes on, as that step is the older no's and the no no longer stands.
        stage = stage_in(_prose(read.below))
    return EmailGuess(
        # HTML the reader did not take for HTML still never puts a tag in a field.
        company=without_tags(company),
        contact=without_tags(contact or noted_by),
        role=without_tags(role),
        stage=stage,
        date=sent,
        reapply_after=_reapply(prose, sent or today),
        feedback_invited=_feedback_invited(prose) or note_offers,
        text=read.text,
        controls_removed=read.controls_removed,
        text_cut=read.text_cut,
        agency=without_tags(agency),
        not_rejection=not_rejection,
    )


# A letter's heading line, pasted without its headers: "Re: Advanced Nurse Practitioner -
# Acute Medicine - Ref LHB/ANP/0926", "Executive Assistant to the Director (ref. EA-2611)".
_HEADING = re.compile(r"^\s*re\s*:\s*\S|\((?:ref|req)\b", re.IGNORECASE)


# A form's field: "Position: Environmental Scientist 2".
_ROLE_FIELD = re.compile(
    r"^(?:position|role|job title|job|vacancy|post|poste|stelle|puesto|functie|posizione|vaga)"
    r"\s*:\s*(\S.{2,80})$",
    re.IGNORECASE,
)


def _heading_line(lines: list[str]) -> str:
    """The first of the top lines written as a subject is (or a form's job field), or ""."""
    top = [line.strip() for line in lines if line.strip()][:8]
    for line in top:
        field = _ROLE_FIELD.match(line)
        if field:
            return field.group(1)
    return next((line for line in top if _HEADING.search(line) and len(line) <= 120), "")


def _note_from_the_company(read: ReadEmail, company: str) -> tuple[str, bool]:
    """Who passed the rejection on, and whether they offer to talk, when they are the company's.

    A hiring manager forwards the official note with a line of their own on
    top; an applicant's own note to self (no company under its name) is not one.
    """
    if not read.above or not company:
        return "", False
    lines = [line for line in read.above.split("\n") if not _FOOTER.search(line)]
    signature = _signature(lines)
    if _fold(company) not in _fold(" ".join(signature)):
        return "", False
    note = ReadEmail(body=read.above)
    prose = _prose(read.above)
    return contact_from(note, signature, company, _recipient(lines)), _feedback_invited(prose)


def entry_from_guess(
    guess: EmailGuess, today: date, source: bytes, *, any_email: bool = False
) -> Entry:
    """A journal entry from an email alone (for `coach import mail.eml`).

    The id comes from the email's bytes, so importing the same file twice
    finds the entry already there instead of adding a copy. An email that does
    not read as a rejection (an invitation, an offer) is refused unless
    `any_email`: counted as a rejection it would skew every figure after it.
    """
    if guess.not_rejection and not any_email:
        raise NotARejection(
            f"this doesn't read like a rejection: {guess.not_rejection}. If it is one, "
            "import it with --any-email"
        )
    if not guess.company and guess.agency:
        raise CoachError(
            f"the email is from {guess.agency}, an agency, for a client it does not name; "
            "add it in the app with 'Paste the email' and type the company, or import a CSV "
            "row instead"
        )
    if not guess.company:
        raise CoachError(
            "no company could be read from the email; add it in the app with "
            "'Paste the email', or import a CSV row instead"
        )
    sent = guess.date or today
    if sent > today:
        raise CoachError(f"the email is dated {sent.isoformat()}, which is in the future")
    stage = guess.stage or Stage.APPLICATION
    entry = Entry(
        company=guess.company,
        stage=stage,
        id=hashlib.sha256(source).hexdigest()[:10],
        role=guess.role,
        contact=guess.contact,
        date=sent,
        channel=Channel.EMAIL,
        reapply_after=guess.reapply_after,
        email_text=guess.text,
    )
    # A reply drafted later from this entry asks for feedback when they offered it.
    entry.reply.parts = default_reply_parts(stage, feedback_invited=guess.feedback_invited)
    return entry


def entry_from_email_file(
    path: Path, today: date, *, any_email: bool = False
) -> tuple[Entry, EmailGuess]:
    """The entry an .eml file describes, and what was read (codes removed, text cut).

    CoachError naming the file when it cannot be read.
    """
    guess = guess_from_file(path, today)
    try:
        return entry_from_guess(guess, today, path.read_bytes(), any_email=any_email), guess
    except NotARejection as error:
        raise NotARejection(f"{path}: {error}") from None
    except CoachError as error:
        raise CoachError(f"{path}: {error}") from None
    except OSError as error:
        raise CoachError(f"Cannot read {path}: {error.strerror or error}") from None
