"""An if-then plan's form: an idea picked, changed or their own, and its day, checked as made."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.containers import ScrollableContainer, Vertical
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from coach.dates import DateInputError, due_hint, parse_due
from coach.plan_cue_day import disagreement, named_day
from coach.plans import (
    OWN_THEME,
    THEN_EXAMPLE,
    WHEN_EXAMPLE,
    PlanError,
    PlanIdea,
    check_halves,
    plan_sentence,
)
from screens.widgets.field_and_note import FieldAndNote
from screens.widgets.form_radio import ChosenRadioSet
from screens.widgets.static_words import show_words
from screens.widgets.steady_input import SteadyInput

OWN_PLAN = "My own plan (write it below)"
NO_PLAN = "No plan this time"
OWN = "own"
SKIP = "skip"
DEFAULT_DUE = "in 3 days"
PLAN_INTRO = (
    "One small plan, written as “when this happens, I will do that”, is far more "
    "likely to get done than a goal. Pick one, change it, or write your own. Optional."
)


class IdeaButton(RadioButton):
    """A radio button whose label wraps: plan ideas are whole sentences."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the wrapped label needs (RadioButton always says one)."""
        return max(1, self.render().get_height(self.styles, width))


def idea_choice(index: int) -> str:
    """The form's name for the index-th suggested plan."""
    return f"idea-{index}"


