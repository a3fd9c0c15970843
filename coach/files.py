"""Private, crash-safe file writes: temp file, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"
# The plain copy of a draft handed to $EDITOR; unsaved_folder.clean_litter removes those a
# stopped coach left (never a running one's).
EDITOR_HANDOFF_PREFIX = ".coach-editing-"


def fsync_dir(path: Path) -> None:
    """Make a rename in this folder durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(target: Path, payload: bytes) -> None:
    """Replace target with payload so that a crash leaves the old or the new file.

    Raises OSError; on failure before the rename the target is untouched and the
    temp file is removed.
    """
    write_chunks_atomically(target, (payload,))


def write_chunks_atomically(target: Path, chunks: Iterable[bytes]) -> None:
    """write_atomically for a payload that arrives in pieces (a big export). Raises OSError."""
    folder = target.parent
    temp = folder / f".{target.name}{TEMP_MARK}{secrets.token_hex(4)}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        # The umask may have taken bits off the mode above, or added none; be exact.
        os.fchmod(fd, FILE_MODE)
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    os.close(fd)
    try:
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_private_chunks(target: Path, chunks: Iterable[bytes]) -> None:
    """write_private for a payload that arrives in pieces (a big export). Raises OSError."""
    write_chunks_atomically(target, chunks)
    fsync_dir(target.parent)


def write_private(target: Path, payload: bytes) -> None:
    """write_atomically, then make the rename itself durable. Raises OSError."""
    write_atomically(target, payload)
    fsync_dir(target.parent)


def ensure_private_dir(path: Path) -> None:
    """Create a folder only the owner can read (0700), whatever the umask.

    An existing folder of ours that others can read or write (0777 from an
    old umask or a copy) is tightened, when it is coach's own: empty or
    holding a journal. A shared folder chosen as --data-dir is left alone.
    """
    if path.is_dir():
        _tighten(path)
        return
    path.mkdir(parents=True, mode=DIR_MODE, exist_ok=True)
    os.chmod(path, DIR_MODE)


def _tighten(path: Path) -> None:
    try:
        info = path.stat()
        if info.st_uid != os.getuid() or not info.st_mode & 0o077:
            return
        if (path / "journal.json").exists() or not any(path.iterdir()):
            os.chmod(path, DIR_MODE)
    except (OSError, AttributeError):
        pass  # a folder we cannot inspect is reported when it is used
