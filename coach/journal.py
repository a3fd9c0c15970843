"""The journal: entries and the profile, kept in TinyDB (with storage.py, the only tinydb users)."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson
from tinydb import Query
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Document, Table

from coach.crypto import PLAIN, Codec
from coach.entry_cache import EntryCache, SharedEntry, thawed
from coach.errors import CoachError, EntryNotFound, NewerJournal
from coach.files import ensure_private_dir
from coach.journal_lines import NotScannable
from coach.log_storage import LogStorage
from coach.model import (
    SCHEMA_VERSION,
    Entry,
    EntryError,
    Profile,
    Stage,
    entry_from_record,
    entry_to_record,
    profile_from_record,
    profile_to_record,
    search_text,
    sort_newest_first,
)

ENTRIES = "entries"
PROFILE = "profile"
PROFILE_KEY = 1
META_TABLE = "_meta"
META_KEY = 1
# About 500 entries with drafts: reading them all takes a few tens of milliseconds.
QUICK_LOAD_BYTES = 2 * 2**20


class _CollectorPause:
    """Pauses Python's cycle collector while any thread reads a big journal."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pauses = 0
        self._was_enabled = False

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        # Parsed records hold no cycles, yet each collection on the way walks
        # every object made so far, holding the interpreter (and the UI
        # thread) for a long moment: reading 50,000 entries set off several.
        with self._lock:
            if self._pauses == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._pauses += 1
        try:
            yield
        finally:
            with self._lock:
                self._pauses -= 1
                if self._pauses == 0 and self._was_enabled:
                    gc.enable()


collector_paused = _CollectorPause()
# Freeze what a read parsed when it was this many entries or more.
FREEZE_OVER = 5000


@dataclass
class ImportResult:
    """What an import did: entries added and entries already present."""

    added: list[Entry] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)


def matches(entry: Entry, text: str) -> bool:
    """Whether any of the entry's fields contain text (case-insensitive)."""
    return text.casefold() in search_text(entry)


def _identity(entry: Entry) -> tuple[str, str, str, str, str]:
    # Two records describe the same rejection when these agree; used to keep
    # a re-import of a file without ids from adding twins.
    return (
        entry.company.casefold(),
        entry.stage.value,
        entry.date.isoformat(),
        entry.role.casefold(),
        entry.contact.casefold(),
    )


