"""What `coach repair` says of a plan it could read only part of: what is missing, and where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coach.field_words import field_words
from coach.plan_record import PLAN_FIELDS
from coach.repair_described import described


def partial_plan_note(fields: dict[str, Any]) -> str:
    """The fields not read of a plan kept in part (one coach can use: see plan_aside_note)."""
    missing = [name for name in PLAN_FIELDS if name not in fields]
    unread = f" Not read: {field_words(missing, 'plans')}." if missing else ""
    return f"{unread} Check it with `coach plans`."


def plan_aside_note(line: int, fields: dict[str, Any], why: str, held: str, aside: Path) -> str:
    """A plan's line whose readable part is no plan coach can use: left out, and where it is.

    Kept, it was never asked about (rv32: a day cut to "2026-11-2" was kept and
    "repaired"); it is set aside as a line of which nothing reads is.
    """
    missing = [name for name in PLAN_FIELDS if name not in fields]
    unread = f"; not read: {field_words(missing, 'plans')}" if missing else ""
    return (
        f"Set aside line {line} ({described('plans', fields)}{unread}): coach cannot use it "
        f"as a plan ({why}), so it is not in the mended journal, and coach will not ask "
        f"about it; {held}. The whole line is in the copy kept aside, {aside} (`coach locate` "
        "names it): mend the plan there by hand and copy it back into the journal, or make "
        "a new plan at the end of your next walk."
    )
