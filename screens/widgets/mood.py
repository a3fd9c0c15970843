"""An optional 0–10 mood field that explains bad input beside itself."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static

from coach.mood import MOOD_LENGTH, MOOD_TYPED, parse_mood
from screens.widgets.static_words import show_words
from screens.widgets.steady_input import SteadyInput


class MoodField(Vertical):
    """Asks how the person feels, 0 to 10, never required."""

    DEFAULT_CSS = """
    MoodField { height: auto; }
    MoodField Label { width: 100%; }
    MoodField Input { width: 24; }
    MoodField .field-error { color: $error; height: auto; }
    """

    class Changed(Message):
        """The mood changed (None when cleared or invalid)."""

        def __init__(self, mood: int | None) -> None:
            super().__init__()
            self.mood = mood

    def __init__(self, label: str, mood: int | None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label
        self.mood = mood
        self.error = ""

    def compose(self) -> ComposeResult:
        yield Label(self.label)
        yield SteadyInput(
            "" if self.mood is None else str(self.mood),
            placeholder="0–10, optional",
            restrict=MOOD_TYPED,
            max_length=MOOD_LENGTH,
        )
        yield Static("", classes="field-error", markup=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Check as they type; tell them kindly what fits."""
        event.stop()
        mood, error = parse_mood(event.value)
        show_words(self.query_one(".field-error", Static), error)
        self.mood = mood
        self.error = error
        self.post_message(self.Changed(mood))

    def validate(self) -> bool:
        """False (and focus here) while the typed mood is out of range."""
        if self.error:
            self.query_one(Input).focus()
        return not self.error
