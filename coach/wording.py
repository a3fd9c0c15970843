"""Small pieces of wording shared by the CLI and the screens."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """'1 entry', '3 entries': a count with its noun in the right number."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def joined(names: list[str]) -> str:
    """Names joined as a sentence says them: "role", "role and contact", "a, b and c"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
