"""A table of records stored as a list (a hand edit): its records put back in a table, kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from coach.journal_hidden import hidden_records
from coach.journal_records import ENTRIES, PLANS
from coach.json_numbers import parse_journal_json
from coach.repair import Repair, Taken, backup_data, kept_whole
from coach.repair_described import described, field_names
from coach.repair_field_mend import differing, held, mended_from, shown, unreadable, worded
from coach.repair_listed_ids import given_ids, listed_id, same_but_id
from coach.repair_put_back import settled, texts_of, texts_put_back, words_to_notes
from coach.storage import STORAGE_KEY, STORAGE_TABLE, generation_of

# The tables of the person's records a list can stand in for.
_LISTED = (ENTRIES, PLANS)


@dataclass
class Listed:
    """One table that was a list: how many of its items were records, and the others."""

    table: str
    records: int
    # The items that are no record (text, a number, a list), as short text, kept aside.
    others: list[str] = field(default_factory=list)
    # The records kept as the list held them (they read), and how many of those the
    # backup holds too, by id (rv38: the others were said to be newer than the backup's).
    read: int = 0
    in_backup: int = 0
    same: int = 0  # of those in the backup, the ones just as the backup holds them
    # Records that do not read as coach reads them (a field lost in the edit) and of
    # which the backup holds no copy that does: kept as they are, each said with why.
    unread: list[str] = field(default_factory=list)
    # Records the backup's copy stood in for whose own copy held other values too (newer
    # words): those are only in the copy kept aside, each said with the fields that differ.
    differs: list[str] = field(default_factory=list)
    # Records that read once a field or two the edit broke took the backup's value, the
    # rest kept as the list held them (rv40 D5): each said with what the list held there.
    mended: list[str] = field(default_factory=list)
    # A record listed twice under one id (rv40 D2): the copy that reads is kept, said.
    twice: list[str] = field(default_factory=list)
    # Whether a record said unread has no id to search for (rv40 D7).
    unread_without_id: bool = False
    # Records with a value too deep to write back, each said with its fields (rv43 D6).
    too_deep: list[str] = field(default_factory=list)
    # Entries that had no id, each said with the one it has now (rv43 D5).
    given: list[str] = field(default_factory=list)
    # Records whose text fields held a list or a number: their words put back as text.
    put_back: list[str] = field(default_factory=list)
    # Entries whose words stood where coach cannot read them (a mood): now in their notes.
    noted: list[str] = field(default_factory=list)
    # Entries that read once a broken field holding no words was left empty (no copy had it).
    emptied: list[str] = field(default_factory=list)
    # Empty items ({}, null), an editor's leftover: no record, nothing to keep (rv40 D7),
    # each shape as it was written.
    empties: list[str] = field(default_factory=list)
    # False: a table kept as coach keeps it, some of whose records do not read (rv40 D16).
    was_list: bool = True
    # The backup: "read", "unread" (it could not be read) or "none" (there is none).
    backup: str = "read"

    @property
    def unmended(self) -> bool:
        """Whether the copy kept aside holds what the mended journal lacks or cannot read."""
        return bool(self.others or self.unread or self.differs or self.too_deep)

    @property
    def only_aside(self) -> bool:
        """Whether the copy kept aside alone holds some of it (KEEP IT).

        rv40 D15: a record that does not read is kept in the journal itself, so
        the copy was said to be the only place of what the journal holds too.
        """
        return bool(self.others or self.differs or self.too_deep)


def listed_tables(raw: bytes) -> tuple[dict[str, Any], list[Listed]] | None:
    """The journal with each list-shaped table made a table again; None if that is not the damage.

    Only a file that reads whole, whose only damage is one or more tables of
    records written as a list: anything else is mended line by line (repair.mend).
    """
    try:
        data = parse_journal_json(raw)
    except (orjson.JSONDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or hidden_records(data, raw) is not None:
        return None
    odd = [name for name in _LISTED if not isinstance(data.get(name, {}), dict)]
    if not odd or any(not isinstance(data[name], list) for name in odd):
        return None
    listed = []
    for name in odd:
        items = data[name]
        records = [item for item in items if isinstance(item, dict) and item]
        others = [shown(item)[:60] for item in items if _holds_words(item)]
        data[name] = {str(number): record for number, record in enumerate(records, 1)}
        listed.append(Listed(name, len(records), others, empties=_empties(items)))
    return data, listed


def unread_tables(data: dict[str, Any]) -> list[Listed]:
    """The tables of a journal that reads whole holding records coach cannot read (rv40 D16).

    Mended as a list's are: `coach repair` said "reads fine" over them, in
    the same damage a list got mended of.
    """
    unread = []
    for name in _LISTED:
        rows = data.get(name)
        if not isinstance(rows, dict):
            continue  # a list is listed_tables' to mend
        # An item that is no record, or emptied to {} (rv43 D2, D3): the list form's
        # damage, kept as a table, and said "reads fine" while the backup held its copy.
        others = [shown(r)[:60] for r in rows.values() if _holds_words(r)]
        empties = _empties(list(rows.values()))
        records = [r for r in rows.values() if isinstance(r, dict) and r]
        ids = [listed_id(record) for record in records if listed_id(record) is not None]
        twice = name == PLANS and len(ids) != len(set(ids))  # entries: repair_ids renumbers
        broken = any(unreadable(name, record) is not None for record in records)
        # Read without an id, an entry gets a new one on every read (rv43 D5).
        nameless = name == ENTRIES and any(listed_id(record) is None for record in records)
        # A value too deep to write under a field coach ignores: every save fails (rv43 D6).
        deep = any(_unwritable(record) for record in records)
        if twice or broken or nameless or deep or others or empties:
            unread.append(Listed(name, len(records), others, empties=empties, was_list=False))
    return unread


def mend_listed(data: dict[str, Any], listed: list[Listed], backup_raw: bytes | None) -> Repair:
    """Keep every record of the lists (the newest there are); the backup fills only real gaps.

    A list whose items are all records read whole: a record the backup holds
    beside them was removed since, and stays out. A list holding items that are
    no record lost something: the backup's records it lacks (by id) come back.
    A record that does not read as coach reads it (rv39 #4: a plan's day lost in
    the edit) takes the backup's copy when that one reads; else it is unmended.
    """
    backup = backup_data(backup_raw)
    repair = kept_whole(data)  # before the backup's: those are not kept from the damaged file
    # What the note says of a copy it found none in (rv40 D8): read once, not per table.
    state = "none" if not backup_raw else ("read" if _whole(backup_raw) else "unread")
    for table in listed:
        old = _table_of(backup.get(table.table))
        table.backup = state
        rows = data[table.table]
        words_at: dict[str, Any] = {}  # key -> text that stood where an entry of the table was
        if not table.was_list:
            # What is no record holds no record to mend: only in the copy kept aside.
            for key in [k for k, r in rows.items() if not isinstance(r, dict) or not r]:
                if table.table == ENTRIES and _holds_words(rows[key]):
                    words_at[key] = rows[key]
                del rows[key]
        _mend_unread(table, rows, old, repair)
        if not table.others and not table.empties and table.records:
            continue
        # Items that are no record, or none at all (rv40 D4: an empty list dropped every
        # entry), or emptied to {} (rv42 D4: an editor's emptied braces): what the list
        # lost, the backup's records it lacks come back.
        ids = {listed_id(record) for record in rows.values()}
        number = max((int(key) for key in rows), default=0)
        for old_key, record in old.items():
            if isinstance(record, dict) and listed_id(record) not in ids:
                number += 1
                if old_key in words_at:
                    record = _with_words_found(table, record, words_at.pop(old_key))
                rows[str(number)] = record
                repair.from_backup.append(Taken(table.table, str(number), record, "listed"))
    # Still readable in the damaged file: not a record that does not read, nor the ones
    # the backup's copy stands in for.
    repair.kept -= sum(table.records - table.read for table in listed)
    repair.file_whole = False  # the damaged file is kept aside, and the mended one written
    repair.backup_used = bool(backup)
    repair.listed = listed
    generation = max(generation_of(data), generation_of(backup)) + 1
    data[STORAGE_TABLE] = {STORAGE_KEY: {"generation": generation}}
    return repair


def _with_words_found(table: Listed, record: dict[str, Any], item: Any) -> dict[str, Any]:
    """The backup's entry with the words that stood in its place added to its notes, said.

    Only the table form keeps a record's place: there, text where an entry was is
    its person's words about it, and now rests in its notes, not only aside.
    """
    found = {"": item}
    record = words_to_notes(record, found, [""], where="this entry's place in the journal")
    table.others.remove(shown(item)[:60])
    table.noted.append(f"{described(ENTRIES, record)} (its place held {shown(item)[:60]})")
    return record


def _holds_words(item: Any) -> bool:
    """Whether an item that is no record holds something a person wrote, to keep aside."""
    return not isinstance(item, dict) and bool(texts_of(item))


def _empties(items: list[Any]) -> list[str]:
    """The items that hold nothing ({}, null, ""), as written: nothing to keep aside.

    fz35: a `null` counted as kept aside (KEEP, exit 1) though it held no words.
    """
    return [
        shown(item)[:20]
        for item in items
        if item == {} or (not _holds_words(item) and not isinstance(item, dict))
    ]


def _table_of(old: Any) -> dict[str, Any]:
    """The backup's table of records; one a hand edit made a list too (saves leave it so)."""
    if isinstance(old, list):
        return {str(n): record for n, record in enumerate(old, 1) if isinstance(record, dict)}
    return old if isinstance(old, dict) else {}


