"""Reading a damaged journal a line at a time: every record that still reads, and where it stops."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import orjson

from coach.json_numbers import parse_journal_json
from coach.repair_layout import relaid
from coach.repair_lines import BrokenRecord, read_broken_line
from coach.repair_tables import (
    KNOWN,
    damaged_opening,
    person_counts,
    placed_by_fields,
    table_of,
)

# A table's opening line as coach writes it: "entries":{
_TABLE_LINE = re.compile(rb'^\s*("(?:[^"\\]|\\.)*")\s*:\s*\{\s*$')
_CLOSING = (b"}", b"},")
# The table being read when its opening line was damaged: each record is placed by its fields.
_GUESSED = "\0guessed"


@dataclass
class Salvage:
    """What could be read of a damaged file, a line at a time."""

    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    bad_lines: list[int] = field(default_factory=list)
    # (table, key) of each broken record line whose key could still be read.
    bad_keys: set[tuple[str, str]] = field(default_factory=set)
    # What could still be read of each of those lines: (table, key) -> (line, record).
    broken: dict[tuple[str, str], tuple[int, BrokenRecord]] = field(default_factory=dict)
    # Records read whole once stray characters were let through (table, key).
    read_past_damage: list[tuple[str, str]] = field(default_factory=list)
    # Records that had lost their key, or repeated one already read, now on a free key.
    rekeyed: list[tuple[str, str]] = field(default_factory=list)
    # Records under a table's name that did not read, moved to the table their fields name.
    placed: list[tuple[str, str]] = field(default_factory=list)
    # A broken line whose record key could not be read: anything may be missing.
    unplaced: bool = False
    # Lines holding a table's name that did not read: its records were placed by their fields.
    names_lost: list[int] = field(default_factory=list)
    # Whether the file's last closing brace was there (a file cut short lacks it).
    ended: bool = False
    # The table the file stopped in, and the last record key it got to there.
    open_table: str | None = None
    last_key: str | None = None
    line_count: int = 0
    # The lines read: the file's own, or (another layout) its records one a line.
    lines: list[bytes] = field(default_factory=list)
    # Where each of those lines began in the file (None: they are the file's own lines).
    origin: list[int] | None = None

    @property
    def records(self) -> int:
        """How many records were read that a person counts: entries and plans (rv38).

        Not their details, nor coach's bookkeeping: "Kept 6 records" of 3 entries
        and 2 plans left the person looking for one more.
        """
        return person_counts(self.tables)

    def at_line(self, number: int) -> int:
        """The damaged file's line where line `number` of those read began."""
        return number if self.origin is None else self.origin[number - 1]

    @property
    def cut_short(self) -> bool:
        """Whether the file ends before its closing brace (a crash, a full disk, a partial copy)."""
        return bool(self.tables or self.bad_lines) and not self.ended


def salvage(raw: bytes) -> Salvage:
    """Every record of a damaged journal that still reads as JSON, whatever its layout.

    The file is read a line at a time as coach lays it out; when that reads
    fewer records than broken lines (a file pretty-printed by an editor, or all
    on one line), it is read again record by record, and the reading that finds
    more records is kept.
    """
    own = _salvage_lines(raw.split(b"\n"), None)
    if _found(own)[0] > len(own.bad_lines):
        return own  # coach's own layout, a few lines broken: reading it again gains nothing
    again = relaid(raw)
    other = _salvage_lines(again.lines, again.origin, again.braced)
    return other if _found(other) > _found(own) else own


def _found(found: Salvage) -> tuple[int, int]:
    """How much of the journal a reading found: whole records, then records read in part."""
    return sum(len(rows) for rows in found.tables.values()), len(found.broken)


