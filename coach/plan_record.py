"""A plan as stored data: its journal record, and reading one back with every field checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from coach.date_words import example_day
from coach.plans import OWN_THEME, THEMES, Plan, PlanError, PlanStatus, clause

T = TypeVar("T")
# A date in the form, checked apart from whether the calendar has the day.
ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")

PLAN_FIELDS = (
    "id",
    "entry_id",
    "when",
    "then",
    "due",
    "status",
    "theme",
    "created_at",
    "closed_on",
)


def plan_to_record(plan: Plan) -> dict[str, Any]:
    """Plain JSON-ready data: what the journal stores and what `coach plans --json` prints."""
    return {
        "id": plan.id,
        "entry_id": plan.entry_id,
        "when": plan.when,
        "then": plan.then,
        "due": plan.due.isoformat(),
        "status": plan.status.value,
        "theme": plan.theme,
        "created_at": plan.created_at.isoformat(),
        "closed_on": plan.closed_on.isoformat() if plan.closed_on else None,
    } | ({"edited_at": plan.edited_at.isoformat()} if plan.edited_at else {})


def _date(value: Any, name: str, today: date | None = None) -> date | None:
    if value in (None, ""):
        return None
    typed = str(value).strip()
    try:
        return date.fromisoformat(typed)
    except ValueError:
        pass
    example = f". Try a date like {example_day(today, ahead=True)}" if today else ""
    if ISO_SHAPE.fullmatch(typed):
        # In the form, but no such day (2026-02-30): said as entries say it (rv45 D4).
        raise PlanError(
            f"{name} {value!r} is not on the calendar (check the month and the day){example}"
        )
    raise PlanError(f"{name} {value!r} is not a date in YYYY-MM-DD form{example}")


def plan_from_record(record: Any, *, today: date | None = None) -> Plan:
    """A plan from stored or imported data, checking every field.

    PlanError names every problem of the record (`.problems`), as an entry row's
    are named. today: a day to give as an example of a date (for an import).
    """
    if not isinstance(record, dict):
        raise PlanError(f"a plan's fields should be here, and it holds {_held(record)} instead")
    problems: list[str] = []
    for name in ("id", "entry_id", "when", "then"):
        # rv43 S2: a list read as its Python form, "I will ['write to Ana', …]".
        if isinstance(record.get(name), list | dict | bool):
            problems.append(f"{name} must be text, not {_held(record.get(name))}")
    text = {name: "" if record.get(name) is None else str(record.get(name)) for name in PLAN_FIELDS}
    if not text["id"].strip():
        problems.append("id is missing; every plan needs one")
    if not text["entry_id"].strip():
        problems.append("entry_id is missing; a plan belongs to an entry")
    # Said as a stored record's fault, not with the close step's prompt (rv34: every
    # command's warning quoted "Say when: the moment or cue, e.g. …".;).
    for half, needs in (("when", "its cue"), ("then", "what you will do")):
        if not isinstance(record.get(half), list | dict | bool) and not clause(text[half]):
            problems.append(f"{half} is missing; a plan needs {needs}")
    due = _checked(problems, lambda: _date(record.get("due"), "due", today))
    if due is None and record.get("due") in (None, ""):
        problems.append("due is missing; use a date in YYYY-MM-DD form")
    status = _checked(problems, lambda: _status(text["status"]))
    theme = text["theme"].strip() or OWN_THEME
    if theme not in THEMES:
        problems.append(f"theme {theme!r} is not one of: {', '.join(THEMES)}")
    created_at = _checked(problems, lambda: _created_at(text["created_at"], due))
    closed_on = _checked(problems, lambda: _date(record.get("closed_on"), "closed_on", today))
    edited_at = _checked(problems, lambda: _edited_at(record.get("edited_at")))
    if problems or due is None or status is None or created_at is None:
        raise PlanError("; ".join(problems), problems)
    return Plan(
        id=text["id"].strip(),
        entry_id=text["entry_id"].strip(),
        when=text["when"],
        then=text["then"],
        due=due,
        theme=theme,
        status=status,
        created_at=created_at,
        closed_on=closed_on,
        edited_at=edited_at,
    )


def _checked(problems: list[str], read: Callable[[], T]) -> T | None:
    """A field read, or None with its problem added: one bad field hides no other."""
    try:
        return read()
    except PlanError as problem:
        problems.append(str(problem))
        return None


def _status(typed: str) -> PlanStatus:
    try:
        return PlanStatus(typed.strip() or PlanStatus.OPEN.value)
    except ValueError:
        allowed = ", ".join(PlanStatus)
        raise PlanError(f"status {typed!r} is not one of: {allowed}") from None


def _created_at(typed: str, due: date | None) -> datetime | None:
    """When the plan was made; a record without it was made on its day (None: no day)."""
    if not typed.strip():
        return datetime.combine(due, datetime.min.time()) if due else datetime.now()
    try:
        return datetime.fromisoformat(typed.strip())
    except ValueError:
        raise PlanError(f"created_at {typed!r} is not an ISO date and time") from None


def _held(value: Any) -> str:
    """What a value is, in a person's words: "a list", "nothing (null)"."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "only text"
    return "a list" if isinstance(value, list) else "an object"


def _edited_at(value: Any) -> datetime | None:
    """When the plan's cue or day was last changed; absent in plans never changed."""
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise PlanError(f"edited_at {value!r} is not an ISO date and time") from None
