"""The journal: entries and the profile, kept in TinyDB (with storage.py, the only tinydb users)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import Query
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Document, Table

from coach.crypto import PLAIN, Codec
from coach.errors import CoachError, EntryNotFound, NewerJournal
from coach.files import ensure_private_dir
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
from coach.plans import Plan, PlanError, plan_from_record, plan_to_record
from coach.storage import DurableStorage

ENTRIES = "entries"
PLANS = "plans"
PROFILE = "profile"
PROFILE_KEY = 1
META_TABLE = "_meta"
META_KEY = 1


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
    """

    unreadable_plans: list[str]

    def _plan_records(self) -> list[dict[str, Any]]:
        return list(self._table(PLANS).all())  # type: ignore[attr-defined]

    def plans(self) -> list[Plan]:
        """Every plan that can be read; the others are noted in `unreadable_plans`."""
        plans, unreadable = [], []
        for record in self._plan_records():
            try:
                plans.append(plan_from_record(record))
            except PlanError as error:
                unreadable.append(f"plan {record.get('id') or 'without an id'}: {error}")
        self.unreadable_plans = unreadable
        return plans

    def get_plan(self, plan_id: str) -> Plan:
        """The plan with this id, or with a unique id starting with it."""
        plan_id = plan_id.strip()
        records = self._plan_records()
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
        record = plan_to_record(plan)
        with self._transaction():  # type: ignore[attr-defined]
            table = self._table(PLANS)  # type: ignore[attr-defined]
            if table.contains(Query().id == plan.id):
                table.update(_replace_with(record), Query().id == plan.id)
            else:
                table.insert(record)
        return plan

    def import_plans(self, plans: Iterable[Plan]) -> tuple[list[Plan], list[Plan]]:
        """Add many plans in one save: (added, already here)."""
        added: list[Plan] = []
        skipped: list[Plan] = []
        with self._transaction():  # type: ignore[attr-defined]
            ids = {str(r.get("id", "")) for r in self._plan_records()}
            for plan in plans:
                if plan.id in ids:
                    skipped.append(plan)
                    continue
                ids.add(plan.id)
                added.append(plan)
            if added:
                records = [plan_to_record(p) for p in added]
                self._table(PLANS).insert_multiple(records)  # type: ignore[attr-defined]
        return added, skipped


class Journal(JournalPlans):
    """Every rejection the person has logged, their plans, and their profile."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.unreadable: list[str] = []
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

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        transaction = getattr(self.storage, "transaction", None)
        if transaction is None:
            yield
            return
        with transaction():
            yield

    def _table(self, name: str) -> Table:
        # A fresh Table per use: TinyDB tables cache the next id, which another
        # process may have taken since.
        return Table(self.storage, name, cache_size=0)

    def _ensure_schema(self) -> None:
        data = self.storage.read() or {}
        meta = data.get(META_TABLE, {}).get(str(META_KEY), {})
        schema = meta.get("schema") if isinstance(meta, dict) else None
        if schema == SCHEMA_VERSION:
            return
        if isinstance(schema, int) and schema > SCHEMA_VERSION:
            # Never rewrite what a newer coach wrote: it may hold fields we
            # would not know to keep.
            raise NewerJournal(self.path, schema, SCHEMA_VERSION)
        with self._transaction():
            meta_document = Document({"schema": SCHEMA_VERSION}, doc_id=META_KEY)
            self._table(META_TABLE).upsert(meta_document)

    # -- reading ---------------------------------------------------------

    def _records(self) -> list[dict[str, Any]]:
        return list(self._table(ENTRIES).all())

    def _readable(self, records: Iterable[dict[str, Any]]) -> list[Entry]:
        """The entries that parse; the others are noted and left on disk as they are."""
        entries, unreadable = [], []
        for record in records:
            try:
                entries.append(entry_from_record(record))
            except EntryError as error:
                label = record.get("id") or record.get("company") or "without an id"
                unreadable.append(f"entry {label}: {error}")
        self.unreadable = unreadable
        return entries

    def entries(self) -> list[Entry]:
        """All entries that can be read, newest first (see `unreadable` for the rest)."""
        return sort_newest_first(self._readable(self._records()))

    def __len__(self) -> int:
        return len(self._table(ENTRIES))

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

    def add(self, entry: Entry) -> Entry:
        """Save a new entry."""
        record = entry_to_record(entry)
        with self._transaction():
            self._table(ENTRIES).insert(record)
        return entry

    def save(self, entry: Entry) -> Entry:
        """Save an entry: replace the one with its id, or add it."""
        record = entry_to_record(entry)
        with self._transaction():
            table = self._table(ENTRIES)
            if table.contains(Query().id == entry.id):
                table.update(_replace_with(record), Query().id == entry.id)
            else:
                table.insert(record)
        return entry

    def delete(self, entry_id: str) -> Entry:
        """Remove an entry and hand it back (so it can be restored)."""
        with self._transaction():
            entry = self.get(entry_id)
            self._table(ENTRIES).remove(Query().id == entry.id)
        return entry

    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add many entries in one save; ones already here are skipped."""
        result = ImportResult()
        with self._transaction():
            existing = self.entries()
            ids = {e.id for e in existing}
            identities = {_identity(e) for e in existing}
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
