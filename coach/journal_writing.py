"""Saving to the journal: entries added, edited (merged with another edit), removed, imported."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import orjson

from coach.errors import CoachError, EntryNotFound
from coach.journal_ids import held_twice, refused_for_shared, shared_ids
from coach.journal_raw import twin_keys
from coach.journal_records import (
    ENTRIES,
    FINISHED_WALKS_KEPT,
    META_KEY,
    META_TABLE,
    PLANS,
    PROFILE,
    PROFILE_KEY,
    ImportResult,
    ProfileSaved,
    Saved,
    conflict_copy,
    copy_kept_already,
    sort_new,
)
from coach.journal_store import JournalStore
from coach.log_commands import append_unread
from coach.merge import content_of, merge_records
from coach.model import SCHEMA_VERSION, Entry, Profile
from coach.next_step_quote import only_a_plan_quoted
from coach.records import (
    EntryError,
    entry_from_record,
    entry_to_record,
    profile_from_record,
    profile_to_record,
)
from coach.shared_entry import SharedEntry, thawed


class JournalWriting(JournalStore):
    """Every change to the journal, each one write under the lock."""

    if TYPE_CHECKING:

        def get(self, entry_id: str) -> Entry:
            """The entry with this id or unique prefix (defined by Journal)."""
            ...

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
        return self._save_edit(entry, base, finished_walk=finished_walk)

    def _save_edit(
        self,
        entry: Entry,
        base: Entry | None,
        *,
        finished_walk: str = "",
        plans_back: list[dict[str, Any]] | None = None,
    ) -> Saved:
        """save_edit, with plan records put back in the same write (plans_back: an undo's)."""
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
                if mine["revision"]:
                    # Back after a delete: a new revision, so an older copy saved
                    # later is merged with it instead of simply written over it.
                    mine["revision"] += 1
                saved.restored = base is not None
            else:
                if not self._cache.locate(source, entry.id)[0] and held_twice(
                    source, key, entry.id
                ):
                    # The save would land on whichever of them comes first in the file.
                    raise CoachError(refused_for_shared(entry.id, "this was not saved"))
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
                    if merge.conflicts == ["next_step"] and only_a_plan_quoted(
                        theirs["next_step"], entry.id, data.get(PLANS)
                    ):
                        merge.conflicts = []  # their step is a plan's words, kept in the plan
                    saved.merged, saved.conflicts = merge.theirs_taken, merge.conflicts
                    kept = copy_kept_already(table, key, theirs) if merge.conflicts else None
                    if kept is not None:
                        saved.conflict_copy, saved.copy_kept_before = kept, True
                    elif merge.conflicts:
                        copy = conflict_copy(theirs)
                        copy_key = self._free_key(ENTRIES, source, table)
                        table[copy_key] = entry_to_record(copy)
                        touched.add(copy_key)
                        saved.conflict_copy = copy
                mine["revision"] = max(theirs["revision"], mine["revision"]) + 1
            table[key] = mine
            touched.add(key)
            tables = {ENTRIES: table}
            if plans_back:
                went_in, plans = self._new_plan_records(data, plans_back)
                if any(went_in):
                    tables[PLANS] = plans
            if finished_walk:
                meta = self._finished_meta(data, finished_walk)
                if meta is not None:
                    tables[META_TABLE] = meta
            self._write(data, {ENTRIES: touched}, **tables)
        # The caller now holds the revision on disk: its next save is an edit of it.
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
        """Remove the entry with exactly this id and the plans made from it, in one save.

        The entry is handed back (so it can be restored); its plans are kept
        here for `restore_plans`, the other half of an undo. A plan left
        behind would belong to nothing: no screen shows it, and an import of
        the export could not place it.
        """
        with self._transaction():
            entry = self.get(entry_id)
            if entry.id != entry_id:
                # get() takes a unique prefix: "e1", deleted meanwhile by another
                # coach, must not take "e10" with it.
                raise EntryNotFound(entry_id)
            data = self._data()
            if entry.id in shared_ids(data.get(ENTRIES)):
                # Which one goes, and which one an undo merges into, is anyone's guess.
                raise CoachError(refused_for_shared(entry.id, "nothing was deleted"))
            table = self._writable_table(data, ENTRIES)
            key = self._entry_key(data.get(ENTRIES), entry.id)
            if key is not None:
                del table[key]
                tables = {ENTRIES: table}
                # A damaged plans table (not an object) is left as it is: the entry still goes.
                source = data.get(PLANS, {})
                plans = dict(source) if isinstance(source, dict) else {}
                gone = [k for k, r in plans.items() if _plan_of(r, entry.id)]
                if gone:
                    self._plans_deleted[entry.id] = [plans.pop(k) for k in gone]
                    tables[PLANS] = plans
                self._write(data, {ENTRIES: {key}}, **tables)
        return entry

    def plan_count(self, entry_id: str) -> int:
        """How many plans (open or closed, readable or not) were made from this entry.

        0 when the journal cannot be read now: a delete asked for then says why.
        """
        try:
            plans = self._data().get(PLANS, {})
        except CoachError:
            return 0
        if not isinstance(plans, dict):
            return 0
        return sum(1 for record in plans.values() if _plan_of(record, entry_id))

    def restore_deleted(self, entry: Entry) -> Saved:
        """Put a deleted entry back with the plans deleted with it (the undo of delete).

        Saved as an edit of the entry as deleted, so if another coach saved it
        again meanwhile, their changes are kept (and said), not written over.
        """
        # One write for both: a coach stopped in between must not keep the entry
        # without its plans. They leave memory only once that write is done.
        records = self._plans_deleted.get(entry.id)
        saved = self._save_edit(entry, base=entry, plans_back=records)
        self._plans_deleted.pop(entry.id, None)
        return saved

    def restore_plans(self, entry_id: str) -> int:
        """Put back the plans deleted with this entry (ones here again are left); how many."""
        records = self._plans_deleted.get(entry_id)
        if not records:
            return 0
        with self._transaction():
            data = self._data()
            went_in, table = self._new_plan_records(data, records)
            if any(went_in):
                self._write(data, **{PLANS: table})
        self._plans_deleted.pop(entry_id, None)  # only once they are written
        return sum(went_in)

    def import_entries(self, entries: Iterable[Entry]) -> ImportResult:
        """Add many entries in one save; ones already here are skipped."""
        entries = list(entries)
        quick = self._import_unread(entries)
        if quick is not None:
            return quick
        self._ensure_schema()
        with self._transaction():
            data = self._data()
            result, table, touched = self._entries_added(data, entries)
            if result.added:
                self._write(data, {ENTRIES: touched}, **{ENTRIES: table})
        return result

    def _entries_added(
        self, data: dict[str, Any], entries: list[Entry]
    ) -> tuple[ImportResult, dict[str, Any], set[str]]:
        """The entries table with the new ones in (not saved): the result, table and keys added."""
        table = self._writable_table(data, ENTRIES)
        # Compared on the stored records: parsing every entry to find twins
        # would cost more than the import itself.
        result = sort_new(entries, [r for r in table.values() if isinstance(r, dict)])
        touched: set[str] = set()
        for entry in result.added:
            key = self._free_key(ENTRIES, data.get(ENTRIES), table)
            table[key] = entry_to_record(entry)
            touched.add(key)
        return result, table, touched

    def _import_unread(self, entries: list[Entry]) -> ImportResult | None:
        """import_entries for a big journal not read yet: appended, no record parsed but twins.

        None when it cannot be done that way (the caller then reads the journal).
        """
        keep = twin_keys(entries)
        if keep is None or self._schema_checked:
            return None
        result = ImportResult()

        def choose(rows: list[tuple[str, str, bytes]], free_key: Callable[[], str]) -> Any:
            schema = None
            stored = []
            for name, doc_id, raw in rows:
                if name == ENTRIES or (name == META_TABLE and doc_id == str(META_KEY)):
                    try:
                        record = orjson.loads(raw)
                    except orjson.JSONDecodeError:
                        return None  # e.g. a number too big: the ordinary reader copes
                    if name == ENTRIES and isinstance(record, dict):
                        stored.append(record)
                    elif isinstance(record, dict):
                        schema = record.get("schema")
            if schema != SCHEMA_VERSION:
                return None  # the ordinary way upgrades the journal, or refuses a newer one
            sorted_out = sort_new(entries, stored)
            result.added, result.skipped = sorted_out.added, sorted_out.skipped
            result.repeated = sorted_out.repeated
            return {free_key(): entry_to_record(entry) for entry in result.added}

        return result if append_unread(self.storage, ENTRIES, keep, choose) else None

    def save_profile(self, profile: Profile, base: Profile | None = None) -> ProfileSaved:
        """Keep the person's details for the next reply, merged with a save made elsewhere.

        `base` is the details as they were when the person began editing. If
        the stored details changed since (another coach on this folder), a
        field only the other side changed keeps their value; a field both
        changed keeps this save's value, and the replaced value is handed back.
        Without a base, a stored revision other than this profile's counts as
        changed in every field that differs.
        """
        with self._transaction():
            data = self._data()
            table = self._writable_table(data, PROFILE)
            stored = table.get(str(PROFILE_KEY))
            held = stored if isinstance(stored, dict) else {}
            theirs = profile_to_record(profile_from_record(held))
            mine = profile_to_record(profile)
            known = profile_to_record(base) if base is not None else None
            if known is None and theirs["revision"] == mine["revision"]:
                known = theirs  # nobody saved since these details were read
            merge = merge_records(known, mine, theirs)
            # Fields coach does not know (a newer version's, a hand edit's) stay as they
            # were: rewritten from the known ones alone, they lived on only in the .bak.
            record = {k: v for k, v in held.items() if k not in theirs} | merge.record
            record["revision"] = max(theirs["revision"], mine["revision"]) + 1
            table[str(PROFILE_KEY)] = record
            self._write(data, **{PROFILE: table})
        return ProfileSaved(
            profile=profile_from_record(record),
            merged=merge.theirs_taken,
            replaced={name: str(theirs.get(name, "")) for name in merge.conflicts},
        )


def _plan_of(record: Any, entry_id: str) -> bool:
    """Whether a stored plan record was made from this entry."""
    return isinstance(record, dict) and record.get("entry_id") == entry_id
