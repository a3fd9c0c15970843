"""The journal's filters: text, stage and reply (in a thread when big), Esc, a row that fits."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, Select, Static
from textual.worker import get_current_worker

from coach.model import Entry, ReplyStatus, Stage, narrows
from coach.searchable import Searchable, why_nothing
from coach.wording import counted
from screens.background import hand_back
from screens.journal.journal_loading import EMPTY_JOURNAL, unreadable_journal
from screens.keys import shown_key
from screens.widgets.entry_table import EntryTable


def nothing_matches(clear_key: str, needle: str = "") -> str:
    """The empty list's words when filters hide every entry, naming the way out."""
    # The way out first: on a short screen the why after it is what runs out of room.
    why = why_nothing(needle)
    return f"Nothing matches. {clear_key} clears the filters and shows every entry. {why}".strip()


class JournalFilter:
    """The journal screen's filtered view: matches worked out, then shown with their count."""

    # The person's keymap (binding id to keys), handed to the screen in __init__.
    keymap: dict[str, str]
    # Set when Esc cleared the filters: the next count line says so, once.
    filters_cleared: bool = False
    # Whether any filter was set when the footer's keys were last worked out.
    _footer_filtered: bool = False

    def _filters(self) -> tuple[str, Stage | None, ReplyStatus | None]:
        text = self.query_one("#journal-filter", Input).value
        stage = self.query_one("#journal-stage", Select).value
        reply = self.query_one("#journal-reply", Select).value
        return (
            text,
            stage if isinstance(stage, Stage) else None,
            reply if isinstance(reply, ReplyStatus) else None,
        )

    def any_filter(self) -> bool:
        """Whether the text, stage or reply filter is narrowing the list."""
        text, stage, reply = self._filters()
        return bool(text.strip()) or stage is not None or reply is not None

    def _nothing_to_filter(self) -> bool:
        """The journal read whole holds no entry (while it loads, / still works)."""
        loading = getattr(self, "loading_entries", False) or getattr(self, "texts_pending", False)
        return not loading and not self._indexed and not self.any_filter()

    def _footer_follows_filters(self) -> None:
        # The Esc key's label changes only when a filter is first set or all are gone.
        filtered = self.any_filter()
        if filtered != self._footer_filtered:
            self._footer_filtered = filtered
            self.refresh_bindings()

    def action_clear_filters(self) -> None:
        """Show every entry again: the text, stage and reply filters all cleared at once."""
        # Esc means "show me everything": clearing only the text left a stage
        # chosen, and the next Esc left the journal still narrowed.
        with self.prevent(Input.Changed, Select.Changed):
            self.query_one("#journal-filter", Input).value = ""
            self.query_one("#journal-stage", Select).clear()
            self.query_one("#journal-reply", Select).clear()
        self.filters_cleared = True  # the count line says so, once
        self.refilter()

    def _filter_in_background(
        self,
        base: Searchable,
        filters: tuple[str, Stage | None, ReplyStatus | None],
        source: Searchable,
        keep: Entry | None,
    ) -> None:
        matched = base.matching(*filters)
        if not get_current_worker().is_cancelled:
            hand_back(self.app, self._filtered_in_background, matched, filters, source, keep)

    def _filtered_in_background(
        self,
        matched: Searchable,
        filters: tuple[str, Stage | None, ReplyStatus | None],
        source: Searchable,
        keep: Entry | None,
    ) -> None:
        if not self._still_here() or source is not self._indexed:
            return  # closed, or the entries changed: a newer filter is coming
        text, stage, reply = self._filters()
        if (text.strip().casefold(), stage, reply) != filters:
            return  # typed on meanwhile: a newer filter is coming
        self.filter_pending = False
        self._show_filtered(matched, filters, keep)

    def _show_filtered(
        self,
        matched: Searchable,
        filters: tuple[str, Stage | None, ReplyStatus | None],
        keep: Entry | None,
    ) -> None:
        needle, stage, reply = filters
        table = self.query_one(EntryTable)
        count = self.query_one("#journal-count", Static)
        empty = self.query_one("#journal-empty", Static)
        self._last_filter = filters
        self._last_matched = matched
        self._last_source = self._indexed
        shown = matched.entries
        had_rows = table.row_count > 0
        table.set_entries(shown, keep=keep)
        total = len(self._indexed)
        filtered = bool(needle) or stage is not None or reply is not None
        cleared = self.filters_cleared and not filtered
        self.filters_cleared = False
        if filtered:
            count.update(f"{len(shown)} of {total} entries")
        elif cleared:
            # Quietly, above the list (no toast over the entries), and within 40 columns.
            count.update(f"Filters cleared: all {counted(total, 'entry', 'entries')}")
        else:
            count.update(f"{counted(total, 'entry', 'entries')}, newest first")
        if not total:
            problem = getattr(self, "load_problem", "")
            empty.update(unreadable_journal(problem) if problem else EMPTY_JOURNAL)
            if problem:
                count.update("The journal could not be read")
        elif not shown:
            empty.update(nothing_matches(shown_key(self.keymap, "back", "Esc"), needle))
        table.display = bool(shown)
        empty.display = not shown
        if had_rows != bool(shown) or not total:
            # Delete and Reply draft show only with a row to act on, Filter only
            # with an entry to filter.
            self.refresh_bindings()
        if shown and self.focused is None:
            # A delete that emptied the list took its focus away; given back now,
            # or the next dialog to close put it in the filter and u typed there.
            table.focus()

    def _narrows(self, needle: str, stage: Stage | None, reply: ReplyStatus | None) -> bool:
        """Whether these filters only narrow the last ones (a character typed on)."""
        last = self._last_filter
        return (
            last is not None
            and self._last_source is self._indexed
            and last[1:] == (stage, reply)
            # "2026" looks only in what was written, "2026-" in the days too: wider.
            and narrows(last[0], needle)
        )

    def _narrowing_base(
        self, needle: str, stage: Stage | None, reply: ReplyStatus | None
    ) -> Searchable:
        """What to look through: the last filter's matches if these only narrow it."""
        if self._narrows(needle, stage, reply):
            return self._last_matched
        return self._indexed

    @staticmethod
    def _compact_for(width: int, height: int) -> bool:
        return width < 64 or height < 18

    def on_resize(self, event: events.Resize) -> None:
        """Borderless filters on small terminals, so the entries keep the room."""
        compact = self._compact_for(event.size.width, event.size.height)
        for widget in self.query("#journal-filters > *"):
            if isinstance(widget, Input | Select):
                widget.compact = compact
        self.query_one("#journal-filter", Input).placeholder = self._placeholder_for(
            event.size.width
        )

    @staticmethod
    def _placeholder_for(width: int) -> str:
        # Beside the two selects at 40 columns the box is a dozen wide: the
        # long prompt showed as "Type to", which says nothing.
        return "Type to filter…" if width >= 64 else "Filter…"
