"""A one-line field of step 2 that hands a pasted email, or a dropped .eml path, to its screen."""

from __future__ import annotations

from textual import events
from textual.message import Message

from coach.email_reader import dropped_eml_path
from screens.widgets.steady_input import SteadyInput

# A paste of this many lines into a one-line field is an email, not a value.
EMAIL_PASTE_LINES = 3


class EmailDropped(Message):
    """An email (or an .eml path) was pasted into a one-line field."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class FieldInput(SteadyInput):
    """A one-line field that hands a pasted email or dropped .eml path to the screen."""

    def _on_paste(self, event: events.Paste) -> None:
        text = event.text
        lines = [line for line in text.splitlines() if line.strip()]
        if dropped_eml_path(text) is not None or len(lines) >= EMAIL_PASTE_LINES:
            # Stop Input's own paste (it would keep only the first line).
            event.prevent_default()
            event.stop()
            self.post_message(EmailDropped(text))
