"""What `coach repair` says of a plan it could keep only part of: what is missing, and where."""

from __future__ import annotations

from typing import Any

from coach.field_words import field_words
from coach.plans import PLAN_FIELDS, PlanError, plan_from_record


def partial_plan_note(fields: dict[str, Any], journal_name: str) -> str:
    """The fields not read, and whether coach can still ask about the plan as it was kept.

    A plan whose kept fields fail the plan checks is never asked about (rv32: a
    day cut to "2026-11-2" was kept and "repaired"), so that is said plainly.
    """
    missing = [name for name in PLAN_FIELDS if name not in fields]
    unread = f" Not read: {field_words(missing, 'plans')}." if missing else ""
    try:
        plan_from_record(fields)
    except PlanError as error:
        return (
            f"{unread} Coach cannot use it as a plan ({error}), so it is never asked about "
            f"until that line of {journal_name} is mended by hand, from the copy kept aside; "
            "`coach plans` names it."
        )
    return f"{unread} Check it with `coach plans`."
