"""The check-in's autosave surface: days typed for "not yet", kept until they are saved."""

from __future__ import annotations

from datetime import date
from typing import Any

# One surface for the whole check-in: each plan's typed day under its id.
CHECKIN_KEY = "checkin"
CHECKIN_META: dict[str, Any] = {"kind": "checkin", "label": "a plan's new day"}


def typed_value(typed: str, due: date) -> dict[str, str]:
    """A typed day as autosaved: with the plan's day it was typed to move it from."""
    return {"typed": typed, "due": due.isoformat()}


def typed_for(value: object, due: date) -> str | None:
    """The day typed, if it was typed for the plan on this day; None once the plan has moved.

    A day typed and left, then the plan moved another way (a later "not yet",
    "Change plan…", another coach), was put back in the field and used (fz23).
    An older coach's autosave holds the words alone, taken as they come.
    """
    if isinstance(value, str):
        return value
    if not isinstance(value, dict):
        return None
    typed = value.get("typed")
    if not isinstance(typed, str) or value.get("due") != due.isoformat():
        return None
    return typed