def _salvage_lines(
    lines: list[bytes], origin: list[int] | None, braced: set[int] | None = None
) -> Salvage:
    """Every record of lines laid out one record per line that still reads as JSON."""
    found = Salvage(lines=lines, origin=origin)
    table: str | None = None
    # Whole records whose key was lost: (table, the key before them, the record).
    keyless: list[tuple[str, str | None, Any]] = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text:
            found.line_count = number
        if not text or (number == 1 and text == b"{"):
            continue
        if text in _CLOSING:
            if table is None and text == b"}":
                found.ended = True
            table = None
            continue
        opening = _TABLE_LINE.match(line)
        name = str(orjson.loads(opening.group(1))) if opening is not None else ""
        # A table's name met inside another table: the brace that closed that one was lost.
        if opening is not None and (table in (None, _GUESSED) or not name.isdigit()):
            table = name
            if name not in KNOWN:
                found.names_lost.append(number)  # a letter lost or doubled: "entres"
            found.tables.setdefault(table, {})
            found.last_key = None
            continue
        if table in (None, _GUESSED):
            # Outside any table: the table's opening line was damaged, so each
            # record is placed by its fields, as are those after it.
            if _placed(found, text):
                table = _GUESSED
                continue
            if damaged_opening(line):
                table = _GUESSED
                found.names_lost.append(number)  # said, though no record was on it
                continue
            found.unplaced = True  # a record's line whose table is not known
            found.bad_lines.append(number)
            continue
        pair = _one_pair(text)
        if pair is not None and pair[0] in found.tables[table]:
            # A digit of its key lost ("10" read as "1"): both kept, this one on a key of its own.
            keyless.append((table, found.last_key, pair[1]))
            continue
        if pair is not None:
            found.tables[table][pair[0]] = pair[1]
            found.last_key = pair[0]
            if braced and number in braced:
                found.read_past_damage.append((table, pair[0]))  # its lost `{` put back
            continue
        broken = read_broken_line(line)
        taken = broken is not None and (not broken.key or broken.key in found.tables[table])
        if broken is not None and broken.whole and taken:
            keyless.append((table, found.last_key, broken.fields))  # its key was lost
            continue
        if broken is not None and broken.key:
            found.last_key = broken.key
            if broken.whole:
                found.tables[table][broken.key] = broken.fields
                found.read_past_damage.append((table, broken.key))
                continue
            found.bad_keys.add((table, broken.key))
            found.broken[(table, broken.key)] = (number, broken)
        else:
            found.unplaced = True
        found.bad_lines.append(number)
    found.open_table = table if table != _GUESSED else found.open_table
    for name, before, record in keyless:
        key = _lost_key(found.tables.setdefault(name, {}), before)
        found.tables[name][key] = record
        found.rekeyed.append((name, key))
    found.placed += placed_by_fields(found.tables)
    return found


def _placed(found: Salvage, text: bytes) -> bool:
    """Place a whole record met outside any table by its fields; whether it was."""
    pair = _one_pair(text)
    if pair is None:
        broken = read_broken_line(text)
        if broken is None or not broken.whole or not broken.key:
            return False
        pair = (broken.key, broken.fields)
    home = table_of(pair[1])
    if home is None or pair[0] in found.tables.get(home, {}):
        return False
    found.tables.setdefault(home, {})[pair[0]] = pair[1]
    found.read_past_damage.append((home, pair[0]))  # its table's name did not read
    found.open_table, found.last_key = home, pair[0]
    return True


def _lost_key(table: dict[str, Any], before: str | None) -> str:
    """A key for a record whose own was lost: the one after the record before, if free."""
    # Coach numbers records in order, so that is most often the very key lost.
    after = int(before) + 1 if before is not None and before.isdigit() else 1
    if str(after) not in table:
        return str(after)
    numbers = [int(k) for k in table if k.isdigit() and len(k) < 19]
    return str(max(numbers, default=0) + 1)


def _one_pair(text: bytes) -> tuple[str, Any] | None:
    """The line's `"key":record`, or None when it does not read as one."""
    body = text[:-1] if text.endswith(b",") else text
    try:
        pair = parse_journal_json(b"{" + body + b"}")
    except (orjson.JSONDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(pair, dict) or len(pair) != 1:
        return None
    ((key, value),) = pair.items()
    return (key, value) if key.isdigit() else None


def keys_past_the_cut(found: Salvage, name: str, table: dict[str, Any]) -> set[str]:
    """The backup's keys of this table that lay past where the damaged file was cut."""
    if not found.cut_short:
        return set()
    if name not in found.tables:
        return set(table)  # the file ended before this table began
    if name != found.open_table:
        return set()  # the table closed before the cut: it is whole
    if found.last_key is None:
        return set(table)
    # Records keep their order from save to save (a new one goes last), so
    # whatever followed the last record read lay past the cut.
    keys = list(table)
    if found.last_key not in keys:
        return set()  # the last record read is newer than the backup: all of it came before
    return set(keys[keys.index(found.last_key) + 1 :])
