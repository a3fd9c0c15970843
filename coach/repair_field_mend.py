"""A record that does not read for a field or two: those fields from another copy, the rest kept."""

from __future__ import annotations

from typing import Any

import orjson

from coach.journal_records import PLANS

_ABSENT = object()  # a field one copy lacks


def unreadable(table: str, record: Any) -> str | None:
    """Why the journal cannot read this record of the table, or None when it can."""
    from coach.plan_record import plan_from_record
    from coach.plans import PlanError
    from coach.records import EntryError, entry_from_record

    try:
        plan_from_record(record) if table == PLANS else entry_from_record(record)
    except (PlanError, EntryError) as error:
        return str(error)
    return None


def differing(record: dict[str, Any], copy: dict[str, Any]) -> list[str]:
    """The fields whose values differ between two copies of a record, the record's first."""
    names = [*record, *(name for name in copy if name not in record)]
    return [name for name in names if record.get(name, _ABSENT) != copy.get(name, _ABSENT)]


def mended_from(
    table: str, record: dict[str, Any], copy: dict[str, Any]
) -> tuple[dict[str, Any], list[str]] | None:
    """The record with the fewest fields taken from `copy` that makes it read, and their names.

    rv40 D5: the backup's whole copy stood in for a record of which one field
    broke, so its newer words left the journal. None when no such mix reads.
    """
    mixed = dict(record)
    taken: list[str] = []
    for name in differing(record, copy):
        if unreadable(table, mixed) is None:
            break
        _set(mixed, name, copy)
        taken.append(name)
    if unreadable(table, mixed) is not None:
        return None
    # The record's own value back wherever the record reads without the copy's.
    for name in list(taken):
        trial = dict(mixed)
        _set(trial, name, record)
        if unreadable(table, trial) is None:
            mixed = trial
            taken.remove(name)
    return mixed, taken


def _set(record: dict[str, Any], name: str, source: dict[str, Any]) -> None:
    if name in source:
        record[name] = source[name]
    else:
        record.pop(name, None)


def held(table: str, record: dict[str, Any], names: list[str]) -> str:
    """What the damaged copy held in these fields, short ("stage held 5; due was missing")."""
    from coach.field_words import field_word

    said = []
    for name in names:
        word = field_word(name, table)
        if name not in record:
            said.append(f"{word} was missing")
            continue
        value = orjson.dumps(record[name]).decode()
        said.append(f"{word} held {value[:40]}{'…' if len(value) > 40 else ''}")
    return "; ".join(said)
