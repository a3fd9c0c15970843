"""Small pieces of wording shared by the CLI and the screens."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """'1 entry', '3 entries': a count with its noun in the right number."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"
