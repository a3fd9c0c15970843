"""Starting again after a lost passphrase: every locked file moved out of the folder, kept."""

from __future__ import annotations

import shlex
from pathlib import Path

from coach.paths import Locations

# Every file `coach encrypt` seals has a name that begins with one of these
# (coach/sealing.py sealable_files): the journal with its backup, conflict and
# repair copies; the walk; each coach's autosave of typing.
_SEALED_NAMES = ("journal.json*", "walk.json*", "unsaved-*")


def aside_folder(places: Locations) -> Path:
    """A folder beside the data folder, not there yet, for its locked files."""
    folder = places.data_dir
    name = folder.name or "coach"  # the root folder has no name of its own
    for number in range(1, 1000):
        candidate = folder.parent / (f"{name}.locked" + ("" if number == 1 else f"-{number}"))
        if not candidate.exists():
            return candidate
    return folder.parent / f"{name}.locked-new"


def move_aside_command(places: Locations) -> str:
    """A shell command that moves every locked file out of the data folder into a new one."""
    folder = places.data_dir
    names = [name for name in _SEALED_NAMES if any(folder.glob(name))] or ["journal.json*"]
    # Quoted folder, bare pattern: the shell still expands the `*`.
    sources = " ".join(f"{shlex.quote(str(folder))}/{name}" for name in names)
    target = shlex.quote(str(aside_folder(places)))
    # `mkdir` without -p stops there when the folder exists, so nothing is overwritten.
    return f"mkdir {target} && mv {sources} {target}/"


def lost_passphrase(places: Locations) -> str:
    """One line for after a wrong passphrase: what losing it means, and how to start again."""
    return (
        "Lost the passphrase? Nothing can open this journal without it, not coach and not "
        "anyone. To start a new one, quit coach and move every locked file out of the "
        "folder (keep them, in case the passphrase comes back), with: "
        f"{move_aside_command(places)} — or use another --data-dir."
    )
