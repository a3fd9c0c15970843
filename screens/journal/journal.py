"""The journal: every entry newest first, filtered as you type; opens, deletes, undoes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Select, Static

from coach.model import Entry, ReplyStatus, Stage, search_text, sort_newest_first
from coach.searchable import NOTHING, Searchable
from screens.journal.changes import EntryRequested
from screens.journal.journal_deleting import JournalDeleting
from screens.journal.journal_filter import JournalFilter
from screens.journal.journal_loading import JournalLoading
from screens.journal.shared_ids import JournalSharedIds
from screens.journal.typed_to_filter import TypedToFilter
from screens.keys import NOTHING_TO_UNDO
from screens.styled_once import StyledOnce, preset_breakpoints
from screens.thread_work import forgetting
from screens.widgets.entry_table import REPLY_LABELS, EntryTable
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.steady_input import SteadyInput
from screens.widgets.title_header import TitleHeader

if TYPE_CHECKING:
    from coach.content import Content
    from coach.journal import Journal
    from screens.journal.entry import EntryClosed

LOADING = "Loading your journal…"
# Over this many entries a filter change that cannot narrow the last result
# waits for a pause in typing, so each key stays quick.
DEBOUNCE_OVER = 2000
DEBOUNCE_SECONDS = 0.15
# Over this many entries to look through, a filter runs in a thread.
FILTER_IN_THREAD_OVER = 5000
# Footer keys left out, first to last, when they do not all fit: ctrl+p works
# unshown, / is not needed once a filter is set; F1 stays at every size, as on
# every other screen (rv19: it went at 40 columns, and at 80 after a delete).
# At 40 with a filter set, F2 gives way to Enter: the list is useless unopened,
# F2 still works unshown, and F1's help shows it in its own footer.
FOOTER_DROP_ORDER = (
    "command_palette",
    "focus_filter",
    "draft",
    "delete",
    "support",
    "select",
    "undo",
    "help",
)


class JournalScreen(
    JournalLoading, JournalFilter, JournalDeleting, JournalSharedIds, StyledOnce, TypedToFilter
):
    """Every entry; type to filter, Enter to open, Del to delete, ctrl+z to undo."""

    # Two Esc bindings: while any filter is set the first one shows, named for
    # what it does, and check_action hides it once there is nothing to clear.
    # One id, so a keymap that moves "back" moves both, and they never clash.
    BINDINGS = [
        Binding("escape", "clear_filters", "Clear filters", id="back"),
        Binding("escape", "back", "Back", id="back"),
        # Priority: as an ordinary binding, / ran only after the letters typed behind it.
        Binding(
            "slash,ctrl+f", "focus_filter", "Filter", key_display="/", priority=True, id="filter"
        ),
        # No letters: a word typed on the list goes to the filter whole ("rakuten"
        # opened the reply draft on r, and its other letters went into it).
        Binding("delete", "delete", "Delete", key_display="Del", id="delete"),
        Binding("ctrl+z", "undo", "Undo delete", id="undo"),  # works in the filter too
        NOTHING_TO_UNDO,  # after Undo: ctrl+z when it is off
        Binding("ctrl+r", "draft", "Reply draft", id="draft"),
        # Priority: the filter's own (inherited, useless) Down would take the key first.
        Binding("down", "to_results", "Results", show=False, priority=True, id="to_results"),
    ]
    # Priority keys off in text fields (check_action), so a keymap may give them a letter.
    OFF_WHILE_TYPING: ClassVar[frozenset[str]] = frozenset({"filter"})

    class DraftRequested(Message):
        """Open an entry's reply in the draft editor; the app saves what comes back."""

        def __init__(self, entry: Entry, on_done: Callable[[Entry], None]) -> None:
            super().__init__()
            self.entry = entry
            self.on_done = on_done

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (64, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]

    def __init__(
        self,
        journal: Journal,
        content: Content,
        today: date,
        keymap: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.journal = journal
        self.keymap = keymap or {}
        self.content = content
        self.today = today
        self._indexed = NOTHING
        self._deleted: list[Entry] = []  # each delete can be undone, the last first
        # The last filter and what it matched: typing one more character
        # only has to look through that, not the whole journal.
        self._last_filter: tuple[str, Stage | None, ReplyStatus | None] | None = None
        self._last_matched = NOTHING
        self._last_source: Searchable | None = None
        self._debounce: Any = None
        self.loading_entries = False
        self.texts_pending = False
        self.filter_pending = False

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        # As on_resize would set it, so the first resize restyles nothing.
        compact = self._compact_for(self.app.size.width, self.app.size.height)
        yield TitleHeader()
        with Vertical(id="journal"):
            with Horizontal(id="journal-filters"):
                yield SteadyInput(
                    placeholder=self._placeholder_for(self.app.size.width),
                    id="journal-filter",
                    compact=compact,
                )
                yield Select(
                    [(stage.label, stage) for stage in Stage],
                    prompt="Any stage",
                    id="journal-stage",
                    compact=compact,
                )
                yield Select(
                    [(label.capitalize(), status) for status, label in REPLY_LABELS.items()],
                    prompt="Any reply",
                    id="journal-reply",
                    compact=compact,
                )
            yield Static("", id="journal-count", markup=False)
            shared = Static("", id="journal-shared", markup=False)
            shared.display = False  # until two entries are seen with one id
            yield shared
            yield EntryTable(id="journal-table")
            yield Static("", id="journal-empty", markup=False)
        # Its own order at every width: Back or Clear filters, Open, F1 and F2 fill 40 columns.
        yield FittingFooter(FOOTER_DROP_ORDER, compact=False, narrow_order=False)

    def on_mount(self) -> None:
        """Load every entry once; filtering then works on what is in memory."""
        self.sub_title = "Journal"
        self.watch_disk()
        if self.journal.load_is_quick():
            self.load()
            self._focus_first()
            return
        # A big journal is read in a thread; the screen answers keys meanwhile.
        self.loading_entries = True
        self.refilter()
        self.query_one("#journal-filter", Input).focus()
        self.run_worker(forgetting(self._load_in_background), thread=True, group="journal-load")

    def _focus_first(self) -> None:
        table = self.query_one(EntryTable)
        if table.row_count:
            table.focus()
        else:
            self.query_one("#journal-filter", Input).focus()

    def _still_here(self) -> bool:
        """Whether this screen still has its widgets (a thread may finish after Esc)."""
        # query_one by id is cached; a query's truth walked every widget, at each binding check.
        return self.is_attached and self.query_one_optional("#journal-count") is not None

    @property
    def shown(self) -> Sequence[Entry]:
        """The entries passing the filters, as shown."""
        return self.query_one(EntryTable).entries

    def _replace(self, entry: Entry | None, removed_id: str | None = None) -> None:
        """Patch one entry into the list, then show the journal as it now is."""
        if self.journal.load_is_quick():
            self.reread(keep=entry)
            return
        # A big journal: patch at once, and the whole list follows from a thread.
        self.run_worker(forgetting(self._load_in_background), thread=True, group="journal-load")
        if len(self._indexed) > DEBOUNCE_OVER:
            # Re-sorting a long list here would hold up the screen; the thread
            # above asks the journal, which has parsed just the changed entry.
            return
        gone = {removed_id} if removed_id else set()
        if entry is not None:
            gone.add(entry.id)
        indexed = self._indexed
        # Texts by the entry object, not its id: a sync tool's twins share one.
        pairs = zip(indexed.entries, indexed.texts, strict=True)
        texts = {id(e): t for e, t in pairs if e.id not in gone}
        kept = [e for e in indexed.entries if e.id not in gone]
        if entry is not None:
            kept = sort_newest_first([*kept, entry])
            # Only the changed entry needs its search text built again.
            texts[id(entry)] = search_text(entry)
        self._indexed = Searchable(tuple(kept), tuple(texts[id(e)] for e in kept))
        self.refilter(keep=entry)

    def refilter(self, keep: Entry | None = None) -> None:
        """Apply the filters to the loaded entries and update the table."""
        self._stop_debounce()
        self._footer_follows_filters()
        text, stage, reply = self._filters()
        needle = text.strip().casefold()
        table = self.query_one(EntryTable)
        if keep is None:
            keep = table.current
        count = self.query_one("#journal-count", Static)
        empty = self.query_one("#journal-empty", Static)
        if self.loading_entries:
            count.update(LOADING)
            table.display = empty.display = False
            return
        if self.texts_pending:
            # Entries shown, their search text still coming: any filter waits.
            self.filter_pending = bool(text.strip()) or stage is not None or reply is not None
            return
        base = self._narrowing_base(needle, stage, reply)
        unfiltered = not needle and stage is None and reply is None  # a plain copy: quick
        if len(base) > FILTER_IN_THREAD_OVER and not unfiltered:
            # Looking through tens of thousands of entries would hold up this
            # keystroke: a thread does it, and the table follows when it is done.
            self.filter_pending = True
            filters, source = (needle, stage, reply), self._indexed
            self.run_worker(
                forgetting(self._filter_in_background, base, filters, source, keep),
                thread=True,
                exclusive=True,
                group="journal-filter",
            )
            return
        self._show_filtered(base.matching(needle, stage, reply), (needle, stage, reply), keep)

    def _stop_debounce(self) -> None:
        self.filter_pending = False
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None

    @on(Input.Changed, "#journal-filter")
    def _text_changed(self) -> None:
        text, stage, reply = self._filters()
        needle = text.strip().casefold()
        if self._narrows(needle, stage, reply) or len(self._indexed) <= DEBOUNCE_OVER:
            self.refilter()
            return
        # Erasing or replacing text on a big journal: wait for a pause in typing.
        self._stop_debounce()
        self.filter_pending = True
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self.refilter)

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
        """Jump to the filter text, at once: the word typed right after / follows it there."""
        self.set_focus(self.query_one("#journal-filter", Input))

    def action_to_results(self) -> None:
        """Down from the filter goes to the list of entries."""
        # At once, not queued as focus() is: a second Down in the same burst
        # then moves down the list instead of coming here again.
        self.set_focus(self.query_one(EntryTable))

    @on(EntryTable.Selected)
    def _open(self, event: EntryTable.Selected) -> None:
        # The app opens it, as it does the reply draft.
        entry = event.entry
        self.post_message(
            EntryRequested(self.journal, entry, self.content, self.today, self._entry_closed)
        )

    def _entry_closed(self, result: EntryClosed | None) -> None:
        if result is None:
            return
        if result.deleted:
            self._forget(result.entry)
        elif result.saved:
            self._replace(result.entry)

    def action_draft(self) -> None:
        """Reopen the highlighted entry's reply draft in the full editor."""
        entry = self.query_one(EntryTable).current
        if entry is None or isinstance(self.focused, Input) or self.refused_for_shared():
            return
        self.post_message(self.DraftRequested(entry, self._replace))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Undo shows only when there is something to undo; letters type in the filter."""
        if action == "undo":  # the filter keeps u as a letter; ctrl+z gets here
            return bool(self._deleted)
        if action in ("delete", "draft"):
            # No entry shown (an empty journal, a filter matching none): nothing to act on.
            table = self.query_one_optional("#journal-table", EntryTable)
            if table is None or table.row_count == 0:
                return False
            return None if isinstance(self.focused, Input) else True
        if action == "focus_filter":  # in the filter, / is a character to type
            return not isinstance(self.focused, Input) and not self._nothing_to_filter()
        if action == "clear_filters":
            return self._still_here() and self.any_filter()
        if action == "to_results":  # only from the filter, and only to a list with rows
            filtering = isinstance(self.focused, Input) and self.focused.id == "journal-filter"
            return filtering and self.query_one(EntryTable).row_count > 0
        return True

    def action_back(self) -> None:
        """Back to where the person came from (Esc clears any filter first)."""
        self.dismiss(None)
