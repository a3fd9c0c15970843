"""The header a web mail client prints above a message it shows, as a person copies it.

Gmail's copy of an open message starts with the subject, a folder label
("Inbox"), the sender as "Name <address>", the date and "to me"; other clients
in other languages print the same with their own words. Those lines are the
message's headers, not its text: a label is no person and the subject is no
sentence of the letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A folder or tab label a client prints beside the subject, in the six languages
# the reader knows; "Inbox x" is how Gmail's removable label copies.
_LABEL = re.compile(
    r"^\s*(?:inbox|primary|updates|promotions|social|important|starred|all mail|archive|"
    r"boîte de réception|principale|posteingang|allgemein|recibidos|bandeja de entrada|"
    r"postvak in|inkomend|posta in arrivo|caixa de entrada|entrada|principal|"
    r"jobs|job search|applications|recruiting)(?:\s+[x×✕])?\s*$",
    re.IGNORECASE,
)


# "to me", "to me, cc Dana", "À moi", "an mich", "para mí", "aan mij", "a me", "para mim".
_TO_ME = re.compile(
    r"^\s*(?:to|à|a|an|para|aan)\s+(?:me|moi|mich|mí|mi|mij|mim)\b[^\n]{0,80}$",
    re.IGNORECASE,
)


# "Dana Whitfield <dana@acme.com>" or a bare address, alone on its line.
_SENDER = re.compile(r"^\s*(?:\"?([^<>\"@\n]{1,80}?)\"?\s*)?<?([\w.+-]{1,64}@[\w.-]{1,200})>?\s*$")


# How far down a copy its header can reach.
_REACH = 10


@dataclass
class PastedHeader:
    """What a copied header block says, and where the message's own text starts."""

    subject: str = ""
    sender_name: str = ""
    sender_address: str = ""
    dropped: tuple[int, ...] = ()


def pasted_header(lines: list[str]) -> PastedHeader | None:
    """The web client's header at the top of a paste, or None when there is none.

    Only a sender line with a label, a subject or "to me" around it counts, so a
    signature's address in a two-line note is never taken for a header.
    """
    for index, line in enumerate(lines[:_REACH]):
        # Stripped first: "^\s*" and the name that may follow it both take spaces, and on a
        # line of thousands of spaces trying every split between them cost the square of
        # its length (4,000 spaces: 50 CPU-s). The name is read with its spaces closed up.
        sender = _SENDER.match(line.strip())
        if not sender:
            continue
        above = [i for i in range(index) if lines[i].strip()]
        below = [i for i in range(index + 1, min(len(lines), index + 4)) if lines[i].strip()]
        labels = [i for i in above if _LABEL.match(lines[i])]
        to_me = [i for i in below if _TO_ME.match(lines[i])]
        if not (labels or to_me):
            return None
        subject_lines = [i for i in above if i not in labels]
        subject = lines[subject_lines[0]].strip() if len(subject_lines) == 1 else ""
        dropped = [*labels, index, *to_me[:1]]
        if subject:
            dropped.append(subject_lines[0])
        return PastedHeader(
            subject=subject,
            sender_name=" ".join((sender.group(1) or "").split()),
            sender_address=sender.group(2).lower().strip("."),
            dropped=tuple(sorted(dropped)),
        )
    return None
