"""A text area for a person's own writing: it opens where they stopped, ctrl+End goes there."""

from __future__ import annotations

from typing import Any

from textual import events
from textual._time import get_time  # the clock a key's time is read on
from textual.binding import Binding
from textual.widgets import TextArea


class WritingArea(TextArea):
    """A TextArea whose cursor starts at the end of what is already written.

    Textual's starts at the top: after Resume, the next words went in front
    of the person's text. ctrl+Home and ctrl+End move to either end, as in
    most editors, and with Shift they select to there (Textual binds none of
    the four).
    """

    BINDINGS = [
        Binding("ctrl+home", "text_start", "Start of the text", show=False, id="text_start"),
        Binding("ctrl+end", "text_end", "End of the text", show=False, id="text_end"),
        Binding(
            "ctrl+shift+home",
            "text_start(True)",
            "Select to the start",
            show=False,
            id="select_to_start",
        ),
        Binding(
            "ctrl+shift+end", "text_end(True)", "Select to the end", show=False, id="select_to_end"
        ),
    ]

    def __init__(
        self,
        text: str = "",
        *,
        at_end: bool = True,
        shows_line: bool = False,
        refuses_early_keys: bool = False,
        **options: Any,
    ) -> None:
        super().__init__(text, **options)
        # A reply draft is read from its greeting: it opens at the top.
        self.at_end = at_end
        # The draft's tone findings say "line 3": its border says which line the cursor is on.
        self.shows_line = shows_line
        # Keys read before it was mounted change nothing here: typed before it was shown.
        self.refuses_early_keys = refuses_early_keys
        self._mounted_at = 0.0

    async def _on_key(self, event: events.Key) -> None:
        editing = event.is_printable or event.key in ("enter", "backspace", "delete", "tab")
        early = self.refuses_early_keys and event.time < self._mounted_at
        if editing and early and not getattr(event, "typed_again", False):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    def on_mount(self) -> None:
        """Carry on where the person stopped: the cursor at the end of their text."""
        self._mounted_at = get_time()
        if self.at_end and self.text and not self.read_only:
            self.move_cursor(self.document.end)
        self._say_line()

    def on_text_area_selection_changed(self) -> None:
        """The cursor moved: the line it is on, as the findings count lines."""
        self._say_line()

    def on_text_area_changed(self) -> None:
        """Lines typed or deleted: the count changes even where the cursor stays."""
        self._say_line()

    def _say_line(self) -> None:
        if self.shows_line:
            line = self.cursor_location[0] + 1
            self.border_subtitle = f"line {line} of {self.document.line_count}"

    def action_text_start(self, select: bool = False) -> None:
        """The cursor to the very start of the text, selecting on the way if asked."""
        self.move_cursor((0, 0), select=select)

    def action_text_end(self, select: bool = False) -> None:
        """The cursor to the very end of the text, selecting on the way if asked."""
        self.move_cursor(self.document.end, select=select)
