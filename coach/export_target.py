"""Where `export -o` may write: `-` is stdout, links are written through, only files replaced."""

from __future__ import annotations

import os
from pathlib import Path

from coach.errors import CoachError
from coach.write_target import write_target

STDOUT_NAME = "-"


def export_target(output: str, *, force: bool) -> Path | None:
    """The file an export to `output` writes (a link's target); None for stdout (`-`).

    Raises CoachError, before anything is written, for a path that is no
    regular file (a folder, a pipe, a device, a socket: replacing one would
    break what uses it, and /dev/stdout as root breaks the whole machine),
    and for an existing file without force. A link is followed rather than
    replaced: a backup kept as a link into a synced folder must be updated,
    not turned into a stale copy beside a link that no longer exists.
    """
    if output == STDOUT_NAME:
        return None
    given = Path(output)
    try:
        target = write_target(given)
    except OSError as error:
        through = f" (a link to {os.path.realpath(given)})" if given.is_symlink() else ""
        raise CoachError(
            f"Cannot write {given}{through}: {error.strerror or error}. Nothing was written."
        ) from None
    through = target.through
    if target.kind is not None:
        raise CoachError(
            f"{given}{through} is {target.kind}, not a file, and coach writes an export only "
            f"to a file. {_what_to_do(target.kind, given)} Nothing was written."
        )
    if target.exists and not force:
        # A last good export may be the only copy left: never replaced unasked.
        raise CoachError(
            f"{given}{through} already exists, and coach does not write over a file "
            "unasked. Choose another name, or add --force to replace it. Nothing was written."
        )
    if target.dangling and not force:
        # A link to nothing: the file would appear somewhere the user may not expect.
        raise CoachError(
            f"{given} is a link to {target.real}, which is not there. Add --force to write the "
            "export there, or choose another name. Nothing was written."
        )
    return target.real


def _what_to_do(kind: str, given: Path) -> str:
    """The way out for a path that is not a file: a name inside the folder, or stdout."""
    if kind == "a folder":
        return f"Give a file name inside it, such as {given / 'coach-export.json'}."
    return (
        "Leave out -o (or give `-o -`) to write the export to standard output, and pipe or "
        "redirect it from there."
    )