class PlanForm(Vertical):
    """A plan's choice, halves and day: the walk's close step and an entry's new plan share it.

    Its screen hears every change as the Input and RadioSet messages bubble up,
    after the form has dealt with them, and autosaves `values()`.
    """

    DEFAULT_CSS = """
    PlanForm { height: auto; }
    """

    def __init__(
        self,
        *,
        ideas: list[PlanIdea],
        today: date,
        plan_choice: str = "",
        plan_when: str = "",
        plan_then: str = "",
        plan_due: str = "",
        plan_own: tuple[str, str] = ("", ""),
        plan_own_due: str = "",
        plans_closed: str = "",
        own_example: str = THEN_EXAMPLE,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.ideas = ideas
        self.today = today
        self.own_example = own_example
        self.choices = [idea_choice(i) for i in range(len(ideas))] + [OWN, SKIP]
        self.plan_choice = plan_choice if plan_choice in self.choices else ""
        self.plan_when = plan_when
        self.plan_then = plan_then
        # Their own plan's when and then, kept while an idea fills the fields.
        self.plan_own = plan_own
        self.plan_own_due = plan_own_due  # and the day typed with them
        # Why no plan can be saved now (a damaged plans table), said before any typing.
        self.plans_closed = plans_closed
        # The suggested day is the field's placeholder, used while the field is empty:
        # typed over, it was appended to ("in 3 daysFriday"). Kept as typed otherwise.
        suggested = self._suggested_due(self.plan_choice, plan_when)
        self.plan_due = "" if plan_due == suggested else plan_due

    def compose(self) -> ComposeResult:
        yield Label("A next step, as an if-then plan")
        yield Static(PLAN_INTRO, id="plan-intro", classes="muted")
        if self.plans_closed:
            yield Static(self.plans_closed, id="plans-closed", classes="field-error", markup=False)
        with ChosenRadioSet(id="plan-choice"):
            for choice, idea in zip(self.choices, self.ideas, strict=False):
                # Content, not a str: an idea may come from a user's own file.
                yield IdeaButton(Content(idea.text), value=choice == self.plan_choice)
            yield RadioButton(OWN_PLAN, value=self.plan_choice == OWN)
            yield RadioButton(NO_PLAN, value=self.plan_choice == SKIP)
        yield Label("When…")
        yield SteadyInput(self.plan_when, id="plan-when", placeholder=WHEN_EXAMPLE)
        yield Label("I will…")
        yield SteadyInput(self.plan_then, id="plan-then", placeholder=self.own_example)
        yield Label("By when? (saturday, in 3 days, next week, or a date)")
        with FieldAndNote(id="plan-due-row"):
            suggested = self._suggested_due(self.plan_choice, self.plan_when)
            yield SteadyInput(self.plan_due, id="plan-due", placeholder=suggested)
            yield Static("", id="plan-due-day", markup=False)
        yield Static("", id="plan-error", classes="field-error", markup=False)

    def on_mount(self) -> None:
        """Show the day the due field means."""
        self._show_due()

    # -- what was chosen ------------------------------------------------------

    def choice(self) -> str:
        """The choice made: an idea's name, OWN, SKIP, or "" for none yet."""
        index = self.query_one("#plan-choice", RadioSet).pressed_index
        return self.choices[index] if 0 <= index < len(self.choices) else ""

    def _idea(self, choice: str) -> PlanIdea | None:
        if choice.startswith("idea-"):
            index = int(choice.removeprefix("idea-"))
            return self.ideas[index] if index < len(self.ideas) else None
        return None

    def making_plan(self) -> bool:
        """Whether a plan is chosen (an idea or their own), not none."""
        return self.choice() not in ("", SKIP)

    def _suggested_due(self, choice: str, when: str) -> str:
        """The day suggested for a plan: the one its words name ("on Monday"), else its
        idea's own ("saturday"), else in 3 days."""
        named = named_day(when)
        if named:
            return named  # the words' own day: "on Monday" left at today misled (rv44 #1)
        idea = self._idea(choice)
        return idea.due if idea is not None and idea.due else DEFAULT_DUE

    def field(self, name: str) -> str:
        """A plan field's words; the day field left empty means the day it suggests."""
        field = self.query_one(f"#plan-{name}", Input)
        if name == "due" and not field.value.strip():
            return field.placeholder
        return field.value

    def _due_shown(self) -> str:
        due, _ = due_hint(self.field("due"), self.today)
        return "" if due is None else due.isoformat()

    def _show_due(self) -> None:
        _, hint = due_hint(self.field("due"), self.today)
        show_words(self.query_one("#plan-due-day", Static), hint)

    def typed(self) -> bool:
        """Whether anything was chosen or typed here (Esc then asks before dropping it)."""
        fields = ("#plan-when", "#plan-then", "#plan-due")
        return bool(self.choice()) or any(self.query_one(f, Input).value.strip() for f in fields)

    # -- checks and values ----------------------------------------------------

    def validate(self) -> bool:
        """Half a plan or an unknown day is explained beside it, never dropped."""
        error = self.query_one("#plan-error", Static)
        if not self.making_plan():
            error.update("")
            return True
        if self.plans_closed:
            # Refused before anything is saved: the typing stays (and is autosaved).
            self.explain(self.plans_closed)
            return False
        try:
            check_halves(self.field("when"), self.field("then"), then_example=self.own_example)
        except PlanError as problem:
            empty = "#plan-when" if not self.field("when").strip() else "#plan-then"
            self.explain(f"{problem} Or pick “{NO_PLAN}”.", self.query_one(empty, Input))
            return False
        try:
            due = parse_due(self.field("due"), self.today)
        except DateInputError as problem:
            self.explain(str(problem), self.query_one("#plan-due", Input))
            return False
        # A day typed that is not the one the words name: said, not settled in silence.
        against = disagreement(
            self.field("when"), due, self.today, how="or clear By when? to follow the words"
        )
        if against:
            error.update(against)
            self.query_one("#plan-due", Input).focus()
            return False
        error.update("")
        return True

    def explain(self, reason: str, field: Widget | None = None) -> None:
        """Say why the plan was not saved, in view with the field to fix (focused)."""
        self.query_one("#plan-error", Static).update(reason)
        if field is not None:
            field.focus(scroll_visible=False)  # scrolled below, with the line
        # Focus scrolled only to the field, and the reason is further down: below
        # the fold at 80x24 and 40x12, ctrl+s seemed to do nothing (rv45 D3).
        self.call_after_refresh(self._show_reason, reason, field)

    def _show_reason(self, reason: str, field: Widget | None) -> None:
        error = self.query_one("#plan-error", Static)
        body = next((a for a in error.ancestors if isinstance(a, ScrollableContainer)), None)
        if field is None or body is None:
            error.scroll_visible(animate=False)
            return
        room = body.scrollable_content_region.height
        label = self._label_of(field)
        # Its label too where all three fit; else the field and the line (closing23).
        for top in (label, field):
            if top is not None and error.region.bottom - top.region.y <= room:
                top.scroll_visible(animate=False)  # then as little more as shows the line
                error.scroll_visible(animate=False)
                return
        # Too short a screen for them all (40x12): the field typed in, under its label
        # where both fit, and the reason told.
        tall = label is not None and field.region.bottom - label.region.y <= room
        (label if tall and label is not None else field).scroll_visible(animate=False, top=True)
        self.notify(reason, severity="warning", markup=False, timeout=8)

    def _label_of(self, field: Widget) -> Label | None:
        """The label over a field of the form (the day's is over its row), if it has one."""
        row = next((w for w in (field, *field.ancestors) if w.parent is self), None)
        if row is None:
            return None
        children = list(self.children)
        at = children.index(row)
        above = children[at - 1] if at else None
        return above if isinstance(above, Label) else None

    def values(self) -> dict[str, Any]:
        """The plan as typed (kept even if half done), and the next step line it makes."""
        choice = self.choice()
        idea = self._idea(choice)
        when, then = self.field("when"), self.field("then")
        making = choice not in ("", SKIP) and bool(when.strip() and then.strip())
        return {
            "plan_choice": choice,
            "plan_when": when,
            "plan_then": then,
            "plan_due": self.field("due"),
            # The day the hint beside it showed: past midnight "tomorrow" still means it.
            "plan_due_on": self._due_shown(),
            "plan_theme": idea.theme if idea else OWN_THEME,
            "plan_own_when": self._own_words()[0],
            "plan_own_then": self._own_words()[1],
            "plan_own_due": self.field("due") if choice == OWN else self.plan_own_due,
            "next_step": plan_sentence(when, then) if making else "",
        }

    # -- as it is changed -----------------------------------------------------

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Picking an idea copies it into the fields, to use as it is or to change."""
        idea = self._idea(self.choice())
        due = self.query_one("#plan-due", Input)
        when = self.query_one("#plan-when", Input)
        then = self.query_one("#plan-then", Input)
        if idea is not None:
            # Words of their own are kept aside first, to come back with "My own plan".
            if self._typed_by_them():
                self.plan_own = (when.value, then.value)
                self.plan_own_due = due.value
            when.value, then.value = idea.when, idea.then
            due.value = ""
        elif self.choice() == OWN and not self._typed_by_them():
            # Their own plan is the words they wrote before, else blank: never an idea's.
            when.value, then.value = self.plan_own
            due.value = self.plan_own_due
        # Every choice suggests its own day (its words', an idea's, else in 3 days), and
        # the hint must follow at once: an empty field fires no Changed to update it.
        due.placeholder = self._suggested_due(self.choice(), when.value)
        self._show_due()
        self.query_one("#plan-error", Static).update("")

    def _typed_by_them(self) -> bool:
        """Whether the plan fields hold words of their own, not empty nor an idea's."""
        words = (self.field("when"), self.field("then"))
        if not any(w.strip() for w in words):
            return False
        return all(words != (idea.when, idea.then) for idea in self.ideas)

    def _own_words(self) -> tuple[str, str]:
        """Their own plan's words: in the fields while it is chosen, else kept aside."""
        if self.choice() == OWN:
            return (self.field("when"), self.field("then"))
        return self.plan_own

    def on_input_changed(self, event: Input.Changed) -> None:
        """Typing a plan with "no plan" picked means they want one after all."""
        if event.input.id == "plan-when":
            # An empty By when? follows the day the words name, as they are typed.
            due = self.query_one("#plan-due", Input)
            due.placeholder = self._suggested_due(self.choice(), event.value)
            self._show_due()
        if event.input.id == "plan-due":
            self._show_due()
        if event.input.id in ("plan-when", "plan-then", "plan-due"):
            # Said about the words before this change: checked again at the next save.
            show_words(self.query_one("#plan-error", Static), "")
        if (
            event.input.id in ("plan-when", "plan-then")
            and event.value.strip()
            and self.choice() in ("", SKIP)
        ):
            buttons = list(self.query_one("#plan-choice", RadioSet).query(RadioButton))
            buttons[self.choices.index(OWN)].value = True