def _mend_unread(table: Listed, rows: dict[str, Any], old: dict[str, Any], repair: Repair) -> None:
    """Each record of the list that does not read: mended from the backup's copy, else said."""
    backed = {listed_id(record): record for record in old.values() if isinstance(record, dict)}
    backed.pop(None, None)  # a record without an id is no copy of any other
    for key, record in rows.items():
        # Only under fields coach ignores: a field it reads does not read, and is mended so.
        names = _unwritable(record) if unreadable(table.table, record) is None else []
        if names:
            rows[key] = _written(record, names, backed.get(listed_id(record)))
            # What the person put there is only in the copy kept aside.
            table.too_deep.append(
                f"{described(table.table, record)} ({field_names(names, table.table)})"
            )
    if table.table == ENTRIES:
        table.given = given_ids(rows, backed)
    for key, record in rows.items():
        if unreadable(table.table, record) is not None:
            rows[key], names = texts_put_back(table.table, record)
            if names:
                said = held(table.table, record, names)
                table.put_back.append(f"{described(table.table, rows[key])} ({said})")
    whys = {key: unreadable(table.table, record) for key, record in rows.items()}
    reading: dict[str | None, str] = {}  # each id -> the key of the first record that reads
    for key, record in rows.items():
        if whys[key] is None:
            reading.setdefault(listed_id(record), key)
    for key, record in list(rows.items()):
        why = whys[key]
        copy = backed.get(listed_id(record)) or same_but_id(record, backed, reading)
        twin = reading.get(listed_id(record)) if listed_id(record) is not None else None
        if why is None and twin not in (None, key):
            _read_twice(table, rows, key, rows[twin])
        elif why is None:
            table.read += 1
            table.in_backup += copy is not None
            table.same += copy == record
        elif twin is not None:
            _one_of_two(table, rows, key, rows[twin], why)
        elif copy is not None and unreadable(table.table, copy) is None:
            _from_backup(table, rows, key, copy, repair, why)
        elif table.table == ENTRIES and _without(table, rows, key):
            table.read += 1
        else:
            # Kept as it is, as coach keeps a record it cannot read: only its person can
            # mend it, and the copy kept aside is not said to be safe to delete.
            table.unread.append(f"{described(table.table, record)} ({why})")
            table.unread_without_id |= listed_id(record) is None


