"""A new if-then plan for an entry already in the journal, in the close step's own form."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Input, RadioSet, Static

from coach.dates import DateInputError
from coach.errors import CoachError
from coach.plans import Plan, PlanError
from coach.records import entry_to_record
from screens.journal.changes import PlanMade
from screens.journal.entry_view import clipped
from screens.styled_once import StyledOnce, preset_breakpoints
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.plan_form import SKIP, PlanForm
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.title_header import TitleHeader

if TYPE_CHECKING:
    from coach.content import Content
    from coach.journal import Journal
    from coach.model import Entry

# The autosave's field naming where typing was, as the entry form's does.
FOCUSED = "focused"
# Beside it when resumed: the autosave key the typing was put back under.
RESUMED_KEY = "resumed_key"
NOTHING_CHOSEN = "Pick an idea above or write a plan of your own; Esc leaves without one."


def new_plan_key(entry_id: str) -> str:
    """A fresh autosave key for one plan form for this entry.

    One of its own per form: two forms for one entry (two leftovers resumed, or one
    and a new one) under one key wrote over each other, and one was lost (rv45 D1).
    """
    return f"plan:{entry_id}:{secrets.token_hex(4)}"


class NewPlanScreen(StyledOnce, Screen[Plan | None]):
    """The plan form for one entry: ctrl+s saves the plan, Esc leaves (asking if typed)."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        Binding("ctrl+s", "save", "Save plan", priority=True, id="save"),
        # As in the walk: Enter in a field moves on, and after the last one saves.
        Binding("enter", "field_enter", show=False, priority=True, id="field_enter"),
    ]

    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]

    def __init__(
        self,
        journal: Journal,
        entry: Entry,
        content: Content,
        today: date,
        clock: Callable[[], datetime] = datetime.now,
        *,
        typed: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.journal = journal
        self.entry = entry
        self.today = today
        self.clock = clock
        typed = dict(typed or {})
        self.refocus = str(typed.pop(FOCUSED, "") or "")
        resumed = str(typed.pop(RESUMED_KEY, "") or "")
        self.unsaved_key = resumed if resumed.startswith("plan:") else new_plan_key(entry.id)
        self._done = False  # saved or dropped: nothing left to autosave
        self._saving = False
        self.plan_form = PlanForm(
            ideas=_ideas(journal, entry, content, today),
            today=today,
            plan_choice=str(typed.get("plan_choice", "")),
            plan_when=str(typed.get("plan_when", "")),
            plan_then=str(typed.get("plan_then", "")),
            plan_due=str(typed.get("plan_due", "")),
            plan_own=(str(typed.get("plan_own_when", "")), str(typed.get("plan_own_then", ""))),
            plan_own_due=str(typed.get("plan_own_due", "")),
            plans_closed=_plans_closed(journal),
            own_example=_own_example(entry),
            id="plan-form",
        )

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        yield TitleHeader()
        with ScrollBody(classes="step-body", id="new-plan"):
            yield Static(
                f"A plan for {clipped(self.entry.summary_on_screen())}",
                id="new-plan-for",
                markup=False,
            )
            yield self.plan_form
            with Horizontal(id="new-plan-buttons"):
                yield Button("Save plan (ctrl+s)", id="new-plan-save", variant="primary")
                yield Button("Back (Esc)", id="new-plan-back")
        yield FittingFooter(("command_palette", "help"))

    def on_mount(self) -> None:
        """Start at the first choice, or where typing was when coach stopped."""
        self.sub_title = "New plan"
        for field in self.query(Input):
            field.select_on_focus = False  # one key would replace what is there
        found = self.query(f"#{self.refocus}") if self.refocus.replace("-", "").isalnum() else []
        target = next((w for w in found if w.focusable), None)
        if isinstance(target, Input):
            target.cursor_position = len(target.value)
        (target or self.query_one("#plan-choice", RadioSet)).focus()

    # -- the autosave ---------------------------------------------------------

    def unsaved_values(self) -> dict[str, Any] | None:
        """The form now, or None when nothing is typed (or it was saved or dropped)."""
        form = self.query_one(PlanForm)  # raises once unmounted: the last values are kept
        if self._done or not form.typed():
            return None
        values = form.values()
        focused = self.focused
        if focused is not None and focused.id:
            values[FOCUSED] = focused.id
        return values

    def unsaved_meta(self) -> dict[str, Any]:
        """Which entry the plan is for, and the entry as opened (its id may change in a repair)."""
        return {
            "kind": "plan",
            "entry_id": self.entry.id,
            "label": self.entry.summary_on_screen(),
            "base": entry_to_record(self.entry),
        }

    # -- keys -----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter is the screen's only in a one-line field; in the list it picks."""
        if action == "field_enter":
            return isinstance(self.focused, Input)
        return True

    def action_field_enter(self) -> None:
        """Enter in a field: on to the next, as on paper; after the day, save."""
        if self.focused is not None and self.focused.id == "plan-due":
            self.action_save()
            return
        self.focus_next()

    def action_save(self, then: Callable[[], None] | None = None) -> None:
        """Check the plan as the close step does; the app saves it, then the screen closes."""
        form = self.plan_form
        if self._saving:
            return
        if not form.making_plan():
            if form.choice() == SKIP:  # "No plan this time": leave, nothing to save
                self._leave(None)
                return
            form.explain(NOTHING_CHOSEN, self.query_one("#plan-choice", RadioSet))
            return
        if not form.validate():
            return
        try:
            plan = _plan_of(form.values(), self.entry.id, self.today, self.clock())
        except (PlanError, DateInputError) as problem:  # checked above; a day may pass meanwhile
            form.explain(str(problem))
            return
        if plan is None:
            return
        if self._entry_gone():
            self._ask_entry_gone(plan)
            return
        twin = self._twin(plan)
        if twin is not None:
            self._ask_twin(plan, twin)
            return
        self._post_plan(plan)

    def _only_the_twin(self) -> bool:
        """Whether the form holds, word for word, a plan already open for this entry.

        Said to be there, with "change its words, or Esc": Esc then asked whether to
        save it, and Save asked about the twin again, round and round (rv50 #4).
        """
        form = self.plan_form
        if not form.making_plan():
            return False
        try:
            plan = _plan_of(form.values(), self.entry.id, self.today, self.clock())
        except (PlanError, DateInputError):
            return False
        return plan is not None and self._twin(plan) is not None

    def _twin(self, plan: Plan) -> Plan | None:
        """A plan still open for this entry in the same words (fz45: saved twice, unasked)."""
        from coach.plan_twin import twin_of

        try:
            return twin_of(plan, self.journal.plans())
        except CoachError:
            return None  # unreadable plans: the save itself says what is wrong

    def _ask_twin(self, plan: Plan, twin: Plan) -> None:
        """Saved again only when asked for; else back in the form, which says it is there."""
        from coach.dates import describe_day
        from coach.plans import plan_sentence
        from screens.dialogs.confirm import ConfirmScreen

        day = describe_day(twin.due, self.today)
        typed = "" if plan.due == twin.due else f" (this one: {describe_day(plan.due, self.today)})"
        said = clipped(plan_sentence(twin.when, twin.then))
        detail = f"“{said}” is open for this entry already, planned for {day}{typed}."
        there = f"This plan is there already, planned for {day}: change its words, or Esc."

        def answered(again: bool | None) -> None:
            if again:
                self._post_plan(plan)
            else:
                self.plan_form.explain(there)

        question = "Save this plan a second time?"
        yes, no = "Save it again", "Back to the form"
        self.app.push_screen(ConfirmScreen(question, detail, yes=yes, no=no), answered)

    def _post_plan(self, plan: Plan, then_said: str = "") -> None:
        """Hand the plan to the app to save; the screen closes once it is written."""

        def done(saved: Plan) -> None:
            self._saving = False
            if then_said:
                self.app.notify(then_said, markup=False, timeout=8)
            self._leave(saved)

        def failed(problem: CoachError) -> None:
            self._saving = False  # the typing stays, and is autosaved: ctrl+s tries again
            self.plan_form.explain(str(problem))
            self.notify(str(problem), severity="error", markup=False)

        self._saving = True
        self.post_message(PlanMade(self.journal, plan, done, failed))

    def _entry_gone(self) -> bool:
        """Whether the entry was deleted (in another coach) since the form opened (rv45 D2)."""
        from coach.errors import EntryNotFound

        try:
            self.journal.get(self.entry.id)
        except EntryNotFound:
            return True
        except CoachError:
            return False  # unreadable: the save itself says what is wrong
        return False

    def _ask_entry_gone(self, plan: Plan) -> None:
        """Never kept silently as if attached: the entry comes back, or the plan stands alone."""
        from screens.dialogs.entry_gone import EntryGoneDialog, GoneChoice
        from screens.journal.changes import DeleteUndone

        def restored(entry: object) -> None:
            plan.entry_id = getattr(entry, "id", plan.entry_id)
            self._post_plan(plan, "The entry is back in your journal, with this plan.")

        def failed(problem: CoachError) -> None:
            self._saving = False
            self.plan_form.explain(str(problem))
            self.notify(str(problem), severity="error", markup=False)

        alone = "The plan is kept on its own; its entry is not in the journal."

        def answered(choice: GoneChoice | None) -> None:
            if choice == "back":
                self._saving = True
                self.post_message(DeleteUndone(self.journal, self.entry, restored, failed))
            elif choice == "alone":
                self._post_plan(plan, alone)

        self.app.push_screen(EntryGoneDialog(clipped(self.entry.summary_on_screen())), answered)

    def action_back(self) -> None:
        """Esc leaves; with a plan typed it asks first: save it, drop it, or stay."""
        if not self.plan_form.typed() or self._only_the_twin():
            self._leave(None)
            return
        from screens.dialogs.leave import LeaveChoice, LeaveDialog

        def answered(choice: LeaveChoice | None) -> None:
            if choice == "save":
                self.action_save()  # a plan that needs a look stays, its problem shown
            elif choice == "discard":
                self._leave(None)

        self.app.push_screen(LeaveDialog("this plan"), answered)

    def _leave(self, plan: Plan | None) -> None:
        self._done = True
        if self.is_attached:
            self.dismiss(plan)

    @on(Button.Pressed, "#new-plan-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#new-plan-back")
    def _back_pressed(self) -> None:
        self.action_back()


def _plan_of(values: dict[str, Any], entry_id: str, today: date, now: datetime) -> Plan | None:
    from coach.plan_typed import plan_typed

    return plan_typed(values, entry_id, today, made_at=now)


def _ideas(journal: Journal, entry: Entry, content: Content, today: date) -> list[Any]:
    """The close step's ideas for this entry's stage (the pattern's from the fifth entry on)."""
    from coach.plan_suggestions import suggest_plans

    try:
        entries, plans = journal.entries(), journal.plans()
    except CoachError:
        entries, plans = [], []  # unreadable plans are named on home; the ideas go on
    from coach.follow_up import follow_up_written

    written = follow_up_written(entry)
    return suggest_plans(
        entry.stage,
        entries,
        content,
        plans=plans,
        follow_up_written=written,
        applied=entry.date,
        today=today,
    )


def _own_example(entry: Entry) -> str:
    from coach.plan_suggestions import own_plan_example

    return own_plan_example(entry.stage)


def _plans_closed(journal: Journal) -> str:
    """Why no plan can be saved now (a damaged plans table), else empty."""
    from coach.plan_refused import plans_closed_note

    try:
        shape = journal.plans_table_shape()
    except CoachError:
        return ""  # an unreadable journal is said on home; the save says its own error
    return plans_closed_note(shape) if shape else ""
