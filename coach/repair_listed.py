"""A table of records stored as a list (a hand edit): its records put back in a table, kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from coach.journal_hidden import hidden_records
from coach.journal_records import ENTRIES, PLANS
from coach.json_numbers import parse_journal_json
from coach.repair import Repair, Taken, backup_data, kept_whole
from coach.repair_described import count_records
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
    """
    backup = backup_data(backup_raw)
    repair = kept_whole(data)  # before the backup's: those are not kept from the damaged file
    for table in listed:
        old = backup.get(table.table)
        if not table.others or not isinstance(old, dict):
            continue
        rows = data[table.table]
        ids = {record.get("id") for record in rows.values()}
        number = len(rows)
        for record in old.values():
            if isinstance(record, dict) and record.get("id") not in ids:
                number += 1
                rows[str(number)] = record
                repair.from_backup.append(Taken(table.table, str(number), record, "listed"))
    repair.file_whole = False  # the damaged file is kept aside, and the mended one written
    repair.backup_used = bool(backup)
    repair.listed = listed
    generation = max(generation_of(data), generation_of(backup)) + 1
    data[STORAGE_TABLE] = {STORAGE_KEY: {"generation": generation}}
    return repair


def listed_note(listed: Listed) -> str:
    """What `coach repair` did with a table that was a list, for the person to read."""
    kind = "plans" if listed.table == PLANS else "entries"
    said = (
        f"The journal's {kind} table was a list, not the table coach keeps: "
        f"{count_records(listed.records)} in it "
        f"{'is' if listed.records == 1 else 'are'} put back in a table as the damaged file "
        "held them (newer than the backup's)."
    )
    if listed.others:
        items = "1 item" if len(listed.others) == 1 else f"{len(listed.others)} items"
        shown = ", ".join(listed.others[:3])
        said += (
            f" {items} of the list {'is' if len(listed.others) == 1 else 'are'} no record "
            f"({shown}): still in the copy kept aside, to mend by hand."
        )
    return said
