"""Where a reply goes and what it is called: the pasted email's sender and "Re:" its subject."""

from __future__ import annotations

import re

from coach.errors import CoachError

# A box that takes no answers: writing to it is writing to no one.
_NO_ANSWERS = re.compile(
    r"^(?:no-?reply|do-?not-?reply|noreply|donotreply|no-?responder|ne-?pas-?repondre"
    r"|nicht-?antworten|niet-?beantwoorden|non-?rispondere|nao-?responder|mailer-daemon)\b",
    re.IGNORECASE,
)


def reply_heading(email_text: str) -> tuple[str, str]:
    """The address a reply to this email goes to, and its subject as a reply ("Re: …").

    Either is "" when the email does not give it: no email kept, no address,
    only a no-reply box, or no subject. Reply-To wins over From, as mail apps do.
    """
    if not email_text.strip():
        return "", ""
    from coach.email_reader import read_email_input

    try:
        read = read_email_input(email_text)
    except CoachError:
        return "", ""
    address = next(
        (a for a in (read.reply_to, read.sender_address) if a and not _NO_ANSWERS.match(a)), ""
    )
    subject = " ".join(read.subject.split())
    if subject and not re.match(r"(?:re|aw|sv)\s*:", subject, re.IGNORECASE):
        subject = f"Re: {subject}"
    return address, subject
