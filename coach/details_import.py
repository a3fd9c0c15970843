"""Taking the person's details from an export: only the empty ones, saying which."""

from __future__ import annotations

from dataclasses import replace

from coach.journal import Journal
from coach.model import Profile

# The details as `coach import` names them.
DETAIL_LABELS = {"name": "name", "linkedin_url": "LinkedIn URL", "phone": "phone number"}


def take_details(journal: Journal, imported: Profile) -> list[str]:
    """Fill the details still empty from an export's; say which and what was kept."""
    current = journal.profile()
    said: list[str] = []
    filled = replace(current)
    for name, label in DETAIL_LABELS.items():
        mine, theirs = getattr(current, name), getattr(imported, name)
        if theirs and not mine:
            setattr(filled, name, theirs)
            said.append(f"your {label} was empty; it is now the export's")
        elif theirs and theirs != mine:
            said.append(f"the export's {label} differs from yours; yours is kept")
    if filled != current:
        journal.save_profile(filled, base=current)
    return said
