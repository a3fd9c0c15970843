"""The journal: entries and the profile in TinyDB (only journal, journal_store and storage use it).

Built in layers: journal_store (storage, lock, tables by key), journal_writing
(saves), journal_plans (the plans table); this module adds opening and reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import orjson
from tinydb.storages import MemoryStorage

from coach.crypto import PLAIN, Codec
from coach.errors import CoachError, EntryNotFound
from coach.files import ensure_private_dir
from coach.journal_ids import JournalIds
from coach.journal_indexed import indexed_rows
from coach.journal_lines import Keep, NotScannable, Row
from coach.journal_plans import JournalPlans, PlanNotFound
from coach.journal_raw import prefilter_safe, raw_filter
from coach.journal_records import (
    ENTRIES,
    LONG_FIELDS,
    META_KEY,
    META_TABLE,
    PLANS,
    PROFILE,
    PROFILE_KEY,
    ImportResult,
    ProfileSaved,
    Saved,
    Unreadable,
    entry_or_explain,
    matches,
    unreadable_where,
)
from coach.journal_writing import JournalWriting
from coach.log_storage import LogStorage
from coach.model import (
    SCHEMA_VERSION,
    Entry,
    Profile,
    Stage,
    search_text,
    sort_newest_first,
)
from coach.plans import Plan
from coach.records import EntryError, entry_from_record, holds_id, profile_from_record
from coach.search_index import refresh as refresh_index
from coach.searchable import Searchable
from coach.shared_entry import SharedEntry, thawed

# Other modules import these from here.
__all__ = [
    "ImportResult",
    "Journal",
    "PlanNotFound",
    "ProfileSaved",
    "Saved",
    "Unreadable",
    "matches",
]

# About 500 entries with drafts: reading them all takes a few tens of milliseconds.
QUICK_LOAD_BYTES = 2 * 2**20


def indexed_text(raw: bytes) -> str | None:
    """An entry record's search text, for the word index; None when it does not read."""
    try:
        return search_text(entry_from_record(orjson.loads(raw)))
    except Exception:  # any doubt makes it a candidate every time, never a miss
        return None


