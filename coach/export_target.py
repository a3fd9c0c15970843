"""Where `export -o` may write: `-` is stdout, links are written through, only files replaced."""

from __future__ import annotations

import os
from pathlib import Path

from coach.errors import CoachError
from coach.file_kind import kind_of

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
    # realpath follows every link in the chain, and one in the folders above.
    real = Path(os.path.realpath(given))
    through = f" (a link to {real})" if given.is_symlink() else ""
    try:
        # What is really there, asked of the path as given: /dev/stdout's link
        # through /proc has no name realpath can give, but stat follows it.
        info: os.stat_result | None = os.stat(given)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise CoachError(
            f"Cannot write {given}{through}: {error.strerror or error}. Nothing was written."
        ) from None
    if info is not None:
        kind = kind_of(info.st_mode)
        if kind is None and not _same_file(info, real):
            kind = "a link coach cannot follow to a file by name"
        if kind is not None:
            raise CoachError(
                f"{given}{through} is {kind}, not a file, and coach writes an export only to a "
                f"file. {_what_to_do(kind, given)} Nothing was written."
            )
        if not force:
            # A last good export may be the only copy left: never replaced unasked.
            raise CoachError(
                f"{given}{through} already exists, and coach does not write over a file "
                "unasked. Choose another name, or add --force to replace it. Nothing was written."
            )
    elif given.is_symlink() and not force:
        # A link to nothing: the file would appear somewhere the user may not expect.
        raise CoachError(
            f"{given} is a link to {real}, which is not there. Add --force to write the "
            "export there, or choose another name. Nothing was written."
        )
    return real


def _same_file(info: os.stat_result, path: Path) -> bool:
    """Whether path names the very file info describes."""
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)


def _what_to_do(kind: str, given: Path) -> str:
    """The way out for a path that is not a file: a name inside the folder, or stdout."""
    if kind == "a folder":
        return f"Give a file name inside it, such as {given / 'coach-export.json'}."
    return (
        "Leave out -o (or give `-o -`) to write the export to standard output, and pipe or "
        "redirect it from there."
    )
