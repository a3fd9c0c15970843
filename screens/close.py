"""Step 7: mood again, one next step to commit to, and the entry's summary."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Input, Label, Markdown, RadioButton, RadioSet, Static

from coach.mood import is_low
from screens.step import StepNav, StepScreen
from screens.widgets.mood import MoodField
from screens.widgets.wrapping_toggle import WrappingRadioButton

OWN_STEP = "Something else (type it below)"


class CloseScreen(StepScreen):
    """The end of the walk; Next saves the entry and returns home."""

    def __init__(
        self,
        *,
        summary: str,
        suggestions: list[str],
        next_step: str,
        mood_after: int | None,
        mood_before: int | None = None,
        low_mood: str = "",
    ) -> None:
        super().__init__()
        self.summary = summary
        self.suggestions = suggestions
        self.next_step = next_step
        self.mood_after = mood_after
        # Shown while either rating is low: the walk may have lifted the mood or not.
        self.mood_before = mood_before
        self.low_mood = low_mood

    def compose(self) -> ComposeResult:
        own = self.next_step if self.next_step not in self.suggestions else ""
        yield Header()
        with VerticalScroll(classes="step-body"):
            yield Static(self.summary, id="summary", markup=False)
            yield MoodField("How are you feeling now, 0 to 10?", self.mood_after, id="mood")
            # Right under the rating, so it appears where the person is looking.
            low = Markdown(self.low_mood, open_links=False, id="low-mood")
            low.display = bool(self.low_mood) and is_low(self.mood_before, self.mood_after)
            yield low
            yield Label("One next step to commit to (optional)")
            with RadioSet(id="next-steps"):
                for suggestion in self.suggestions:
                    # Content, not a str: a suggestion may come from a user's file.
                    yield WrappingRadioButton(
                        Content(suggestion), value=suggestion == self.next_step
                    )
                yield WrappingRadioButton(OWN_STEP, value=bool(own))
            yield Input(own, id="own-step", placeholder="My own next step")
            yield StepNav("Save and finish (ctrl+n)")
        yield Footer()

    def on_mount(self) -> None:
        """Start at the mood."""
        self.query_one("#mood Input").focus()

    def _chosen(self) -> str:
        index = self.query_one("#next-steps", RadioSet).pressed_index
        own = self.query_one("#own-step", Input).value.strip()
        if 0 <= index < len(self.suggestions):
            return self.suggestions[index]
        return own

    def validate(self) -> bool:
        """A mood out of 0 to 10 is explained beside the field, not dropped."""
        return self.query_one("#mood", MoodField).validate()

    def values(self) -> dict[str, Any]:
        """Mood after and the chosen next step."""
        return {
            "mood_after": self.query_one("#mood", MoodField).mood,
            "next_step": self._chosen(),
        }

    def on_input_changed(self, event: Input.Changed) -> None:
        """Typing their own step picks the 'something else' choice."""
        if event.input.id == "own-step" and event.value.strip():
            buttons = list(self.query_one("#next-steps", RadioSet).query(RadioButton))
            buttons[-1].value = True
        self.edited()

    def on_mood_field_changed(self, event: MoodField.Changed) -> None:
        """A low rating shows where to find support; autosave."""
        low = self.query_one("#low-mood", Markdown)
        low.display = bool(self.low_mood) and is_low(self.mood_before, event.mood)
        self.edited()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Autosave."""
        self.edited()
