"""Mending a damaged journal: keep each record still readable, take the rest from the backup."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from coach.crypto import file_is_sealed
from coach.errors import CoachError
from coach.files import fsync_dir, write_atomically
from coach.journal_lines import serialize_by_line
from coach.json_numbers import parse_journal_json
from coach.storage import STORAGE_KEY, STORAGE_TABLE, DurableStorage, generation_of

# A table's opening line as coach writes it: "entries":{
_TABLE_LINE = re.compile(rb'^\s*("(?:[^"\\]|\\.)*")\s*:\s*\{\s*$')
# The key a record line starts with, read even when the rest of the line is broken.
_RECORD_KEY = re.compile(rb'^\s*"(\d+)"\s*:')
_CLOSING = (b"}", b"},")


@dataclass
class Salvage:
    """What could be read of a damaged file, a line at a time."""

    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    bad_lines: list[int] = field(default_factory=list)
    # (table, key) of each broken record line whose key could still be read.
    bad_keys: set[tuple[str, str]] = field(default_factory=set)
    # A broken line whose record key could not be read: anything may be missing.
    unplaced: bool = False

    @property
    def records(self) -> int:
        """How many records were read (coach's own bookkeeping tables not counted)."""
        return sum(len(rows) for name, rows in self.tables.items() if not name.startswith("_"))


@dataclass
class Repair:
    """The mended journal, and what went into it, for the person to read."""

    data: dict[str, Any]
    kept: int
    from_backup: list[tuple[str, str, Any]]
    lost_lines: list[int]
    backup_used: bool


def salvage(raw: bytes) -> Salvage:
    """Every record of a journal laid out one record per line that still reads as JSON."""
    found = Salvage()
    table: str | None = None
    for number, line in enumerate(raw.split(b"\n"), start=1):
        text = line.strip()
        if not text or (number == 1 and text == b"{"):
            continue
        if text in _CLOSING:
            table = None
            continue
        opening = _TABLE_LINE.match(line)
        if opening is not None and table is None:
            table = orjson.loads(opening.group(1))
            found.tables.setdefault(str(table), {})
            continue
        pair = _one_pair(text)
        if pair is not None and table is not None:
            found.tables[table][pair[0]] = pair[1]
            continue
        found.bad_lines.append(number)
        key = _RECORD_KEY.match(line)
        if key is not None and table is not None:
            found.bad_keys.add((table, key.group(1).decode()))
        else:
            found.unplaced = True
    return found


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


def mend(damaged: bytes, backup: bytes | None) -> Repair:
    """The damaged file's readable records, plus what the backup holds of the rest."""
    found = salvage(damaged)
    old = _backup_data(backup)
    if not found.tables:
        if not old:
            raise CoachError(
                "No record of the journal could be read, and there is no readable backup. "
                "Mend it in a text editor, or restore a copy of your own. Nothing was changed."
            )
        found.unplaced = True  # nothing placed at all: everything must come from the backup
    data: dict[str, Any] = {name: dict(table) for name, table in found.tables.items()}
    from_backup: list[tuple[str, str, Any]] = []
    for name, table in old.items():
        if not isinstance(table, dict) or name == STORAGE_TABLE:
            continue
        for key, record in table.items():
            if key in data.get(name, {}):
                continue  # the damaged file's copy is the newer one
            # A record the last save removed is not in the damaged file either;
            # only when the broken lines name their keys can the two be told apart.
            if not found.unplaced and (name, key) not in found.bad_keys:
                continue
            data.setdefault(name, {})[key] = record
            from_backup.append((name, key, record))
    generation = max(generation_of(data), generation_of(old)) + 1
    data[STORAGE_TABLE] = {STORAGE_KEY: {"generation": generation}}
    return Repair(data, found.records, from_backup, _still_lost(found, from_backup), bool(old))


def _backup_data(backup: bytes | None) -> dict[str, Any]:
    if not backup:
        return {}
    try:
        data = parse_journal_json(backup)
    except (orjson.JSONDecodeError, ValueError, RecursionError):
        return salvage(backup).tables  # a damaged backup still gives what it can
    return data if isinstance(data, dict) else {}


def _still_lost(found: Salvage, from_backup: list[tuple[str, str, Any]]) -> list[int]:
    """The damaged file's broken lines, when the backup could not stand in for all of them."""
    restored = {(name, key) for name, key, _ in from_backup}
    if found.unplaced or not found.bad_keys <= restored:
        return found.bad_lines
    return []


def repair_journal(journal: Path) -> tuple[Repair, Path] | None:
    """Mend the journal in place, all or nothing; None when it reads fine.

    The damaged file is kept beside it first; the mended one then replaces it
    in a single rename, under the lock, so no coach saves in between.
    """
    storage = DurableStorage(journal)
    with storage.locked():
        real = Path(os.path.realpath(journal))
        if file_is_sealed(real):
            raise CoachError(
                f"The journal {journal} is sealed (encrypted): its records cannot be read "
                "one by one. Restore it from your own copy or your sync tool's history."
            )
        try:
            damaged = real.read_bytes()
        except FileNotFoundError:
            raise CoachError(f"There is no journal at {journal} to repair.") from None
        except OSError as error:
            raise CoachError(f"Cannot read {journal}: {error.strerror or error}.") from None
        try:
            parse_journal_json(damaged)
        except (orjson.JSONDecodeError, ValueError, RecursionError):
            pass
        else:
            return None
        try:
            backup: bytes | None = storage.backup_path.read_bytes()
        except OSError:
            backup = None
        repair = mend(damaged, backup)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = real.with_name(f"{real.name}.damaged-{stamp}")
        try:
            write_atomically(aside, damaged)
            write_atomically(real, serialize_by_line(repair.data))
            fsync_dir(real.parent)
        except OSError as error:
            raise CoachError(
                f"Could not write the repaired journal ({error.strerror or error}). "
                f"The journal {journal} is unchanged."
            ) from None
    return repair, aside
