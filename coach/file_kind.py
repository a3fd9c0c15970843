"""What a path that should be a file really is, found without ever blocking on it."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotAFile(OSError):
    """The path is there, but it is a folder, a pipe or a device, not a regular file."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(0, f"it is {kind}, not a file", str(path))
        self.kind = kind


def not_a_file(path: Path) -> str | None:
    """What path is when it is there but no regular file ("a folder"...); None otherwise.

    A named pipe would make any open() wait for a writer for ever, so the
    question is asked of the path (following links) without opening it.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: the reader says which, plainly
    return kind_of(mode)


def kind_of(mode: int) -> str | None:
    """The name of a file type other than a regular file; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def open_regular(path: Path) -> int:
    """A read-only descriptor of path, never blocking on a pipe; NotAFile unless a regular file.

    The type is checked on the descriptor itself, so a path swapped for a
    pipe between a check and the open cannot hang the reader.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            raise NotAFile(path, kind)
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd
