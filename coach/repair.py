"""Mending a damaged journal: keep each record still readable, take the rest from the backup."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from coach.crypto import (
    PASSPHRASE_ENV,
    PLAIN,
    Codec,
    SealedFileError,
    WrongPassphrase,
    file_is_sealed,
    is_sealed,
)
from coach.errors import CoachError, JournalCorrupt
from coach.file_kind import not_a_file
from coach.files import fsync_dir, write_atomically
from coach.journal_lines import serialize_by_line
from coach.json_numbers import parse_journal_json
from coach.repair_lines import BrokenRecord, read_broken_line
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
    # What could still be read of each of those lines: (table, key) -> (line, record).
    broken: dict[tuple[str, str], tuple[int, BrokenRecord]] = field(default_factory=dict)
    # Records read whole once stray characters were let through (table, key).
    read_past_damage: list[tuple[str, str]] = field(default_factory=list)
    # A broken line whose record key could not be read: anything may be missing.
    unplaced: bool = False
    # Whether the file's last closing brace was there (a file cut short lacks it).
    ended: bool = False
    # The table the file stopped in, and the last record key it got to there.
    open_table: str | None = None
    last_key: str | None = None
    line_count: int = 0

    @property
    def records(self) -> int:
        """How many records were read (coach's own bookkeeping tables not counted)."""
        return sum(len(rows) for name, rows in self.tables.items() if not name.startswith("_"))

    @property
    def cut_short(self) -> bool:
        """Whether the file ends before its closing brace (a crash, a full disk, a partial copy)."""
        return bool(self.tables or self.bad_lines) and not self.ended


@dataclass
class Taken:
    """A record put back from the backup, and why."""

    table: str
    key: str
    record: Any
    # "broken": its line in the damaged file is broken; "cut": it lay past the cut.
    why: str


@dataclass
class Repair:
    """The mended journal, and what went into it, for the person to read."""

    data: dict[str, Any]
    kept: int
    from_backup: list[Taken]
    # Broken lines the backup did not hold: (line, table, what of the record could be read).
    partial: list[tuple[int, str, dict[str, Any]]]
    # Records read whole although their line held stray characters: (table, record).
    read_past_damage: list[tuple[str, Any]]
    # Lines of which nothing could be kept: (line number, its first characters).
    lost_lines: list[tuple[int, str]]
    # Records the backup holds that the last save had removed: (table, record).
    left_out: list[tuple[str, Any]]
    # The line the damaged file stops at, when it was cut short.
    cut_at: int | None
    backup_used: bool
    # Why a sealed damaged file could not be opened at all (its records all lost).
    unopened: str | None = None

    @property
    def complete(self) -> bool:
        """Whether every record went into the mended journal whole, as far as can be told.

        A file cut short never counts: what its last save put past the cut is in
        neither file, and nothing says whether there was any.
        """
        return (
            not self.partial
            and not self.lost_lines
            and self.cut_at is None
            and self.unopened is None
        )


def salvage(raw: bytes) -> Salvage:
    """Every record of a journal laid out one record per line that still reads as JSON."""
    found = Salvage()
    table: str | None = None
    lines = raw.split(b"\n")
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
        if opening is not None and table is None:
            table = str(orjson.loads(opening.group(1)))
            found.tables.setdefault(table, {})
            found.last_key = None
            continue
        pair = _one_pair(text)
        if pair is not None and table is not None:
            found.tables[table][pair[0]] = pair[1]
            found.last_key = pair[0]
            continue
        broken = read_broken_line(line) if table is not None else None
        if broken is not None and table is not None:
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
    found.open_table = table
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
    from_backup: list[Taken] = []
    left_out: list[tuple[str, Any]] = []
    for name, table in old.items():
        if not isinstance(table, dict) or name == STORAGE_TABLE:
            continue
        past_cut = _keys_past_the_cut(found, name, table)
        for key, record in table.items():
            if key in data.get(name, {}):
                continue  # the damaged file's copy is the newer one
            if (name, key) in found.bad_keys or found.unplaced:
                why = "broken"
            elif key in past_cut:
                why = "cut"
            else:
                # The damaged file is whole here, so the last save removed it.
                left_out.append((name, record))
                continue
            data.setdefault(name, {})[key] = record
            from_backup.append(Taken(name, key, record, why))
    taken = {(item.table, item.key) for item in from_backup}
    partial: list[tuple[int, str, dict[str, Any]]] = []
    for (name, key), (number, broken) in found.broken.items():
        if (name, key) in taken or not broken.fields:
            continue
        # Not in the backup: what of it could be read is better than nothing.
        data.setdefault(name, {})[key] = broken.fields
        partial.append((number, name, broken.fields))
    generation = max(generation_of(data), generation_of(old)) + 1
    data[STORAGE_TABLE] = {STORAGE_KEY: {"generation": generation}}
    return Repair(
        data=data,
        kept=found.records,
        from_backup=from_backup,
        partial=partial,
        read_past_damage=[(name, found.tables[name][key]) for name, key in found.read_past_damage],
        lost_lines=_lost_lines(damaged, found, taken, partial),
        left_out=left_out if not found.unplaced else [],
        cut_at=found.line_count if found.cut_short else None,
        backup_used=bool(old),
    )


def _keys_past_the_cut(found: Salvage, name: str, table: dict[str, Any]) -> set[str]:
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


def _lost_lines(
    damaged: bytes,
    found: Salvage,
    taken: set[tuple[str, str]],
    partial: list[tuple[int, str, dict[str, Any]]],
) -> list[tuple[int, str]]:
    """The damaged file's broken lines of which nothing went into the mended journal."""
    used = {number for (name, key), (number, _) in found.broken.items() if (name, key) in taken}
    used |= {number for number, _, _ in partial}
    lines = damaged.split(b"\n")
    lost = []
    for number in found.bad_lines:
        if number in used:
            continue
        text = lines[number - 1].decode("utf-8", errors="replace").strip()
        lost.append((number, text[:60] + ("…" if len(text) > 60 else "")))
    return lost


def _opened(raw: bytes, codec: Codec, path: Path) -> tuple[bytes, str | None]:
    """The file's JSON bytes, and why it could not be opened (then the bytes are empty)."""
    if not codec.encrypted:
        return raw, None
    if not is_sealed(raw):
        return raw, None  # left plain by an interrupted encrypt: read as it is
    try:
        return codec.decode(raw, path), None
    except WrongPassphrase:
        raise
    except SealedFileError as error:
        return b"", error.reason


def _backup_data(backup: bytes | None) -> dict[str, Any]:
    if not backup:
        return {}
    try:
        data = parse_journal_json(backup)
    except (orjson.JSONDecodeError, ValueError, RecursionError):
        return salvage(backup).tables  # a damaged backup still gives what it can
    return data if isinstance(data, dict) else {}


@dataclass
class Repaired:
    """A repair done: what went into the journal, and where the old files were kept."""

    repair: Repair
    aside: Path
    # A copy of the backup as it was: the next save replaces the backup itself.
    backup_kept: Path | None


def repair_journal(journal: Path, codec: Codec = PLAIN) -> Repaired | None:
    """Mend the journal in place, all or nothing; None when it reads fine.

    The damaged file (and a copy of the backup) is kept beside it first; the
    mended one then replaces it in a single rename, under the lock, so no coach
    saves in between. A sealed journal is opened, mended and sealed again with
    `codec`; when it cannot be opened at all, the backup stands in for it.
    """
    storage = DurableStorage(journal)
    with storage.locked():
        real = Path(os.path.realpath(journal))
        if journal.is_symlink() and not real.exists():
            raise CoachError(
                f"The journal {journal} is a link to {real}, which does not exist: there is "
                "nothing to repair. Point the link at your journal, or remove the link."
            )
        kind = not_a_file(real)
        if kind is not None:
            raise JournalCorrupt.not_a_file(journal, kind)
        if file_is_sealed(real) and not codec.encrypted:
            raise CoachError(
                f"The journal {journal} is sealed (encrypted): repair needs its passphrase "
                f"(type it when asked, or set {PASSPHRASE_ENV}). Nothing was changed."
            )
        try:
            raw = real.read_bytes()
        except FileNotFoundError:
            raise CoachError(f"There is no journal at {journal} to repair.") from None
        except OSError as error:
            raise CoachError(f"Cannot read {journal}: {error.strerror or error}.") from None
        damaged, unopened = _opened(raw, codec, real)
        if unopened is None:
            try:
                parse_journal_json(damaged)
            except (orjson.JSONDecodeError, ValueError, RecursionError):
                pass
            else:
                return None
        try:
            backup_raw: bytes | None = storage.backup_path.read_bytes()
        except OSError:
            backup_raw = None
        backup = _opened(backup_raw, codec, storage.backup_path)[0] if backup_raw else None
        if unopened is not None and not backup:
            raise CoachError(
                f"The journal {journal} cannot be opened ({unopened}), and there is no "
                "backup that opens with this passphrase. Restore it from your own copy or "
                "your sync tool's history. Nothing was changed."
            )
        repair = mend(damaged, backup or None)
        repair.unopened = unopened
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = real.with_name(f"{real.name}.damaged-{stamp}")
        # The next save turns the mended file into the backup: until the
        # person has checked the repair, the old backup must outlive that.
        backup_kept = aside.with_name(aside.name + ".bak") if backup_raw else None
        try:
            write_atomically(aside, raw)
            if backup_kept is not None and backup_raw is not None:
                write_atomically(backup_kept, backup_raw)
            write_atomically(real, codec.encode(serialize_by_line(repair.data)))
            fsync_dir(real.parent)
        except OSError as error:
            raise CoachError(
                f"Could not write the repaired journal ({error.strerror or error}). "
                f"The journal {journal} is unchanged."
            ) from None
    return Repaired(repair, aside, backup_kept)
