"""The autosave's per-coach lock files: taken, held, and removed once their coach is gone."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from coach.files import FILE_MODE

PREFIX = "unsaved-"


def lock_exclusive(path: Path) -> int | None:
    """Open path and lock it without waiting; the fd while held, None if another holds it."""
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def unlock(fd: int | None) -> None:
    """Let go of a lock taken by lock_exclusive."""
    if fd is None:
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
    with contextlib.suppress(OSError):
        os.close(fd)


@contextlib.contextmanager
def held(path: Path) -> Iterator[bool]:
    """Hold another session's lock for a moment; yields False while its owner runs."""
    fd = lock_exclusive(path)
    try:
        yield fd is not None
    finally:
        unlock(fd)


def _names_this(path: Path, fd: int) -> bool:
    """Whether path still names the file fd has open (not removed or replaced meanwhile)."""
    try:
        now, mine = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino)


def lock_own(path: Path, tries: int = 5) -> int | None:
    """Take this coach's own lock, making sure the file locked is the one its name shows.

    Another coach removing a stale lock could unlink this one between its
    open and its flock; a lock on an unlinked file protects nothing, so the
    name is checked after locking and the lock taken again if it changed.
    """
    for _ in range(tries):
        fd = lock_exclusive(path)
        if fd is None or _names_this(path, fd):
            return fd
        unlock(fd)
    return lock_exclusive(path)


def lock_kept(path: Path, fd: int | None) -> int | None:
    """This coach's lock, taken again if its file was removed (the folder deleted under it).

    A lock on a file no longer named guards nothing: another coach would offer
    this one's live typing as left by a coach that stopped (rv47 D1).
    """
    if fd is None or _names_this(path, fd):
        return fd
    unlock(fd)
    return lock_own(path)


def remove_stale_locks(data_dir: Path, *, keep: Path) -> list[Path]:
    """Remove lock files of coaches that finished, leaving any whose typing is still kept.

    Only while holding the lock (so its coach is not running), and only if
    the name still points at the file locked: a lock removed and made again
    by a starting coach in between is that coach's, and stays.
    """
    removed: list[Path] = []
    for lock in sorted(data_dir.glob(f"{PREFIX}*.lock")):
        if lock == keep or lock.with_suffix(".json").exists():
            continue  # ours, or it goes with typing that may still be offered back
        try:
            fd = lock_exclusive(lock)
        except OSError:
            continue  # gone already, or the folder cannot be written
        if fd is None:
            continue  # its coach is running
        try:
            if _names_this(lock, fd) and not lock.with_suffix(".json").exists():
                with contextlib.suppress(OSError):
                    lock.unlink()
                    removed.append(lock)
        finally:
            unlock(fd)
    return removed
