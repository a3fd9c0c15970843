"""What stands at a path coach is asked to write a file to: a file, a link to follow, or no file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from coach.file_kind import kind_of


@dataclass(frozen=True)
class WriteTarget:
    """A path to write, as found before anything is written."""

    given: Path
    # The file the bytes go to: a link's final target, never the link itself.
    real: Path
    # What is there when it is no regular file ("a named pipe (FIFO)", "a device",
    # "a folder"...): never to be replaced. None for a file or for nothing.
    kind: str | None
    # A regular file is there now (through the link, if given is one).
    exists: bool

    @property
    def is_link(self) -> bool:
        """Whether the name given is a link (the file written is then its target)."""
        return self.given.is_symlink()

    @property
    def through(self) -> str:
        """' (a link to REAL)' for a link, to add after the given name; '' otherwise."""
        return f" (a link to {self.real})" if self.is_link else ""

    @property
    def dangling(self) -> bool:
        """A link to nothing: writing would make a file where the link points."""
        return self.is_link and not self.exists and self.kind is None


def write_target(given: Path) -> WriteTarget:
    """What writing a file at `given` would really touch. Raises OSError when it cannot tell.

    Replacing a pipe, device or socket with a file breaks whatever uses it
    (/dev/null or /dev/stdout as root breaks the machine), so callers refuse
    any `kind`. A link is written through rather than replaced: a file kept
    as a link into a synced folder must be updated, not left stale beside a
    new file where the link was.
    """
    # realpath follows every link in the chain, and one in the folders above.
    real = Path(os.path.realpath(given))
    try:
        # What is really there, asked of the path as given: /dev/stdout's link
        # through /proc has no name realpath can give, but stat follows it.
        info = os.stat(given)
    except FileNotFoundError:
        return WriteTarget(given=given, real=real, kind=None, exists=False)
    kind = kind_of(info.st_mode)
    if kind is None and not _same_file(info, real):
        kind = "a link coach cannot follow to a file by name"
    return WriteTarget(given=given, real=real, kind=kind, exists=kind is None)


def _same_file(info: os.stat_result, path: Path) -> bool:
    """Whether path names the very file info describes."""
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)
