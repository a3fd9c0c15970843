"""The append log beside a big journal: the form of its lines, and reading them back.

The first line is a head, {"base": [inode, size, mtime_ns], "whole": digest of
every byte}, naming the snapshot the log was started on (see log_base; heads
written before hold "ends", or no digest). Each later line is one save:
{"g": generation made, "set": {table: {doc_id: record}}, "del": {table: [doc_id]},
"was": {table: {doc_id: digest}}}: "was" holds, for a record the snapshot had, a
digest of it as it stood before this save, so a merge after an outside change of
the snapshot can tell a record changed outside from one only the log changed.
A line counts only once its newline is written; whatever follows the last
newline was cut short by a crash: the app never applies it, and `coach repair`
keeps what of it still reads, record by record (if nothing does, it is named).

Records are tracked for change by a dict subclass, so a save finds what changed
without comparing every record. Only changes made through the record's own
methods (what TinyDB does) are seen: never change a nested value in place.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from coach.errors import LogDamaged
from coach.journal_lines import READ_BUFFER, NotScannable, snapshot_rows
from coach.log_base import Stamp, belongs, hashed_lines, new_hasher, whole_if_same
from coach.storage import generation_of

LogFingerprint = tuple[int, int] | None
LOG_SUFFIX = ".log"


def log_path_of(real: Path) -> Path:
    """The append log beside a journal file."""
    return real.with_name(real.name + LOG_SUFFIX)


class Record(dict):  # type: ignore[type-arg]
    """A stored record that notes when TinyDB changes it."""

    # No __init__ of its own: building one per record at load stays as quick
    # as copying a dict. `changed` is unset until a change sets it.
    __slots__ = ("changed",)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.changed = True
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self.changed = True
        super().__delitem__(key)

    def clear(self) -> None:
        self.changed = True
        super().clear()

    def update(self, *args: Any, **kwargs: Any) -> None:
        self.changed = True
        super().update(*args, **kwargs)

    def pop(self, *args: Any) -> Any:
        self.changed = True
        return super().pop(*args)

    def popitem(self) -> Any:
        self.changed = True
        return super().popitem()

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            self.changed = True
        return super().setdefault(key, default)

    def __ior__(self, other: Any) -> Record:
        self.changed = True
        return super().__ior__(other)  # type: ignore[no-any-return]


class Replayed(NamedTuple):
    """A log read back: the data, the bytes of whole lines to go on from, and if it is orphaned.

    good is 0 when the log cannot be appended to (it belongs to another
    snapshot); orphan is true when such a log holds changes never folded in.
    """

    data: dict[str, Any] | None
    good: int
    orphan: bool


def replay(data: dict[str, Any] | None, snapshot: Any, raw: bytes, log_path: Path) -> Replayed:
    """The data with the log's changes applied, and what the log's state allows next."""
    if not raw:
        return Replayed(data, 0, orphan=False)
    lines = raw.split(b"\n")
    # Whatever follows the last newline was cut short by a crash: never applied.
    whole = lines[:-1]
    good = 0
    parsed = []
    for number, line in enumerate(whole, start=1):
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            reason = f"is not valid JSON ({error.msg})"
            raise LogDamaged(log_path, reason, line=number) from None
        if not isinstance(value, dict):
            raise LogDamaged(log_path, "is not a save", line=number)
        parsed.append(value)
        good += len(line) + 1
    if not parsed:
        return Replayed(data, good, orphan=False)
    head, *changes = parsed
    generation = generation_of(data)
    beside = log_path.with_name(log_path.name.removesuffix(".log"))
    if snapshot is None or not belongs(head, snapshot, lambda: whole_if_same(beside, snapshot)):
        # Started on another snapshot: folded in already, or an outside
        # replacement. Either way nothing more may be appended to it. Its
        # records, not its save numbers, say which: a file synced from another
        # machine may count more saves than the log and still lack its records.
        from coach.log_news import unmerged

        return Replayed(data, 0, orphan=bool(changes) and unmerged(data, raw, beside))
    data = data if data is not None else {}
    for number, change in enumerate(changes, start=2):
        made = change_generation(change)
        if made <= generation:
            continue
        if made != generation + 1:
            reason = f"skips from save {generation} to save {made} (one in between is missing)"
            raise LogDamaged(log_path, reason, line=number)
        apply_change(data, change, log_path, number)
        generation = made
    return Replayed(data, good, orphan=False)


def read_by_line(real: Path) -> tuple[dict[str, Any], Stamp, str] | None:
    """The snapshot parsed a record at a time, its stamp and whole digest; None if it cannot be.

    One record at a time lets a screen's thread share the interpreter with the
    UI thread (one parse of the whole file would hold it for the whole read),
    and never holds the file's bytes and its records at once. None: missing,
    damaged or unusual, for the ordinary reader to read or explain.
    """
    data: dict[str, Any] = {}
    hasher = new_hasher()
    try:
        # Big pieces: see search_index.READ_BUFFER (8 KB reads starve the UI thread).
        with open(real, "rb", buffering=READ_BUFFER) as handle:
            info = os.fstat(handle.fileno())
            if handle.read(2) != b"{\n":
                return None
            handle.seek(0)
            rows = snapshot_rows(hashed_lines(handle, hasher), "", keep_all, set())
            for name, doc_id, raw in rows:
                data.setdefault(name, {})[doc_id] = Record(orjson.loads(raw))
    except (OSError, NotScannable, orjson.JSONDecodeError, TypeError, ValueError):
        return None
    return data, (info.st_ino, info.st_size, info.st_mtime_ns), hasher.hexdigest()


def changes_of(
    data: dict[str, Any], doc_ids: dict[str, set[str]], touched: dict[str, set[str]] | None
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """(records set, doc ids removed) per table, against the doc ids last stored.

    Only records of type Record not marked changed are taken as unchanged;
    touched (per table, the records that may have changed) narrows the look.
    """
    sets: dict[str, Any] = {}
    removed: dict[str, list[str]] = {}
    for name, table in data.items():
        known = doc_ids.get(name, set())
        hinted = None if touched is None else touched.get(name)
        gone: list[str] | None = None
        candidates: Any = table.items()
        if hinted is not None and hint_covers(table, known, hinted):
            candidates = [(doc_id, table[doc_id]) for doc_id in hinted if doc_id in table]
            gone = [doc_id for doc_id in hinted if doc_id not in table and doc_id in known]
        # A record read from disk and put back unchanged under a key the log
        # does not hold (a deleted record restored, a record moved) is new here.
        changed = {
            doc_id: record
            for doc_id, record in candidates
            if type(record) is not Record
            or getattr(record, "changed", False)
            or doc_id not in known
        }
        if changed:
            sets[name] = changed
        if gone is None:
            added = sum(1 for doc_id in changed if doc_id not in known)
            gone = []
            if len(table) - added < len(known):  # some known record is gone
                gone = [doc_id for doc_id in known if doc_id not in table]
        if gone:
            removed[name] = gone
    return sets, removed


def keep_all(doc_id: str, line: bytes) -> bool:
    return True


def hint_covers(table: dict[str, Any], known: set[str], hinted: set[str]) -> bool:
    """Whether the hinted records explain the table's size (else look at every record)."""
    added = sum(1 for doc_id in hinted if doc_id in table and doc_id not in known)
    dropped = sum(1 for doc_id in hinted if doc_id not in table and doc_id in known)
    return len(table) == len(known) + added - dropped


def change_generation(change: dict[str, Any]) -> int:
    made = change.get("g")
    return made if isinstance(made, int) else 0


def apply_change(data: dict[str, Any], change: dict[str, Any], path: Path, number: int) -> None:
    sets = change.get("set", {})
    removed = change.get("del", {})
    if not isinstance(sets, dict) or not isinstance(removed, dict):
        raise LogDamaged(path, "is not a save", line=number)
    for name, records in sets.items():
        if not isinstance(records, dict):
            raise LogDamaged(path, "is not a save", line=number)
        data.setdefault(name, {}).update(records)
    for name, doc_ids in removed.items():
        table = data.get(name, {})
        for doc_id in doc_ids if isinstance(doc_ids, list) else []:
            table.pop(str(doc_id), None)


def write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_log(path: Path) -> tuple[bytes, LogFingerprint]:
    """The log's bytes, and the fingerprint of just what was read (b"", None: no log)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return b"", None
    except OSError as error:
        raise LogDamaged(path, error.strerror or str(error)) from None
    try:
        info = os.fstat(fd)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    except OSError as error:
        raise LogDamaged(path, error.strerror or str(error)) from None
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    # The fingerprint is of what was read, not of the file a moment later.
    return raw, (info.st_ino, len(raw))