def _unwritable(record: dict[str, Any]) -> list[str]:
    """The fields of a record whose value cannot be written where it sits in the journal."""
    names = []
    for name, value in record.items():
        try:
            orjson.dumps({"": {"": {"": value}}})  # as deep as a field sits in the journal
        except (TypeError, RecursionError):
            names.append(name)
    return names


def _written(record: dict[str, Any], names: list[str], copy: Any) -> dict[str, Any]:
    """The record without the fields that cannot be written; the backup's value where it can be."""
    kept = {name: value for name, value in record.items() if name not in names}
    if isinstance(copy, dict):
        spare = {n: copy[n] for n in names if n in copy and n not in _unwritable(copy)}
        kept.update(spare)
    return kept


def _whole(raw: bytes) -> bool:
    """Whether the backup reads as JSON whole (else what it gave is only what was salvaged)."""
    try:
        return isinstance(parse_journal_json(raw), dict)
    except (orjson.JSONDecodeError, ValueError, RecursionError):
        return False


def _one_of_two(table: Listed, rows: dict[str, Any], key: str, kept: Any, why: str) -> None:
    """A record that does not read listed beside one with its id that does: that one is kept.

    Two records under one id lock `coach plans done/edit` out (rv40 D2). What
    the unread one held beyond its broken fields is only in the copy kept aside.
    """
    record = rows.pop(key)
    mixed = mended_from(table.table, record, kept)
    taken = [] if mixed is None else mixed[1]
    # A broken value holding words is newer too, not worthless (rv42 D1).
    words = worded(record, taken)
    newer = [n for n in differing(record, kept) if n not in taken or n in words]
    said = described(table.table, kept)
    if newer:
        names = field_names(newer, table.table)
        quoted = f"; {held(table.table, record, words)}" if words else ""
        table.differs.append(
            f"{described(table.table, record)} ({names}; it did not read: {why}{quoted})"
        )
    table.twice.append(f"{said} (the second copy did not read: {why})")


