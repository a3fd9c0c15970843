"""Whether an append log belongs to the journal snapshot beside it, in a way a copy keeps.

A log's head names the snapshot it was started on: its inode, size and
modification time, and a digest of all its bytes. While the file is untouched
the stamp alone answers, with no reading. A copy (`cp`, `rsync`, a restored
backup, another machine) has another stamp but the same bytes, so the digest
says it is the same snapshot; an outside change, even one that keeps the
size, changes the bytes, so its log is not replayed over it. The one change
this cannot see keeps the whole stamp: an edit in place followed by `touch -r`,
or a same-size write within one tick of a coarse clock (FAT, exFAT and some
network disks keep mtime to 1 or 2 seconds). A damaged file is matched by
inode alone; coach/repair_in_place keeps what changed in it outside coach.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

# Pieces the whole digest reads at a time (the hash lets other threads run meanwhile).
PIECE = 1 << 20

Stamp = tuple[int, int, int]  # inode, size, mtime_ns of the snapshot as read


class Hasher(Protocol):
    """A running digest of a snapshot's bytes (hashlib's interface)."""

    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def stamp_of(info: os.stat_result) -> Stamp:
    """The snapshot's stamp from its stat."""
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def new_hasher() -> Hasher:
    """A digest to feed a snapshot's bytes to, in order (see whole_digest)."""
    # Not for secrecy: it tells a copy from a changed file. SHA-1 is the
    # quickest in hashlib here (about 1 GB/s), and a change that keeps it by
    # chance does not happen.
    return hashlib.sha1(usedforsecurity=False)


def hashed_lines(handle: Any, hasher: Hasher) -> Iterator[bytes]:
    """The file's lines, each fed to hasher as it passes (a digest at no extra read)."""
    for line in handle:
        hasher.update(line)
        yield line


def whole_digest(fd: int) -> str:
    """A digest of every byte of the open file."""
    hasher = new_hasher()
    offset = 0
    while piece := os.pread(fd, PIECE, offset):
        hasher.update(piece)
        offset += len(piece)
    return hasher.hexdigest()


def whole_if_same(path: Path, stamp: Stamp) -> str | None:
    """The whole digest of the file at path if it is still the one stamped; None otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if stamp_of(os.fstat(fd)) != tuple(stamp):
            return None  # replaced since it was read: its digest says nothing of that read
        return whole_digest(fd)
    except OSError:
        return None
    finally:
        os.close(fd)


def head_for(path: Path, stamp: Stamp, whole: str | None = None) -> dict[str, Any]:
    """The first line of a new log started on the snapshot stamped.

    whole: the snapshot's digest when the caller knows it already (it read or
    wrote those very bytes); otherwise the file is read for it.
    """
    head: dict[str, Any] = {"base": list(stamp)}
    if whole is None:
        whole = whole_if_same(path, stamp)
    if whole is not None:
        head["whole"] = whole
    return head


def belongs(head: Any, stamp: Stamp, whole: Callable[[], str | None]) -> bool:
    """Whether a log with this head was started on the snapshot stamped.

    whole: the snapshot's whole digest, asked for only when the stamp differs
    (a copy of the folder, or a change outside coach), since it reads the file.
    """
    if not isinstance(head, dict):
        return False
    base = head.get("base")
    if not (isinstance(base, list) and len(base) == 3 and all(type(n) is int for n in base)):
        return False
    if tuple(base) == tuple(stamp):
        return True
    if base[1] != stamp[1]:
        return False  # another size: another snapshot
    digest = head.get("whole")
    if isinstance(digest, str):
        return digest == whole()
    # A head from before the whole digest (its "ends" digest read only the
    # first and last bytes, which an edit in the middle keeps): only a copy
    # that kept the modification time is taken as the same file; any other
    # is changed outside, and repair merges its saves record by record.
    return base[2] == stamp[2]
