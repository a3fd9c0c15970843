"""An entry whose id another entry holds too: shown to read, never saved or deleted from here."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Button, Input, Select, Static, TextArea

from coach.model import Entry
from screens.journal.shared_ids import shared_notice

READ_ONLY = " Until then this entry is shown to read only."


class EntryShared:
    """The entry screen's notice and refusals while its id is held by more than one entry."""

    entry: Entry
    # How many entries hold this entry's id (1 or 0: its own alone).
    shared_with: int = 0

    def _shared_note(self) -> ComposeResult:
        if self.shared_with > 1:
            notice = shared_notice({self.entry.id: self.shared_with}) + READ_ONLY
            yield Static(notice, id="entry-shared", markup=False)

    def _hold_still(self) -> None:
        """Nothing typed here could be saved to the right entry: no field takes typing."""
        for kind in (Input, TextArea, Select, Button):
            for widget in self.query(f"#entry {kind.__name__}"):  # type: ignore[attr-defined]
                widget.disabled = True
        self.query_one("#entry").focus()  # type: ignore[attr-defined]  # it scrolls with keys

    def refused_for_shared(self) -> bool:
        """Whether this entry's id is shared: then say why nothing is done."""
        if self.shared_with < 2:
            return False
        notice = shared_notice({self.entry.id: self.shared_with})
        self.notify(notice, severity="warning", markup=False)  # type: ignore[attr-defined]
        return True
