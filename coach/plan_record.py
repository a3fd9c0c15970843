"""A plan as stored data: its journal record, and reading one back with every field checked."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from coach.plans import OWN_THEME, THEMES, Plan, PlanError, PlanStatus, clause

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


def _date(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise PlanError(f"{name} {value!r} is not a date in YYYY-MM-DD form") from None


def plan_from_record(record: Any) -> Plan:
    """A plan from stored or imported data, checking every field (PlanError says which)."""
    if not isinstance(record, dict):
        raise PlanError(f"a plan's fields should be here, and it holds {_held(record)} instead")
    for name in ("id", "entry_id", "when", "then"):
        # rv43 S2: a list read as its Python form, "I will ['write to Ana', …]".
        if isinstance(record.get(name), list | dict | bool):
            raise PlanError(f"{name} must be text, not {_held(record.get(name))}")
    text = {name: "" if record.get(name) is None else str(record.get(name)) for name in PLAN_FIELDS}
    if not text["id"].strip():
        raise PlanError("id is missing; every plan needs one")
    if not text["entry_id"].strip():
        raise PlanError("entry_id is missing; a plan belongs to an entry")
    # Said as a stored record's fault, not with the close step's prompt (rv34: every
    # command's warning quoted "Say when: the moment or cue, e.g. …".;).
    for half, needs in (("when", "its cue"), ("then", "what you will do")):
        if not clause(text[half]):
            raise PlanError(f"{half} is missing; a plan needs {needs}")
    due = _date(record.get("due"), "due")
    if due is None:
        raise PlanError("due is missing; use a date in YYYY-MM-DD form")
    try:
        status = PlanStatus(text["status"].strip() or PlanStatus.OPEN.value)
    except ValueError:
        allowed = ", ".join(PlanStatus)
        raise PlanError(f"status {text['status']!r} is not one of: {allowed}") from None
    theme = text["theme"].strip() or OWN_THEME
    if theme not in THEMES:
        raise PlanError(f"theme {theme!r} is not one of: {', '.join(THEMES)}")
    try:
        created_at = (
            datetime.fromisoformat(text["created_at"].strip())
            if text["created_at"].strip()
            else datetime.combine(due, datetime.min.time())
        )
    except ValueError:
        raise PlanError(f"created_at {text['created_at']!r} is not an ISO date and time") from None
    return Plan(
        id=text["id"].strip(),
        entry_id=text["entry_id"].strip(),
        when=text["when"],
        then=text["then"],
        due=due,
        theme=theme,
        status=status,
        created_at=created_at,
        closed_on=_date(record.get("closed_on"), "closed_on"),
        edited_at=_edited_at(record.get("edited_at")),
    )


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
