"""An entry's "Next step" that quotes a plan takes the plan's new words when the plan changes."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coach.journal import Journal
    from coach.plans import Plan


def next_step_after(next_step: str, old: Plan, new: Plan) -> str | None:
    """The "Next step" once `old` became `new`: its new words when it quoted the old; else None.

    Words of the person's own there are left alone, as is a step a change of day
    alone leaves true. The app's "Change plan…" and `coach plans edit` both ask.
    """
    if old.text == new.text or next_step.strip() != old.text:
        return None
    return new.text


def follow_in_entry(journal: Journal, old: Plan, new: Plan) -> bool:
    """Save the plan's entry with its "Next step" following the plan; whether it changed.

    Saved as an edit of the entry as read here, so another coach's change to it
    meanwhile is merged, not written over. No entry (deleted, or unreadable)
    leaves nothing to follow.
    """
    from coach.errors import CoachError

    try:
        entry = journal.get(new.entry_id)
    except CoachError:
        return False
    follows = next_step_after(entry.next_step, old, new)
    if follows is None or entry.id != new.entry_id:  # not another entry its id begins
        return False
    journal.save_edit(replace(entry, next_step=follows), base=entry)
    return True


def next_step_for_new(next_step: str, new: Plan, others: Sequence[Plan]) -> str | None:
    """The "Next step" once a plan is made for an entry already kept: the plan's words, or None.

    As the close step writes a walk's plan there, so does a plan made on the
    entry, but only over an empty step or one that quotes an earlier plan of the
    entry no longer open (done, or let go): words the person wrote, and a plan
    still to do, are never written over.
    """
    from coach.plans import PlanStatus

    step = next_step.strip()
    if not step:
        return new.text
    done = {
        plan.text for plan in others if plan.id != new.id and plan.status is not PlanStatus.OPEN
    }
    open_ = {plan.text for plan in others if plan.id != new.id and plan.status is PlanStatus.OPEN}
    return new.text if step in done and step not in open_ else None


def step_no_longer_open(next_step: str, plans: Sequence[Plan]) -> str:
    """What to say under a "Next step" that quotes a plan done or let go; '' when none.

    The step still read as the thing to do next after its plan was let go (rv49):
    said, not changed, since the words are the person's to keep or replace.
    """
    from coach.plans import PlanStatus

    step = next_step.strip()
    if not step or any(p.text == step and p.status is PlanStatus.OPEN for p in plans):
        return ""
    for plan in plans:
        if plan.text == step and plan.status is not PlanStatus.OPEN:
            word = "done" if plan.status is PlanStatus.DONE else "let go"
            when = f" on {plan.closed_on.isoformat()}" if plan.closed_on else ""
            return f"That plan was {word}{when}: type the next step here, or leave it."
    return ""