class Journal:
    """Every rejection the person has logged, and their profile."""

    def __init__(self, storage: Storage, *, check_now: bool = True) -> None:
        self.storage = storage
        self.unreadable: list[str] = []
        self._cache = EntryCache()
        # Per table: (id of the stored table, its size, the next free id), so an
        # insert need not look through every id while nothing else changed.
        self._next_ids: dict[str, tuple[Any, ...]] = {}
        # Screens read in a worker thread while the UI thread may save.
        self._guard = threading.RLock()
        self._schema_checked = False
        if check_now:
            self._ensure_schema()

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
            raise CoachError(
                f"Cannot use {path.parent} as the data folder: {error.strerror or error}. "
                "Give --data-dir a folder coach can create or write to."
            ) from None
        return cls(LogStorage(path, lock_timeout=lock_timeout, codec=codec), check_now=not lazy)

    @classmethod
    def in_memory(cls) -> Journal:
        """A journal that lives only as long as the object (tests, demos)."""
        return cls(MemoryStorage())

    @property
    def path(self) -> Path | None:
        """The file behind the journal, if it has one."""
        return getattr(self.storage, "path", None)

    @property
    def conflict_copies(self) -> list[Path]:
        """Copies kept because the file changed outside coach."""
        return list(getattr(self.storage, "conflict_copies", []))

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        transaction = getattr(self.storage, "transaction", None)
        with self._guard:
            if transaction is None:
                yield
                return
            with transaction():
                yield

    def _table(self, name: str) -> Table:
        # A fresh Table per use: TinyDB tables cache the next id, which another
        # process may have taken since.
        return _InPlaceTable(
            self.storage, name, cache_size=0, touched=self._touched, next_ids=self._next_ids
        )

    def _touched(self, name: str, doc_ids: set[str]) -> None:
        """A write is about to change these records: the cache and the storage hear of it."""
        if name == ENTRIES:
            self._cache.forget(doc_ids)
        note = getattr(self.storage, "note_touched", None)
        if note is not None:
            note(name, doc_ids)

    def _ensure_schema(self) -> None:
        if self._schema_checked:
            return
        data = self.storage.read() or {}
        meta = data.get(META_TABLE, {}).get(str(META_KEY), {})
        schema = meta.get("schema") if isinstance(meta, dict) else None
        if schema == SCHEMA_VERSION:
            self._schema_checked = True
            return
        if isinstance(schema, int) and schema > SCHEMA_VERSION:
            # Never rewrite what a newer coach wrote: it may hold fields we
            # would not know to keep.
            raise NewerJournal(self.path, schema, SCHEMA_VERSION)
        with self._transaction():
            meta_document = Document({"schema": SCHEMA_VERSION}, doc_id=META_KEY)
            self._table(META_TABLE).upsert(meta_document)
        self._schema_checked = True

    # -- reading ---------------------------------------------------------

    def _records(self) -> list[dict[str, Any]]:
        return list(self._table(ENTRIES).all())

    def _synced(self) -> EntryCache:
        """The parsed-entry cache, in step with the storage (parses only what changed)."""
        with self._guard, collector_paused():
            self._ensure_schema()
            data = self.storage.read() or {}
            self._cache.refresh(data.get(ENTRIES, {}))
            self.unreadable = self._cache.unreadable
            if self._cache.last_parsed > FREEZE_OVER:
                # Tens of thousands of long-lived objects: keep the cycle
                # collector from walking them all again and again.
                gc.freeze()
            return self._cache

    def load_is_quick(self) -> bool:
        """Whether reading every entry is quick enough to do while a person waits.

        True in memory and for small files; a screen loads a bigger journal in
        the background instead.
        """
        size_on_disk = getattr(self.storage, "size_on_disk", None)
        return size_on_disk is None or size_on_disk() < QUICK_LOAD_BYTES

    def entries(self) -> list[SharedEntry]:
        """All entries that can be read, newest first (see `unreadable` for the rest).

        The entries are shared and read-only; copy one (copy.deepcopy) to change it.
        """
        return self._synced().newest()

    def entries_and_version(self) -> tuple[list[SharedEntry], int]:
        """entries() with the version they are (for keeping results computed from them)."""
        with self._guard:
            return self._synced().newest(), self._cache.version

    def newest(self, count: int) -> list[SharedEntry]:
        """The newest count entries, newest first."""
        return self._synced().newest(count)

    def reapply_due(self, today: date) -> list[SharedEntry]:
        """Entries whose reapply date has come, the longest-waiting first."""
        return self._synced().reapply_due(today)

    def with_search_text(self) -> list[tuple[SharedEntry, str]]:
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
            data = self.storage.read() or {}
            return self._cache.version_if_in_step(data.get(ENTRIES, {}))

    def __len__(self) -> int:
        self._ensure_schema()
        return len((self.storage.read() or {}).get(ENTRIES, {}))

    def search(self, text: str = "", stage: Stage | None = None) -> list[Entry]:
        """Entries matching text anywhere and, if given, the stage; newest first."""
        needle = text.strip().casefold()
        if needle and not self._schema_checked and _prefilter_safe(needle):
            # Nothing read yet (a command, not the app): read a line at a time
            # and parse only the records whose bytes hold the text.
            found = self._scan(_raw_filter(needle), lambda entry: matches(entry, needle))
            if found is not None:
                return [e for e in found if stage is None or e.stage == stage]
        cache = self._synced()
        if not needle:
            return cache.by_stage(stage) if stage is not None else cache.newest()
        return [
            entry
            for entry, haystack in cache.search_texts()
            if needle in haystack and (stage is None or entry.stage == stage)
        ]

    def entries_to_count(self) -> list[Entry]:
        """Every readable entry without its longer texts (notes, reflections, draft).

        For counting (`coach stats`): a big journal is read a line at a time,
        so memory holds the short fields, never the whole file at once.
        """
        if not self._schema_checked:
            found = self._scan(lambda raw: True, lambda entry: True, light=True)
            if found is not None:
                return found
        return list(self.entries())

    def _scan(
        self,
        keep: Callable[[bytes], bool],
        wanted: Callable[[Entry], bool],
        *,
        light: bool = False,
    ) -> list[Entry] | None:
        """Entries read a record at a time, or None when the file must be read whole."""
        scan = getattr(self.storage, "scan", None)
        if scan is None:
            return None
        found: list[Entry] = []
        problems: list[str] = []
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
                    label = (
                        record.get("id") or record.get("company")
                        if isinstance(record, dict)
                        else None
                    )
                    problems.append(f"entry {label or 'without an id'}: {error}")
                    continue
                if wanted(entry):
                    found.append(entry)
        except (NotScannable, orjson.JSONDecodeError):
            return None
        if schema != SCHEMA_VERSION:
            return None  # the ordinary reader explains, or upgrades, the file
        self.unreadable = problems
        return sort_newest_first(found)

    def get(self, entry_id: str) -> Entry:
        """The entry with this id, or with a unique id starting with it (a copy to change)."""
        entry_id = entry_id.strip()
        cached = self._synced().by_id(entry_id)
        if cached is not None:
            return thawed(cached)
        exact = self._table(ENTRIES).get(Query().id == entry_id)
        if exact is not None:
            return _entry_or_explain(exact)
        hits = [r for r in self._records() if str(r.get("id", "")).startswith(entry_id)]
        if len(hits) == 1 and entry_id:
            return _entry_or_explain(hits[0])
        raise EntryNotFound(entry_id, ambiguous=len(hits) > 1 and bool(entry_id))

    def profile(self) -> Profile:
        """The person's name, LinkedIn URL and phone, for signing replies."""
        document = self._table(PROFILE).get(doc_id=PROFILE_KEY)
        return profile_from_record(document or {})

    # -- writing ---------------------------------------------------------

    def _doc_ids_of(self, entry_id: str) -> list[int]:
        """Where records with this id are stored (an unreadable one counts too)."""
        cache = self._synced()
        doc_id = cache.doc_id_of(entry_id)
        if doc_id is not None:
            return [int(doc_id)]
        # Only records that did not parse can hold the id without the index knowing.
        table = (self.storage.read() or {}).get(ENTRIES, {})
        return [
            int(doc_id)
            for doc_id in cache.unreadable_doc_ids()
            if isinstance(table.get(doc_id), dict) and table[doc_id].get("id") == entry_id
        ]

    def add(self, entry: Entry) -> Entry:
        """Save a new entry."""
        record = entry_to_record(entry)
        with self._transaction():
            self._ensure_schema()
            self._table(ENTRIES).insert(record)
        return entry

    def save(self, entry: Entry) -> Entry:
        """Save an entry: replace the one with its id, or add it."""
        record = entry_to_record(entry)
        with self._transaction():
            doc_ids = self._doc_ids_of(entry.id)
            if doc_ids:
                # TinyDB changes the stored record in place: the cache must parse it again.
                self._cache.forget(doc_ids)
                self._table(ENTRIES).update(_replace_with(record), doc_ids=doc_ids)
            else:
                self._table(ENTRIES).insert(record)
        return entry

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry and hand it back (so it can be restored)."""
        with self._transaction():
            entry = self.get(entry_id)
            self._table(ENTRIES).remove(doc_ids=self._doc_ids_of(entry.id))
        return entry

    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add many entries in one save; ones already here are skipped."""
        result = ImportResult()
        with self._transaction():
            # Compared on the stored records: parsing every entry to find twins
            # would cost more than the import itself.
            table = (self.storage.read() or {}).get(ENTRIES, {})
            ids = {str(r.get("id", "")).strip() for r in table.values() if isinstance(r, dict)}
            identities = {_raw_identity(r) for r in table.values() if isinstance(r, dict)}
            records = []
            for entry in entries:
                if entry.id in ids or _identity(entry) in identities:
                    result.skipped.append(entry)
                    continue
                ids.add(entry.id)
                identities.add(_identity(entry))
                records.append(entry_to_record(entry))
                result.added.append(entry)
            if records:
                self._table(ENTRIES).insert_multiple(records)
        return result

    def save_profile(self, profile: Profile) -> Profile:
        """Keep the person's details for the next reply."""
        with self._transaction():
            document = Document(profile_to_record(profile), doc_id=PROFILE_KEY)
            self._table(PROFILE).upsert(document)
        return profile


