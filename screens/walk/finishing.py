"""The walk's last save: the entry, then its plan, then home (or the walk kept)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from coach.dates import DateInputError
from coach.errors import CoachError
from coach.plan_cue import clock_note
from coach.plan_refused import (
    plan_kept_in_walk,
    plan_not_saved,
    refused_plan_line,
    with_refused_plan,
)
from coach.plan_time import asked_words
from coach.plans import Plan, PlanError
from coach.walk import WalkState, plan_from_walk

if TYPE_CHECKING:
    from screens.walk.host import WalkHost


class WalkFinishing:
    """Finishing a walk, for WalkController: what it saves and where it goes after."""

    host: WalkHost
    state: WalkState
    today: date
    _save_entry: Callable[..., bool | None]
    _end: Callable[..., None]
    show: Callable[..., None]

    def _plan(self) -> Plan | None:
        """The close step's plan for the saved entry, or None (none made, or half typed)."""
        if not self.state.entry_id:
            return None
        try:
            plan = plan_from_walk(
                self.state, self.state.entry_id, self.today, made_at=self.host.clock()
            )
        except (PlanError, DateInputError):
            return None  # the close step checks this; a resumed half plan is not saved
        if plan is not None:
            self.state.plan_id = plan.id  # a retry replaces this plan, never adds a twin
        return plan

    def finish(self) -> None:
        """Save the entry for the last time, clear the autosave, go home.

        The save records this walk as finished in the same write, so the
        next start never offers it again even if coach dies right here.
        """
        outcome = self._save_entry(finished=True)
        if outcome:
            self._finished()
        elif outcome is False:
            self.show(self.state.step)  # the error is on screen; the typing is kept
        # None: waiting for another coach's lock; _finished runs once it is saved.

    def _finished(self) -> None:
        """The entry is saved: save the plan too (if one was made), then go home."""
        plan = self._plan()
        if plan is None or self.host.journal is None:
            self._home(None)
            return

        def failed(error: CoachError) -> None:
            self._plan_refused(plan, str(error))

        # The same save path as the entry: never freezes on another coach's lock.
        self.host.save_plan_soon(plan, lambda _: self._home(plan), failed)

    def _plan_refused(self, plan: Plan, reason: str) -> None:
        """The entry is saved and its plan is not: put the plan in its notes, or keep the walk."""
        # The entry (and this walk as finished) is saved: the plan's words go in
        # its notes, where they outlive a repair; the autosave would not, so
        # the walk ends at home rather than invite a quit that drops it.
        line = refused_plan_line(plan)
        notes = self.state.notes
        self.state.notes = with_refused_plan(notes, line)

        def noted(ok: bool) -> None:
            if ok:
                self._home(None)
                said = plan_not_saved(reason, line)
            else:
                # The notes are not saved either: the walk itself must hold the plan.
                # Its notes go back to what the journal has, so a later finish that
                # saves the plan leaves no "not saved" line behind.
                self.state.notes = notes
                # The journal counts the old id as finished, and a finished walk's
                # autosave is dropped when coach starts: under a new id it is offered.
                self.state.walk_id = uuid.uuid4().hex
                self._end(keep=True)
                self.host.walk_finished(saved=False)
                said = plan_kept_in_walk(reason, line)
            self.host.notify(said, severity="error", timeout=20, markup=False)

        self._save_entry(after=noted)

    def _home(self, plan: Plan | None) -> None:
        self._end(keep=False)
        note = ""
        if plan is not None:
            # Once the part of its day the plan names is over (Plan.asked_from).
            when = asked_words(plan.asked_from, self.today)
            note = f" Your plan is kept too; coach will ask how it went {when}."
            read = clock_note(plan.when)  # "at 7:30" read as the evening: say so
            note += f" {read}" if read else ""
        self.host.walk_finished(saved=True, note=note)
