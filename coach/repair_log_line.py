"""What can still be read of one damaged line of a big journal's append log, record by record.

A log line is one save, as log_lines writes it:
{"g": 7, "set": {"entries": {"12": {record}, "13": {record}}, "_storage": {...}}, "del": {...}}.
When the line does not read as JSON (a byte garbled, part of it cut off),
each record in it is found by its `"12":{` start and read on its own, whole
when it still reads, else field by field (as repair_lines does for a damaged
journal file), so one bad byte costs one field, not the whole save.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from coach.repair_lines import read_leniently, record_at

# A string inside a record holds a quote only escaped (\"), so these shapes
# are found only where the save itself lays out its tables and records.
_GENERATION = re.compile(r'^\s*\{\s*"g"\s*:\s*(\d+)')
_TABLE_START = re.compile(r'"([A-Za-z_]\w*)"\s*:\s*\{\s*"(\d+)"\s*:\s*\{')
_NEXT_RECORD = re.compile(r'\}\s*,\s*"(\d+)"\s*:\s*\{')
_REMOVED = re.compile(r'"del"\s*:\s*\{')
_REMOVED_TABLE = re.compile(r'"([A-Za-z_]\w*)"\s*:\s*\[([^\]]*)\]')
_KEY = re.compile(r'"(\d+)"')


@dataclass
class LineRecord:
    """One record of a damaged save: its table, key, the fields read, and if it read whole."""

    table: str
    key: str
    fields: dict[str, Any]
    whole: bool


@dataclass
class SalvagedSave:
    """What could be read of one damaged save of the log."""

    # The generation the save made, when it could be read.
    generation: int | None
    records: list[LineRecord] = field(default_factory=list)
    # Records the save removed, per table, as far as they could be read.
    removed: dict[str, list[str]] = field(default_factory=dict)
    # Whether the whole line read once stray characters were let through.
    whole: bool = False


def salvage_save(line: bytes) -> SalvagedSave | None:
    """What of a save's line can be read; None when neither a record nor a removal can."""
    text = line.decode("utf-8", errors="replace").strip()
    whole = _read_whole(text)
    if whole is not None:
        return whole
    found = _GENERATION.match(text)
    salvaged = SalvagedSave(int(found.group(1)) if found else None)
    removals = _REMOVED.search(text)
    end_of_sets = removals.start() if removals else len(text)
    starts = _record_starts(text[:end_of_sets])
    for index, (table, key, at) in enumerate(starts):
        end = starts[index + 1][2] if index + 1 < len(starts) else end_of_sets
        fields, read_whole = record_at(text[at:end], 0)
        if fields:
            salvaged.records.append(LineRecord(table, key, fields, read_whole))
    if removals is not None:
        salvaged.removed = _removed(text[removals.end() :])
    if not salvaged.records and not salvaged.removed:
        return None
    return salvaged


def _read_whole(text: str) -> SalvagedSave | None:
    """The save, when the line reads as one once stray control characters are let through."""
    try:
        value = read_leniently(text)
    except ValueError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("g"), int):
        return None
    sets, removed = value.get("set", {}), value.get("del", {})
    if not isinstance(sets, dict) or not isinstance(removed, dict):
        return None
    salvaged = SalvagedSave(value["g"], whole=True)
    for table, records in sets.items():
        if not isinstance(records, dict):
            return None
        for key, record in records.items():
            if isinstance(record, dict):
                salvaged.records.append(LineRecord(table, str(key), record, whole=True))
    for table, keys in removed.items():
        if isinstance(keys, list):
            salvaged.removed[table] = [str(key) for key in keys]
    return salvaged


def _record_starts(text: str) -> list[tuple[str, str, int]]:
    """(table, key, where its `{` is) of each record start, in the order they come."""
    starts: list[tuple[int, str | None, str, int]] = []
    for found in _TABLE_START.finditer(text):
        starts.append((found.start(), found.group(1), found.group(2), found.end() - 1))
    for found in _NEXT_RECORD.finditer(text):
        starts.append((found.start(), None, found.group(1), found.end() - 1))
    starts.sort()
    records: list[tuple[str, str, int]] = []
    table: str | None = None
    for _, named, key, at in starts:
        table = named or table
        if table is not None and table != "set":
            records.append((table, key, at))
    return records


def _removed(text: str) -> dict[str, list[str]]:
    """The removals of a save, table by table, as far as each list reads."""
    removed: dict[str, list[str]] = {}
    for found in _REMOVED_TABLE.finditer(text):
        keys = _KEY.findall(found.group(2))
        if keys:
            removed[found.group(1)] = keys
    return removed


@dataclass
class KeptRecord:
    """A record of a damaged save as it went into the mended journal."""

    table: str
    key: str
    # The fields the damaged line still held.
    fields: dict[str, Any]
    # The record as the saves before left it (None: the damaged save made it).
    before: dict[str, Any] | None
    whole: bool
    # The fields a record of its table holds (another record's), to tell what a new one lacks.
    usual: tuple[str, ...] = ()
    # The record as it went into the mended journal.
    stored: dict[str, Any] = field(default_factory=dict)
    # Why it was set aside, not kept: what was read is no plan coach can use ("": kept).
    aside: str = ""

    @property
    def lost(self) -> list[str]:
        """The fields the save wrote that could not be read (as far as can be told)."""
        if self.whole:
            return []
        names = self.before if self.before is not None else self.usual
        if not names and self.table == "plans":
            from coach.plan_record import PLAN_FIELDS  # the only plan: every field a plan has

            names = PLAN_FIELDS
        return [name for name in names if name not in self.fields]


@dataclass
class SalvagedLine:
    """A damaged line of the log, and what of it went into the mended journal."""

    number: int
    # The line was the last, cut short by a crash (no newline).
    torn: bool
    records: list[KeptRecord]
    removed: int
    # Every record of it read whole once stray characters were let through.
    whole: bool