# Fields `coach stats` never looks at; left out when counting a big journal.
LONG_FIELDS = ("notes", "private_note", "reflections", "reply_draft", "feedback_text")


def _raw_identity(record: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """_identity of the entry this stored record parses to (without parsing it)."""

    def text(name: str) -> str:
        value = record.get(name)
        return "" if value is None else str(value).strip()

    day = text("date")
    with contextlib.suppress(ValueError):
        day = date.fromisoformat(day).isoformat()
    return (
        text("company").casefold(),
        text("stage"),
        day,
        text("role").casefold(),
        text("contact").casefold(),
    )


def _prefilter_safe(needle: str) -> bool:
    """Whether a needle can be looked for in the raw JSON bytes of a record.

    Not when JSON would escape it, or when it could match a stage's label,
    which search text holds but the stored record does not.
    """
    if any(ord(c) < 0x20 or c in '"\\' for c in needle):
        return False
    return not any(needle in stage.label.casefold() for stage in Stage)


def _raw_filter(needle: str) -> Callable[[bytes], bool]:
    """A quick test on a record's JSON bytes that never misses a real match."""
    encoded = needle.encode()

    def keep(raw: bytes) -> bool:
        if b"\\u" in raw:
            return True  # escaped characters: let the exact test decide
        if raw.isascii():
            return encoded in raw.lower()
        return needle in raw.decode("utf-8", "replace").casefold()

    return keep


class _KeyView(MutableMapping[int, Any]):
    """A stored table seen with int ids, as TinyDB's updaters expect; notes what they touch."""

    def __init__(self, raw: dict[str, Any], touched: set[str]) -> None:
        self.raw = raw
        self.touched = touched

    def __getitem__(self, doc_id: int) -> Any:
        key = str(doc_id)
        document = self.raw[key]
        self.touched.add(key)  # the updater may change it in place
        return document

    def __setitem__(self, doc_id: int, document: Any) -> None:
        key = str(doc_id)
        self.touched.add(key)
        self.raw[key] = document

    def __delitem__(self, doc_id: int) -> None:
        key = str(doc_id)
        self.touched.add(key)
        del self.raw[key]

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.raw

    def clear(self) -> None:
        self.touched.update(self.raw)
        self.raw.clear()

    def __iter__(self) -> Iterator[int]:
        return iter([int(key) for key in self.raw])

    def __len__(self) -> int:
        return len(self.raw)


class _InPlaceTable(Table):
    """TinyDB's Table, changing the stored table in place instead of copying it twice.

    TinyDB rebuilds the whole table on every write (ids to int and back); this
    changes only the records a write touches, and says which ones they are, so
    a save costs what it changes.
    """

    def __init__(
        self,
        storage: Storage,
        name: str,
        *,
        cache_size: int,
        touched: Callable[[str, set[str]], None],
        next_ids: dict[str, tuple[Any, ...]],
    ) -> None:
        super().__init__(storage, name, cache_size=cache_size)
        self._report_touched = touched
        self._next_ids = next_ids

    def _get_next_id(self) -> int:
        if self._next_id is None:
            raw = self._read_table()
            known = self._next_ids.get(self.name)
            if known is not None and known[:3] == self._table_token(raw):
                self._next_id = known[3]
            else:
                self._next_id = max(map(int, raw), default=0) + 1
        next_id = self._next_id
        self._next_id = next_id + 1
        return next_id

    def _update_table(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        tables = self._storage.read()
        if tables is None:
            tables = {}
        raw = tables.setdefault(self.name, {})
        touched: set[str] = set()
        updater(_KeyView(raw, touched))  # type: ignore[arg-type]
        self._report_touched(self.name, touched)
        self._next_ids.pop(self.name, None)
        self._storage.write(tables)
        if self._next_id is not None:
            self._next_ids[self.name] = (*self._table_token(raw), self._next_id)
        self.clear_cache()

    def _table_token(self, raw: dict[str, Any]) -> tuple[Any, ...]:
        # The same table object, size and file: no one else can have taken an id.
        return (id(raw), len(raw), getattr(self._storage, "fingerprint", None))


def _entry_or_explain(record: dict[str, Any]) -> Entry:
    try:
        return entry_from_record(record)
    except EntryError as error:
        raise CoachError(
            f"The entry {record.get('id', '')!r} cannot be read ({error}). It is left "
            "as it is in the journal; fix that field in the file, or restore the backup."
        ) from None


def _replace_with(record: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def transform(document: dict[str, Any]) -> None:
        document.clear()
        document.update(record)

    return transform
