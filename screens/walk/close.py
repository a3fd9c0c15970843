"""Step 7: mood again, one small if-then plan (picked, edited, or your own), and the summary."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.widgets import Input, Markdown, RadioSet, Static

from coach.mood import is_low
from coach.plans import THEN_EXAMPLE, PlanIdea
from screens.walk.step import StepNav, StepScreen, step_footer
from screens.widgets.mood import MoodField
from screens.widgets.plan_form import PlanForm
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.title_header import TitleHeader


class CloseScreen(StepScreen):
    """The end of the walk; Next saves the entry (and the plan, if any) and returns home."""

    # Straight to the mood, even before on_mount runs: a digit typed the moment
    # the screen appears belongs there.
    AUTO_FOCUS = "#mood Input"
    # Opened at its top, heading and summary showing: at 40x12 the focus scrolled the
    # body down to the mood (fz45). A key typed brings the field into view.
    OPENING_FOCUS_SCROLLS = False

    def __init__(
        self,
        *,
        summary: str,
        ideas: list[PlanIdea],
        today: date,
        mood_after: int | None,
        plan_choice: str = "",
        plan_when: str = "",
        plan_then: str = "",
        plan_due: str = "",
        plan_own: tuple[str, str] = ("", ""),
        plan_own_due: str = "",
        plans_closed: str = "",
        mood_before: int | None = None,
        low_mood: str = "",
        keymap: Mapping[str, str] | None = None,
        own_example: str = THEN_EXAMPLE,
    ) -> None:
        super().__init__(keymap=keymap)
        self.summary = summary
        self.ideas = ideas
        self.today = today
        self.mood_after = mood_after
        # The plan's part, as an entry's new plan has it too (screens/widgets/plan_form.py).
        self.plan_form = PlanForm(
            ideas=ideas,
            today=today,
            plan_choice=plan_choice,
            plan_when=plan_when,
            plan_then=plan_then,
            plan_due=plan_due,
            plan_own=plan_own,
            plan_own_due=plan_own_due,
            plans_closed=plans_closed,
            own_example=own_example,
            id="plan-form",
        )
        # Shown while either rating is low: the walk may have lifted the mood or not.
        self.mood_before = mood_before
        self.low_mood = low_mood

    def compose(self) -> ComposeResult:
        yield TitleHeader()
        with ScrollBody(classes="step-body"):
            yield Static(self.summary, id="summary", markup=False)
            yield MoodField("How are you feeling now, 0 to 10?", self.mood_after, id="mood")
            # Right under the rating, so it appears where the person is looking.
            low = Markdown(self.low_mood, open_links=False, id="low-mood")
            low.display = bool(self.low_mood) and is_low(self.mood_before, self.mood_after)
            yield low
            yield self.plan_form
            yield StepNav(self.keymap, "Save and finish")
        yield step_footer()

    def on_mount(self) -> None:
        """Start at the mood."""
        fields = self.query("#mood Input")  # AUTO_FOCUS covers it if not composed yet
        if fields:
            fields.first().focus(scroll_visible=False)

    # -- the step -------------------------------------------------------------

    def validate(self) -> bool:
        """A mood out of range, half a plan or an unknown day is explained, never dropped."""
        if not self.query_one("#mood", MoodField).validate():
            return False
        # A plan refused for a damaged plans table leaves the walk unfinished, so
        # quitting keeps it (plan and all) for after `coach repair`.
        return self.plan_form.validate()

    def values(self) -> dict[str, Any]:
        """Mood after, the plan as typed (kept even if half done), and the next step line."""
        return {"mood_after": self.query_one("#mood", MoodField).mood, **self.plan_form.values()}

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """A plan chosen (the form has filled its fields by now): autosave."""
        self.edited()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Typing in any field (the form's own handling came first): autosave."""
        self.edited()

    def on_mood_field_changed(self, event: MoodField.Changed) -> None:
        """A low rating shows where to find support; autosave."""
        low = self.query_one("#low-mood", Markdown)
        low.display = bool(self.low_mood) and is_low(self.mood_before, event.mood)
        self.edited()
