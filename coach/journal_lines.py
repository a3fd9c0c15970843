"""The journal file laid out one record per line, and read back a line at a time.

The layout is plain JSON (any JSON reader, and an older coach, reads it whole):

    {
    "_meta":{
    "1":{"schema":1}
    },
    "entries":{
    "1":{...},
    "2":{...}
    }
    }

Because each record sits on its own line, a command that needs only a few
records (a search) or only a little of each (stats) can read the file a line at
a time instead of holding every record in memory at once. `scan` does that,
including the changes in the append log beside the file. Whenever anything is
not exactly as coach writes it, `scan` raises `NotScannable` and the caller
reads the journal the ordinary way, which explains any damage properly.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson

from coach.log_base import Stamp, belongs, stamp_of, whole_digest

STORAGE_TABLE = "_storage"
# Every table coach writes (repair_tables.KNOWN by name). A file with another, or with two
# records under one key, is read the ordinary way, which says whether records are hidden.
OWN_TABLES = frozenset({"_meta", STORAGE_TABLE, "entries", "plans", "profile"})
# A thread reading a big file does it in pieces this big. Each read lets go of
# the interpreter and takes it straight back; done thousands of times a second
# (8 KB pieces) that kept the UI thread from getting it for 50-380 ms at a time
# (measured at 50,000 entries), where the usual switch is 5 ms.
READ_BUFFER = 4 << 20


class NotScannable(Exception):
    """The file is not in the line layout (or changed mid-read): read it whole."""


def serialize_by_line(data: dict[str, Any]) -> bytes:
    """The journal's bytes with one record per line; raises TypeError like orjson."""
    dumps = orjson.dumps
    if not all(isinstance(table, dict) for table in data.values()):
        return dumps(data)  # odd tables (kept as they are): the whole file on one line
    parts = [b"{\n"]
    # Small tables first: a reader meets the bookkeeping before the entries.
    names = sorted(data, key=lambda name: len(data[name]))
    for number, name in enumerate(names):
        table = data[name]
        parts.append(dumps(name) + b":{\n")
        rows = [dumps(str(doc_id)) + b":" + dumps(record) for doc_id, record in table.items()]
        if rows:
            parts.append(b",\n".join(rows))
            parts.append(b"\n")
        parts.append(b"},\n" if number < len(names) - 1 else b"}\n")
    parts.append(b"}\n")
    return b"".join(parts)


Row = tuple[str, str, bytes]
# Asked of each snapshot record of the big table: keep(doc_id, its whole line).
Keep = Callable[[str, bytes], bool]


def scan(
    snapshot: Path, log: Path, table: str, keep: Keep, *, head: int | None = None
) -> Iterator[Row]:
    """(table, doc_id, record JSON) for every record as it stands now.

    Records of `table` in the snapshot are yielded only when keep(doc_id, the
    bytes of the line holding the record) is true; every record of the other
    (small) tables, and every record the log sets, is yielded. Raises NotScannable.

    head: keep is shown only the first head bytes of each line (no newline at
    the end means it was cut), and lines it drops are never copied whole.
    """
    log_raw = read_log(log)
    try:
        handle = open(snapshot, "rb", buffering=READ_BUFFER)  # noqa: SIM115 - closed below
    except OSError:
        raise NotScannable from None
    with handle:
        info = os.fstat(handle.fileno())
        fd = handle.fileno()
        changes, base_matches = log_changes(log_raw, stamp_of(info), lambda: whole_digest(fd))
        overridden = overrides(changes, base_matches)
        lines: Any = handle if head is None else _mapped_lines(handle, head)
        try:
            generation = yield from snapshot_rows(lines, table, keep, overridden)
        finally:
            if head is not None:
                lines.close()
    yield from log_rows(changes, base_matches, generation)


def overrides(changes: list[dict[str, Any]], base_matches: bool) -> set[tuple[str, str]]:
    """(table, doc_id) of each record the log sets or removes: read from it, not the snapshot."""
    return {
        (name, str(doc_id))
        for change in (changes if base_matches else [])
        for key in ("set", "del")
        for name, rows in change[key].items()
        for doc_id in rows
    }


def log_rows(changes: list[dict[str, Any]], base_matches: bool, generation: int) -> Iterator[Row]:
    """The records the log sets, as they stand after its last line; raises NotScannable.

    generation: the snapshot's; lines at or below it were folded in already.
    """
    if not changes:
        return
    if not base_matches:
        # Save numbers alone cannot prove a log of another file folded in (that file may
        # come from a machine that saved more often): the ordinary reader checks the
        # backup and sets the log aside if need be.
        raise NotScannable
    fresh = [change for change in changes if change["g"] > generation]
    expected = list(range(generation + 1, generation + 1 + len(fresh)))
    if [change["g"] for change in fresh] != expected:
        raise NotScannable
    if len(fresh) != len(changes):
        raise NotScannable  # a log partly folded: let the ordinary reader sort it out
    latest: dict[tuple[str, str], Any] = {}
    for change in fresh:
        for name, rows in change["set"].items():
            for doc_id, record in rows.items():
                latest[(name, str(doc_id))] = record
        for name, doc_ids in change["del"].items():
            for doc_id in doc_ids:
                latest[(name, str(doc_id))] = None
    for (name, doc_id), record in latest.items():
        if record is not None:
            yield name, doc_id, orjson.dumps(record)


