"""The journal: entries and the profile, kept in TinyDB (with storage.py, the only tinydb users)."""

from __future__ import annotations

import contextlib
import gc
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import MemoryStorage, Storage

from coach.crypto import PLAIN, Codec
from coach.entry_cache import EntryCache, SharedEntry, thawed
from coach.errors import CoachError, EntryNotFound, NewerJournal
from coach.files import ensure_private_dir
from coach.journal_lines import NotScannable
from coach.log_storage import LogStorage
from coach.merge import content_of, merge_records
from coach.model import (
    SCHEMA_VERSION,
    Entry,
    Profile,
    Stage,
    new_entry_id,
    search_text,
    sort_newest_first,
)
from coach.plans import Plan, PlanError, plan_from_record, plan_to_record
from coach.records import (
    EntryError,
    entry_from_record,
    entry_to_record,
    profile_from_record,
    profile_to_record,
)

ENTRIES = "entries"
PLANS = "plans"
PROFILE = "profile"
PROFILE_KEY = 1
META_TABLE = "_meta"
META_KEY = 1
# Enough to recognise any walk a killed coach could still have on disk.
FINISHED_WALKS_KEPT = 200
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


@dataclass
class Saved:
    """What a save did: the entry as now stored, what was merged, and any conflict copy."""

    entry: Entry
    merged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    conflict_copy: Entry | None = None


