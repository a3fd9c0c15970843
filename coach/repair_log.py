"""What `coach repair` makes of a big journal's append log: replay what reads, name the rest.

A big journal keeps its latest saves in `<journal>.log` (coach/log_storage.py).
The app reads the snapshot and then the log, so a repair that mended the
snapshot alone would go back to the last fold, losing every save since. Here
the log is read a line at a time, leniently: each whole line that reads is
applied in order, a line that does not is named (with its first characters),
and so is a last line cut short by a crash. A log started on another file
(the journal was replaced from outside) is not applied, as the app would not
apply it either: it is named and kept aside.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from coach.errors import CoachError
from coach.log_base import belongs, stamp_of, whole_if_same
from coach.log_lines import apply_change, change_generation, log_path_of, replay
from coach.log_net import is_save, save_lines
from coach.log_news import unmerged
from coach.log_waiting import log_is_orphan
from coach.repair_log_line import KeptRecord, SalvagedLine, salvage_save
from coach.storage import STORAGE_TABLE


@dataclass
class LogRead:
    """What the log beside the journal added to the repair, and what it could not."""

    # Saves applied, and the records they set and removed (coach's own bookkeeping not counted).
    applied: int = 0
    set_records: int = 0
    removed_records: int = 0
    # Saves already in the snapshot (a fold that could not remove the log).
    folded: int = 0
    # Whole lines that do not read as a save: (line number, first characters).
    unread: list[tuple[int, str]] = field(default_factory=list)
    # A last line with no newline: a save a crash cut short (its first characters).
    torn: str | None = None
    # Saves not applied because the log was started on another journal file.
    orphaned: int = 0
    # Each (table, doc id) a save of the log set or removed.
    touched: set[tuple[str, str]] = field(default_factory=set)
    # The highest generation any readable save names (applied or not).
    last_generation: int = 0
    # Damaged lines of which something was kept, each record as it was kept.
    salvaged: list[SalvagedLine] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Whether every save the log holds is in the mended journal."""
        whole = all(line.whole for line in self.salvaged)
        return not self.unread and self.torn is None and not self.orphaned and whole


def read_log_bytes(path: Path) -> bytes | None:
    """The log's bytes, or None when there is none (or it cannot be read)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def log_head(raw: bytes) -> dict[str, Any] | None:
    """The log's head when it reads and names a snapshot ({"base": [...], ...}), else None."""
    try:
        head = orjson.loads(raw.split(b"\n", 1)[0])
    except orjson.JSONDecodeError:
        return None
    base = head.get("base") if isinstance(head, dict) else None
    if isinstance(base, list) and all(isinstance(part, int) for part in base):
        return head  # type: ignore[no-any-return]
    return None


def started_on(raw: bytes, real: Path, *, whole: bool) -> bool:
    """Whether the log was started on this very journal file.

    whole: the file reads fine, so it must match as the app matches it
    (log_base.belongs: the same file, or a copy of it). A damaged file was
    changed by the damage itself, so its inode alone says it is the same file
    (replacing a file gives a new inode).
    """
    head = log_head(raw)
    if head is None:
        return True  # the head itself is damaged: its saves are still the newest we have
    try:
        info = os.stat(real)
    except OSError:
        return False
    if whole:
        stamp = stamp_of(info)
        return belongs(head, stamp, lambda: whole_if_same(real, stamp))
    return head["base"][:1] == [info.st_ino]


def replay_leniently(
    data: dict[str, Any], raw: bytes, *, generation: int | None, belongs: bool
) -> LogRead:
    """Apply to data every save of the log that reads and is newer than the snapshot.

    generation: the snapshot's own, when it could be read; saves at or below it
    were folded in already. belongs: whether the log was started on this file.
    """
    read = LogRead()
    lines = raw.split(b"\n")
    tail = lines.pop()  # whatever follows the last newline never finished
    for number, line, change in save_lines(lines):
        if not is_save(change):
            _take_damaged(read, data, line, number, generation=generation, belongs=belongs)
            continue
        made = change_generation(change)
        read.last_generation = max(read.last_generation, made)
        if generation is not None and made <= generation:
            read.folded += 1
            continue
        if not belongs:
            read.orphaned += 1
            continue
        apply_change(data, change, Path(), number)
        read.applied += 1
        _count(read, change)
    if tail.strip():
        number = len(lines) + 1
        _take_damaged(read, data, tail, number, generation=generation, belongs=belongs, torn=True)
    return read


