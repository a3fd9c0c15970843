"""Where a reply goes and what it is called: the pasted email's sender and "Re:" its subject."""

from __future__ import annotations

import re

from coach.errors import CoachError

# A box that takes no answers: writing to it is writing to no one. Senders put
# the words anywhere in the box's name ("careers-noreply", "talent.no_reply"),
# so each is looked for between the name's separators, not only at its start.
_NO_ANSWERS = re.compile(
    r"(?:^|[-._+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|no[-_.]?responder"
    r"|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten|niet[-_.]?beantwoorden"
    r"|non[-_.]?rispondere|nao[-_.]?responder|mailer[-_.]?daemon)(?:$|[-._+0-9])",
    re.IGNORECASE,
)


def takes_answers(address: str) -> bool:
    """Whether a person (or a monitored box) reads what is sent to this address."""
    return not _NO_ANSWERS.search(address.partition("@")[0])


def reply_heading(email_text: str) -> tuple[str, str]:
    """The address a reply to this email goes to, and its subject as a reply ("Re: …").

    Either is "" when the email does not give it: no email kept, no address,
    only a no-reply box, or no subject. Reply-To wins over From, as mail apps do.
    """
    if not email_text.strip():
        return "", ""
    from coach.email_clues import _domain_label, _fold
    from coach.email_reader import read_email_input
    from coach.email_sending_system import relayed_by

    try:
        read = read_email_input(email_text)
    except CoachError:
        return "", ""
    # "Jane Smith via HireLoop <notifications@hireloop.io>": the box is the service's, not
    # Jane's, and nothing says the service passes replies on (rv48).
    relay = relayed_by(read.sender_name)
    address = next(
        (
            a
            for a in (read.reply_to, read.sender_address)
            if a and takes_answers(a) and not (relay and _fold(_domain_label(a)) == relay)
        ),
        "",
    )
    subject = " ".join(read.subject.split())
    if subject and not re.match(r"(?:re|aw|sv)\s*:", subject, re.IGNORECASE):
        subject = f"Re: {subject}"
    return address, subject