@dataclass
class Unreadable:
    """A record that cannot be read: where it is and why. It stays on disk as it is."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


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


class PlanNotFound(CoachError):
    """No plan has this id (or a unique id starting with it)."""

    def __init__(self, plan_id: str, *, ambiguous: bool = False) -> None:
        if not plan_id:
            message = "Give a plan id; `coach plans --all` lists them."
        elif ambiguous:
            message = (
                f"More than one plan id starts with {plan_id!r}; type more of it "
                "(`coach plans --all` lists them)."
            )
        else:
            message = f"No plan has the id {plan_id!r}; `coach plans --all` lists them."
        super().__init__(message)


class JournalPlans:
    """The if-then plans kept beside the entries: their own table, the same durable file.

    Mixed into Journal (kept apart so plan changes stay additive to the entry code).
    Like the entries, plans are read and written by key, never through TinyDB's
    Table, so one odd record is reported and skipped and the rest stay as they are.
    """

    unreadable_plans: list[str]

    def _plan_table(self) -> dict[str, Any]:
        table = self._data().get(PLANS, {})  # type: ignore[attr-defined]
        if isinstance(table, dict):
            return table
        self.unreadable_plans = [f"the {PLANS!r} table: it is {_shape(table)}, not an object"]
        return {}

    def _plan_records(self) -> list[Any]:
        if not self._schema_checked:  # type: ignore[attr-defined]
            # Nothing read yet (a command such as `coach stats`): read the
            # plans a line at a time rather than the whole journal.
            scanned = self._scan_table(PLANS)  # type: ignore[attr-defined]
            if scanned is not None:
                return scanned
        return list(self._plan_table().values())

    def plans(self) -> list[Plan]:
        """Every plan that can be read; the others are noted in `unreadable_plans`."""
        self.unreadable_plans = []
        records = self._plan_records()
        plans, unreadable = [], list(self.unreadable_plans)
        for record in records:
            try:
                plans.append(plan_from_record(record))
            except PlanError as error:
                label = record.get("id") if isinstance(record, dict) else None
                unreadable.append(f"plan {label or 'without an id'}: {error}")
        self.unreadable_plans = unreadable
        return plans

    def get_plan(self, plan_id: str) -> Plan:
        """The plan with this id, or with a unique id starting with it."""
        plan_id = plan_id.strip()
        records = [r for r in self._plan_records() if isinstance(r, dict)]
        hits = [r for r in records if str(r.get("id", "")) == plan_id]
        if not hits and plan_id:
            hits = [r for r in records if str(r.get("id", "")).startswith(plan_id)]
        if len(hits) != 1 or not plan_id:
            raise PlanNotFound(plan_id, ambiguous=len(hits) > 1)
        try:
            return plan_from_record(hits[0])
        except PlanError as error:
            raise CoachError(
                f"The plan {plan_id!r} cannot be read ({error}). It is left as it is."
            ) from None

    def save_plan(self, plan: Plan) -> Plan:
        """Save a plan: replace the one with its id, or add it."""
        with self._transaction():  # type: ignore[attr-defined]
            data = self._data()  # type: ignore[attr-defined]
            table = self._writable_table(data, PLANS)  # type: ignore[attr-defined]
            key = _key_of(table, plan.id) or self._free_key(PLANS, data.get(PLANS), table)
            table[key] = plan_to_record(plan)
            self._write(data, **{PLANS: table})  # type: ignore[attr-defined]
        return plan

    def import_plans(self, plans: Iterable[Plan]) -> tuple[list[Plan], list[Plan]]:
        """Add many plans in one save: (added, already here)."""
        self._ensure_schema()  # type: ignore[attr-defined]
        added: list[Plan] = []
        skipped: list[Plan] = []
        with self._transaction():  # type: ignore[attr-defined]
            data = self._data()  # type: ignore[attr-defined]
            table = self._writable_table(data, PLANS)  # type: ignore[attr-defined]
            ids = {str(r.get("id", "")) for r in table.values() if isinstance(r, dict)}
            for plan in plans:
                if plan.id in ids:
                    skipped.append(plan)
                    continue
                ids.add(plan.id)
                table[self._free_key(PLANS, data.get(PLANS), table)] = plan_to_record(plan)
                added.append(plan)
            if added:
                self._write(data, **{PLANS: table})  # type: ignore[attr-defined]
        return added, skipped


class Journal(JournalPlans):
    """Every rejection the person has logged, and their profile.

    Records are read and written by key, never through TinyDB's Table: one
    record of the wrong shape must be reported and skipped, not crash every
    read, and a save must leave every record it did not mean to change
    exactly as it was on disk.
    """

    def __init__(self, storage: Storage, *, check_now: bool = True) -> None:
        self.storage = storage
        self.problems: list[Unreadable] = []
        # Parsed entries kept between reads, with the indexes screens ask for.
        self._cache = EntryCache()
        # Screens read in a worker thread while the UI thread may save.
        self._guard = threading.RLock()
        self._schema_checked = False
        self.unreadable_plans: list[str] = []
        # Per table, (the table as stored, its next free key): kept between
        # saves so adding a record never looks at every key.
        self._free: dict[str, tuple[dict[str, Any], int]] = {}
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

    @property
    def unreadable(self) -> list[str]:
        """Each record that could not be read, with why, as one line."""
        return [str(problem) for problem in self.problems]

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        transaction = getattr(self.storage, "transaction", None)
        with self._guard:
            if transaction is None:
                yield
                return
            with transaction():
                yield

    # -- raw tables ----------------------------------------------------------

    def _data(self) -> dict[str, Any]:
        with self._guard:  # a screen's thread and the UI thread may both read
            data = self.storage.read()
        return data if isinstance(data, dict) else {}

    def _table_of(self, data: dict[str, Any], name: str) -> dict[str, Any] | None:
        """A table, or None (and a problem noted) when it is not an object."""
        table = data.get(name, {})
        if isinstance(table, dict):
            return table
        self.problems.append(
            Unreadable(f"the {name!r} table", f"it is {_shape(table)}, not an object of records")
        )
        return None

    def _writable_table(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise CoachError(
                f"The journal's {name!r} table is {_shape(table)}, not the object coach "
                f"writes, so nothing was saved (the file is left as it is). Fix or remove "
                f"that table in {self.path or 'the journal'}, or restore the backup."
            )
        return dict(table)

    def _write(
        self,
        data: dict[str, Any],
        touched: dict[str, set[str]] | None = None,
        **tables: dict[str, Any],
    ) -> None:
        """Store data with tables replaced; touched names the records changed in each.

        The storage then looks at those records alone (a table given without
        touched ids is looked at whole; one not given is unchanged).
        """
        merged = {**data, **tables}
        write_changed = getattr(self.storage, "write_changed", None)
        if write_changed is None:
            self.storage.write(merged)
        else:
            hints = {name: set() for name in data if name not in tables}
            hints.update(touched or {})
            write_changed(merged, hints)
        for name, table in tables.items():
            known = self._free.get(name)
            if known is not None and known[0] is data.get(name):
                self._free[name] = (table, known[1])
        if ENTRIES in tables and touched is not None and ENTRIES in touched:
            self._cache.moved(data.get(ENTRIES, {}), tables[ENTRIES], touched[ENTRIES])

    def _free_key(self, name: str, source: Any, table: dict[str, Any]) -> str:
        """A key for a new record of table (a copy of source being changed)."""
        known = self._free.get(name)
        if known is not None and known[0] is source:
            number = known[1]
        else:
            number = _next_number(source if isinstance(source, dict) else table)
        while str(number) in table:
            number += 1
        self._free[name] = (source, number + 1)
        return str(number)

    def _entry_key(self, source: Any, entry_id: str) -> str | None:
        """Where the stored table keeps the entry with this id (the cache's index if it can)."""
        if not isinstance(source, dict):
            return None
        known, doc_id = self._cache.locate(source, entry_id)
        return doc_id if known else _key_of(source, entry_id)

    def _meta(self) -> dict[str, Any]:
        meta = self._data().get(META_TABLE, {})
        record = meta.get(str(META_KEY)) if isinstance(meta, dict) else None
        return record if isinstance(record, dict) else {}

    def _ensure_schema(self) -> None:
        if self._schema_checked:
            return
        schema = self._meta().get("schema")
        if schema == SCHEMA_VERSION:
            self._schema_checked = True
            return
        if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
            # Never rewrite what a newer coach wrote: it may hold fields we
            # would not know to keep.
            raise NewerJournal(self.path, schema, SCHEMA_VERSION)
        with self._transaction():
            data = self._data()
            meta = data.get(META_TABLE, {})
            if not isinstance(meta, dict) or not isinstance(meta.get(str(META_KEY), {}), dict):
                return  # odd bookkeeping is left as it is; reading does not need it
            record = dict(meta.get(str(META_KEY), {}))
            record["schema"] = SCHEMA_VERSION
            self._write(data, **{META_TABLE: {**meta, str(META_KEY): record}})
        self._schema_checked = True

    # -- reading ---------------------------------------------------------

    def _synced(self) -> EntryCache:
        """The parsed-entry cache, in step with the storage (parses only what changed)."""
        with self._guard, collector_paused():
            self._ensure_schema()
            problems: list[Unreadable] = []
            self.problems = problems
            table = self._table_of(self._data(), ENTRIES)
            self._cache.refresh(table if table is not None else {})
            self.problems = problems + [
                Unreadable(where, reason) for where, reason in self._cache.problems()
            ]
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

    def entries(self) -> list[Entry]:
        """All entries that can be read, newest first (see `unreadable` for the rest).

        The entries are shared and read-only; copy one (copy.deepcopy) to change it.
        """
        return self._synced().newest()  # type: ignore[return-value]

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
            table = self._data().get(ENTRIES, {})
            return self._cache.version_if_in_step(table if isinstance(table, dict) else {})

    def __len__(self) -> int:
        table = self._data().get(ENTRIES, {})
        return len(table) if isinstance(table, dict) else 0

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
            return cache.by_stage(stage) if stage is not None else cache.newest()  # type: ignore[return-value]
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
            found = self._scan(lambda doc_id, line: True, lambda entry: True, light=True)
            if found is not None:
                return found
        return list(self.entries())

    def _scan(
        self,
        keep: Callable[[str, bytes], bool],
        wanted: Callable[[Entry], bool],
        *,
        light: bool = False,
    ) -> list[Entry] | None:
        """Entries read a record at a time, or None when the file must be read whole."""
        scan = getattr(self.storage, "scan", None)
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
                    problems.append(Unreadable(_where(doc_id, record), str(error)))
                    continue
                if wanted(entry):
                    found.append(entry)
        except (NotScannable, orjson.JSONDecodeError):
            return None
        if schema != SCHEMA_VERSION:
            return None  # the ordinary reader explains, or upgrades, the file
        self.problems = problems
        return sort_newest_first(found)

    def _scan_table(self, name: str) -> list[Any] | None:
        """Every record of a small table, read a line at a time (None: read the ordinary way)."""
        scan = getattr(self.storage, "scan", None)
        if scan is None:
            return None
        records = []
        schema = None
        try:
            for table, doc_id, raw in scan(ENTRIES, lambda doc_id, line: False):
                if table == name:
                    records.append(orjson.loads(raw))
                elif table == META_TABLE and doc_id == str(META_KEY):
                    meta = orjson.loads(raw)
                    schema = meta.get("schema") if isinstance(meta, dict) else None
        except (NotScannable, orjson.JSONDecodeError):
            return None
        return records if schema == SCHEMA_VERSION else None

    def get(self, entry_id: str) -> Entry:
        """The entry with this id, or with a unique id starting with it."""
        entry_id = entry_id.strip()
        cached = self._synced().by_id(entry_id)
        if cached is not None:
            return thawed(cached)  # a copy: the caller may change it
        table = self._table_of(self._data(), ENTRIES) or {}
        records = [r for r in table.values() if isinstance(r, dict)]
        exact = [r for r in records if r.get("id") == entry_id]
        if exact:
            return _entry_or_explain(exact[0])
        hits = [r for r in records if str(r.get("id", "")).startswith(entry_id)]
        if len(hits) == 1 and entry_id:
            return _entry_or_explain(hits[0])
        raise EntryNotFound(entry_id, ambiguous=len(hits) > 1 and bool(entry_id))

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

    # -- writing ---------------------------------------------------------

    def add(self, entry: Entry) -> Entry:
        """Save a new entry."""
        with self._transaction():
            data = self._data()
            table = self._writable_table(data, ENTRIES)
            key = self._free_key(ENTRIES, data.get(ENTRIES), table)
            table[key] = entry_to_record(entry)
            self._write(data, {ENTRIES: {key}}, **{ENTRIES: table})
        return entry

    def save(self, entry: Entry) -> Entry:
        """Save an entry: replace the one with its id, or add it (see save_edit)."""
        return self.save_edit(entry, base=None).entry

    def save_edit(self, entry: Entry, base: Entry | None, *, finished_walk: str = "") -> Saved:
        """Save an edit of `base` (the entry as it was opened) in one write.

        If the stored entry changed since `base` (another coach, a sync tool,
        a hand edit), fields only one side changed merge; fields both changed
        keep this edit, and the stored version is kept whole as a new entry
        (`conflict_copy`). Without a base, a stored entry with a different
        revision counts as changed in every field that differs.
        """
        if isinstance(entry, SharedEntry):
            entry = thawed(entry)  # a read-only entry from the journal: its revision changes
        with self._transaction():
            data = self._data()
            source = data.get(ENTRIES)
            table = self._writable_table(data, ENTRIES)
            mine = entry_to_record(entry)
            key = self._entry_key(source, entry.id)
            saved = Saved(entry=entry)
            touched: set[str] = set()
            if key is None:
                key = self._free_key(ENTRIES, source, table)
            else:
                theirs_raw = table[key]
                try:
                    theirs = entry_to_record(entry_from_record(theirs_raw))
                except EntryError as error:
                    raise CoachError(
                        f"The stored entry {entry.id!r} cannot be read ({error}), so it was "
                        "not written over; it is left as it is. Fix it in the file, or "
                        "restore the backup."
                    ) from None
                known = entry_to_record(base) if base is not None else None
                if known is None and theirs["revision"] == mine["revision"]:
                    known = theirs  # nobody saved since this entry was read
                if known is None or content_of(theirs) != content_of(known):
                    merge = merge_records(known, mine, theirs)
                    mine = merge.record
                    saved.merged, saved.conflicts = merge.theirs_taken, merge.conflicts
                    if merge.conflicts:
                        copy = _conflict_copy(theirs)
                        copy_key = self._free_key(ENTRIES, source, table)
                        table[copy_key] = entry_to_record(copy)
                        touched.add(copy_key)
                        saved.conflict_copy = copy
                mine["revision"] = max(theirs["revision"], mine["revision"]) + 1
            table[key] = mine
            touched.add(key)
            tables = {ENTRIES: table}
            if finished_walk:
                meta = self._finished_meta(data, finished_walk)
                if meta is not None:
                    tables[META_TABLE] = meta
            self._write(data, {ENTRIES: touched}, **tables)
        # The caller now holds the revision on disk, so its next save is not
        # mistaken for an edit of an older version.
        entry.revision = mine["revision"]
        saved.entry = entry_from_record(mine)
        return saved

    def _finished_meta(self, data: dict[str, Any], walk_id: str) -> dict[str, Any] | None:
        meta = data.get(META_TABLE, {})
        if not isinstance(meta, dict) or not isinstance(meta.get(str(META_KEY), {}), dict):
            return None
        record = dict(meta.get(str(META_KEY), {}))
        finished = record.get("finished_walks", [])
        finished = [w for w in finished if isinstance(w, str)] if isinstance(finished, list) else []
        record["finished_walks"] = [*finished, walk_id][-FINISHED_WALKS_KEPT:]
        return {**meta, str(META_KEY): record}

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry and hand it back (so it can be restored)."""
        with self._transaction():
            entry = self.get(entry_id)
            data = self._data()
            table = self._writable_table(data, ENTRIES)
            key = self._entry_key(data.get(ENTRIES), entry.id)
            if key is not None:
                del table[key]
                self._write(data, {ENTRIES: {key}}, **{ENTRIES: table})
        return entry

    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add many entries in one save; ones already here are skipped."""
        entries = list(entries)
        quick = self._import_unread(entries)
        if quick is not None:
            return quick
        self._ensure_schema()
        with self._transaction():
            data = self._data()
            table = self._writable_table(data, ENTRIES)
            # Compared on the stored records: parsing every entry to find twins
            # would cost more than the import itself.
            result = _sort_new(entries, [r for r in table.values() if isinstance(r, dict)])
            touched: set[str] = set()
            for entry in result.added:
                key = self._free_key(ENTRIES, data.get(ENTRIES), table)
                table[key] = entry_to_record(entry)
                touched.add(key)
            if result.added:
                self._write(data, {ENTRIES: touched}, **{ENTRIES: table})
        return result

    def _import_unread(self, entries: list[Entry]) -> ImportResult | None:
        """import_entries for a big journal not read yet: appended, no record parsed but twins.

        None when it cannot be done that way (the caller then reads the journal).
        """
        append = getattr(self.storage, "append_unread", None)
        keep = _twin_lines(entries)
        if append is None or keep is None or self._schema_checked:
            return None
        result = ImportResult()

        def choose(rows: list[tuple[str, str, bytes]], free_key: Callable[[], str]) -> Any:
            schema = None
            stored = []
            for name, doc_id, raw in rows:
                if name == ENTRIES or (name == META_TABLE and doc_id == str(META_KEY)):
                    record = orjson.loads(raw)
                    if name == ENTRIES and isinstance(record, dict):
                        stored.append(record)
                    elif isinstance(record, dict):
                        schema = record.get("schema")
            if schema != SCHEMA_VERSION:
                return None  # the ordinary way upgrades the journal, or refuses a newer one
            sorted_out = _sort_new(entries, stored)
            result.added, result.skipped = sorted_out.added, sorted_out.skipped
            return {free_key(): entry_to_record(entry) for entry in result.added}

        return result if append(ENTRIES, keep, choose) else None

    def save_profile(self, profile: Profile) -> Profile:
        """Keep the person's details for the next reply."""
        with self._transaction():
            data = self._data()
            table = self._writable_table(data, PROFILE)
            table[str(PROFILE_KEY)] = profile_to_record(profile)
            self._write(data, **{PROFILE: table})
        return profile


# Fields `coach stats` never looks at; left out when counting a big journal.
LONG_FIELDS = ("notes", "private_note", "reflections", "reply_draft", "feedback_text")


def _where(key: str, record: Any) -> str:
    """Where an unreadable record is, as `problems` names it."""
    label = (record.get("id") or record.get("company")) if isinstance(record, dict) else ""
    return f"entry {str(label)[:40]}" if label else f"entry record {key}"


def _sort_new(entries: Iterable[Entry], stored: list[dict[str, Any]]) -> ImportResult:
    """Which entries to add, and which are here already (by id, or as the same rejection)."""
    result = ImportResult()
    ids = {str(r.get("id", "")).strip() for r in stored}
    identities = {_raw_identity(r) for r in stored}
    for entry in entries:
        if entry.id in ids or _identity(entry) in identities:
            result.skipped.append(entry)
            continue
        ids.add(entry.id)
        identities.add(_identity(entry))
        result.added.append(entry)
    return result


# Up to this many entries, an import into a big journal looks for twins a line at a time.
QUICK_IMPORT_MOST = 8
_PLAIN_ID = re.compile(r"[A-Za-z0-9._-]+")


def _twin_lines(entries: list[Entry]) -> Callable[[str, bytes], bool] | None:
    """A test on a stored record's line: true for any record that may be a twin of an entry.

    A twin holds an entry's id, or its day: of the fields a twin shares, the
    one coach stores one way only (every date as YYYY-MM-DD). Only the
    record's own id and date are looked at, and anything unusual about them
    counts as a maybe. None when no such quick test is safe.
    """
    if not entries or len(entries) > QUICK_IMPORT_MOST:
        return None
    if not all(_PLAIN_ID.fullmatch(entry.id) for entry in entries):
        return None
    ids = {entry.id.encode() for entry in entries}
    days = {entry.date.isoformat().encode() for entry in entries}

    def keep(doc_id: str, line: bytes) -> bool:
        stored_id = _own_text(line, b'"id":')
        if stored_id is None or stored_id.strip() in ids or not stored_id.isascii():
            return True
        day = _own_text(line, b'"date":')
        return day is None or day in days or not _is_iso_day(day)

    return keep


def _own_text(line: bytes, key: bytes) -> bytes | None:
    """The text of a record's own key (b"" if it has none); None when it cannot be told at a glance.

    The first `"key":` is a key (inside text a quote is escaped); it is the
    record's own when no other object opens before it. Not looked for: a
    second copy of the same key (only a hand edit makes one).
    """
    at = line.find(key)
    if at < 0:
        return None if key[:-1] in line else b""  # `"key" :` spaced: look closer
    if line.find(b"{", line.find(b"{") + 1, at) >= 0:
        return None  # another object (or a brace in text) before it
    start = at + len(key)
    if line[start : start + 1] != b'"':
        return None  # not text
    end = line.find(b'"', start + 1)
    value = line[start + 1 : end]
    return None if end < 0 or b"\\" in value else value


def _is_iso_day(day: bytes) -> bool:
    return (
        len(day) == 10
        and day[4:5] == b"-"
        and day[7:8] == b"-"
        and day[:4].isdigit()
        and day[5:7].isdigit()
        and day[8:].isdigit()
    )


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


def _raw_filter(needle: str) -> Callable[[str, bytes], bool]:
    """A quick test on a record's JSON bytes that never misses a real match."""
    encoded = needle.encode()

    def keep(doc_id: str, raw: bytes) -> bool:
        if b"\\u" in raw:
            return True  # escaped characters: let the exact test decide
        if raw.isascii():
            return encoded in raw.lower()
        return needle in raw.decode("utf-8", "replace").casefold()

    return keep


def _shape(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if value is None:
        return "null"
    return f"a {type(value).__name__}"


def _key_of(table: dict[str, Any], entry_id: str) -> str | None:
    for key, record in table.items():
        if isinstance(record, dict) and record.get("id") == entry_id:
            return key
    return None


def _next_number(table: dict[str, Any]) -> int:
    # TinyDB's document ids: one more than the largest numeric key.
    numbers = [int(k) for k in table if isinstance(k, str) and k.isdigit() and len(k) < 19]
    return max(numbers, default=0) + 1


def _conflict_copy(record: dict[str, Any]) -> Entry:
    """The other side's version, kept whole as its own entry so neither is lost."""
    copy = entry_from_record(record)
    copy.id = new_entry_id()
    copy.revision = 0
    copy.company = f"{copy.company} (other version)"
    return copy


def _entry_or_explain(record: dict[str, Any]) -> Entry:
    try:
        return entry_from_record(record)
    except EntryError as error:
        raise CoachError(
            f"The entry {record.get('id', '')!r} cannot be read ({error}). It is left "
            "as it is in the journal; fix that field in the file, or restore the backup."
        ) from None
