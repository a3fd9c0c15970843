"""What a half-read entry gets so that coach can show it: each guess put in and said in its notes.

A record of which repair could read only some fields would otherwise be
unreadable (no company or stage), or read differently every time (no id, no
date), so the person could neither see it nor mend it in the app.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coach.model import Stage, new_entry_id

DATE_UNREAD = (
    "coach repair could not read this entry's date and put in the day of the repair, "
    "{day}: change it to the real one."
)
STAGE_UNREAD = (
    "coach repair could not read this entry's stage and put in “{label}”: change it to the "
    "real one."
)
COMPANY_UNREAD = "(company not read)"
COMPANY_SAID = (
    "coach repair could not read this entry's company and put in “{company}”: change it to "
    "the real one."
)


def dated(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A half-read entry with a date: the day of the repair when its own is lost, said in its notes.

    Without one it would read as today's rejection anyway, silently the newest
    of all, and skew what insights say.
    """
    if table != "entries" or _is_day(fields.get("date")):
        return fields
    day = date.today().isoformat()
    return _said({**fields, "date": day}, DATE_UNREAD.format(day=day))


def readable(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A half-read record as it is stored: an entry dated, and given what it needs to be shown.

    An id is made up without a word (it is coach's own): without a stored one,
    every read would make up a new one and an edit could not find the entry.
    """
    fields = dated(table, fields)
    if table != "entries":
        return fields
    if not (isinstance(fields.get("id"), str) and fields["id"].strip()):
        fields = {"id": new_entry_id(), **fields}
    stage = fields.get("stage")
    # A half-read stage may be a list or an object, which no set can hold.
    if not (isinstance(stage, str) and stage in {s.value for s in Stage}):
        label = Stage.NO_REPLY.label
        fields = _said({**fields, "stage": Stage.NO_REPLY.value}, STAGE_UNREAD.format(label=label))
    company = fields.get("company")
    if not (isinstance(company, str) and company.strip()):
        said = COMPANY_SAID.format(company=COMPANY_UNREAD)
        fields = _said({**fields, "company": COMPANY_UNREAD}, said)
    return fields


def _said(fields: dict[str, Any], said: str) -> dict[str, Any]:
    notes = fields.get("notes") if isinstance(fields.get("notes"), str) else ""
    return {**fields, "notes": f"{notes}\n\n{said}" if notes else said}


def _is_day(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def filled(table: str, fields: dict[str, Any]) -> list[str]:
    """Which of date, stage and company `readable` puts in for these fields (said in notes)."""
    if table != "entries":
        return []
    stored = readable(table, fields)
    return [name for name in ("date", "stage", "company") if stored.get(name) != fields.get(name)]


def said_filled(names: list[str]) -> str:
    """The repair's words for what it put in (a leading space), or "" when nothing."""
    if not names:
        return ""
    put = {
        "date": "the day of the repair",
        "stage": f"“{Stage.NO_REPLY.label}”",
        "company": f"“{COMPANY_UNREAD}”",
    }
    parts = [f"its {name} could not be read, so it has {put[name]}" for name in names]
    listed = parts[0] if len(parts) == 1 else "; ".join(parts)
    return f" {listed[0].upper()}{listed[1:]} until you change it (its notes say so)."
