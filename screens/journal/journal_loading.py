"""The journal screen's entries read in: at once for a small journal, in a thread for a big one."""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from textual.widgets import Input, Static

from coach.errors import CoachError
from coach.model import Entry
from coach.searchable import NOTHING, Searchable
from coach.wording import counted
from screens.background import hand_back
from screens.thread_work import forgetting
from screens.widgets.entry_table import EntryTable

# How often an open journal looks for a change made elsewhere: two stat calls each time.
DISK_CHECK_SECONDS = 2.0

EMPTY_JOURNAL = (
    "No entries yet. Press Esc, then n on the home screen, the next time a "
    "rejection arrives: each one you log here becomes free feedback."
)


def unreadable_journal(problem: str) -> str:
    """The empty state when the journal file cannot be read: never "start again"."""
    return (
        "Your journal could not be read, so its entries cannot be shown here "
        f"(it is not empty). {problem}"
    )


class JournalLoading:
    """Reading the entries for the journal screen without holding up its first paint."""

    # Why the journal could not be read, or "" when it was.
    load_problem: str = ""

    def _load_in_background(self) -> None:
        try:
            # The list first (the journal keeps it in order); the text each
            # filter looks in can take a moment longer on a big journal.
            hand_back(self.app, self._entries_first, self.journal.entries_shared())
            pairs = self.journal.with_search_text()
        except CoachError as error:
            hand_back(self.app, self._load_failed, str(error))
            return
        hand_back(self.app, self._loaded, pairs)

    def _entries_first(self, entries: Sequence[Entry]) -> None:
        if not self._still_here() or not self.loading_entries:
            return
        self.loading_entries = False
        self.texts_pending = True
        table = self.query_one(EntryTable)
        table.set_entries(entries)
        self._show_shared(entries)
        self.query_one("#journal-count", Static).update(
            f"{counted(len(entries), 'entry', 'entries')}, newest first"
        )
        empty = self.query_one("#journal-empty", Static)
        empty.update(EMPTY_JOURNAL)
        table.display = bool(entries)
        empty.display = not entries
        self.refilter()  # a filter typed already waits for the texts
        if not self.query_one("#journal-filter", Input).value:
            self._focus_first()

    def _load_failed(self, problem: str) -> None:
        if not self._still_here():
            return  # closed while the journal loaded
        self.loading_entries = self.texts_pending = False
        self.notify(problem, severity="error", markup=False)
        self.load_problem = problem
        self._set_indexed(NOTHING)

    def _loaded(self, pairs: Searchable) -> None:
        if not self._still_here():
            return  # closed while the journal loaded
        was_loading = self.loading_entries
        self.loading_entries = self.texts_pending = False
        self.load_problem = ""
        self._set_indexed(pairs)
        if was_loading and (
            not isinstance(self.focused, Input)
            or not self.query_one("#journal-filter", Input).value
        ):
            self._focus_first()

    def watch_disk(self) -> None:
        """Look every few seconds whether another shell changed the journal (an import)."""
        # The app runs the timer, holding this screen weakly. A timer of the
        # screen's own keeps the screen in its task's context (contextvars)
        # after it closes, and the idle collector may then set it aside for good.
        self.app.call_later(_start_looking, weakref.ref(self))

    def on_unmount(self) -> None:
        timer = getattr(self, "disk_timer", None)
        if timer is not None:
            timer.stop()
        # A big journal re-read while this screen was open set it aside from
        # the collector with everything else (journal_store's gc.freeze), so
        # once closed it is never freed: holding no entries, it keeps no
        # journal read before alive with it.
        self._indexed = self._last_matched = NOTHING
        self._last_source = None

    def _check_disk(self) -> None:
        if self.loading_entries or self.texts_pending or not self._still_here():
            return
        if self.app.screen is self and self.journal.changed_on_disk():
            self.reread()

    def on_screen_resume(self) -> None:
        """Back from an entry, the draft or a dialog: show what the journal holds now."""
        if self.loading_entries or self.texts_pending or not self._still_here():
            return  # the first read is still on its way
        self.reread()

    def reread(self, keep: Entry | None = None) -> None:
        """Read the journal again, the cursor staying on its entry.

        A save can add an entry besides the one saved (the other version kept
        after a clash), and another coach can change any entry meanwhile.
        """
        if keep is None:
            keep = self.query_one(EntryTable).current
        if self.journal.load_is_quick():
            self.load(keep=keep)
        else:
            self.run_worker(forgetting(self._load_in_background), thread=True, group="journal-load")

    def load(self, keep: Entry | None = None) -> None:
        """Read the journal again and show it, the cursor on `keep` if it is still there."""
        try:
            # The journal keeps each entry's search text with its parsed entry.
            pairs = self.journal.with_search_text()
        except CoachError as error:
            self.notify(str(error), severity="error", markup=False)
            self.load_problem = str(error)
            pairs = NOTHING
        else:
            self.load_problem = ""
        self._set_indexed(pairs, keep=keep)

    def _set_indexed(self, pairs: Searchable, keep: Entry | None = None) -> None:
        self._indexed = pairs
        self._show_shared(pairs.entries)
        self.refilter(keep=keep)


def _start_looking(screen: weakref.ref[JournalLoading]) -> None:
    """Start the disk look on the app's side (called in the app's context)."""
    alive = screen()
    if alive is None or not alive.is_attached:
        return
    alive.disk_timer = alive.app.set_interval(DISK_CHECK_SECONDS, lambda: _check_disk_of(screen))


def _check_disk_of(screen: weakref.ref[JournalLoading]) -> None:
    """The disk look of a journal screen that may have closed and gone."""
    alive = screen()
    if alive is not None:
        alive._check_disk()
