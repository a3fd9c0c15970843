"""A table of records stored as a list (a hand edit): its records put back in a table, kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from coach.journal_hidden import hidden_records
from coach.journal_records import ENTRIES, PLANS
from coach.json_numbers import parse_journal_json
from coach.repair import Repair, Taken, backup_data, kept_whole
from coach.repair_described import count_records, described, field_names
from coach.storage import STORAGE_KEY, STORAGE_TABLE, generation_of

# The tables of the person's records a list can stand in for.
_LISTED = (ENTRIES, PLANS)
_ABSENT = object()  # a field the backup's copy lacks: any value the list held differs


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
    # Records that do not read as coach reads them (a field lost in the edit) and of
    # which the backup holds no copy that does: kept as they are, each said with why.
    unread: list[str] = field(default_factory=list)
    # Records the backup's copy stood in for whose own copy held other values too (newer
    # words): those are only in the copy kept aside, each said with the fields that differ.
    differs: list[str] = field(default_factory=list)

    @property
    def unmended(self) -> bool:
        """Whether the copy kept aside holds what the mended journal lacks or cannot read."""
        return bool(self.others or self.unread or self.differs)


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
        records = [item for item in items if isinstance(item, dict)]
        others = [orjson.dumps(item).decode()[:60] for item in items if not isinstance(item, dict)]
        data[name] = {str(number): record for number, record in enumerate(records, 1)}
        listed.append(Listed(name, len(records), others))
    return data, listed


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
    for table in listed:
        old = backup.get(table.table)
        old = old if isinstance(old, dict) else {}
        rows = data[table.table]
        _mend_unread(table, rows, old, repair)
        if not table.others:
            continue
        ids = {_id(record) for record in rows.values()}
        number = len(rows)
        for record in old.values():
            if isinstance(record, dict) and _id(record) not in ids:
                number += 1
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


def _mend_unread(table: Listed, rows: dict[str, Any], old: dict[str, Any], repair: Repair) -> None:
    """Each record of the list that does not read: the backup's copy if it reads, else said."""
    backed = {_id(record): record for record in old.values() if isinstance(record, dict)}
    backed.pop(None, None)  # a record without an id is no copy of any other
    for key, record in rows.items():
        why = _unreadable(table.table, record)
        copy = backed.get(_id(record))
        if why is None:
            table.read += 1
            table.in_backup += copy is not None
        elif copy is not None and _unreadable(table.table, copy) is None:
            rows[key] = copy
            repair.from_backup.append(Taken(table.table, key, copy, "broken"))
            newer = [name for name, value in record.items() if copy.get(name, _ABSENT) != value]
            if newer:
                names = field_names(newer, table.table)
                table.differs.append(f"{described(table.table, record)} ({names})")
        else:
            # Kept as it is, as coach keeps a record it cannot read: only its person can
            # mend it, and the copy kept aside is not said to be safe to delete.
            table.unread.append(f"{described(table.table, record)} ({why})")


def _id(record: dict[str, Any]) -> str | None:
    """A record's id as the journal reads it; None when it has none (or no text: a hand edit)."""
    value = record.get("id")
    return (value.strip() or None) if isinstance(value, str) else None


def _unreadable(table: str, record: dict[str, Any]) -> str | None:
    """Why the journal cannot read this record of the table, or None when it can."""
    from coach.plan_record import plan_from_record
    from coach.plans import PlanError
    from coach.records import EntryError, entry_from_record

    try:
        plan_from_record(record) if table == PLANS else entry_from_record(record)
    except (PlanError, EntryError) as error:
        return str(error)
    return None


def listed_note(listed: Listed, journal_name: str) -> str:
    """What `coach repair` did with a table that was a list, for the person to read."""
    kind = "plans" if listed.table == PLANS else "entries"
    said = f"The journal's {kind} table was a list, not the table coach keeps"
    if listed.read:
        said += (
            f": {count_records(listed.read)} in it {'is' if listed.read == 1 else 'are'} put "
            f"back in a table as the damaged file held {'it' if listed.read == 1 else 'them'} "
            f"({_against_backup(listed)})."
        )
    else:
        said += "; it is a table again."
    if listed.unread:
        one = len(listed.unread) == 1
        said += (
            f" {count_records(len(listed.unread))} in it {'does' if one else 'do'} not read, "
            f"and the backup holds no copy that does: {'; '.join(listed.unread[:3])}"
            f"{'' if len(listed.unread) <= 3 else f'; and {len(listed.unread) - 3} more'}. "
            f"{'It is' if one else 'They are'} kept as {'it is' if one else 'they are'}, "
            "where coach cannot use "
            f"{'it' if one else 'them'}: with coach closed, put back what is missing in "
            f"{journal_name} with a text editor (search for the {'id' if one else 'ids'})."
        )
    if listed.differs:
        one = len(listed.differs) == 1
        said += (
            f" The backup's copy stands in for {count_records(len(listed.differs))} that "
            f"{'does' if one else 'do'} not read, but the damaged file held other values in "
            f"{'it' if one else 'them'} too: {'; '.join(listed.differs[:3])}"
            f"{'' if len(listed.differs) <= 3 else f'; and {len(listed.differs) - 3} more'}. "
            "Those values are only in the copy kept aside: put them back by hand if you "
            "want them."
        )
    if listed.others:
        items = "1 item" if len(listed.others) == 1 else f"{len(listed.others)} items"
        shown = ", ".join(listed.others[:3])
        said += (
            f" {items} of the list {'is' if len(listed.others) == 1 else 'are'} no record "
            f"({shown}): still in the copy kept aside, to mend by hand."
        )
    return said


def _against_backup(listed: Listed) -> str:
    """How the records kept stand to the backup: newer than its copies, or not in it."""
    newer, new = listed.in_backup, listed.read - listed.in_backup
    if not new:
        return "newer than the backup's"
    if not newer:
        return "not in the backup"
    return f"{newer} newer than the backup's, {new} not in the backup"
