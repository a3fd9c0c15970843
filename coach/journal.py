"""The journal: entries and the profile, kept in TinyDB (with storage.py, the only tinydb users)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb.storages import MemoryStorage, Storage

from coach.crypto import PLAIN, Codec
from coach.errors import CoachError, EntryNotFound, NewerJournal
from coach.files import ensure_private_dir
from coach.merge import content_of, merge_records
from coach.model import (
    SCHEMA_VERSION,
    Entry,
    EntryError,
    Profile,
    Stage,
    entry_from_record,
    entry_to_record,
    new_entry_id,
    profile_from_record,
    profile_to_record,
    search_text,
    sort_newest_first,
)
from coach.plans import Plan, PlanError, plan_from_record, plan_to_record
from coach.storage import DurableStorage

ENTRIES = "entries"
PLANS = "plans"
PROFILE = "profile"
PROFILE_KEY = 1
META_TABLE = "_meta"
META_KEY = 1
# Enough to recognise any walk a killed coach could still have on disk.
FINISHED_WALKS_KEPT = 200


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
            key = _key_of(table, plan.id) or _next_key(table)
            table[key] = plan_to_record(plan)
            self._write(data, **{PLANS: table})  # type: ignore[attr-defined]
        return plan

    def import_plans(self, plans: Iterable[Plan]) -> tuple[list[Plan], list[Plan]]:
        """Add many plans in one save: (added, already here)."""
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
                table[_next_key(table)] = plan_to_record(plan)
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

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.problems: list[Unreadable] = []
        self.unreadable_plans: list[str] = []
        self._ensure_schema()

    @classmethod
    def open(cls, path: Path, *, lock_timeout: float = 5.0, codec: Codec = PLAIN) -> Journal:
        """Open (or start) the journal file at path."""
        try:
            ensure_private_dir(path.parent)
        except OSError as error:
            raise CoachError(
                f"Cannot use {path.parent} as the data folder: {error.strerror or error}. "
                "Give --data-dir a folder coach can create or write to."
            ) from None
        return cls(DurableStorage(path, lock_timeout=lock_timeout, codec=codec))

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
        if transaction is None:
            yield
            return
        with transaction():
            yield

    # -- raw tables ----------------------------------------------------------

    def _data(self) -> dict[str, Any]:
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

    def _write(self, data: dict[str, Any], **tables: dict[str, Any]) -> None:
        self.storage.write({**data, **tables})

    def _meta(self) -> dict[str, Any]:
        meta = self._data().get(META_TABLE, {})
        record = meta.get(str(META_KEY)) if isinstance(meta, dict) else None
        return record if isinstance(record, dict) else {}

    def _ensure_schema(self) -> None:
        schema = self._meta().get("schema")
        if schema == SCHEMA_VERSION:
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

    # -- reading ---------------------------------------------------------

    def _parsed(self) -> list[tuple[str, Entry]]:
        """(key, entry) for every readable record; the rest are noted in `problems`."""
        self.problems = []
        table = self._table_of(self._data(), ENTRIES)
        if table is None:
            return []
        found = []
        for key, record in table.items():
            try:
                found.append((key, entry_from_record(record)))
            except EntryError as error:
                label = (
                    (record.get("id") or record.get("company")) if isinstance(record, dict) else ""
                )
                where = f"entry {str(label)[:40]}" if label else f"entry record {key}"
                self.problems.append(Unreadable(where, str(error)))
        return found

    def _readable(self, records: Iterable[dict[str, Any]]) -> list[Entry]:
        """The entries that parse; the others are noted and left on disk as they are."""
        entries = []
        for record in records:
            with contextlib.suppress(EntryError):
                entries.append(entry_from_record(record))
        return entries

    def entries(self) -> list[Entry]:
        """All entries that can be read, newest first (see `unreadable` for the rest)."""
        return sort_newest_first(entry for _, entry in self._parsed())

    def __len__(self) -> int:
        table = self._data().get(ENTRIES, {})
        return len(table) if isinstance(table, dict) else 0

    def search(self, text: str = "", stage: Stage | None = None) -> list[Entry]:
        """Entries matching text anywhere and, if given, the stage; newest first."""
        found = self.entries()
        if stage is not None:
            found = [e for e in found if e.stage == stage]
        if text.strip():
            found = [e for e in found if matches(e, text.strip())]
        return found

    def get(self, entry_id: str) -> Entry:
        """The entry with this id, or with a unique id starting with it."""
        entry_id = entry_id.strip()
        table = self._table_of(self._data(), ENTRIES) or {}
        records = [r for r in table.values() if isinstance(r, dict)]
        exact = [r for r in records if r.get("id") == entry_id]
        if exact:
            return _entry_or_explain(exact[0])
        hits = [r for r in records if str(r.get("id", "")).startswith(entry_id)]
        if len(hits) == 1 and entry_id:
            return _entry_or_explain(hits[0])
        raise EntryNotFound(entry_id, ambiguous=len(hits) > 1 and bool(entry_id))

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
            table[_next_key(table)] = entry_to_record(entry)
            self._write(data, **{ENTRIES: table})
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
        with self._transaction():
            data = self._data()
            table = self._writable_table(data, ENTRIES)
            mine = entry_to_record(entry)
            key = _key_of(table, entry.id)
            saved = Saved(entry=entry)
            if key is None:
                key = _next_key(table)
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
                        table[_next_key(table)] = entry_to_record(copy)
                        saved.conflict_copy = copy
                mine["revision"] = max(theirs["revision"], mine["revision"]) + 1
            table[key] = mine
            tables = {ENTRIES: table}
            if finished_walk:
                meta = self._finished_meta(data, finished_walk)
                if meta is not None:
                    tables[META_TABLE] = meta
            self._write(data, **tables)
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
            key = _key_of(table, entry.id)
            if key is not None:
                del table[key]
                self._write(data, **{ENTRIES: table})
        return entry

    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add many entries in one save; ones already here are skipped."""
        result = ImportResult()
        with self._transaction():
            existing = self.entries()
            ids = {e.id for e in existing}
            identities = {_identity(e) for e in existing}
            data = self._data()
            table = self._writable_table(data, ENTRIES)
            for entry in entries:
                if entry.id in ids or _identity(entry) in identities:
                    result.skipped.append(entry)
                    continue
                ids.add(entry.id)
                identities.add(_identity(entry))
                table[_next_key(table)] = entry_to_record(entry)
                result.added.append(entry)
            if result.added:
                self._write(data, **{ENTRIES: table})
        return result

    def save_profile(self, profile: Profile) -> Profile:
        """Keep the person's details for the next reply."""
        with self._transaction():
            data = self._data()
            table = self._writable_table(data, PROFILE)
            table[str(PROFILE_KEY)] = profile_to_record(profile)
            self._write(data, **{PROFILE: table})
        return profile


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


def _next_key(table: dict[str, Any]) -> str:
    # TinyDB's document ids: one more than the largest numeric key.
    numbers = [int(k) for k in table if isinstance(k, str) and k.isdigit() and len(k) < 19]
    return str(max(numbers, default=0) + 1)


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
