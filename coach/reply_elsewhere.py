"""A sender box that takes no replies: said calmly, with an address the email itself gives."""

from __future__ import annotations

import re

from coach.errors import CoachError
from coach.reply_address import takes_answers

_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# A line that offers the writer's own address: "contact me at", "reach me on", "write to".
_OFFERED = re.compile(
    r"\b(?:contact|reach|write|email|e-mail|get in touch|questions?|reply|respond)\b",
    re.IGNORECASE,
)

# Addresses for data requests or unsubscribing: not a person to answer a rejection.
_NOT_FOR_REPLIES = re.compile(
    r"privacy|data[-._ ]?protection|\bdpo\b|gdpr|unsubscribe|opt[-._ ]?out|abuse|postmaster",
    re.IGNORECASE,
)


def no_reply_note(email_text: str) -> str:
    """One calm line when the email's sender takes no replies; "" when it does, or is unknown.

    Offers only an address written in the email's own text (its signature, or a
    line such as "contact me at"), and says which: an address is never guessed.
    """
    if not email_text.strip():
        return ""
    from coach.email_reader import read_email_input

    try:
        read = read_email_input(email_text)
    except CoachError:
        return ""
    senders = [a for a in (read.reply_to, read.sender_address) if a]
    if not senders or any(takes_answers(a) for a in senders):
        return ""
    box = senders[-1]
    found = _offered_address(read.body, {a.lower() for a in senders})
    if found is None:
        return (
            f"{box} takes no replies, and the email gives no other address: "
            "to reply, you would need the person's own address."
        )
    address, where = found
    # Short enough for the draft's two rows at 80 columns, with a long address.
    return f"{box} takes no replies. {where} gives {address}: you could write there."


def _offered_address(body: str, senders: set[str]) -> tuple[str, str] | None:
    """The first address the email's text offers, and where it stands; None if none."""
    from coach.email_signature import _signature

    lines = body.splitlines()
    signed = {line.strip() for line in _signature(lines)}
    fallback: tuple[str, str] | None = None
    for line in lines:
        if _NOT_FOR_REPLIES.search(line):
            continue
        for match in _ADDRESS.finditer(line):
            address = match.group().rstrip(".'")
            if address.lower() in senders or not takes_answers(address):
                continue
            if _NOT_FOR_REPLIES.search(address):
                continue
            if line.strip() in signed:
                return address, "Its signature"
            if fallback is None and _OFFERED.search(line):
                fallback = address, "The email itself"
    return fallback
