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
  was changed from outside (an editor, a sync tool, a restored backup), the log
  no longer applies: every opening says so (log_waiting), the next save sets it
  aside, and `coach repair` merges it back record by record (log_merge).
- A damaged line in the middle is not a crash (appends only ever cut the end):
  the journal is reported as unreadable and nothing is changed.

Records are tracked for change (log_lines.Record): a save finds what changed at once.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from coach.crypto import PLAIN, Codec
from coach.errors import JournalWriteError, LogDamaged
from coach.files import FILE_MODE, fsync_dir
from coach.journal_lines import Keep, NotScannable, Row, scan, serialize_by_line
from coach.log_base import Stamp, head_for, new_hasher
from coach.log_lines import (
    LogFingerprint,
    Record,
    changes_of,
    log_path_of,
    read_by_line,
    read_log,
    replay,
    write_all,
)
from coach.log_was import log_save
from coach.storage import (
    STORAGE_KEY,
    STORAGE_TABLE,
    DurableStorage,
    Fingerprint,
)
from coach.too_deep import unstorable

# Below this a whole rewrite takes a few milliseconds: no log, one file.
APPEND_OVER = 4 * 2**20
# Fold the log in when it reaches this share of the snapshot.
FOLD_AT = 0.25
# A save this close to the fold (a share of the log's room) may fold: it runs on a thread.
NEAR_FOLD = 1 / 16


