"""The plans under an entry: change one in a dialog, and take the last change back."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from textual.widgets import Static

from coach.plan_next_step import next_step_after
from coach.plan_undo import changed_here, undone
from screens.journal.changes import PlanEdited
from screens.journal.entry_view import plan_shown
from screens.keys import keymap_of, shown_key
from screens.stale_toasts import drop_toasts, toast

if TYPE_CHECKING:
    from coach.errors import CoachError
    from coach.journal import Journal
    from coach.plans import Plan


class EntryPlans:
    """Change a plan from its entry; ctrl+z puts the wording and day back as they were.

    A plain mixin: Textual collects `@on` handlers only from its own classes, so
    the entry screen keeps the button's handler and calls `change_plan`.
    """

    plans: list[Plan]
    today: date
    journal: Journal
    # Each change saved here: (its place, the plan as it was, the plan as saved). Only
    # what the person changed here differs between the two (rv40 D1).
    plan_undo: list[tuple[int, Plan, Plan]]

    def change_plan(self, index: int) -> None:
        """Reword a plan or give it a new day (a dialog); the app saves what it hands back."""
        from screens.dialogs.plan_edit import PlanEditScreen

        screen: Any = self
        shown = self.plans[index]

        def saved(plan: Plan) -> None:
            self._show_plan(index, plan)
            self._next_step_follows(shown, plan)
            self.plan_undo.append((index, changed_here(shown, asked, plan), plan))
            screen.refresh_bindings()
            # The key that undoes here: the person's keymap may have moved it.
            undo = shown_key(keymap_of(getattr(screen.app, "config", None)), "undo", "Ctrl+Z")
            read = changed_note(plan, screen.app.clock())
            said = f"Plan changed{read} {undo} takes it back."
            toast(screen.app, ("plan-changed", plan.id), said, timeout=10 if read else 6)

        asked = shown

        def answered(edited: Plan | None) -> None:
            nonlocal asked
            if edited is not None:
                asked = edited
                screen.post_message(PlanEdited(self.journal, edited, saved, self._plan_failed))

        screen.app.push_screen(PlanEditScreen(shown, self.today, screen.app.clock), answered)

    def action_undo_plan(self) -> None:
        """ctrl+z: the plan changed last here goes back to its wording and day before."""
        if not self.plan_undo:
            return
        screen: Any = self
        index, before, changed = self.plan_undo.pop()
        screen.refresh_bindings()
        drop_toasts(screen.app, ("plan-changed", changed.id))
        # From the plan as stored now: what changed elsewhere since is not undone here.
        back, refused, stored = undone(self.journal, before, changed)
        if back is None:
            if stored is not None:
                self._show_plan(index, stored)  # as it stands now, not as changed here
            screen.notify(refused, severity="warning", timeout=10, markup=False)
            return

        def done(plan: Plan) -> None:
            self._show_plan(index, plan)
            self._next_step_follows(changed, plan)
            toast(screen.app, ("plan-back", plan.id), "Plan put back as it was.", title="Undone")

        screen.post_message(PlanEdited(self.journal, back, done, self._plan_failed))

    def _next_step_follows(self, old: Plan, new: Plan) -> None:
        """The entry's "Next step", when it quotes the plan's old words, takes the new ones.

        Saved at once when nothing else in the form is changed; else it goes with
        the rest when the person saves. Words of their own there are left alone.
        """
        from textual.widgets import Input

        screen: Any = self
        if not screen.is_attached or screen.shared_with > 1:
            return
        field = screen.query_one("#f-next", Input)
        follows = next_step_after(field.value, old, new)  # as `coach plans edit` asks
        if follows is None:
            return
        clean = not screen.dirty
        field.value = follows
        if clean:
            screen.save()

    def drop_undo_offers(self) -> None:
        """Take back each "Ctrl+Z takes it back" still showing: the undo leaves with the entry."""
        screen: Any = self
        drop_toasts(screen.app, *(("plan-changed", changed.id) for _, _, changed in self.plan_undo))

    def _plan_failed(self, error: CoachError) -> None:
        from coach.journal_plans import PlanAnsweredElsewhere, answered_elsewhere_text

        # Another coach answered or reworded it first: theirs is kept and shown.
        screen: Any = self
        said = str(error)
        stored = getattr(error, "stored", None)
        if stored is not None:
            index = next((i for i, plan in enumerate(self.plans) if plan.id == stored.id), None)
            if isinstance(error, PlanAnsweredElsewhere):
                # Its days said against this app's today, not the plan's old day (rv37 D5).
                shown = self.plans[index] if index is not None else None
                said = answered_elsewhere_text(stored, screen.app.clock().date(), shown)
            if index is not None:
                self._show_plan(index, stored)
        screen.notify(said, severity="warning", timeout=10, markup=False)

    def _show_plan(self, index: int, plan: Plan) -> None:
        self.plans[index] = plan
        screen: Any = self
        if screen.is_attached:
            screen.query_one(f"#entry-plan-{index}", Static).update(plan_shown(plan, self.today))


def changed_note(plan: Plan, now: datetime) -> str:
    """When a changed plan is asked about, and how a bare clock time was read (as the walk says).

    "; coach will ask how it went tomorrow. “7:30” has no am or pm, …", or "."
    """
    from coach.plan_cue import clock_note
    from coach.plan_time import asked_note
    from coach.plans import PlanStatus

    if plan.status is not PlanStatus.OPEN:
        return "."
    said = f"; {asked_note(plan.asked_from, now)}."
    read = clock_note(plan.when)
    return said + (f" {read}" if read else "")
