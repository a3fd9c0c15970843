"""Reading a file a person named, refusing folders, pipes and devices before they are opened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from coach.errors import CoachError


class NotAFile(CoachError):
    """The path names a folder, a named pipe, a device or a socket, not a file to read."""


def _not_a_file(mode: int) -> str | None:
    """What the path is when it is not a regular file; None when it is one."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    return "not a regular file"


def refuse_unless_file(path: Path, give: str) -> os.stat_result:
    """The file's status; raises NotAFile naming what it is instead, without opening it.

    Opening a named pipe waits until something writes to it, and a device
    such as /dev/zero never ends, so both are refused from their status alone.
    Raises OSError (FileNotFoundError...) as os.stat does.
    """
    info = os.stat(path)
    kind = _not_a_file(info.st_mode)
    if kind:
        raise NotAFile(f"{path} is {kind}; give {give}")
    return info


def read_file_bytes(path: Path, give: str, limit: int | None = None) -> bytes:
    """A regular file's bytes (at most limit + 1 of them); NotAFile for anything else.

    `give` finishes the refusal: "an .eml file", say. Raises OSError as open does.
    """
    refuse_unless_file(path, give)
    # Non-blocking, so a file swapped for a pipe after the check cannot hang us.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        kind = _not_a_file(os.fstat(handle.fileno()).st_mode)
        if kind:
            raise NotAFile(f"{path} is {kind}; give {give}")
        return handle.read() if limit is None else handle.read(limit + 1)