def _take_damaged(
    read: LogRead,
    data: dict[str, Any],
    line: bytes,
    number: int,
    *,
    generation: int | None,
    belongs: bool,
    torn: bool = False,
) -> None:
    """Apply what can be read of a damaged (or cut short) save, record by record."""
    salvaged = salvage_save(line)
    made = salvaged.generation if salvaged is not None else None
    if made is not None:
        read.last_generation = max(read.last_generation, made)
    if salvaged is not None and generation is not None and made is not None and made <= generation:
        read.folded += 1  # folded into the snapshot already: nothing of it is missing
        return
    if not belongs:
        read.orphaned += 1  # part of a log that does not apply anyway: counted with it
        return
    if salvaged is None:
        if torn:
            read.torn = _shown(line)
        else:
            read.unread.append((number, _shown(line)))
        return
    kept = []
    for record in salvaged.records:
        table = data.setdefault(record.table, {})
        before = table.get(record.key)
        before = before if isinstance(before, dict) else None
        # A save writes a record whole: fields it lost are best as the save before left them.
        table[record.key] = record.fields if record.whole else {**(before or {}), **record.fields}
        read.touched.add((record.table, record.key))
        if not record.table.startswith("_"):
            usual: Any = next((r for k, r in table.items() if k != record.key), {})
            fields = tuple(usual) if isinstance(usual, dict) else ()
            stored = table[record.key]
            kept.append(
                KeptRecord(
                    record.table, record.key, record.fields, before, record.whole, fields, stored
                )
            )
    removed = 0
    for name, keys in salvaged.removed.items():
        for key in keys:
            data.get(name, {}).pop(key, None)
            read.touched.add((name, key))
            removed += 0 if name.startswith("_") else 1
    read.salvaged.append(SalvagedLine(number, torn, kept, removed, salvaged.whole))


def follows_on(raw: bytes, generation: int | None) -> bool:
    """Whether the log's first save newer than the snapshot is its very next one.

    A damaged file whose inode changed (a copied folder, then damaged) still
    takes its log when the saves carry on from the generation it holds.
    """
    if generation is None:
        return False
    for line in raw.split(b"\n")[1:-1]:
        try:
            change = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        made = change_generation(change) if isinstance(change, dict) else 0
        if made > generation:
            return made == generation + 1
    return False


def log_reads_fine(data: dict[str, Any], raw: bytes, real: Path) -> bool:
    """Whether the app reads this log beside the whole journal file with nothing cut off."""
    if not raw.endswith(b"\n"):
        return False  # a save a crash cut short: the app skips it, repair names it
    try:
        replay(copy.deepcopy(data), stamp_of(os.stat(real)), raw, log_path_of(real))
    except (OSError, CoachError):
        return False
    return True


def log_all_in(data: dict[str, Any], raw: bytes, real: Path) -> bool:
    """Whether the log reads fine and holds no save the journal file lacks."""
    if not log_reads_fine(data, raw, real):
        return False
    return not log_is_orphan(raw, real) or not unmerged(data, raw, real)


def _count(read: LogRead, change: dict[str, Any]) -> None:
    for name, records in change.get("set", {}).items():
        read.touched |= {(name, str(key)) for key in records}
        if name != STORAGE_TABLE and not name.startswith("_"):
            read.set_records += len(records)
    for name, keys in change.get("del", {}).items():
        keys = keys if isinstance(keys, list) else []
        read.touched |= {(name, str(key)) for key in keys}
        if not name.startswith("_"):
            read.removed_records += len(keys)


def _shown(line: bytes) -> str:
    text = line.decode("utf-8", errors="replace").strip()
    return text[:60] + ("…" if len(text) > 60 else "")
