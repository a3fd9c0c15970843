"""Taking back a plan change made from its entry: only what it changed, over the stored plan."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from coach.dates import day_label
from coach.errors import CoachError
from coach.plans import edit_plan

if TYPE_CHECKING:
    from coach.journal import Journal
    from coach.plans import Plan


def changed_here(shown: Plan, asked: Plan, saved: Plan) -> Plan:
    """The plan as it was, in what the dialog changed; as saved in the rest.

    A dialog shown before another coach reworded the plan saves the day alone
    over those words: taking it back must not put the old words back (rv40 D1).
    """
    reworded = (asked.when, asked.then) != (shown.when, shown.then)
    moved = asked.due != shown.due
    return replace(
        saved,
        when=shown.when if reworded else saved.when,
        then=shown.then if reworded else saved.then,
        due=shown.due if moved else saved.due,
        edited_at=shown.edited_at,
    )


def undone(journal: Journal, before: Plan, changed: Plan) -> tuple[Plan | None, str, Plan | None]:
    """The plan with this app's change taken back, from the stored one; else why not.

    The third: the plan as stored now, to show when the undo is refused.

    Refused when what the change touched was changed again elsewhere since:
    the undo would write over that without a word.
    """
    reworded = (before.when, before.then) != (changed.when, changed.then)
    moved = before.due != changed.due
    try:
        stored = journal.get_plan(changed.id)
    except CoachError as error:
        return None, f"Nothing was taken back: {error}", None
    if stored.id != changed.id:
        return None, "Nothing was taken back: the plan is no longer in the journal.", None
    if (reworded and (stored.when, stored.then) != (changed.when, changed.then)) or (
        moved and stored.due != changed.due
    ):
        # Here, not at the top: coach.journal_plans loads TinyDB, and screens import this.
        from coach.journal_plans import ELSEWHERE

        return (
            None,
            (
                f"Nothing was taken back: {ELSEWHERE} changed this plan again since (it now "
                f"says “{stored.text}”, for {day_label(stored.due)}). Change it again to change it."
            ),
            stored,
        )
    when, then = (before.when, before.then) if reworded else (stored.when, stored.then)
    back = edit_plan(stored, when, then, before.due if moved else stored.due, stored.counted_from)
    if (back.when, back.then, back.due) == (before.when, before.then, before.due):
        # Back as it was, its time counted as before the change (not from this undo).
        back = replace(back, edited_at=before.edited_at)
    return back, "", stored
