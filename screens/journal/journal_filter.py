"""Narrowing the journal by text, stage and reply, in a thread when the journal is big."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.widgets import Static
from textual.worker import get_current_worker

from coach.model import Entry, ReplyStatus, Stage
from coach.wording import counted
from screens.background import hand_back
from screens.widgets.entry_table import EntryTable

if TYPE_CHECKING:
    pass
from screens.journal.journal_loading import EMPTY_JOURNAL, unreadable_journal

NOTHING_MATCHES = "Nothing matches. Clear the filter text or pick “Any” above to see everything."


Indexed = Sequence[tuple[Entry, str]]


def filter_pairs(
    indexed: Indexed, needle: str, stage: Stage | None, reply: ReplyStatus | None
) -> list[tuple[Entry, str]]:
    """The (entry, search text) pairs matching a casefolded needle, stage and reply."""
    if stage is None and reply is None:
        if not needle:
            return list(indexed)
        return [pair for pair in indexed if needle in pair[1]]
    return [
        (entry, haystack)
        for entry, haystack in indexed
        if (stage is None or entry.stage is stage)
        and (reply is None or entry.reply.status is reply)
        and (not needle or needle in haystack)
    ]


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


class JournalFilter:
    """The journal screen's filtered view: matches worked out, then shown with their count."""

    def _filter_in_background(
        self,
        base: Indexed,
        filters: tuple[str, Stage | None, ReplyStatus | None],
        source: list[tuple[Entry, str]],
        keep: Entry | None,
    ) -> None:
        matched = filter_pairs(base, *filters)
        if not get_current_worker().is_cancelled:
            hand_back(self.app, self._filtered_in_background, matched, filters, source, keep)

    def _filtered_in_background(
        self,
        matched: list[tuple[Entry, str]],
        filters: tuple[str, Stage | None, ReplyStatus | None],
        source: list[tuple[Entry, str]],
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
        matched: list[tuple[Entry, str]],
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
        shown = [entry for entry, _ in matched]
        table.set_entries(shown, keep=keep)
        total = len(self._indexed)
        filtered = bool(needle) or stage is not None or reply is not None
        if filtered:
            count.update(f"{len(shown)} of {total} entries")
        else:
            count.update(f"{counted(total, 'entry', 'entries')}, newest first")
        if not total:
            problem = getattr(self, "load_problem", "")
            empty.update(unreadable_journal(problem) if problem else EMPTY_JOURNAL)
            if problem:
                count.update("The journal could not be read")
        elif not shown:
            empty.update(NOTHING_MATCHES)
        table.display = bool(shown)
        empty.display = not shown
        if shown and self.focused is None:
            # A delete that emptied the list took its focus away; given back now,
            # or the next dialog to close put it in the filter and u typed there.
            table.focus()

    def _narrowing_base(
        self, needle: str, stage: Stage | None, reply: ReplyStatus | None
    ) -> Indexed:
        last = self._last_filter
        if (
            last is not None
            and self._last_source is self._indexed
            and last[1:] == (stage, reply)
            and needle.startswith(last[0])
        ):
            return self._last_matched
        return self._indexed