def _read_twice(table: Listed, rows: dict[str, Any], key: str, first: Any) -> None:
    """A second record that reads under an id another holds: dropped if the same, else its own id.

    An entry's is left to `coach repair`'s renumbering (repair_ids), which says it.
    """
    from coach.plans import new_plan_id

    record = rows[key]
    if record == first:
        del rows[key]
        table.twice.append(f"{described(table.table, record)} (the same both times)")
        return
    table.read += 1
    if table.table == PLANS:
        old = listed_id(record)
        record["id"] = new_plan_id()
        table.twice.append(
            f"{described(table.table, record)} (it had the id {old}, as another plan did; it "
            "now has its own)"
        )


def _from_backup(
    table: Listed, rows: dict[str, Any], key: str, copy: Any, repair: Repair, why: str
) -> None:
    """The backup's copy mends the record: only the fields it needs, else the whole copy."""
    record = rows[key]
    mixed = mended_from(table.table, record, copy)
    if mixed is not None:
        rows[key], taken = mixed
        words = worded(record, taken)
        if words and table.table == ENTRIES:
            # Words where coach cannot read them go to its notes, not only aside.
            rows[key] = words_to_notes(rows[key], record, words)
            table.noted.append(f"{described(table.table, record)} ({held(ENTRIES, record, words)})")
            taken = [name for name in taken if name not in words]
            words = []
        if taken:
            said = held(table.table, record, taken)
            table.mended.append(f"{described(table.table, rows[key])} ({said})")
        if words:
            # What the person typed there is only in the copy kept aside (rv42 D1).
            names = field_names(words, table.table)
            table.differs.append(
                f"{described(table.table, record)} ({names}, as quoted above; it did not "
                f"read: {why})"
            )
        return
    rows[key] = copy
    repair.from_backup.append(Taken(table.table, key, copy, "broken"))
    newer = differing(record, copy)
    if newer:
        names = field_names(newer, table.table)
        table.differs.append(f"{described(table.table, record)} ({names}; it did not read: {why})")


def _without(table: Listed, rows: dict[str, Any], key: str) -> bool:
    """An entry no copy mends that reads without the fields that broke: its words to its notes.

    Whether it now reads. Only an entry: its notes can hold what the fields held.
    """
    record = rows[key]
    # Only fields an entry reads without: one it needs that broke, no copy can mend.
    needed = {name: record[name] for name in ("id", "company", "stage") if name in record}
    mixed = mended_from(ENTRIES, record, needed)
    if mixed is None:
        return False
    mended, dropped = mixed
    words = worded(record, dropped)
    rows[key] = settled(words_to_notes(mended, record, words))
    if words:
        table.noted.append(f"{described(ENTRIES, record)} ({held(ENTRIES, record, words)})")
    rest = [name for name in dropped if name not in words]
    if rest:
        table.emptied.append(f"{described(ENTRIES, rows[key])} ({held(ENTRIES, record, rest)})")
    return True
