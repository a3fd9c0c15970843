"""A field with its note (what it means, or what is wrong) beside it, or below if narrow."""

from __future__ import annotations

from textual import events
from textual.containers import Horizontal

# A note narrower than this is cut into a strip of word pieces: it goes below instead.
NOTE_MIN_WIDTH = 30


class FieldAndNote(Horizontal):
    """Holds a field, then its note; the class -below stacks them when the note lacks room.

    The stylesheet decides how -below looks; this only says when it applies.
    """

    DEFAULT_CSS = """
    FieldAndNote {
        height: auto;
    }
    FieldAndNote.-below {
        layout: vertical;
    }
    """

    def on_resize(self, event: events.Resize) -> None:
        """Stack the note under the field while there is too little room beside it."""
        field = self.children[0] if self.children else None
        if field is None:
            return
        beside = event.size.width - field.outer_size.width
        self.set_class(beside < NOTE_MIN_WIDTH, "-below")
        if self.screen.focused in self.children:
            # The note grew (an error in place of a hint): show it with the field being typed in.
            self.call_after_refresh(self.scroll_visible, animate=False)
