"""A crash-safe TinyDB storage: atomic replace, fsync, a lock, private files."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

import coach.journal_backup as backups
from coach.crypto import PLAIN, Codec, PassphraseNeeded, SealedFileError, WrongPassphrase
from coach.errors import JournalBusy, JournalCorrupt, JournalWriteError
from coach.file_kind import NotAFile, open_regular
from coach.files import FILE_MODE, TEMP_MARK, ensure_private_dir, fsync_dir, write_atomically
from coach.journal_backup import SetAside, drop_aside, make_backup, note_backup, set_old_aside
from coach.journal_hidden import hidden_records, repair_advice
from coach.json_numbers import parse_journal_json
from coach.too_deep import unstorable

# The storage's own bookkeeping lives in a table no one else writes.
STORAGE_TABLE = "_storage"
STORAGE_KEY = "1"

Fingerprint = tuple[int, int, int]


def generation_of(data: dict[str, Any] | None) -> int:
    """How many times coach has written this data (0 for a new or foreign file)."""
    if not data:
        return 0
    table = data.get(STORAGE_TABLE, {})
    meta = table.get(STORAGE_KEY, {}) if isinstance(table, dict) else {}
    value = meta.get("generation", 0) if isinstance(meta, dict) else 0
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def looks_like_journal(data: dict[str, Any]) -> bool:
    """Whether JSON data was written by coach (or is an empty start)."""
    return not data or any(name in data for name in (STORAGE_TABLE, "_meta", "entries"))


def serialize(data: dict[str, Any]) -> bytes:
    """The file's bytes; raises TypeError before any file is touched."""
    # orjson: the whole journal is rewritten on every save, and encoding it is
    # most of a save's cost; orjson does it several times faster than json.
    return orjson.dumps(data)


