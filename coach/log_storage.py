"""A TinyDB storage whose saves cost what changed: a snapshot plus an append-only log.

The snapshot is the journal file exactly as `DurableStorage` writes it. Once it
is big enough that rewriting it is slow, a save appends one line to
`<journal>.log` beside it instead: the records that changed and the ones
removed, fsynced before the save returns. When the log grows past a quarter of
the snapshot, the next save folds it in: a whole new snapshot replaces the old
one atomically (as every save of `DurableStorage` does), then the log goes.

Why this keeps the same guarantees:

- A save returns only after its line is fsynced; a line cut short by a crash
  has no final newline, is never applied, and is cut off before the next append.
- Every line names the generation it makes. Lines at or below the snapshot's
  generation were folded in already (a crash between the new snapshot and the
  log's removal), so they are skipped, never applied twice.
- The log's first line names the snapshot it was started on. If the snapshot
  was replaced from outside (an editor, a sync tool, a restored backup), the log
  no longer applies: readers ignore it, and the next save keeps it beside the
  journal as a conflict copy, as `DurableStorage` does with any outside change.
- A damaged line in the middle is not a crash (appends only ever cut the end):
  the journal is reported as unreadable and nothing is changed.

Records are tracked for change by a dict subclass, so a save finds what changed
without comparing every record. Only changes made through the record's own
methods (what TinyDB does) are seen: never change a nested value in place.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from coach.crypto import PLAIN, Codec
from coach.errors import JournalCorrupt, JournalWriteError
from coach.files import FILE_MODE, fsync_dir
from coach.journal_lines import (
    Keep,
    NotScannable,
    Row,
    scan,
    serialize_by_line,
    snapshot_rows,
)
from coach.storage import (
    STORAGE_KEY,
    STORAGE_TABLE,
    DurableStorage,
    Fingerprint,
    generation_of,
)

LOG_SUFFIX = ".log"
# Below this a whole rewrite takes a few milliseconds: no log, one file.
APPEND_OVER = 4 * 2**20
# Fold the log in when it reaches this share of the snapshot.
FOLD_AT = 0.25

LogFingerprint = tuple[int, int] | None


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


class LogStorage(DurableStorage):
    """`DurableStorage` with saves appended to a log once the journal is big."""

    def __init__(
        self,
        path: Path,
        *,
        lock_timeout: float = 5.0,
        append_over: int = APPEND_OVER,
        fold_at: float = FOLD_AT,
        codec: Codec = PLAIN,
    ) -> None:
        super().__init__(path, lock_timeout=lock_timeout, codec=codec)
        self.append_over = append_over
        self.fold_at = fold_at
        self._log_good = 0  # bytes of whole, applicable lines in the log
        self._log_orphan = False  # a log that belongs to another snapshot
        self._doc_ids: dict[str, set[str]] = {}
        self._by_line = True  # whether the snapshot is in the one-record-a-line layout
        self._unread = False  # a transaction that must not read the journal whole

    @property
    def log_path(self) -> Path:
        """The append-only log, beside the real journal file."""
        real = self._real_path()
        return real.with_name(real.name + LOG_SUFFIX)

    @property
    def fingerprint(self) -> Any:
        """What identifies the files as last read or written (changes with every save)."""
        return self._fingerprint

    def is_current(self) -> bool:
        """Whether what was read last is still what is on disk (two stat calls)."""
        return self._data is not None and self._stat() == self._fingerprint

    def size_on_disk(self) -> int:
        """Bytes of the snapshot and its log (0 before the first save)."""
        total = 0
        for path in (self._real_path(), self.log_path):
            with contextlib.suppress(OSError):
                total += os.stat(path).st_size
        return total

    def scan(self, table: str, keep: Keep) -> Iterator[Row]:
        """Read the journal a record at a time (see journal_lines.scan)."""
        if self.codec.encrypted:
            raise NotScannable  # sealed bytes: only the ordinary reader opens them
        return scan(self._real_path(), self.log_path, table, keep)

    def _serialize(self, data: dict[str, Any]) -> bytes:
        return serialize_by_line(data)

    # -- reading ---------------------------------------------------------

    def _snapshot_stat(self) -> Fingerprint | None:
        return super()._stat()

    def _log_stat(self) -> LogFingerprint:
        try:
            info = os.stat(self.log_path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise JournalCorrupt(self.log_path, error.strerror or str(error), None) from None
        return (info.st_ino, info.st_size)

    def _stat(self) -> Any:
        return (self._snapshot_stat(), self._log_stat())

    def _load_from_disk(self) -> tuple[dict[str, Any] | None, Any]:
        # The snapshot's fingerprint is taken from the very file read, so a
        # save landing in between is seen as a change next time, never missed.
        loaded = self._load_by_line()
        data, snapshot = loaded if loaded is not None else super()._load_from_disk()
        raw, log_stat = self._read_log()
        self._by_line = loaded is not None
        data = self._replay(data, snapshot, raw)
        return data, (snapshot, log_stat)

    def _load_by_line(self) -> tuple[dict[str, Any], Fingerprint] | None:
        """The snapshot parsed a record at a time, or None to read it the ordinary way.

        One record at a time lets a screen's thread share the interpreter with
        the UI thread (one parse of the whole file would hold it for the whole
        read), and never holds the file's bytes and its records at once.
        """
        if self.codec.encrypted or self.path.is_symlink():
            return None  # sealed bytes, or a link the ordinary reader checks
        data: dict[str, Any] = {}
        try:
            with open(self._real_path(), "rb") as handle:
                info = os.fstat(handle.fileno())
                if handle.read(2) != b"{\n":
                    return None
                handle.seek(0)
                rows = snapshot_rows(handle, "", _keep_all, set())
                for name, doc_id, raw in rows:
                    data.setdefault(name, {})[doc_id] = Record(orjson.loads(raw))
        except (OSError, NotScannable, orjson.JSONDecodeError, TypeError, ValueError):
            # Missing, damaged or unusual: the ordinary reader explains it.
            return None
        self._after_read()
        return data, (info.st_ino, info.st_size, info.st_mtime_ns)

    def _read_log(self) -> tuple[bytes, LogFingerprint]:
        try:
            fd = os.open(self.log_path, os.O_RDONLY)
        except FileNotFoundError:
            return b"", None
        except OSError as error:
            raise JournalCorrupt(self.log_path, error.strerror or str(error), None) from None
        try:
            info = os.fstat(fd)
            chunks = []
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
        except OSError as error:
            raise JournalCorrupt(self.log_path, error.strerror or str(error), None) from None
        finally:
            os.close(fd)
        raw = b"".join(chunks)
        # The fingerprint is of what was read, not of the file a moment later.
        return raw, (info.st_ino, len(raw))

    def _replay(
        self, data: dict[str, Any] | None, snapshot: Fingerprint | None, raw: bytes
    ) -> dict[str, Any] | None:
        self._log_good, self._log_orphan = 0, False
        if not raw:
            return data
        lines = raw.split(b"\n")
        # Whatever follows the last newline was cut short by a crash: never applied.
        whole = lines[:-1]
        good = 0
        parsed = []
        for number, line in enumerate(whole, start=1):
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError as error:
                reason = f"line {number} of the log is not valid JSON ({error.msg})"
                raise JournalCorrupt(self.log_path, reason, None) from None
            if not isinstance(value, dict):
                raise JournalCorrupt(self.log_path, f"line {number} is not a change", None)
            parsed.append(value)
            good += len(line) + 1
        self._log_good = good
        if not parsed:
            return data
        head, *changes = parsed
        base = head.get("base")
        base = tuple(base) if isinstance(base, list) else None
        generation = generation_of(data)
        if base != snapshot:
            # Started on another snapshot: folded in already (every change is
            # at or below the snapshot's generation), or an outside replacement.
            # Either way nothing more may be appended to it.
            self._log_good = 0
            if any(_generation(c) > generation for c in changes):
                self._log_orphan = True
            return data
        data = data if data is not None else {}
        for number, change in enumerate(changes, start=2):
            made = _generation(change)
            if made <= generation:
                continue
            if made != generation + 1:
                reason = f"line {number} of the log skips from generation {generation} to {made}"
                raise JournalCorrupt(self.log_path, reason, None)
            _apply(data, change, self.log_path, number)
            generation = made
        return data

    def _adopt(self, data: dict[str, Any] | None, fingerprint: Any) -> None:
        if data is not None:
            for table in data.values():
                if isinstance(table, dict):
                    for doc_id, record in table.items():
                        if type(record) is not Record and isinstance(record, dict):
                            table[doc_id] = Record(record)
            self._doc_ids = {
                name: set(table) for name, table in data.items() if isinstance(table, dict)
            }
        else:
            self._doc_ids = {}
        super()._adopt(data, fingerprint)

    # -- writing ---------------------------------------------------------

    def _refresh_under_lock(self) -> None:
        if self._unread:
            return  # append_unread reads what it needs a line at a time
        super()._refresh_under_lock()
        if self._log_orphan:
            self._set_log_aside()

    def _set_log_aside(self) -> None:
        # Its changes were made on a snapshot that is gone: keep them for the
        # person to look at, as any outside change keeps our version.
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = self.path.with_name(f"{self.path.name}.log.conflict-{stamp}-{self._generation}")
        try:
            os.replace(self.log_path, copy)
            fsync_dir(copy.parent)
        except OSError as error:
            reason = (
                "the log beside it belongs to an older version and could not be "
                f"moved aside ({error.strerror or error})"
            )
            raise JournalWriteError(self.path, reason) from None
        self.conflict_copies.append(copy)
        self._log_orphan = False
        self._log_good = 0
        self._fingerprint = self._stat()

    def write(self, data: dict[str, Any]) -> None:
        """Save what changed: one fsynced log line, or a whole new snapshot."""
        self.write_changed(data, None)

    def write_changed(self, data: dict[str, Any], touched: dict[str, set[str]] | None) -> None:
        """write(), told which records of each table may have changed.

        touched maps a table to the ids of the records that may have changed
        (added, replaced or removed); a table it leaves out, or None, is
        looked at record by record.
        """
        if not self._depth:
            with self.transaction():
                self.write_changed(data, touched)
            return
        snapshot = self._fingerprint[0] if self._fingerprint else None
        if (
            snapshot is None
            or self.codec.encrypted  # a log line would be plain text: rewrite sealed
            or snapshot[1] < self.append_over
            or not self._by_line  # written by an older coach: lay it out by line once
            or self._removed_a_table(data)
        ):
            self._fold(data)
            return
        sets, removed = self._changes(data, touched)
        if not sets and not removed:
            return
        meta = data.setdefault(STORAGE_TABLE, {}).setdefault(STORAGE_KEY, {})
        previous = meta.get("generation")
        meta["generation"] = self._generation + 1
        sets.setdefault(STORAGE_TABLE, {})[STORAGE_KEY] = meta
        try:
            line = orjson.dumps({"g": self._generation + 1, "set": sets, "del": removed})
        except TypeError as error:
            meta["generation"] = previous
            self._data = None  # TinyDB changed our records in place; re-read.
            raise JournalWriteError(self.path, f"a value cannot be stored ({error})") from None
        if self._log_good + len(line) > max(self.append_over, snapshot[1]) * self.fold_at:
            meta["generation"] = previous
            self._fold(data)
            return
        self._append(line + b"\n", snapshot)
        self._generation += 1
        for name, records in sets.items():
            table = data[name]
            for doc_id, record in records.items():
                if type(record) is Record:
                    record.changed = False
                else:
                    table[doc_id] = Record(record)
            self._doc_ids.setdefault(name, set()).update(records)
        for name, doc_ids in removed.items():
            self._doc_ids[name].difference_update(doc_ids)
        self._data = data
        self._fingerprint = self._stat()

    def append_unread(
        self,
        table: str,
        keep: Keep,
        choose: Callable[[list[Row], Callable[[], str]], dict[str, Any] | None],
    ) -> bool:
        """Add records to table without reading the journal whole; False: do it the ordinary way.

        For a big journal not read yet (a command such as `coach import`).
        Under the lock, each record of table is offered to keep(doc_id, its
        line); choose(the rows kept and every row of the other tables, a
        function handing out free keys) returns the records to add by key, or
        None to give up. They go in one fsynced log line, as any save does.
        """
        if self._data is not None or self.codec.encrypted or self.path.is_symlink():
            return False
        self._unread = True
        try:
            with self.transaction():
                self._unread = False
                return self._append_unread(table, keep, choose)
        finally:
            self._unread = False

    def _append_unread(
        self,
        table: str,
        keep: Keep,
        choose: Callable[[list[Row], Callable[[], str]], dict[str, Any] | None],
    ) -> bool:
        real = self._real_path()
        before = (self._snapshot_stat(), self._log_stat())
        snapshot = before[0]
        if snapshot is None or snapshot[1] < self.append_over:
            return False  # a small journal: the ordinary way is quick
        top = 0

        def offer(doc_id: str, line: bytes) -> bool:
            nonlocal top
            if len(doc_id) < 19 and int(doc_id) > top:
                top = int(doc_id)
            return keep(doc_id, line)

        try:
            rows = list(scan(real, self.log_path, table, offer))
        except NotScannable:
            return False  # anything unusual: the ordinary reader sorts it out
        raw, _ = self._read_log()
        if (self._snapshot_stat(), self._log_stat()) != before:
            return False  # changed from outside meanwhile
        meta = None
        for name, doc_id, record in rows:
            if name == table and doc_id.isdigit() and len(doc_id) < 19:
                top = max(top, int(doc_id))
            elif name == STORAGE_TABLE and doc_id == STORAGE_KEY:
                meta = orjson.loads(record)
        generation = meta.get("generation") if isinstance(meta, dict) else None
        if not isinstance(generation, int) or isinstance(generation, bool):
            return False
        keys = iter(range(top + 1, 10**18))
        records = choose(rows, lambda: str(next(keys)))
        if records is None:
            return False
        if not records:
            return True
        meta["generation"] = generation + 1
        sets = {table: records, STORAGE_TABLE: {STORAGE_KEY: meta}}
        try:
            line = orjson.dumps({"g": generation + 1, "set": sets, "del": {}}) + b"\n"
        except TypeError as error:
            raise JournalWriteError(self.path, f"a value cannot be stored ({error})") from None
        whole = raw[: raw.rfind(b"\n") + 1]
        head = orjson.loads(whole[: whole.find(b"\n")]) if whole else {}
        base = head.get("base") if isinstance(head, dict) else None
        # A log started on this snapshot goes on; any other was folded in already.
        self._log_good = len(whole) if base == list(snapshot) else 0
        if self._log_good + len(line) > max(self.append_over, snapshot[1]) * self.fold_at:
            return False  # time to fold, which reads the journal whole
        self._append(line, snapshot)
        self._generation = generation + 1
        self._data = None  # never read: the next read loads it all
        self._fingerprint = None
        return True

    def _removed_a_table(self, data: dict[str, Any]) -> bool:
        return any(name not in data for name in self._doc_ids) or any(
            not isinstance(table, dict) for table in data.values()
        )

    def _changes(
        self, data: dict[str, Any], touched: dict[str, set[str]] | None
    ) -> tuple[dict[str, Any], dict[str, list[str]]]:
        sets: dict[str, Any] = {}
        removed: dict[str, list[str]] = {}
        for name, table in data.items():
            known = self._doc_ids.get(name, set())
            hinted = None if touched is None else touched.get(name)
            gone: list[str] | None = None
            candidates: Any = table.items()
            if hinted is not None and _hint_covers(table, known, hinted):
                candidates = [(doc_id, table[doc_id]) for doc_id in hinted if doc_id in table]
                gone = [doc_id for doc_id in hinted if doc_id not in table and doc_id in known]
            changed = {
                doc_id: record
                for doc_id, record in candidates
                if type(record) is not Record or getattr(record, "changed", False)
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

    def _append(self, line: bytes, snapshot: Fingerprint) -> None:
        path = self.log_path
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        except OSError as error:
            self._data = None
            raise JournalWriteError(self.path, error.strerror or str(error)) from None
        try:
            try:
                os.fchmod(fd, FILE_MODE)
                size = os.fstat(fd).st_size
                new = size == 0 or self._log_good == 0
                if size != self._log_good:
                    # A line cut short by a crash, or a log no longer wanted.
                    os.ftruncate(fd, self._log_good)
                if new:
                    self._log_good = 0
                    head = orjson.dumps({"base": list(snapshot)}) + b"\n"
                    _write_all(fd, head)
                    self._log_good = len(head)
                _write_all(fd, line)
                os.fsync(fd)
                if new:
                    fsync_dir(path.parent)
            except OSError as error:
                # Leave the log as it was, so a half line never lingers.
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, self._log_good)
                self._data = None
                self._fingerprint = None
                raise JournalWriteError(self.path, error.strerror or str(error)) from None
        finally:
            os.close(fd)
        self._log_good += len(line)

    def _fold(self, data: dict[str, Any]) -> None:
        """A whole new snapshot in place of the old one and its log."""
        super().write(data)
        self._by_line = True
        if self._log_stat() is None:
            return
        try:
            os.unlink(self.log_path)
            fsync_dir(self.log_path.parent)
        except FileNotFoundError:
            pass
        except OSError as error:
            # The snapshot holds everything; the old log's lines are all at or
            # below its generation, so they are never applied again.
            self._fingerprint = None
            raise JournalWriteError(
                self.path, error.strerror or str(error), replaced=True
            ) from None
        self._log_good = 0
        self._fingerprint = self._stat()


def _keep_all(doc_id: str, line: bytes) -> bool:
    return True


def _hint_covers(table: dict[str, Any], known: set[str], hinted: set[str]) -> bool:
    """Whether the hinted records explain the table's size (else look at every record)."""
    added = sum(1 for doc_id in hinted if doc_id in table and doc_id not in known)
    dropped = sum(1 for doc_id in hinted if doc_id not in table and doc_id in known)
    return len(table) == len(known) + added - dropped


def _generation(change: dict[str, Any]) -> int:
    made = change.get("g")
    return made if isinstance(made, int) else 0


def _apply(data: dict[str, Any], change: dict[str, Any], path: Path, number: int) -> None:
    sets = change.get("set", {})
    removed = change.get("del", {})
    if not isinstance(sets, dict) or not isinstance(removed, dict):
        raise JournalCorrupt(path, f"line {number} of the log is not a change", None)
    for name, records in sets.items():
        if not isinstance(records, dict):
            raise JournalCorrupt(path, f"line {number} of the log is not a change", None)
        data.setdefault(name, {}).update(records)
    for name, doc_ids in removed.items():
        table = data.get(name, {})
        for doc_id in doc_ids if isinstance(doc_ids, list) else []:
            table.pop(str(doc_id), None)


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fold_log(path: Path, codec: Codec = PLAIN) -> None:
    """Fold a waiting log into the journal file now (before its bytes change form)."""
    storage = LogStorage(path, codec=codec)
    if storage._log_stat() is None:
        return
    with storage.transaction():
        data = storage.read()
        if data is not None and storage._log_stat() is not None:
            storage._fold(data)
