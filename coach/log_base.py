"""Whether an append log belongs to the journal snapshot beside it, in a way a copy keeps.

A log's head names the snapshot it was started on. The file's inode and
modification time alone do not survive `cp`, `rsync`, a restored backup or a
move to another machine, and a log disowned that way loses the latest saves.
So the head also holds a digest of the snapshot's first and last bytes: a copy
has the same size and the same bytes, an outside replacement does not.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The ends of a snapshot: its first bytes hold the small tables, among them
# the generation every save of coach raises, so no two snapshots coach wrote
# share them; the last bytes hold the newest records.
ENDS = 64 * 1024

Stamp = tuple[int, int, int]  # inode, size, mtime_ns of the snapshot as read


def stamp_of(info: os.stat_result) -> Stamp:
    """The snapshot's stamp from its stat."""
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def ends_digest(fd: int) -> str:
    """A digest of the size and the first and last ENDS bytes of the open file."""
    size = os.fstat(fd).st_size
    digest = hashlib.blake2b(str(size).encode(), digest_size=16)
    digest.update(os.pread(fd, min(size, ENDS), 0))
    if size > ENDS:
        digest.update(os.pread(fd, min(size - ENDS, ENDS), max(ENDS, size - ENDS)))
    return digest.hexdigest()


def ends_if_same(path: Path, stamp: Stamp) -> str | None:
    """The ends digest of the file at path if it is still the one stamped; None otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if stamp_of(os.fstat(fd)) != tuple(stamp):
            return None  # replaced since it was read: its digest says nothing of that read
        return ends_digest(fd)
    except OSError:
        return None
    finally:
        os.close(fd)


def head_for(path: Path, stamp: Stamp) -> dict[str, Any]:
    """The first line of a new log started on the snapshot stamped."""
    head: dict[str, Any] = {"base": list(stamp)}
    ends = ends_if_same(path, stamp)
    if ends is not None:
        head["ends"] = ends
    return head


def belongs(head: Any, stamp: Stamp, ends: Callable[[], str | None]) -> bool:
    """Whether a log with this head was started on the snapshot stamped.

    ends: the snapshot's ends digest, asked for only when the inode differs
    (a copy of the folder), since it reads the file.
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
    digest = head.get("ends")
    if isinstance(digest, str):
        return digest == ends()
    # A head written before the digest: a copy that kept the times is the same file.
    return base[2] == stamp[2]