class Journal(JournalWriting, JournalPlans, JournalIds):
    """Every rejection the person has logged, and their profile."""

    # Whether the last search() was answered through an up-to-date word index.
    index_answered = False

    @classmethod
    def open(
        cls, path: Path, *, lock_timeout: float = 5.0, codec: Codec = PLAIN, lazy: bool = False
    ) -> Journal:
        """Open (or start) the journal file at path.

        lazy leaves reading the file to the first use, so a screen can show
        before a big journal is read; its errors then come from that first use.
        """
        try:
            ensure_private_dir(path.parent)
        except OSError as error:
            why = _why_not_a_folder(path.parent, error)
            raise CoachError(
                f"Cannot use {path.parent} as the data folder: {why}. "
                "Give --data-dir a folder coach can create or write to."
            ) from None
        return cls(LogStorage(path, lock_timeout=lock_timeout, codec=codec), check_now=not lazy)

    @classmethod
    def in_memory(cls) -> Journal:
        """A journal that lives only as long as the object (tests, demos)."""
        return cls(MemoryStorage())

    def load_is_quick(self) -> bool:
        """Whether reading every entry is quick enough to do while a person waits.

        True in memory and for small files; a screen loads a bigger journal in
        the background instead.
        """
        size_on_disk = getattr(self.storage, "size_on_disk", None)
        return size_on_disk is None or size_on_disk() < QUICK_LOAD_BYTES

    def changed_on_disk(self) -> bool:
        """Whether the file changed since it was last read here (another shell's import).

        Two stat calls, no read and no lock: a screen can ask every few seconds.
        False before the first read, and in memory.
        """
        is_current = getattr(self.storage, "is_current", None)
        loaded = getattr(self.storage, "_data", None) is not None
        try:
            return loaded and is_current is not None and not is_current()
        except CoachError:
            return True  # it cannot be looked at now: the read that follows says why

    def entries(self) -> list[Entry]:
        """All entries that can be read, newest first (see `unreadable` for the rest).

        The entries are shared and read-only; copy one (copy.deepcopy) to change it.
        """
        return self._synced().newest()  # type: ignore[return-value]

    def entries_shared(self) -> tuple[SharedEntry, ...]:
        """entries() as one tuple shared by every caller: no copy of a big journal's list."""
        return self._synced().newest_shared()

    def entries_and_version(self) -> tuple[list[SharedEntry], int]:
        """entries() with the version they are (for keeping results computed from them)."""
        self._ensure_schema()
        with self._guard:
            return self._synced().newest(), self._cache.version

    def newest(self, count: int) -> list[SharedEntry]:
        """The newest count entries, newest first."""
        return self._synced().newest(count)

    def reapply_due(self, today: date) -> list[SharedEntry]:
        """Entries whose reapply date has come, the longest-waiting first."""
        return self._synced().reapply_due(today)

    def with_search_text(self) -> Searchable:
        """Every entry newest first, with the casefolded text a filter looks in."""
        return self._synced().search_texts()

    @property
    def version(self) -> int:
        """Goes up whenever the entries last read changed."""
        return self._cache.version

    def settled_version(self) -> int | None:
        """The entries' version if they are read and nothing changed since; else None.

        Never reads the journal, so the UI thread can ask.
        """
        with self._guard:
            is_current = getattr(self.storage, "is_current", None)
            if is_current is not None and not is_current():
                return None
            table = self._data().get(ENTRIES, {})
            return self._cache.version_if_in_step(table if isinstance(table, dict) else {})

    def __len__(self) -> int:
        table = self._data().get(ENTRIES, {})
        return len(table) if isinstance(table, dict) else 0

    def search(self, text: str = "", stage: Stage | None = None) -> list[Entry]:
        """Entries matching text anywhere and, if given, the stage; newest first."""
        needle = text.strip().casefold()
        if needle and not self._schema_checked:
            # Nothing read yet (a command, not the app): read only the records
            # the word index names, else a line at a time parsing only those
            # whose bytes hold the text.
            found = self._scan_indexed(needle)
            self.index_answered = found is not None
            if found is None and prefilter_safe(needle):
                found = self._scan(raw_filter(needle), lambda entry: matches(entry, needle))
            if found is not None:
                return [e for e in found if stage is None or e.stage == stage]
        cache = self._synced()
        if not needle:
            return cache.by_stage(stage) if stage is not None else cache.newest()  # type: ignore[return-value]
        return list(cache.search_texts().matching(needle, stage).entries)

    def entries_to_count(self) -> list[Entry]:
        """Every readable entry without its longer texts (notes, reflections, draft).

        For counting (`coach stats`): a big journal is read a line at a time,
        so memory holds the short fields, never the whole file at once.
        """
        if not self._schema_checked:
            found = self._scan(lambda doc_id, line: True, lambda entry: True, light=True)
            if found is not None:
                return found
        return list(self.entries())

    def refresh_search_index(self) -> bool:
        """Build the word index beside a big plain journal if it has none up to date.

        Reads the journal file whole: for a thread or a command, never the UI's.
        True if built. Safe to call often: with the index up to date it only
        checks it (a few milliseconds at 50,000 entries).
        """
        storage = self.storage
        if not isinstance(storage, LogStorage) or storage.codec.encrypted:
            return False  # beside a sealed journal an index would give its words away
        return refresh_index(
            storage.snapshot_path, indexed_text, entries=ENTRIES, smallest=storage.append_over
        )

    def _scan_indexed(self, needle: str) -> list[Entry] | None:
        """Entries holding needle, reading only those the word index names; None without one."""
        storage = self.storage
        if not isinstance(storage, LogStorage) or storage.codec.encrypted:
            return None

        def rows(table: str, keep: object) -> Iterator[Row]:
            return indexed_rows(storage.snapshot_path, storage.log_path, table, needle)

        return self._scan(lambda doc_id, line: True, lambda e: matches(e, needle), rows=rows)

    def _scan(
        self,
        keep: Callable[[str, bytes], bool],
        wanted: Callable[[Entry], bool],
        *,
        light: bool = False,
        rows: Callable[[str, Keep], Iterator[Row]] | None = None,
    ) -> list[Entry] | None:
        """Entries read a record at a time, or None when the file must be read whole."""
        scan = rows or getattr(self.storage, "scan", None)
        if scan is None:
            return None
        found: list[Entry] = []
        problems: list[Unreadable] = []
        schema = None
        try:
            for name, doc_id, raw in scan(ENTRIES, keep):
                record = orjson.loads(raw)
                if name == META_TABLE and doc_id == str(META_KEY) and isinstance(record, dict):
                    schema = record.get("schema")
                if name != ENTRIES:
                    continue
                if light and isinstance(record, dict):
                    for field_name in LONG_FIELDS:
                        record.pop(field_name, None)
                try:
                    entry = entry_from_record(record)
                except EntryError as error:
                    problems.append(Unreadable(unreadable_where(doc_id, record), str(error)))
                    continue
                if wanted(entry):
                    found.append(entry)
        except (NotScannable, orjson.JSONDecodeError):
            return None
        if schema != SCHEMA_VERSION:
            return None  # the ordinary reader explains, or upgrades, the file
        self.problems = problems
        return sort_newest_first(found)

    def get(self, entry_id: str) -> Entry:
        """The entry with this id, or with a unique id starting with it."""
        entry_id = entry_id.strip()
        cached = self._synced().by_id(entry_id)
        if cached is not None:
            return thawed(cached)  # a copy: the caller may change it
        table = self._table_of(self._data(), ENTRIES) or {}
        records = [r for r in table.values() if isinstance(r, dict)]
        exact = [r for r in records if holds_id(r, entry_id)]
        if exact:
            return entry_or_explain(exact[0])
        hits = [r for r in records if str(r.get("id", "")).startswith(entry_id)]
        if len(hits) == 1 and entry_id:
            return entry_or_explain(hits[0])
        raise EntryNotFound(entry_id, ambiguous=len(hits) > 1 and bool(entry_id))

    def import_with_plans(
        self, entries: list[Entry], plans: list[Plan]
    ) -> tuple[ImportResult, list[Plan]]:
        """Entries and the plans made from them in one save: all of it goes in, or none.

        Without plans this is import_entries (a big journal takes them unread).
        Entries and plans already here are skipped, so running it again adds nothing twice.
        """
        if not plans:
            return self.import_entries(entries), []
        self._ensure_schema()
        with self._transaction():
            data = self._data()
            result, entries_table, touched = self._entries_added(data, list(entries))
            added, _, plans_table = self._plans_added(data, plans)
            if result.added or added:
                tables = {ENTRIES: entries_table, PLANS: plans_table}
                self._write(data, {ENTRIES: touched}, **tables)
        return result, added

    def companies_of(self, entry_ids: Iterable[str]) -> dict[str, str]:
        """The company of each entry with one of these ids (ids not found are left out)."""
        cache = self._synced()
        found = {entry_id: cache.by_id(entry_id) for entry_id in entry_ids}
        return {entry_id: entry.company for entry_id, entry in found.items() if entry is not None}

    def profile(self) -> Profile:
        """The person's name, LinkedIn URL and phone, for signing replies."""
        table = self._data().get(PROFILE, {})
        record = table.get(str(PROFILE_KEY), {}) if isinstance(table, dict) else {}
        return profile_from_record(record if isinstance(record, dict) else {})

    def walk_finished(self, walk_id: str) -> bool:
        """Whether the walk with this id was saved to the end."""
        finished = self._meta().get("finished_walks", [])
        return isinstance(finished, list) and walk_id in finished


def _why_not_a_folder(folder: Path, error: OSError) -> str:
    """Why a data folder cannot be made: a file in the way is named as such."""
    from coach.paths import file_on_the_way

    # The system's words for it ("File exists", "Not a directory") do not say which file.
    return file_on_the_way(folder) or error.strerror or str(error)
