"""Parsed entries kept between reads, with the indexes the screens ask for.

Parsing a record into an `Entry` is most of what reading a big journal costs,
so each record is parsed once and reused for as long as the very same record
object is in the storage's data (a re-read from disk makes new objects, so a
change by another process is always parsed again; the journal tells the cache
about records it changes in place).

Cached entries are shared by every caller, so they are sealed (shared_entry.py).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from coach.journal_records import unreadable_where
from coach.model import Entry, Stage, search_text
from coach.records import EntryError, entry_from_record, holds_id
from coach.searchable import NOTHING, Searchable
from coach.shared_entry import SharedEntry, SharedEntryError, sealed, thawed

# Other modules import these from here.
__all__ = ["EntryCache", "SharedEntry", "SharedEntryError", "thawed"]

SortKey = str

# Past this many changed records one sort is cheaper than many insertions.
RESORT_OVER = 256


def newest_key(entry: Entry) -> str:
    """The order the journal lists entries in, oldest to newest, as one string.

    The same order as (date, created_at, id), but strings compare in one
    memory comparison: sorting 50,000 of them is quick, where tuples of dates
    held the interpreter (and so the screen) for most of a second.
    """
    created = entry.created_at.isoformat(timespec="microseconds")
    return f"{entry.date.isoformat()}|{created}|{entry.id}"


def sorted_in_turns(items: list[Any], piece: int = 4096) -> list[Any]:
    """sorted(items), in short pieces merged by Python code.

    One sort of 50,000 items is one call that holds the interpreter, so a
    screen's thread would freeze the UI thread for its whole length; sorted
    pieces merged step by step let the UI thread take its turns.
    """
    runs = [sorted(items[start : start + piece]) for start in range(0, len(items), piece)]
    return list(heapq.merge(*runs))


class EntryCache:
    """Entries parsed from one table of records, kept in step with it."""

    def __init__(self, parse: Callable[[dict[str, Any]], Entry] = entry_from_record) -> None:
        self._parse = parse
        self._table: Mapping[str, Any] | None = None
        self._stale: set[str] = set()
        # doc_id -> (the record object parsed, its entry or None if unreadable)
        self._parsed: dict[str, tuple[Any, SharedEntry | None]] = {}
        self._problems: dict[str, tuple[str, str]] = {}
        self._by_id: dict[str, str] = {}  # entry id -> doc_id
        # Entry ids held by more than one record: the index names only one of them.
        self._shared_ids: set[str] = set()
        self._order: list[tuple[SortKey, str]] = []  # oldest first
        self._texts: dict[str, str] = {}  # doc_id -> search text, built on demand
        self.version = 0  # goes up whenever the entries change
        self.last_parsed = 0  # records parsed by the last refresh
        self._newest: tuple[SharedEntry, ...] = ()
        self._newest_version = -1
        self._searchable = NOTHING
        self._searchable_version = -1

    # -- keeping in step -------------------------------------------------

    def forget(self, doc_ids: Iterable[str | int]) -> None:
        """Records changed in place: parse them again at the next look."""
        self._stale.update(str(doc_id) for doc_id in doc_ids)

    def clear(self) -> None:
        """Drop everything (after a failed write, whose data is re-read)."""
        self.__init__(self._parse)  # type: ignore[misc]

    def moved(self, old: Mapping[str, Any], new: Mapping[str, Any], doc_ids: Iterable[str]) -> None:
        """The journal saved new in place of old, differing only in doc_ids.

        Keeps the cache in step without comparing every record at the next look.
        """
        if old is self._table and new is not old:
            self._table = new
            self.forget(doc_ids)

    def locate(self, table: Mapping[str, Any], entry_id: str) -> tuple[bool, str | None]:
        """(known, doc_id): where table keeps the record with this entry id, from the index.

        known is False when the cache cannot tell (it is not built on this very
        table, or the id is held twice): then look at every record.
        """
        if table is not self._table or entry_id in self._shared_ids:
            return False, None
        # Besides the index, the records it does not cover: changed since the
        # last look, or unreadable (either may hold the id).
        for doc_id in (self._by_id.get(entry_id), *self._stale, *self._problems):
            record = table.get(doc_id) if doc_id is not None else None
            if holds_id(record, entry_id):
                return True, doc_id
        return True, None

    def refresh(self, table: Mapping[str, Any]) -> None:
        """Bring the cache in step with the table; parses only new or changed records."""
        self.last_parsed = 0
        if table is self._table:
            if self._stale:
                self._refresh_stale(table)
            return
        parsed = self._parsed
        stale = self._stale
        changed: list[str] = []
        fresh: dict[str, tuple[Any, SharedEntry | None]] = {}
        for doc_id, record in table.items():
            known = parsed.get(doc_id)
            if known is not None and known[0] is record and doc_id not in stale:
                fresh[doc_id] = known
                continue
            fresh[doc_id] = (record, self._entry_of(doc_id, record))
            changed.append(doc_id)
        gone = [doc_id for doc_id in parsed if doc_id not in fresh]
        self.last_parsed = len(changed)
        self._table = table
        self._stale = set()
        if not changed and not gone:
            return
        self._reindex(parsed, fresh, changed, gone)
        self._parsed = fresh
        self.version += 1

    def _refresh_stale(self, table: Mapping[str, Any]) -> None:
        # The same table, changed in place by the journal, which named the
        # records it touched: look at those alone.
        before = dict.fromkeys(self._stale)
        self.last_parsed = len(before)
        parsed = self._parsed
        old = {doc_id: parsed[doc_id] for doc_id in before if doc_id in parsed}
        changed, gone = [], []
        for doc_id in before:
            parsed.pop(doc_id, None)
            if doc_id in table:
                record = table[doc_id]
                parsed[doc_id] = (record, self._entry_of(doc_id, record))
                changed.append(doc_id)
            elif doc_id in old:
                gone.append(doc_id)
                self._problems.pop(doc_id, None)
                self._texts.pop(doc_id, None)
        self._stale = set()
        self._reindex(old, parsed, changed, gone)
        self.version += 1

    def _entry_of(self, doc_id: str, record: Any) -> SharedEntry | None:
        self._problems.pop(doc_id, None)
        self._texts.pop(doc_id, None)
        try:
            return sealed(self._parse(record))
        except EntryError as error:
            self._problems[doc_id] = (unreadable_where(doc_id, record), str(error))
            return None

    def _reindex(
        self,
        before: dict[str, tuple[Any, SharedEntry | None]],
        after: dict[str, tuple[Any, SharedEntry | None]],
        changed: list[str],
        gone: list[str],
    ) -> None:
        by_id = self._by_id
        for doc_id in [*changed, *gone]:
            old = before.get(doc_id)
            if old is not None and old[1] is not None and by_id.get(old[1].id) == doc_id:
                del by_id[old[1].id]
        for doc_id in gone:
            self._problems.pop(doc_id, None)
            self._texts.pop(doc_id, None)
        for doc_id in changed:
            entry = after[doc_id][1]
            if entry is not None and by_id.setdefault(entry.id, doc_id) != doc_id:
                self._shared_ids.add(entry.id)
        if len(changed) + len(gone) > RESORT_OVER or not self._order:
            self._order = sorted_in_turns(
                [(newest_key(entry), doc_id) for doc_id, (_, entry) in after.items() if entry]
            )
            return
        order = self._order
        for doc_id in [*changed, *gone]:
            old = before.get(doc_id)
            if old is not None and old[1] is not None:
                at = bisect.bisect_left(order, (newest_key(old[1]), doc_id))
                if at < len(order) and order[at][1] == doc_id:
                    del order[at]
        for doc_id in changed:
            entry = after[doc_id][1]
            if entry is not None:
                bisect.insort(order, (newest_key(entry), doc_id))

    # -- what the screens ask for ------------------------------------------

    def version_if_in_step(self, table: Mapping[str, Any]) -> int | None:
        """The version, if the cache already matches this table (nothing to parse)."""
        return self.version if table is self._table and not self._stale else None

    def unreadable_doc_ids(self) -> list[str]:
        """Where the records that could not be parsed are stored."""
        return list(self._problems)

    def problems(self) -> list[tuple[str, str]]:
        """(where, why) for each record that could not be parsed."""
        return list(self._problems.values())

    @property
    def unreadable(self) -> list[str]:
        """Why each record that could not be parsed was skipped, one line each."""
        return [f"{where}: {reason}" for where, reason in self._problems.values()]

    def __len__(self) -> int:
        return len(self._order)

    def newest(self, count: int | None = None) -> list[SharedEntry]:
        """Entries newest first (all of them, or the newest count)."""
        if count is None:
            return list(self.newest_shared())
        return self._newest_of(self._order[max(0, len(self._order) - count) :])

    def newest_shared(self) -> tuple[SharedEntry, ...]:
        """Every entry newest first, as one tuple every caller shares (never copied)."""
        if self._newest_version != self.version:
            self._newest = tuple(self._newest_of(self._order))
            self._newest_version = self.version
        return self._newest

    def _newest_of(self, order: list[tuple[SortKey, str]]) -> list[SharedEntry]:
        parsed = self._parsed
        return [parsed[doc_id][1] for _, doc_id in reversed(order)]  # type: ignore[misc]

    def iter_newest(self) -> Iterator[SharedEntry]:
        """Entries newest first, one at a time."""
        parsed = self._parsed
        for _, doc_id in reversed(self._order):
            yield parsed[doc_id][1]  # type: ignore[misc]

    def by_id(self, entry_id: str) -> SharedEntry | None:
        """The entry with exactly this id."""
        doc_id = self._by_id.get(entry_id)
        return None if doc_id is None else self._parsed[doc_id][1]

    def doc_id_of(self, entry_id: str) -> str | None:
        """Where the entry with this id is stored."""
        return self._by_id.get(entry_id)

    def ids_starting(self, prefix: str) -> list[str]:
        """Entry ids starting with prefix."""
        return [entry_id for entry_id in self._by_id if entry_id.startswith(prefix)]

    def by_stage(self, stage: Stage) -> list[SharedEntry]:
        """Entries at one stage, newest first."""
        return [entry for entry in self.iter_newest() if entry.stage is stage]

    def reapply_due(self, today: date) -> list[SharedEntry]:
        """Entries whose reapply date has come, the longest-waiting first."""
        # Insights' own rule, so home's notice and the insights screen never
        # disagree; imported here, as it brings the content model, which
        # opening the journal does not need.
        from coach.insights import reapply_due

        return reapply_due(
            (entry for _, entry in self._parsed.values() if entry is not None), today
        )

    def search_texts(self) -> Searchable:
        """Every entry newest first beside its casefolded search text (built once each)."""
        if self._searchable_version != self.version:
            texts = self._texts
            parsed = self._parsed
            haystacks = []
            for _, doc_id in reversed(self._order):
                text = texts.get(doc_id)
                if text is None:
                    text = texts[doc_id] = search_text(parsed[doc_id][1])  # type: ignore[arg-type]
                haystacks.append(text)
            self._searchable = Searchable(self.newest_shared(), tuple(haystacks))
            self._searchable_version = self.version
        return self._searchable
