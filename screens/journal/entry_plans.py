"""The plans under an entry: make one, change one in a dialog, take the last change back."""

from __future__ import annotations

import dataclasses
import weakref
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from textual.widgets import Button, Static

from coach.plan_next_step import next_step_after, next_step_for_new, step_no_longer_open
from coach.plan_undo import changed_here, undone
from screens.journal.changes import EntryEdited, PlanEdited
from screens.journal.entry_view import changeable, plan_shown
from screens.keys import keymap_of, shown_key
from screens.stale_toasts import drop_toasts, toast
from screens.widgets.static_words import show_words

if TYPE_CHECKING:
    from coach.content import Content
    from coach.errors import CoachError
    from coach.journal import Journal
    from coach.model import Entry
    from coach.plans import Plan


# How often an entry on top looks whether another coach or command changed the journal.
PLANS_CHECK_SECONDS = 2.0


class EntryPlans:
    """Change a plan from its entry; ctrl+z puts the wording and day back as they were.

    A plain mixin: Textual collects `@on` handlers only from its own classes, so
    the entry screen keeps the button's handler and calls `change_plan`.
    """

    plans: list[Plan]
    today: date
    journal: Journal
    entry: Entry
    content: Content
    # Each change saved here: (its place, the plan as it was, the plan as saved). Only
    # what the person changed here differs between the two (rv40 D1).
    plan_undo: list[tuple[int, Plan, Plan]]

    def change_plan(self, index: int) -> None:
        """Reword a plan or give it a new day (a dialog); the app saves what it hands back."""
        from screens.dialogs.plan_edit import PlanEditScreen

        screen: Any = self
        self.refresh_plans()  # the words as stored now, not as opened (rv40 D11)
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

    def action_new_plan(self, typed: dict[str, Any] | None = None) -> None:
        """ctrl+n: a new if-then plan for this entry, in the close step's form (typed: resumed)."""
        from screens.journal.entry_new_plan import NewPlanScreen

        screen: Any = self
        if screen.refused_for_shared():
            return

        def made(plan: Plan | None) -> None:
            if plan is None:
                return
            earlier = list(self.plans)
            self.refresh_plans(also=plan)
            step = " It is the entry's next step now." if self._next_step_for(plan, earlier) else ""
            from coach.plan_cue import clock_note
            from coach.plan_time import asked_words

            when = asked_words(plan.asked_from, self.today)
            read = clock_note(plan.when)  # "at 7:30" read as the evening: say so
            said = f"Plan kept; coach will ask how it went {when}." + (f" {read}" if read else "")
            said += step
            toast(screen.app, ("plan-made", plan.id), said, timeout=8)

        clock = screen.app.clock
        plan_screen = NewPlanScreen(
            self.journal, self.entry, self.content, self.today, clock, typed=typed
        )
        screen.app.push_screen(plan_screen, made)

    def palette_commands(self) -> Any:
        """The entry's own command in the palette: a new plan for it."""
        from textual.app import SystemCommand

        screen: Any = self
        key = shown_key(keymap_of(getattr(screen.app, "config", None)), "new_plan", "ctrl+n")
        yield SystemCommand(
            "New plan for this entry",
            f"An if-then plan: when, then what, by when ({key})",
            self.action_new_plan,
        )

    def refresh_plans(self, also: Plan | None = None) -> None:
        """Show this entry's plans as stored now: changed elsewhere (`coach plans edit`), or new.

        A plan keeps its place (the undo names plans by place); new ones go last.
        `also`: a plan just saved here, shown even should the read fail.
        """
        from coach.errors import CoachError

        try:
            stored = self.journal.plans_for(self.entry.id)
        except CoachError:
            stored = [plan for plan in self.plans if also is None or plan.id != also.id]
            stored += [also] if also is not None else []
        by_id = {plan.id: plan for plan in stored}
        kept = [by_id[plan.id] for plan in self.plans if plan.id in by_id]
        known = {plan.id for plan in kept}
        self._show_plans(kept + [plan for plan in stored if plan.id not in known])
        self._next_step_as_stored()

    def _show_plans(self, plans: list[Plan]) -> None:
        """Update the section in place: a line and button per plan, added or hidden as needed."""
        self.plans = plans
        screen: Any = self
        if not screen.is_attached:
            return
        lines = list(screen.query(".entry-plan").results(Static))
        buttons = list(screen.query(".plan-edit").results(Button))
        for index, (line, button) in enumerate(zip(lines, buttons, strict=False)):
            line.display = index < len(plans)
            button.display = index < len(plans) and changeable(plans[index])
            if index < len(plans):
                line.update(plan_shown(plans[index], self.today))
        new: list[Static | Button] = []
        for index in range(len(lines), len(plans)):
            edit = Button("Change plan…", id=f"plan-edit-{index}", classes="plan-edit")
            edit.compact = True
            edit.display = changeable(plans[index])
            line = Static(
                plan_shown(plans[index], self.today), classes="entry-plan", id=f"entry-plan-{index}"
            )
            new += [line, edit]
        titles = list(screen.query("#entry-plans-title"))
        if new and not titles:
            heading = "Plans made from this one"
            new.insert(0, Static(heading, classes="section-title", id="entry-plans-title"))
        if new:
            screen.query_one("#entry").mount_all(new, before="#entry-private")
        for title in titles:
            title.display = bool(plans)
        self.note_next_step()

    def note_next_step(self) -> None:
        """Under "Next step": whether the plan it quotes is done or let go (rv49)."""
        from textual.widgets import TextArea

        screen: Any = self
        if not screen.is_attached:
            return
        said = step_no_longer_open(screen.query_one("#f-next", TextArea).text, self.plans)
        note = screen.query_one("#next-closed", Static)
        show_words(note, said)
        note.display = bool(said)

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
        from textual.widgets import TextArea

        screen: Any = self
        if not screen.is_attached or screen.shared_with > 1:
            return
        field = screen.query_one("#f-next", TextArea)
        follows = next_step_after(field.text, old, new)  # as `coach plans edit` asks
        if follows is None:
            return
        clean = not screen.dirty
        field.load_text(follows)
        if clean:
            screen.save()

    def _next_step_for(self, plan: Plan, earlier: list[Plan]) -> bool:
        """A plan made here fills "Next step" as the close step's does; whether it did.

        Only an empty step, or one quoting an earlier plan no longer open, takes
        its words (`next_step_for_new`); saved as `_next_step_follows` saves.
        """
        from textual.widgets import TextArea

        from coach.errors import CoachError

        screen: Any = self
        if not screen.is_attached or screen.shared_with > 1:
            return False
        try:
            self.journal.get(self.entry.id)
        except CoachError:
            return False  # deleted meanwhile, the plan kept alone: a save would bring it back
        field = screen.query_one("#f-next", TextArea)
        step = next_step_for_new(field.text, plan, earlier)
        if step is None:
            return False
        clean = not screen.dirty
        field.load_text(step)
        if clean:
            screen.save()
        else:
            self._save_step_alone(step)
        return True

    def _save_step_alone(self, step: str) -> None:
        """Save "Next step" alone, leaving the other typing unsaved (rv48 #6).

        The toast says the plan is the entry's step now; "Leave, drop changes"
        speaks of the person's own changes, so it must not take coach's step too.
        Only the step joins the form's base: other fields still merge as opened.
        """
        screen: Any = self

        def done(saved: Any) -> None:
            stored = saved.entry.next_step
            screen.stored = dataclasses.replace(screen.stored, next_step=stored)
            self.entry = dataclasses.replace(self.entry, next_step=step)

        def failed(error: CoachError) -> None:
            screen.notify(str(error), severity="error", markup=False)

        alone = dataclasses.replace(screen.stored, next_step=step)
        screen.post_message(EntryEdited(self.journal, alone, screen.stored, done, failed))

    def _next_step_as_stored(self) -> None:
        """ "Next step", while not typed in here, shows the step as stored now.

        A plan reworded elsewhere (`coach plans edit`, or a clash over "Change
        plan…") moved a step quoting it on disk; the field kept the old words
        until the next save (rv40 D11). The form's base takes it too, so the move
        is no change of the person's to save or to ask about.
        """

        from textual.widgets import TextArea

        from coach.entry_on_screen import entry_for_screen
        from coach.errors import CoachError

        screen: Any = self
        if not screen.is_attached or screen.shared_with > 1:
            return
        try:
            stored = self.journal.get(self.entry.id)
        except CoachError:
            return
        step = entry_for_screen(stored).next_step
        field = screen.query_one("#f-next", TextArea)
        shown = self.entry.next_step
        if stored.id != self.entry.id or step == shown or field.text.strip() != shown.strip():
            return
        screen.stored = dataclasses.replace(screen.stored, next_step=stored.next_step)
        self.entry = dataclasses.replace(self.entry, next_step=step)
        field.load_text(step)

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
            self._next_step_as_stored()  # the step quoting it moved with it on disk
        screen.notify(said, severity="warning", timeout=10, markup=False)

    def _show_plan(self, index: int, plan: Plan) -> None:
        self.plans[index] = plan
        screen: Any = self
        if screen.is_attached:
            screen.query_one(f"#entry-plan-{index}", Static).update(plan_shown(plan, self.today))
            screen.query_one(f"#plan-edit-{index}", Button).display = changeable(plan)
            self.note_next_step()


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


def watch_plans(screen: EntryPlans) -> None:
    """Look every few seconds, while the entry is on top, for plans changed elsewhere (rv40 D11).

    As the journal list looks for an import: the app runs the timer and holds
    the screen weakly, so a closed entry is never kept alive by it.
    """
    entry_screen: Any = screen
    entry_screen.app.call_later(_start_watching, weakref.ref(screen))


def _start_watching(ref: weakref.ref[EntryPlans]) -> None:
    alive: Any = ref()
    if alive is None or not alive.is_attached:
        return
    alive.plans_timer = alive.app.set_interval(PLANS_CHECK_SECONDS, lambda: _look(ref))


def _look(ref: weakref.ref[EntryPlans]) -> None:
    """Read the plans again only when the journal file changed since it was last read."""
    alive: Any = ref()
    if alive is None or not alive.is_attached or alive.app.screen is not alive:
        return
    if alive.journal.changed_on_disk():
        alive.refresh_plans()
