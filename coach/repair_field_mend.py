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


def has_words(value: Any) -> bool:
    """Whether a value holds anything a person typed: text, or a list or table holding some.

    rv42 D1: notes pasted as a list of lines, or a day typed 28/11/2026, were
    taken for a broken value worth nothing, and the only copy of them "may go".
    """
    return bool(_words(value, 1))


def _words(value: Any, most: int) -> list[str]:
    """The first few texts a value holds, at any depth, in order."""
    found: list[str] = []
    stack = [value]  # walked without recursion: a hand edit can nest a value 1000 deep
    while stack and len(found) < most:
        item = stack.pop()
        if isinstance(item, str) and item.strip():
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(reversed([*item.keys(), *item.values()]))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


def worded(record: dict[str, Any], names: list[str]) -> list[str]:
    """Those of the fields whose value in the record holds a person's words."""
    return [name for name in names if has_words(record.get(name))]


def held(table: str, record: dict[str, Any], names: list[str]) -> str:
    """What the damaged copy held in these fields ("stage held 5; due was missing").

    A value holding words is quoted whole enough to search for (rv42 D1: cut
    at 40 characters, what was kept aside could not be found); others short.
    """
    from coach.field_words import field_word

    said = []
    for name in names:
        word = field_word(name, table)
        if name not in record:
            said.append(f"{word} was missing")
            continue
        value = shown(record[name])
        room = _WORDS_SHOWN if has_words(record[name]) else 40
        said.append(f"{word} held {value[:room]}{'…' if len(value) > room else ''}")
    return "; ".join(said)


def shown(value: Any) -> str:
    """A value as JSON text; one nested deeper than JSON can be written, said so (rv42 D2)."""
    try:
        return orjson.dumps(value).decode()
    except (TypeError, RecursionError):
        words = orjson.dumps(_words(value, 10)).decode()
        return f"a value nested too deep to show, holding {words}"


# Enough of a value holding words to find it by searching the copy kept aside.
_WORDS_SHOWN = 400
