"""The check-in's autosave surface: days typed for "not yet", kept until they are saved."""

from __future__ import annotations

from datetime import date
from typing import Any

# One surface for the whole check-in: each plan's typed day under its id.
CHECKIN_KEY = "checkin"
CHECKIN_META: dict[str, Any] = {"kind": "checkin", "label": "a plan's new day"}


def typed_value(
    typed: str, due: date, at: str = "", also: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A typed day as autosaved: with the plan's day it was typed to move it from.

    at and also only where two stopped coaches left a day for one plan: when this
    one was left, and the others' days, each as autosaved, kept until it is answered.
    """
    value: dict[str, Any] = {"typed": typed, "due": due.isoformat()}
    if at:
        value["at"] = at
    if also:
        value["also"] = also
    return value


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


def _each(value: object) -> list[dict[str, Any]]:
    """Every day a value holds, the field's first, then those other coaches left."""
    if isinstance(value, str):
        return [{"typed": value}]
    if not isinstance(value, dict):
        return []
    others = value.get("also")
    rest = [v for v in others if isinstance(v, dict)] if isinstance(others, list) else []
    main = {k: v for k, v in value.items() if k != "also"}
    return [main, *rest]


def _words(one: dict[str, Any]) -> str | None:
    typed = one.get("typed")
    return typed if isinstance(typed, str) else None


def joined(held: object, taken: object, held_at: str, taken_at: str) -> object:
    """Two stopped coaches' days for one plan, both kept: the one left last goes in the field.

    Before, the second file read wrote over the first, and a day typed was
    dropped without a word (fz45). Each keeps the hour it was left, to be told apart.
    """
    days: list[dict[str, Any]] = []
    for value, at in ((held, held_at), (taken, taken_at)):
        for one in _each(value):
            if _words(one) is None or any(_words(d) == _words(one) for d in days):
                continue
            days.append({"at": at, **one})
    if len(days) < 2:
        return taken if _each(taken) else held
    days.sort(key=lambda one: str(one.get("at") or ""), reverse=True)
    return {**days[0], "also": days[1:]}


def days_for(value: object, due: date) -> list[dict[str, Any]]:
    """Each day left typed for the plan on this day, the one for its field first."""
    # One without its plan's day is an older coach's: its words alone, as typed_for takes them.
    return [one for one in _each(value) if "due" not in one or typed_for(one, due) is not None]


def fresh(value: object, due: date) -> object | None:
    """The value with only the days typed for the plan on this day; None for none."""
    if not isinstance(value, dict) or "also" not in value:
        return value if typed_for(value, due) is not None else None
    days = days_for(value, due)
    return as_value(days) if days else None


def as_value(days: list[dict[str, Any]]) -> dict[str, Any]:
    """Days left for one plan as autosaved: the field's first, the others beside it."""
    return {**days[0], "also": days[1:]} if len(days) > 1 else days[0]
