"""A plan made again for an entry in the words of one still open for it: found, to ask first."""

from __future__ import annotations

from collections.abc import Iterable

from coach.plans import Plan, PlanStatus, plan_sentence


def twin_of(plan: Plan, plans: Iterable[Plan]) -> Plan | None:
    """The open plan of the same entry that says what this one says, if there is one.

    Read as the plan reads once saved: "When I wake" and "I wake", case, spaces
    and a closing stop make no other plan. One done or let go may be made again.
    """
    words = _said(plan)
    for other in plans:
        if (
            other.entry_id == plan.entry_id
            and other.id != plan.id
            and other.status is PlanStatus.OPEN
            and _said(other) == words
        ):
            return other
    return None


def _said(plan: Plan) -> str:
    return " ".join(plan_sentence(plan.when, plan.then).casefold().split()).rstrip(".")
