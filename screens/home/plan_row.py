"""One plan in the check-in: its words, where it came from, and its three answers."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Static

from coach.dates import TODAY_REFUSED, DateInputError, describe_day, due_hint, parse_due
from coach.plan_cue_day import disagreement, named_day, said
from coach.plan_time import earliest_new_day
from coach.plans import Plan, plan_meta
from coach.terminal_text import one_line_for_screen
from screens.home.checkin_typing import as_value, typed_value
from screens.home.checkin_words import left_days
from screens.widgets.field_and_note import FieldAndNote

NOT_YET_DEFAULT = "in 3 days"


class PlanRow(Vertical):
    """One plan: its words, where it came from, and the three answers."""

    def __init__(
        self,
        plan: Plan,
        company: str,
        today: date,
        index: int,
        typed: str | None = None,
        left: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(id=f"plan-{index}", classes="checkin-plan")
        self.plan = plan
        self.company = company
        self.first_due = plan.due  # "now planned for" only once its day has changed
        self.meta = plan_meta(plan, company, today, moved=False)
        self.today = today
        # A day typed for "not yet" before coach stopped: the field opens with it.
        self.typed = typed
        # Every day stopped coaches left for it, the field's first, where more than one
        # was: each kept, autosaved with it, until the plan is answered (fz45).
        self.left = left or []
        self.default = NOT_YET_DEFAULT

    def compose(self) -> ComposeResult:
        yield Static(_words(self.plan), classes="checkin-text")
        yield Static(Content(self.meta), classes="checkin-meta")
        with Horizontal(classes="checkin-buttons"):
            yield Button("Done", classes="done", compact=True, variant="success")
            yield Button("Not yet", classes="not-yet", compact=True)
            yield Button("Let it go", classes="let-go", compact=True)
        with FieldAndNote(classes="checkin-new-date"):
            yield Input(
                self.default if self.typed is None else self.typed,
                classes="new-due",
                placeholder="saturday, in 3 days",
            )
            yield Static("", classes="new-due-day", markup=False)
        if self.left:
            said = left_days(self.left, self.today)
            yield Static(said, classes="checkin-left", markup=False)
        yield Static("", classes="checkin-outcome", markup=False)

    def on_mount(self) -> None:
        """The date field only appears after "not yet" (or with a day typed before)."""
        if self.typed is None:
            self._suggest()
        self.query_one(".checkin-new-date").display = self.typed is not None
        if self.typed is not None:
            self.show_day()

    def _suggest(self) -> None:
        """The "not yet" field holds the day suggested for the plan as it is now."""
        days = (self._earliest - self.today).days
        # Asked early, its day a week off: "in 3 days" would be before it.
        self.default = f"in {days} days" if days > 3 else NOT_YET_DEFAULT
        # A plan whose words name a day ("this weekend") moves to the next such day,
        # not to a weekday its words deny (rv44 #7).
        named = named_day(self.plan.when, relative=False)
        if named:
            try:
                parse_due(named, self.today, earliest=self._earliest)
            except DateInputError:
                pass  # that day cannot be had (today): the counted day stands
            else:
                self.default = named
        self.query_one(".new-due", Input).value = self.default

    @property
    def typed_day(self) -> str | None:
        """What the open "not yet" field holds, when the person typed in it (for autosave)."""
        fields = self.query(".checkin-new-date")
        if not fields or not fields.first().display:
            return None  # not asked yet, or the plan is answered and the field gone
        value = self.query_one(".new-due", Input).value
        return None if value == self.default else value

    def autosaved(self) -> dict[str, Any] | None:
        """The row's typing as autosaved: the field's day, and the others left for the plan."""
        typed, others = self.typed_day, self.left[1:]
        if typed is None:
            return as_value(others) if others else None
        # The field's own hour only while it holds the day it opened with.
        at = str(self.left[0].get("at") or "") if self.left and typed == self.typed else ""
        return typed_value(typed, self.plan.due, at=at, also=others)

    def new_due(self) -> date | None:
        """The day typed for "not yet", or None (with why, beside it).

        Today only while the part of it the cue names is still to come (an
        evening plan asked the morning after): else it would be asked again at once.
        """
        try:
            due = parse_due(
                self.query_one(".new-due", Input).value,
                self.today,
                earliest=self._earliest,
                refused=self._refused,
            )
        except DateInputError as error:
            self.query_one(".new-due-day", Static).update(str(error))
            return None
        # Refused as the Close step and `coach plans edit` refuse it: both days named (rv47 D2).
        word = said(named_day(self.plan.when, relative=False))
        how = f"type {word}, or change the plan's words from its entry in the journal"
        wrong = disagreement(self.plan.when, due, self.today, how=how, relative=False)
        if wrong:
            self.query_one(".new-due-day", Static).update(wrong)
            return None
        return due

    @property
    def _earliest(self) -> date:
        plan = self.plan
        return earliest_new_day(plan.when, plan.counted_from, self.app.clock(), plan.due)

    @property
    def _refused(self) -> str:
        """Why a day before the earliest will not do: its own day, when asked before it."""
        if not self.plan.is_due(self.app.clock()):
            day = describe_day(self.plan.due, self.today)
            return f"It is planned for {day} already: to move it, type a later day."
        return TODAY_REFUSED

    def show_day(self) -> None:
        """The day the "not yet" field means, beside it."""
        due, hint = due_hint(
            self.query_one(".new-due", Input).value,
            self.today,
            earliest=self._earliest,
            refused=self._refused,
        )
        if due is not None:
            hint += ", press Enter"
        self.query_one(".new-due-day", Static).update(hint)

    def ask_new_date(self) -> None:
        """Open the date field for "not yet"."""
        self.query_one(".checkin-new-date").display = True
        self.show_day()
        field = self.query_one(".new-due", Input)
        # Once more after the refresh: a field that was hidden a moment ago may
        # not take the focus until it has been laid out.
        field.focus()
        self.call_after_refresh(field.focus)

    def show_plan(self, plan: Plan, today: date) -> None:
        """The plan as saved now (moved, answered, or a day later): its line says its own day."""
        self.plan, self.today = plan, today
        # Its words too: another coach may have changed them as well as the day (rv37 D4).
        self.query_one(".checkin-text", Static).update(_words(plan))
        self.meta = plan_meta(plan, self.company, today, moved=plan.due != self.first_due)
        self.query_one(".checkin-meta", Static).update(Content(self.meta))

    def replace_plan(self, stored: Plan, note: str, today: date) -> None:
        """Another coach answered first: show its answer; the buttons stay, to change it."""
        self.show_plan(stored, today)
        self.query_one(".checkin-new-date").display = False
        # A day typed for the plan's old day is no answer to its new one: gone with it,
        # or it came back under the new day, autosaved, and after a restart (rv37 D6).
        self.typed = None
        self.left = []
        self.query(".checkin-left").remove()
        self._suggest()
        self.query_one(".checkin-outcome", Static).update(note)

    def settle(self, outcome: str, saved: Plan | None = None, today: date | None = None) -> None:
        """The plan is answered: the buttons go, a kind line stays, and its line shows its day."""
        self.query_one(".checkin-buttons").remove()
        self.query_one(".checkin-new-date").remove()
        self.query(".checkin-left").remove()  # answered: the days left for it are moot
        self.query_one(".checkin-outcome", Static).update(outcome)
        if saved is not None:
            self.show_plan(saved, today or self.today)


def _words(plan: Plan) -> Content:
    """The plan's words as the screen may draw them: a control character saved before is not."""
    return Content(one_line_for_screen(plan.text))
