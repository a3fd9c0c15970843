"""A plan as its form holds it, made a Plan for an entry (the close step, an entry's new plan)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from coach.dates import parse_due
from coach.plans import OWN_THEME, THEMES, Plan, check_halves


def plan_typed(
    typed: Mapping[str, Any],
    entry_id: str,
    today: date,
    made_at: datetime | None = None,
    plan_id: str = "",
) -> Plan | None:
    """The plan the form's values describe (plan_choice, plan_when, …), or None when none was made.

    made_at: when it is made, by the app's clock (a plan for its own day waits
    for the next). Raises PlanError or DateInputError when a plan was chosen
    but is not complete.
    """
    if str(typed.get("plan_choice") or "") in ("", "skip"):
        return None
    when, then = str(typed.get("plan_when") or ""), str(typed.get("plan_then") or "")
    check_halves(when, then)
    # Checked again (a form resumed days later may hold a day now past).
    due = parse_due(str(typed.get("plan_due_on") or typed.get("plan_due") or ""), today)
    theme = str(typed.get("plan_theme") or "")
    plan = Plan(
        entry_id=entry_id,
        when=" ".join(when.split()),
        then=" ".join(then.split()),
        due=due,
        theme=theme if theme in THEMES else OWN_THEME,
    )
    if plan_id:
        plan.id = plan_id
    if made_at is not None:
        plan.created_at = made_at.replace(microsecond=0)
    return plan
