"""Reading a file a person named, refusing folders, pipes and devices before they are opened."""

from __future__ import annotations

import os
from pathlib import Path

from coach.errors import CoachError
from coach.file_kind import NotAFile as NotRegular
from coach.file_kind import kind_of, open_regular


class NotAFile(CoachError):
    """The path names a folder, a named pipe, a device or a socket, not a file to read."""


def _refusal(path: Path, kind: str, give: str) -> NotAFile:
    """The refusal for a path of this kind (as coach.file_kind names it), ending with `give`."""
    # "a folder" reads whole; the others say they are not a file ("a named pipe, not a file").
    named = kind.removesuffix(" (FIFO)")
    if named not in ("a folder", "not a regular file"):
        named += ", not a file"
    return NotAFile(f"{path} is {named}; give {give}")


def refuse_unless_file(path: Path, give: str) -> os.stat_result:
    """The file's status; raises NotAFile naming what it is instead, without opening it.

    Opening a named pipe waits until something writes to it, and a device
    such as /dev/zero never ends, so both are refused from their status alone.
    Raises OSError (FileNotFoundError...) as os.stat does.
    """
    info = os.stat(path)
    kind = kind_of(info.st_mode)
    if kind:
        raise _refusal(path, kind, give)
    return info


def read_file_bytes(path: Path, give: str, limit: int | None = None) -> bytes:
    """A regular file's bytes (at most limit + 1 of them); NotAFile for anything else.

    `give` finishes the refusal: "an .eml file", say. Raises OSError as open does.
    """
    refuse_unless_file(path, give)
    try:
        # Checked again on the descriptor: a file swapped for a pipe cannot hang us.
        fd = open_regular(path)
    except NotRegular as error:
        raise _refusal(path, error.kind, give) from None
    with os.fdopen(fd, "rb") as handle:
        return handle.read() if limit is None else handle.read(limit + 1)
