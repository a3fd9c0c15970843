"""What is said when your details were saved over, or beside, another coach's save of them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# The details as a sentence names them (the field labels are "Your name", "Phone").
DETAIL_WORDS = {
    "name": "your name",
    "linkedin_url": "your LinkedIn URL",
    "phone": "your phone number",
}


def details_merged_notices(
    replaced: Mapping[str, object], merged: Iterable[str]
) -> list[tuple[str, dict[str, Any]]]:
    """Each notice to show, with its options (severity, timeout)."""
    notices: list[tuple[str, dict[str, Any]]] = []
    if replaced:
        theirs = "; ".join(
            f"{DETAIL_WORDS.get(name, name)} (theirs was {value!r})"
            for name, value in replaced.items()
        )
        notices.append(
            (
                "Another coach saved your details while you were editing them. Yours "
                f"replaced theirs in: {theirs}. Press p on the home screen to change it back.",
                {"severity": "warning", "timeout": 15},
            )
        )
    merged = list(merged)
    if merged:
        # Only what they changed and this coach left alone: no clash, nothing of yours lost.
        order = [name for name in DETAIL_WORDS if name in merged]
        names = [DETAIL_WORDS[name] for name in order] + [n for n in merged if n not in order]
        kept = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
        change = "those changes are" if len(names) > 1 else "that change is"
        notices.append(
            (f"Another coach changed {kept} meanwhile; {change} kept with yours.", {"timeout": 8})
        )
    return notices
