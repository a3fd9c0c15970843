"""The journal screen's delete, asked first, and its undo, the last delete first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from coach.errors import CoachError, EntryNotFound
from coach.model import Entry
from coach.plans import going_with_entry
from screens.journal.changes import DeleteUndone, EntryDeleted
from screens.keys import shown_key
from screens.stale_toasts import drop_toasts, toast
from screens.widgets.entry_table import EntryTable

if TYPE_CHECKING:
    from coach.journal import Journal


class JournalDeleting:
    """Delete the highlighted entry after asking; ctrl+z puts back the last deleted."""

    journal: Journal
    # The person's keymap (binding id to keys), handed to the screen in __init__.
    keymap: dict[str, str]
    # Each delete can be undone, the last first.
    _deleted: list[Entry]

    if TYPE_CHECKING:

        def refused_for_shared(self) -> bool:
            """Whether the highlighted entry shares its id (said, and refused; shared_ids.py)."""
            ...

    def _gone_elsewhere(self, entry: Entry) -> None:
        # Another coach deleted it first: its row goes, with nothing of ours to undo.
        if self._still_here():
            self._replace(None, removed_id=entry.id)
            self.refresh_bindings()
        said = f"{entry.summary_on_screen()} was already deleted elsewhere"
        self.app.notify(f"{said} (another coach or a sync tool).", markup=False)

    def _forget(self, entry: Entry) -> None:
        self._replace(None, removed_id=entry.id)
        self.undoable(entry)

    def undoable(self, entry: Entry) -> None:
        """An entry just deleted (here, or on its own screen opened elsewhere): ctrl+z here."""
        self._deleted.append(entry)
        self.refresh_bindings()
        said = f"Deleted {entry.summary_on_screen()}. Press {self._undo_key()} to undo."
        toast(self.app, ("deleted", entry.id), said, title="Entry deleted", timeout=10)

    def action_delete(self) -> None:
        """Delete the highlighted entry, after asking."""
        from screens.dialogs.confirm import ConfirmScreen
        from screens.journal.entry_view import clipped

        entry = self.query_one(EntryTable).current
        if entry is None or isinstance(self.focused, Input) or self.refused_for_shared():
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return

            def deleted(_: object) -> None:
                if self._still_here():
                    self._forget(entry)
                else:  # left while the delete waited for another coach
                    self.app.notify(f"Deleted {entry.summary_on_screen()}.", markup=False)

            def failed(error: CoachError) -> None:
                if isinstance(error, EntryNotFound) and error.entry_id == entry.id:
                    self._gone_elsewhere(entry)
                else:
                    self._write_failed(error)

            # The app writes it, waiting off the UI thread if another coach is saving.
            self.post_message(EntryDeleted(self.journal, entry, deleted, failed))

        self.app.push_screen(
            ConfirmScreen(
                f"Delete {clipped(entry.summary_on_screen())}?",  # clipped: it fits a small screen
                f"{going_with_entry(self.journal.plan_count(entry.id))}"
                f"You can undo this right after, with {self._undo_key()}.",
                yes="Delete",
                no="Keep it",
                destroys=True,
            ),
            answered,
        )

    def _undo_key(self) -> str:  # as the person's keymap has it
        return shown_key(self.keymap, "undo", "Ctrl+Z")

    def action_undo(self) -> None:
        """Put back the entry deleted last (again: the one before)."""
        if not self._deleted:
            return
        entry = self._deleted.pop()  # one undo per delete, even while it waits

        def restored(back: Entry) -> None:
            # What was written: another coach's later edit of it is kept.
            if self._still_here():
                self._replace(back)
                self.refresh_bindings()
            drop_toasts(self.app, ("deleted", entry.id))  # acted on
            toast(self.app, "undone", f"Restored {back.summary_on_screen()}.", title="Undone")

        def failed(error: CoachError) -> None:
            if entry not in self._deleted:
                self._deleted.append(entry)  # still gone: ctrl+z can try again
            self._write_failed(error)
            if self._still_here():
                self.refresh_bindings()

        self.refresh_bindings()
        self.post_message(DeleteUndone(self.journal, entry, restored, failed))

    def on_unmount(self) -> None:
        """Undo goes with the screen: no toast may still promise it (it was lost, trusted)."""
        drop_toasts(self.app, *(("deleted", entry.id) for entry in self._deleted))

    def _write_failed(self, error: CoachError) -> None:
        self.app.notify(str(error), severity="error", markup=False)