class LogStorage(DurableStorage):
    """`DurableStorage` with saves appended to a log once the journal is big."""

    _fingerprint: Any  # (the snapshot's Fingerprint, the log's LogFingerprint): see _stat

    def __init__(
        self,
        path: Path,
        *,
        lock_timeout: float = 5.0,
        append_over: int | None = None,
        fold_at: float | None = None,
        codec: Codec = PLAIN,
    ) -> None:
        super().__init__(path, lock_timeout=lock_timeout, codec=codec)
        # Looked up at each opening, so a test can make a small journal act big.
        self.append_over = APPEND_OVER if append_over is None else append_over
        self.fold_at = FOLD_AT if fold_at is None else fold_at
        self._log_good = 0  # bytes of whole, applicable lines in the log
        self._log_orphan = False  # a log that belongs to another snapshot
        self._doc_ids: dict[str, set[str]] = {}
        self._by_line = True  # whether the snapshot is in the one-record-a-line layout
        self._unread = False  # a transaction that must not read the journal whole
        # The snapshot's stamp and digest as last read or written: a new log's head needs it.
        self._whole: tuple[Stamp, str] | None = None
        self._written: str | None = None  # the digest of the bytes being written

    @property
    def log_path(self) -> Path:
        """The append-only log, beside the real journal file."""
        return log_path_of(self._real_path())

    @property
    def snapshot_path(self) -> Path:
        """The journal file itself (a link followed)."""
        return self._real_path()

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

    def rewrite_is_near(self) -> bool:
        """Whether the next save may rewrite a big journal whole (fold its log, or reseal it).

        That takes seconds at tens of thousands of entries, so the app saves on a thread then.
        """
        snapshot = self._fingerprint[0] if self._fingerprint else None
        if snapshot is None or snapshot[1] < self.append_over:
            return False
        near = self._log_good > self._fold_size(snapshot) * (1 - NEAR_FOLD)
        return near or self.codec.encrypted or not self._by_line

    def _fold_size(self, snapshot: Fingerprint) -> float:
        return max(self.append_over, snapshot[1]) * self.fold_at

    def scan(self, table: str, keep: Keep) -> Iterator[Row]:
        """Read the journal a record at a time (see journal_lines.scan)."""
        if self.codec.encrypted:
            raise NotScannable  # sealed bytes: only the ordinary reader opens them
        return scan(self._real_path(), self.log_path, table, keep)

    def _serialize(self, data: dict[str, Any]) -> bytes:
        payload = serialize_by_line(data)
        if len(payload) >= self.append_over and not self.codec.encrypted:
            hasher = new_hasher()  # the next save may start a log on these very bytes
            hasher.update(payload)
            self._written = hasher.hexdigest()
        return payload

    # -- reading ---------------------------------------------------------

    def snapshot_stat(self) -> Fingerprint | None:
        return super()._stat()

    def log_stat(self) -> LogFingerprint:
        try:
            info = os.stat(self.log_path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise LogDamaged(self.log_path, error.strerror or str(error)) from None
        return (info.st_ino, info.st_size)

    def _stat(self) -> Any:
        return (self.snapshot_stat(), self.log_stat())

    def _load_from_disk(self) -> tuple[dict[str, Any] | None, Any]:
        # The snapshot's fingerprint is taken from the very file read, so a
        # save landing in between is seen as a change next time, never missed.
        loaded = self._load_by_line()
        data, snapshot = loaded if loaded is not None else super()._load_from_disk()
        raw, log_stat = self._read_log()
        self._by_line = loaded is not None
        data, self._log_good, self._log_orphan = replay(data, snapshot, raw, self.log_path)
        return data, (snapshot, log_stat)

    def _load_by_line(self) -> tuple[dict[str, Any], Fingerprint] | None:
        """The snapshot parsed a record at a time (see read_by_line), or None."""
        if self.codec.encrypted or self.path.is_symlink():
            return None  # sealed bytes, or a link the ordinary reader checks
        read = read_by_line(self._real_path())
        if read is None:
            return None
        self._after_read()
        data, stamp, whole = read
        self._whole = (stamp, whole)
        return data, stamp

    def _read_log(self) -> tuple[bytes, LogFingerprint]:
        return read_log(self.log_path)

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
        # Saves made on a snapshot changed outside coach: kept for `coach repair` to merge.
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
            self.fold(data)
            return
        sets, removed = changes_of(data, self._doc_ids, touched)
        if not sets and not removed:
            return
        meta = data.setdefault(STORAGE_TABLE, {}).setdefault(STORAGE_KEY, {})
        previous = meta.get("generation")
        meta["generation"] = self._generation + 1
        sets.setdefault(STORAGE_TABLE, {})[STORAGE_KEY] = meta
        save = log_save(self._generation + 1, sets, removed, self._data, self._doc_ids)
        try:
            line = orjson.dumps(save)
        except TypeError as error:
            meta["generation"] = previous
            self._data = None  # TinyDB changed our records in place; re-read.
            raise JournalWriteError(self.path, unstorable(data, error)) from None
        if self._log_good + len(line) > self._fold_size(snapshot):
            meta["generation"] = previous
            self.fold(data)
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

    # -- for log_commands: adding records without reading the journal whole --

    def can_append_unread(self) -> bool:
        """Whether nothing is read yet and the file is plain, so log_commands may go ahead."""
        return self._data is None and not self.codec.encrypted and not self.path.is_symlink()

    @contextlib.contextmanager
    def unread_transaction(self) -> Iterator[None]:
        """The lock, without reading the journal whole first."""
        self._unread = True
        try:
            with self.transaction():
                self._unread = False
                yield
        finally:
            self._unread = False

    def read_log_bytes(self) -> bytes:
        """The log as it is on disk (b"" when there is none)."""
        return self._read_log()[0]

    def append_line(self, line: bytes, snapshot: Fingerprint, good: int, generation: int) -> bool:
        """Append one change line made without reading (log_commands); False if it is time to fold.

        good: the bytes of whole lines in the log that the line goes after.
        """
        if good + len(line) > self._fold_size(snapshot):
            return False  # folding reads the journal whole: the ordinary way
        self._log_good = good
        self._append(line, snapshot)
        self._generation = generation
        self._data = None  # never read: the next read loads it all
        self._fingerprint = None
        return True

    def _removed_a_table(self, data: dict[str, Any]) -> bool:
        return any(name not in data for name in self._doc_ids) or any(
            not isinstance(table, dict) for table in data.values()
        )

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
                    known = self._whole[1] if self._whole and self._whole[0] == snapshot else None
                    head = orjson.dumps(head_for(self._real_path(), snapshot, known)) + b"\n"
                    write_all(fd, head)
                    self._log_good = len(head)
                write_all(fd, line)
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

    def fold(self, data: dict[str, Any]) -> None:
        """A whole new snapshot in place of the old one and its log."""
        self._written = None
        super().write(data)
        self._by_line = True
        snapshot = self._fingerprint[0] if self._fingerprint else None
        if snapshot is not None and self._written is not None and not self.codec.encrypted:
            self._whole = (snapshot, self._written)
        if self.log_stat() is None:
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
