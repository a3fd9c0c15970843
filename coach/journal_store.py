"""The journal's footing: its storage, the lock and guard, tables read and written by key."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from coach.entry_cache import EntryCache
from coach.errors import CoachError, NewerJournal
from coach.journal_lines import NotScannable
from coach.journal_records import (
    ENTRIES,
    META_KEY,
    META_TABLE,
    PLANS,
    Unreadable,
    key_of,
    next_number,
    shape_of,
    table_where,
)
from coach.model import SCHEMA_VERSION


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


class JournalStore:
    """Where the journal's tables live, and the only way they are read and written.

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
        # The plan records each entry deleted this session took with it, for an undo.
        self._plans_deleted: dict[str, list[dict[str, Any]]] = {}
        if check_now:
            self._ensure_schema()

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

    def table_shape(self, name: str) -> str | None:
        """What a table is when it is no object of records ("a list"); None when it is one."""
        table = self._data().get(name, {})
        return None if isinstance(table, dict) else shape_of(table)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        transaction = getattr(self.storage, "transaction", None)
        locked = getattr(self.storage, "locked", contextlib.nullcontext)
        # Another coach's lock is waited for before the guard: reads need only the guard.
        with locked(), self._guard:
            if transaction is None:
                yield
                return
            with transaction():
                yield

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
            Unreadable(table_where(name), f"it is {shape_of(table)}, not an object of records")
        )
        return None

    def _writable_table(self, data: dict[str, Any], name: str) -> dict[str, Any]:
        table = data.get(name, {})
        if not isinstance(table, dict):
            # Only a list of entries or plans is what `coach repair` puts back.
            mend = (
                "With coach closed, `coach repair` mends it (the damaged file is kept aside)."
                if name in (ENTRIES, PLANS)
                else f"`coach repair` does not mend this table: with coach closed, make "
                f'"{name}" an object again in the file by hand.'
            )
            raise CoachError(
                f"The journal's {name!r} table is {shape_of(table)}, not the object coach "
                f"writes, so this change was not saved (the file is left as it is). {mend}"
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
            number = next_number(source if isinstance(source, dict) else table)
        while str(number) in table:
            number += 1
        self._free[name] = (source, number + 1)
        return str(number)

    def _new_plan_records(
        self, data: dict[str, Any], records: list[dict[str, Any]]
    ) -> tuple[list[bool], dict[str, Any]]:
        """The plans table with the records whose id it lacks put in (not saved).

        (whether each record went in, the table).
        """
        table = self._writable_table(data, PLANS)
        ids = {str(r.get("id", "")) for r in table.values() if isinstance(r, dict)}
        went_in = []
        for record in records:
            plan_id = str(record.get("id", ""))
            went_in.append(plan_id not in ids)
            if plan_id not in ids:
                ids.add(plan_id)
                table[self._free_key(PLANS, data.get(PLANS), table)] = record
        return went_in, table

    def _entry_key(self, source: Any, entry_id: str) -> str | None:
        """Where the stored table keeps the entry with this id (the cache's index if it can)."""
        if not isinstance(source, dict):
            return None
        known, doc_id = self._cache.locate(source, entry_id)
        return doc_id if known else key_of(source, entry_id)

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

    def _synced(self) -> EntryCache:
        """The parsed-entry cache, in step with the storage (parses only what changed)."""
        # The pause covers the storage's read of the file too (in the schema
        # check), which makes most of the objects: 83 ms collections at 50k.
        with collector_paused():
            self._ensure_schema()  # before the guard: a schema write waits for the lock
            with self._guard:
                problems: list[Unreadable] = []
                self.problems = problems
                table = self._table_of(self._data(), ENTRIES)
                self._cache.refresh(table if table is not None else {})
                self.problems = problems + [
                    Unreadable(where, reason) for where, reason in self._cache.problems()
                ]
                if self._cache.last_parsed > FREEZE_OVER:
                    # Tens of thousands of long-lived objects: keep the cycle
                    # collector from walking them all again and again. What
                    # else lives now is set aside too, a screen open meanwhile
                    # included, never freed once closed (the journal screen
                    # lets go of its entries then); left to the idle collector,
                    # its next full collection would walk all of them (about
                    # 600,000 objects at 50,000 entries, over 100 ms).
                    gc.freeze()
                return self._cache

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
