"""Reading a mood rating as typed: a whole number from 0 to 10, or nothing."""

from __future__ import annotations

import math
import re

MOOD_HELP = "A whole number from 0 (awful) to 10 (fine), or leave it empty."
# What the mood fields let be typed: two digits, or a part after a point or a comma, so
# "7.5" stays as typed and is answered (it became "75" when the point was refused).
MOOD_TYPED = r"\d{0,2}(?:[.,]\d?)?"
MOOD_LENGTH = 4
_PART = re.compile(r"(\d{0,2})[.,](\d?)")


def _whole_for(part: re.Match[str]) -> str:
    """ "7.5" is 7 or 8 to the person who typed it: the whole numbers either side."""
    number = float(f"{part.group(1) or 0}.{part.group(2) or 0}")
    sides = dict.fromkeys(min(max(n, 0), 10) for n in (math.floor(number), math.ceil(number)))
    return " or ".join(str(n) for n in sides) + "?"


def parse_mood(text: str) -> tuple[int | None, str]:
    """The mood and a kind message when it is not one ('' when fine; blank is no mood)."""
    text = text.strip()
    if not text:
        return None, ""
    if text.isdigit() and 0 <= int(text) <= 10:
        return int(text), ""
    part = _PART.fullmatch(text)
    if part and (part.group(1) or part.group(2)):
        return None, f"A whole number from 0 to 10, please: {_whole_for(part)}"
    return None, MOOD_HELP


# At or below this, on either rating, the walk shows where to find support.
LOW_MOOD = 3


def is_low(*moods: int | None) -> bool:
    """Whether any given rating is low enough to show where to find support."""
    return any(mood is not None and mood <= LOW_MOOD for mood in moods)
