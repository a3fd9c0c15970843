"""A small dialog to reword a plan or give it a new day; it hands the changed plan back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from coach.dates import DateInputError, describe_day, due_hint
from coach.plan_cue_day import day_for
from coach.plans import Plan, PlanError, PlanStatus, edit_plan
from screens.styled_once import preset_breakpoints
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.static_words import show_words
from screens.widgets.steady_footer import SteadyFooter
from screens.widgets.steady_input import SteadyInput


class PlanEditScreen(ModalScreen[Plan | None]):
    """The plan's two halves and its day, checked as when a plan is made.

    Dismisses with the changed plan (saved by the app, only over the plan as
    shown here), or None when left or nothing changed. Never touches the journal.
    """

    BINDINGS = [
        Binding("escape", "leave", "Cancel", id="back"),
        Binding("ctrl+s", "keep", "Save", priority=True, id="save"),
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    def __init__(
        self, plan: Plan, today: date, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        super().__init__()
        self.plan = plan
        self.today = today
        # The app's clock: a new cue or day counts from when it is saved (Plan.edited_at).
        self.clock = clock
        # A plan done or let go has no day to move (`coach plans reopen` first).
        self.has_day = plan.status is PlanStatus.OPEN

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with ScrollBody(id="plan-edit"):
            yield Static("Change this plan", id="plan-edit-title")
            yield Static("When", classes="plan-edit-label")
            yield SteadyInput(self.plan.when, id="plan-when", compact=True)
            yield Static("I will", classes="plan-edit-label")
            yield SteadyInput(self.plan.then, id="plan-then", compact=True)
            if self.has_day:
                yield Static("On", classes="plan-edit-label")
                yield SteadyInput(
                    self.plan.due.isoformat(),
                    id="plan-due",
                    # Cleared, the field keeps the plan's day, and shows it dim, as "By
                    # when?" does its suggestion: dim text is the day used when empty.
                    placeholder=self.plan.due.isoformat(),
                    compact=True,
                )
            yield Static("", id="plan-edit-note", markup=False)
            with Horizontal(id="plan-edit-buttons"):
                yield Button("Save (ctrl+s)", id="plan-edit-save", variant="primary", compact=True)
                yield Button("Cancel (esc)", id="plan-edit-cancel", compact=True)
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Start in the first half, at the end of its words."""
        field = self.query_one("#plan-when", Input)
        field.focus()
        field.cursor_position = len(field.value)

    def _due_text(self) -> str:
        return self.query_one("#plan-due", Input).value if self.has_day else ""

    def changed(self) -> Plan:
        """The plan as the fields say; PlanError or DateInputError says what is wrong."""
        when = self.query_one("#plan-when", Input).value
        then = self.query_one("#plan-then", Input).value
        due = self.plan.due
        typed = self._due_text()
        # A day left as it was (or cleared) is kept, even one that has passed, unless
        # new words name another day: then it follows them; a day typed against the
        # words is refused, saying both (rv44 #1).
        if self.has_day:
            given = None if self._day_kept(typed) else typed
            how = "or clear On to follow the words"
            due = day_for(self.plan, when, given, self.today, how=how)
        return edit_plan(self.plan, when, then, due, self.clock())

    def _day_kept(self, typed: str) -> bool:
        """Whether the "On" field keeps the plan's day: as it was, or cleared (rv37 D8)."""
        return typed.strip() in ("", self.plan.due.isoformat())

    def _say(self, text: str) -> None:
        note = self.query_one("#plan-edit-note", Static)
        show_words(note, text)
        if text:
            # Just under the day field: at 40x12 it would be below the frame, unseen.
            self.call_after_refresh(note.scroll_visible, animate=False)

    @on(Input.Changed)
    def _show_as_typed(self, event: Input.Changed) -> None:
        if event.input.id == "plan-due" and not self._day_kept(event.value):
            self._say(due_hint(event.value, self.today)[1])
        elif event.input.id == "plan-when" and self.has_day and self._day_kept(self._due_text()):
            self._say(self._day_followed(event.value))
        else:
            self._say("")

    def _day_followed(self, when: str) -> str:
        """ "→ Mon 30 Nov, the day the words name" while the day left as it was follows them."""
        try:
            due = day_for(self.plan, when, None, self.today, how="")
        except DateInputError:
            return ""
        return (
            ""
            if due == self.plan.due
            else f"→ {describe_day(due, self.today)}, the day the words name"
        )

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_keep()

    def action_keep(self) -> None:
        """Hand the changed plan back, or say what needs a look and stay."""
        try:
            edited = self.changed()
        except (PlanError, DateInputError) as error:
            self._say(str(error))
            return
        same = (edited.when, edited.then, edited.due) == (
            self.plan.when.strip(),
            self.plan.then.strip(),
            self.plan.due,
        )
        self.dismiss(None if same else edited)

    def action_leave(self) -> None:
        """Esc: nothing changes."""
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or Cancel."""
        event.stop()
        if event.button.id == "plan-edit-save":
            self.action_keep()
        else:
            self.action_leave()
