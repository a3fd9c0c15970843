"""Letters typed on the journal's list go to its filter box, as the box's placeholder invites."""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widgets import Input

from screens.widgets.entry_table import EntryTable


class TypedToFilter(Screen[None]):
    """Mixed into the journal screen: any character typed on the list starts the filter."""

    def on_key(self, event: events.Key) -> None:
        """A character typed on the list goes to the filter, unless it is a key of the app's."""
        # The box says "Type to filter": someone typing a company name on the
        # list means it as a filter, not as a string of commands ("dyson" was
        # d, the delete, then y, its confirmation; "jones" moved the cursor).
        if not isinstance(self.focused, EntryTable) or not event.is_printable:
            return
        # The list itself has no letter keys; a key left active here is one the
        # person gave a letter in their keymap. The app's ? for help is not
        # taken here ("?x" opened Help): F1 still opens it from the list.
        if event.character is None:
            return
        if event.key in self.active_bindings and event.key != "question_mark":
            return
        event.stop()
        event.prevent_default()
        self._into_filter(event.character)

    def on_paste(self, event: events.Paste) -> None:
        """A paste on the list goes to the filter too: the list takes no text, and it was lost."""
        # "j" then a paste of "acme": the journal opens on its list, and the
        # paste, meant for the filter as the keys after it are, went nowhere.
        if not isinstance(self.focused, EntryTable) or not event.text:
            return
        event.stop()
        event.prevent_default()
        # One line, as the box itself takes a paste.
        self._into_filter(event.text.splitlines()[0] if event.text.strip() else "")

    def _into_filter(self, text: str) -> None:
        """Add the text at the end of the filter, and put the focus there."""
        box = self.query_one("#journal-filter", Input)
        # Added to what the filter holds, not replacing it as a focus that
        # selects it all would: the box's own focus event, still queued, is
        # told not to select, and told again once it has run.
        box.select_on_focus = False
        self.set_focus(box)
        box.cursor_position = len(box.value)
        box.insert_text_at_cursor(text)
        box.call_later(setattr, box, "select_on_focus", True)
