"""A one-line field whose typing redraws the field alone, not the layout of its whole screen."""

from __future__ import annotations

from textual import events
from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.widgets import Input


class SteadyInput(Input):
    """Textual's Input, where a key typed repaints the field instead of laying out the screen.

    Input sets its virtual size to its text's width at every change, and Widget's
    `virtual_size` asks for a layout when it changes: every key typed into any field
    laid out every widget of the screen (an entry's form: about two thirds of a key's
    work). A field's size never follows its text here (its width is set, an auto width
    still asks for its layout in Input itself, and its horizontal scrollbar takes no
    room), so the new width changes only the field's own scrolling, which is set here
    as a layout set it (Widget._scroll_update, private: without it, a field scrolled
    by its cursor could not be scrolled back by screens/field_start.py).
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def _watch_virtual_size(self, size: Size) -> None:
        # What a layout did for the field itself: its scroll kept within the new text.
        self._scroll_update(size)

    def _on_focus(self, event: events.Focus) -> None:
        # Textual's own Input._on_focus runs too (handlers are found per class): this
        # only brings the cursor into view. Tabbed into, a long field showed its start
        # (screens/field_start.py scrolls a field left back there) with the cursor at
        # its end, out of sight, until a key was typed (rv50 #8).
        self.call_after_refresh(self._cursor_into_view)

    def _on_resize(self, event: events.Resize) -> None:
        # The terminal narrowed under a focused field: the cursor stays in sight.
        if self.has_focus:
            self.call_after_refresh(self._cursor_into_view)

    def _cursor_into_view(self) -> None:
        """Scroll the field, still focused, just far enough to show its cursor."""
        if self.has_focus and self.is_attached:
            cursor = Region(self._cursor_offset, 0, width=1, height=1)
            self.scroll_to_region(cursor, force=True, animate=False, immediate=True)