class DurableStorage(Storage):
    """TinyDB storage that never leaves a half-written journal behind.

    Every change happens inside `transaction()`: it takes a lock on a separate
    lock file, re-reads the file if anyone changed it, and writes a complete new
    file that replaces the old one in a single rename.
    """

    def __init__(self, path: Path, *, lock_timeout: float = 5.0, codec: Codec = PLAIN) -> None:
        self.path = Path(path)
        # Encryption hooks in at the bytes: _encode before every write, _decode
        # after every read. Nothing else here knows whether the file is sealed.
        self.codec = codec
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock_timeout = lock_timeout
        self._lock: Any = None
        self._making_lock = threading.Lock()
        # Per thread: how deep this thread is in the lock and in a transaction,
        # and whether it asked not to wait. Shared, one thread's quick try
        # would make another's patient wait give up, and a second thread
        # would take the first one's transaction as its own.
        self._held = threading.local()
        self._data: dict[str, Any] | None = None
        self._fingerprint: Fingerprint | None = None
        self._generation = 0
        # Why the last save could not update the backup (the save itself landed);
        # None when it could. The app and the CLI say so as a warning.
        self.backup_failure: str | None = None
        self._cleaned = False
        self.conflict_copies: list[Path] = []
        # Saves that found the journal file gone (its folder removed outside coach) and
        # wrote it again from what coach held: the app and the CLI say so (rv47 D1).
        self.found_gone: list[Path] = []
        self._seen = False  # a journal file was read or written here: its absence is news

    # -- reading ---------------------------------------------------------

    def _real_path(self) -> Path:
        # A symlinked journal keeps its link: write where the link points.
        return Path(os.path.realpath(self.path))

    def _stat(self) -> Fingerprint | None:
        try:
            info = os.stat(self._real_path())
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._corrupt(error.strerror or str(error), None) from None
        return (info.st_ino, info.st_size, info.st_mtime_ns)

    def _corrupt(self, reason: str, backup: Path | None, **advice: Any) -> JournalCorrupt:
        """The error for a journal that cannot be read (sealed ones get sealed advice)."""
        return JournalCorrupt(self.path, reason, backup, sealed=self.codec.encrypted, **advice)

    def _after_read(self) -> None:
        """Called between reading the bytes and returning them (a hook for fault tests)."""

    def _check_link(self) -> None:
        # A symlinked journal is fine (people keep it in a synced folder), but
        # only onto a coach journal, or onto a file not there yet in a folder
        # that already exists: never a link that would have coach rewrite
        # some other file, or create folders somewhere the person never chose.
        if not self.path.is_symlink():
            return
        real = self._real_path()
        if not real.exists() and not real.parent.is_dir():
            raise self._corrupt(
                f"it is a link to {real}, whose folder does not exist; coach will not create it",
                None,
                advice="Point the link at an existing folder, or remove the link.",
            )

    def _load_from_disk(self) -> tuple[dict[str, Any] | None, Fingerprint | None]:
        self._check_link()
        real = self._real_path()
        try:
            # The fingerprint comes from the very file that was read: a save
            # landing between a read and a later stat would otherwise be taken
            # as already known, and then written over.
            with open(open_regular(real), "rb") as handle:
                info = os.fstat(handle.fileno())
                raw = handle.read()
            fingerprint = (info.st_ino, info.st_size, info.st_mtime_ns)
            self._after_read()
        except FileNotFoundError:
            return None, None
        except NotAFile as error:
            raise JournalCorrupt.not_a_file(self.path, error.kind) from None
        except OSError as error:
            raise self._corrupt(error.strerror or str(error), self._backup()) from None
        if not raw.strip():
            if raw:
                raise self._corrupt("the file holds only blank space", self._backup())
            raise self._corrupt("the file is empty", self._backup())
        raw = self._decode(raw)
        try:
            data = parse_journal_json(raw)
        except orjson.JSONDecodeError as error:
            reason, cut_short = JournalCorrupt.json_reason(error)
            raise self._corrupt(reason, self._backup(), cut_short=cut_short) from None
        # A table of the wrong shape is skipped; a file that is no object is not a journal.
        if not isinstance(data, dict):
            reason = (
                "unsealed, it holds something other than a coach journal"
                if self.codec.encrypted
                else "it is JSON, but not a coach journal"
            )
            raise self._corrupt(reason, self._backup())
        hidden = hidden_records(data, raw)  # a save would make their loss final
        if hidden is not None:
            raise self._corrupt(hidden, self._backup(), advice=repair_advice(self.path))
        if self.path.is_symlink() and not looks_like_journal(data):
            raise self._corrupt(
                f"it is a link to {real}, which is JSON but not a coach journal; coach will "
                "not rewrite it",
                None,
                advice="Point the link at a coach journal, or remove the link.",
            )
        return data, fingerprint

    def _decode(self, raw: bytes) -> bytes:
        """The journal's JSON from the bytes on disk (decrypted when sealed)."""
        try:
            return self.codec.decode(raw, self.path)
        except (WrongPassphrase, PassphraseNeeded):
            raise  # the file is fine; the key is not
        except SealedFileError as error:
            raise self._corrupt(error.reason, self._backup()) from None

    def _encode(self, data: dict[str, Any]) -> bytes:
        """The bytes to write for this data (encrypted when sealed); raises TypeError."""
        return self.codec.encode(self._serialize(data))

    @property
    def backup_path(self) -> Path:
        """The previous good version, kept beside the real journal file."""
        real = self._real_path()
        return real.with_name(real.name + ".bak")

    def _backup(self) -> Path | None:
        return self.backup_path if self.backup_path.exists() else None

    def _adopt(self, data: dict[str, Any] | None, fingerprint: Fingerprint | None) -> None:
        self._seen = self._seen or data is not None
        self._data = data
        self._fingerprint = fingerprint
        self._generation = generation_of(data)

    def read(self) -> dict[str, Any] | None:
        """The whole database; re-read from disk only when the file changed."""
        fingerprint = self._stat()
        if self._data is None or fingerprint != self._fingerprint:
            self._adopt(*self._load_from_disk())
        return self._data

    # -- writing ---------------------------------------------------------

    @property
    def _depth(self) -> int:
        return getattr(self._held, "depth", 0)

    @_depth.setter
    def _depth(self, value: int) -> None:
        self._held.depth = value

    @property
    def _wait_seconds(self) -> float:
        """How long this thread waits for another coach's lock."""
        seconds = getattr(self._held, "wait_seconds", None)
        return self._lock_timeout if seconds is None else seconds

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the lock file for this thread, waiting for another coach if need be.

        Each thread takes the lock file on its own descriptor, so two threads of
        one coach exclude each other just as two coaches do. Nothing shared
        with readers is touched here: a caller can wait for the lock without
        holding up the threads that only read.
        """
        count = getattr(self._held, "locks", 0)
        if count:
            self._held.locks = count + 1
            try:
                yield
            finally:
                self._held.locks -= 1
            return
        try:
            if not self.path.parent.is_dir():  # 0700 whichever write makes it (rv47 D1)
                ensure_private_dir(self.path.parent)
        except OSError as error:
            raise JournalWriteError(self.path, error.strerror or str(error)) from None
        # filelock is imported on the first write, not at start: reading the journal
        # for the first screen needs no lock, and every import there is time waited.
        from filelock import FileLock, Timeout

        with self._making_lock:
            if self._lock is None:
                self._lock = FileLock(self.lock_path, timeout=self._lock_timeout, mode=FILE_MODE)
        try:
            self._lock.acquire(timeout=self._wait_seconds)
        except Timeout:
            raise JournalBusy(self.lock_path) from None
        except OSError as error:
            reason = f"cannot use the lock file {self.lock_path} ({error.strerror or error})"
            raise JournalWriteError(self.path, reason) from None
        self._held.locks = 1
        try:
            yield
        finally:
            self._held.locks = 0
            self._lock.release()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock and start from what is on disk now."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with self.locked():
            self._depth = 1
            try:
                self._clean_stale_temp_files()
                self._refresh_under_lock()
                yield
            finally:
                self._depth = 0

    @contextlib.contextmanager
    def waiting_up_to(self, seconds: float) -> Iterator[None]:
        """Inside, on this thread only, wait this long for another coach's lock.

        0 raises JournalBusy at once: the app tries a save that way on its UI
        thread, and only when another coach is mid-save does it wait, longer,
        on a thread of its own (where waiting freezes nothing).
        """
        before = getattr(self._held, "wait_seconds", None)
        self._held.wait_seconds = seconds
        try:
            yield
        finally:
            self._held.wait_seconds = before

    def no_wait(self) -> contextlib.AbstractContextManager[None]:
        """Inside, on this thread, a lock held by another coach raises JournalBusy at once."""
        return self.waiting_up_to(0)

    def _refresh_under_lock(self) -> None:
        fingerprint = self._stat()
        if fingerprint == self._fingerprint and self._data is not None:
            return
        known_generation = self._generation
        had_data = self._data is not None and self._fingerprint is not None
        data, fingerprint = self._load_from_disk()
        if self._seen and data is None:  # removed outside coach: never begun again empty
            if not had_data:  # nothing held to write it again from
                raise JournalWriteError(self.path, backups.gone_unheld(self.path))
            self.found_gone.append(self.path)
            self._fingerprint = self._stat()  # nothing there: written whole, from what is held
            return
        # A later generation means another coach saved in between: build on it.
        # Anything else (a sync tool, an editor) is an outside change: keep
        # our version beside it rather than silently dropping either.
        if had_data and generation_of(data) <= known_generation:
            self._keep_conflict_copy()
        self._adopt(data, fingerprint)

    def _keep_conflict_copy(self) -> None:
        if self._data:
            copy = backups.keep_conflict_copy(self.path, self._encode(self._data), self._generation)
            self.conflict_copies.append(copy)

    def _clean_stale_temp_files(self) -> None:
        # Under the lock no other coach is mid-write, so any temp file of ours
        # was left by a process that died.
        if self._cleaned:
            return
        self._cleaned = True
        real = self._real_path()
        for folder, name in {(real.parent, real.name), (self.path.parent, self.path.name)}:
            # The journal, its backup and conflict copies all write through temp files.
            for temp in folder.glob(f".{name}*{TEMP_MARK}*"):
                with contextlib.suppress(OSError):
                    temp.unlink()

    def write(self, data: dict[str, Any]) -> None:
        """Save the whole database durably, or raise and leave the file as it was.

        A backup that cannot follow a landed save raises nothing: backup_failure says why.
        """
        if not self._depth:
            with self.transaction():
                self.write(data)
            return
        # Our own bookkeeping: a hand-mangled copy of it is replaced, not trusted.
        table = data.get(STORAGE_TABLE)
        if not isinstance(table, dict) or not isinstance(table.get(STORAGE_KEY, {}), dict):
            data[STORAGE_TABLE] = {}
        meta = data.setdefault(STORAGE_TABLE, {}).setdefault(STORAGE_KEY, {})
        previous_generation = meta.get("generation")
        meta["generation"] = self._generation + 1
        try:
            payload = self._encode(data)
        except TypeError as error:
            meta["generation"] = previous_generation
            self._data = None  # TinyDB changed our cached dict in place; re-read.
            raise JournalWriteError(self.path, unstorable(data, error)) from None
        real = self._real_path()
        replaced = False
        old: SetAside = None
        try:
            try:
                old = set_old_aside(real)
                write_atomically(real, payload)
                replaced = True
                fsync_dir(real.parent)
            except OSError as error:
                self._data = None
                self._fingerprint = None
                raise JournalWriteError(
                    self.path, error.strerror or str(error), replaced=replaced
                ) from None
            self._adopt(data, self._stat())
            # Only now does the old file become the backup: a save that failed
            # leaves the backup as it was, the version before the last good save.
            # Failing here loses nothing: the save landed, so it is not an error.
            try:
                make_backup(old, self.backup_path, data)
                old = None
                self.backup_failure = None
            except OSError as error:
                self.backup_failure = error.strerror or str(error)
            note_backup(self.backup_path, self.backup_failure)
        finally:
            drop_aside(old)

    def _serialize(self, data: dict[str, Any]) -> bytes:
        """The file's bytes (a subclass may lay them out differently)."""
        return serialize(data)

    def close(self) -> None:
        """Nothing stays open between transactions."""
