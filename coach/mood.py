"""Reading a mood rating as typed: a whole number from 0 to 10, or nothing."""

from __future__ import annotations

MOOD_HELP = "A whole number from 0 (awful) to 10 (fine), or leave it empty."


def parse_mood(text: str) -> tuple[int | None, str]:
    """The mood and a kind message when it is not one ('' when fine; blank is no mood)."""
    text = text.strip()
    if not text:
        return None, ""
    if text.isdigit() and 0 <= int(text) <= 10:
        return int(text), ""
    return None, MOOD_HELP


# At or below this, on either rating, the walk shows where to find support.
LOW_MOOD = 3


def is_low(*moods: int | None) -> bool:
    """Whether any given rating is low enough to show where to find support."""
    return any(mood is not None and mood <= LOW_MOOD for mood in moods)
