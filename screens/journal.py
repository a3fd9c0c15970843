"""The journal: every entry newest first, filtered as you type; opens, deletes, undoes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Select, Static

from coach.errors import CoachError
from coach.model import Entry, ReplyStatus, Stage, search_text, sort_newest_first
from coach.wording import counted
from screens.entry import EntryClosed, EntryScreen
from screens.widgets.entry_table import REPLY_LABELS, EntryTable

if TYPE_CHECKING:
    from coach.content import Content
    from coach.journal import Journal

EMPTY_JOURNAL = (
    "No entries yet. Press Esc, then n on the home screen, the next time a "
    "rejection arrives: each one you log here becomes free feedback."
)
NOTHING_MATCHES = "Nothing matches. Clear the filter text or pick “Any” above to see everything."


def filter_entries(
    indexed: Sequence[tuple[Entry, str]],
    text: str,
    stage: Stage | None,
    reply: ReplyStatus | None,
) -> list[Entry]:
    """The entries matching all of text, stage and reply status, order kept."""
    needle = text.strip().casefold()
    return [
        entry
        for entry, haystack in indexed
        if (stage is None or entry.stage is stage)
        and (reply is None or entry.reply.status is reply)
        and (not needle or needle in haystack)
    ]


class JournalScreen(Screen[None]):
    """Every entry; type to filter, Enter to open, d to delete, u to undo."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        Binding("slash,ctrl+f", "focus_filter", "Filter", key_display="/", id="filter"),
        Binding("d,delete", "delete", "Delete", id="delete"),
        Binding("u", "undo", "Undo delete", id="undo"),
        Binding("r", "draft", "Reply draft", id="draft"),
    ]

    class DraftRequested(Message):
        """Open an entry's reply in the draft editor; the app saves what comes back."""

        def __init__(self, entry: Entry, on_done: Callable[[Entry], None]) -> None:
            super().__init__()
            self.entry = entry
            self.on_done = on_done

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (64, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]

    def __init__(self, journal: Journal, content: Content, today: date) -> None:
        super().__init__()
        self.journal = journal
        self.content = content
        self.today = today
        self._indexed: list[tuple[Entry, str]] = []
        self._deleted: Entry | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="journal"):
            with Horizontal(id="journal-filters"):
                yield Input(placeholder="Type to filter…", id="journal-filter")
                yield Select(
                    [(stage.label, stage) for stage in Stage],
                    prompt="Any stage",
                    id="journal-stage",
                )
                yield Select(
                    [(label.capitalize(), status) for status, label in REPLY_LABELS.items()],
                    prompt="Any reply",
                    id="journal-reply",
                )
            yield Static("", id="journal-count", markup=False)
            yield EntryTable(id="journal-table")
            yield Static("", id="journal-empty", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        """Load every entry once; filtering then works on what is in memory."""
        self.sub_title = "Journal"
        self.load()
        table = self.query_one(EntryTable)
        if table.row_count:
            table.focus()
        else:
            self.query_one("#journal-filter", Input).focus()

    def on_resize(self, event: events.Resize) -> None:
        """Borderless filters on small terminals, so the entries keep the room."""
        compact = event.size.width < 64 or event.size.height < 18
        for widget in self.query("#journal-filters > *"):
            if isinstance(widget, Input | Select):
                widget.compact = compact

    # -- data ------------------------------------------------------------

    def load(self) -> None:
        """Read the journal again and show it."""
        try:
            entries = self.journal.entries()
        except CoachError as error:
            self.notify(str(error), severity="error", markup=False)
            entries = []
        self._set_all(entries)

    def _set_all(self, entries: list[Entry]) -> None:
        self._indexed = [(entry, search_text(entry)) for entry in entries]
        self.refilter()

    @property
    def all_entries(self) -> list[Entry]:
        """Every entry in the journal, newest first."""
        return [entry for entry, _ in self._indexed]

    @property
    def shown(self) -> Sequence[Entry]:
        """The entries passing the filters, as shown."""
        return self.query_one(EntryTable).entries

    def _replace(self, entry: Entry | None, removed_id: str | None = None) -> None:
        """Patch one entry into the list without reading the whole journal again."""
        gone = {removed_id} if removed_id else set()
        if entry is not None:
            gone.add(entry.id)
        kept = [e for e, _ in self._indexed if e.id not in gone]
        if entry is not None:
            kept = sort_newest_first([*kept, entry])
            # Only the changed entry needs its search text built again.
            texts = {e.id: t for e, t in self._indexed}
            texts[entry.id] = search_text(entry)
            self._indexed = [(e, texts[e.id]) for e in kept]
        else:
            self._indexed = [(e, t) for e, t in self._indexed if e.id not in gone]
        self.refilter(keep=entry)

    # -- filters ---------------------------------------------------------

    def _filters(self) -> tuple[str, Stage | None, ReplyStatus | None]:
        text = self.query_one("#journal-filter", Input).value
        stage = self.query_one("#journal-stage", Select).value
        reply = self.query_one("#journal-reply", Select).value
        return (
            text,
            stage if isinstance(stage, Stage) else None,
            reply if isinstance(reply, ReplyStatus) else None,
        )

    def refilter(self, keep: Entry | None = None) -> None:
        """Apply the filters to the loaded entries and update the table."""
        text, stage, reply = self._filters()
        table = self.query_one(EntryTable)
        if keep is None:
            keep = table.current
        shown = filter_entries(self._indexed, text, stage, reply)
        table.set_entries(shown, keep=keep)
        total = len(self._indexed)
        filtered = bool(text.strip()) or stage is not None or reply is not None
        count = self.query_one("#journal-count", Static)
        if filtered:
            count.update(f"{len(shown)} of {total} entries")
        else:
            count.update(f"{counted(total, 'entry', 'entries')}, newest first")
        empty = self.query_one("#journal-empty", Static)
        if not total:
            empty.update(EMPTY_JOURNAL)
        elif not shown:
            empty.update(NOTHING_MATCHES)
        table.display = bool(shown)
        empty.display = not shown

    @on(Input.Changed, "#journal-filter")
    def _text_changed(self) -> None:
        self.refilter()

    @on(Select.Changed)
    def _select_changed(self) -> None:
        self.refilter()

    @on(Input.Submitted, "#journal-filter")
    def _filter_done(self) -> None:
        # Enter in the filter goes to the results, ready to open one.
        table = self.query_one(EntryTable)
        if table.row_count:
            table.focus()

    def action_focus_filter(self) -> None:
        """Jump to the filter text."""
        self.query_one("#journal-filter", Input).focus()

    def on_key(self, event: events.Key) -> None:
        """Down from the filter goes to the table."""
        table = self.query_one(EntryTable)
        if event.key == "down" and isinstance(self.focused, Input) and table.row_count:
            event.stop()
            table.focus()

    # -- opening, deleting, undoing -------------------------------------

    @on(EntryTable.Selected)
    def _open(self, event: EntryTable.Selected) -> None:
        self.open_entry(event.entry)

    def open_entry(self, entry: Entry) -> None:
        """Show one entry to read and edit."""
        screen = EntryScreen(self.journal, entry, self.content, self.today)
        self.app.push_screen(screen, self._entry_closed)

    def _entry_closed(self, result: EntryClosed | None) -> None:
        if result is None:
            return
        if result.deleted:
            self._forget(result.entry)
        elif result.saved:
            self._replace(result.entry)

    def _forget(self, entry: Entry) -> None:
        self._deleted = entry
        self._replace(None, removed_id=entry.id)
        self.refresh_bindings()
        self.notify(
            f"Deleted {entry.summary()}. Press u to undo.",
            title="Entry deleted",
            timeout=10,
            markup=False,
        )

    def action_draft(self) -> None:
        """Reopen the highlighted entry's reply draft in the full editor."""
        entry = self.query_one(EntryTable).current
        if entry is None or isinstance(self.focused, Input):
            return
        self.post_message(self.DraftRequested(entry, self._replace))

    def action_delete(self) -> None:
        """Delete the highlighted entry, after asking."""
        from screens.confirm import ConfirmScreen

        entry = self.query_one(EntryTable).current
        if entry is None or isinstance(self.focused, Input):
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.journal.delete(entry.id)
            except CoachError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self._forget(entry)

        self.app.push_screen(
            ConfirmScreen(
                f"Delete {entry.summary()}?",
                "You can undo this right after, with u.",
                yes="Delete",
                no="Keep it",
                danger=True,
            ),
            answered,
        )

    def action_undo(self) -> None:
        """Put back the entry deleted last."""
        entry = self._deleted
        if entry is None:
            return
        try:
            self.journal.save(entry)
        except CoachError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self._deleted = None
        self._replace(entry)
        self.refresh_bindings()
        self.notify(f"Restored {entry.summary()}.", title="Undone", markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Undo shows only when there is something to undo; keys type in the filter."""
        if action == "undo":
            if self._deleted is None:
                return False
            return None if isinstance(self.focused, Input) else True
        if action in ("delete", "draft") and isinstance(self.focused, Input):
            return None
        return True

    def action_back(self) -> None:
        """Back to where the person came from."""
        self.dismiss(None)