def read_log(path: Path) -> bytes:
    """The log's bytes (b"" when there is none); raises NotScannable."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""
    except OSError:
        raise NotScannable from None


def log_changes(
    raw: bytes, stamp: Stamp, whole: Callable[[], str | None]
) -> tuple[list[dict[str, Any]], bool]:
    """The log's change lines, and whether its head names this snapshot; raises NotScannable.

    stamp and whole: the snapshot's, as log_base.belongs takes them.
    """
    if not raw:
        return [], True
    lines = raw.split(b"\n")[:-1]  # after the last newline: a line cut short
    try:
        parsed = [orjson.loads(line) for line in lines]
    except orjson.JSONDecodeError:
        raise NotScannable from None
    if not parsed or not all(isinstance(p, dict) for p in parsed):
        raise NotScannable
    head, *changes = parsed
    for change in changes:
        if not (
            isinstance(change.get("g"), int)
            and isinstance(change.get("set"), dict)
            and isinstance(change.get("del"), dict)
            and all(isinstance(rows, dict) for rows in change["set"].values())
            and all(isinstance(rows, list) for rows in change["del"].values())
        ):
            raise NotScannable
    return changes, belongs(head, stamp, whole)


def _mapped_lines(handle: Any, head: int) -> MappedLines:
    try:
        return MappedLines(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ), head)
    except (OSError, ValueError):
        raise NotScannable from None  # an empty file, or one that cannot be mapped


class MappedLines:
    """A mapped file's lines, each cut to its first head bytes; full() is the whole last one."""

    def __init__(self, mapped: mmap.mmap, head: int) -> None:
        self._mapped, self._head = mapped, head
        self._at = self._start = self._stop = 0

    def __iter__(self) -> MappedLines:
        return self

    def __next__(self) -> bytes:
        if self._at >= len(self._mapped):
            raise StopIteration
        newline = self._mapped.find(b"\n", self._at)
        self._start = self._at
        self._stop = self._at = len(self._mapped) if newline < 0 else newline + 1
        return self._mapped[self._start : min(self._stop, self._start + self._head)]

    def full(self) -> bytes:
        """The whole of the line last handed out."""
        return self._mapped[self._start : self._stop]

    def close(self) -> None:
        """Let the mapping go."""
        self._mapped.close()


def snapshot_rows(
    source: Any, table: str, keep: Keep, overridden: set[tuple[str, str]]
) -> Iterator[Row]:
    """Yield the snapshot's rows (source: a file, or MappedLines); return its generation."""
    lines = iter(source)
    full = getattr(source, "full", None)
    if next(lines, None) != b"{\n":
        raise NotScannable
    generation = 0
    finished = False
    seen: dict[str, set[str]] = {}  # each table's keys so far
    for header in lines:
        if header == b"}\n":
            finished = True
            break
        if not header.endswith(b":{\n") or not header.startswith(b'"'):
            raise NotScannable
        try:
            name = orjson.loads(header[:-3])
        except orjson.JSONDecodeError:
            raise NotScannable from None
        if not isinstance(name, str) or name not in OWN_TABLES or name in seen:
            raise NotScannable
        seen[name] = keys = set()
        ended = False
        for line in lines:
            if line in (b"},\n", b"}\n"):
                ended = True
                break
            split = line.find(b'":', 1)
            doc_id = line[1:split] if split > 0 and line[:1] == b'"' else b""
            if not doc_id.isdigit():
                raise NotScannable
            key = doc_id.decode()
            if key in keys:
                raise NotScannable
            keys.add(key)
            if name == table and ((name, key) in overridden or not keep(key, line)):
                continue  # (the big table's lines are sliced only when kept)
            if full is not None and not line.endswith(b"\n"):
                line = full()  # cut to its head: the whole record is wanted
            record = line[split + 2 : -2 if line.endswith(b",\n") else -1]
            if name == STORAGE_TABLE:
                try:
                    meta = orjson.loads(record)
                except orjson.JSONDecodeError:
                    raise NotScannable from None
                value = meta.get("generation", 0) if isinstance(meta, dict) else 0
                generation = value if isinstance(value, int) else 0
            if (name, key) not in overridden:
                yield name, key, record
        if not ended:
            raise NotScannable
    if not finished or next(lines, None) is not None:
        raise NotScannable
    return generation
