"""A sender's name that names a jobs channel ("Civil Service Jobs"), which may send for others."""

from __future__ import annotations

import re

from coach.email_clues import _domain_label

# "Civil Service Jobs", "NHS Jobs", "Kestrel Bank Careers": a channel for vacancies, which a
# firm runs for itself or a service runs for many employers. Not "Recruitment": that is how
# an agency names itself, and an agency has its own rules.
_CHANNEL = re.compile(r"\s(?:jobs|careers|vacancies|jobs? board)$", re.IGNORECASE)


def jobs_channel(display: str) -> bool:
    """Whether a sender's display name is a channel for vacancies rather than a firm's name."""
    return bool(_CHANNEL.search(display.strip()))


def sent_for_another(
    channel: str, scores: dict[str, float], applied_to: set[str], sender_domains: set[str]
) -> bool:
    """Whether the letter names, as the organisation applied to, one that is not the
    channel's own, or the signature names it as whose team signs: then the channel is a
    service that sent the mail for it.

    channel, the keys of scores and applied_to are folded names, and sender_domains the
    labels of the sender's mail domains. "Kestrel Bank Careers" and "Kestrel" are one firm;
    "Police Jobs" and "Northmoor Police" are not.
    """
    # "Harbour Careers" at harbour.example is the firm's own channel: it sends for no one
    # else, so a firm the letter names ("a role at Atlas Shipping") is named in passing.
    # Not "policejobs": a domain that adds to the channel's name is a service's.
    if any(channel.startswith(label) for label in sender_domains):
        return False
    return any(
        key in applied_to and not (key.startswith(channel) or channel.startswith(key))
        for key in scores
    )


def sender_domains(addresses: list[str]) -> set[str]:
    """The labels of the sender's mail domains ("harbour" of jobs@harbour.example)."""
    return {label for label in map(_domain_label, addresses) if label and len(label) >= 3}
