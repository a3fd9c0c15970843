"""Starting again after a lost passphrase: every locked file moved out of the folder, kept."""

from __future__ import annotations

import glob
import shlex
from pathlib import Path

from coach.paths import Locations

# Every file `coach encrypt` seals has a name that begins with one of these
# (coach/sealable.py): the journal with its backup, conflict and
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
    # A lock file is a running coach's, gone once it quits (the command is run after):
    # a pattern only it matched left `mv` failing on a pattern matching nothing (rv41).
    names = [
        name
        for name in _SEALED_NAMES
        if any(not path.name.endswith(".lock") for path in folder.glob(name))
    ] or ["journal.json*"]
    # Quoted folder, bare pattern: the shell still expands the `*`.
    sources = " ".join(f"{shlex.quote(str(folder))}/{name}" for name in names)
    target = shlex.quote(str(aside_folder(places)))
    # `mkdir` without -p stops there when the folder exists, so nothing is overwritten.
    return f"mkdir {target} && mv {sources} {target}/"


def lost_passphrase(places: Locations) -> str:
    """For after a wrong passphrase: what losing it means, and the command to start again."""
    # The command last, on a line of its own: wrapped inside a sentence it was copied as
    # three broken shell lines (rv19).
    return (
        "Lost the passphrase? Nothing can open this journal without it, not coach and not "
        "anyone. To start a new one, use another --data-dir, or quit coach and move every "
        "locked file out of the folder (keep them, in case the passphrase comes back). The "
        "new journal starts unlocked: `coach encrypt` locks it again. Move them with "
        f"this command:\n{COMMAND_INDENT}{move_aside_command(places)}"
    )


COMMAND_INDENT = "    "


def unlocked_beside_locked(places: Locations, sealed: bool) -> str | None:
    """A journal left unlocked beside the locked one moved aside: said until it is locked.

    A person who chose encryption, lost the passphrase and started again has a
    new journal written in plain text; nothing else tells them so (rv46 #4).
    """
    if sealed:
        return None
    from coach.crypto import file_is_sealed

    folder = places.data_dir
    name = folder.name or "coach"
    try:
        # Escaped: a folder named "jobs [2026]" is a name, not a pattern (rv48 #7).
        asides = sorted(folder.parent.glob(f"{glob.escape(name)}.locked*"))
        held = [
            aside
            for aside in asides
            if aside.is_dir() and any(file_is_sealed(path) for path in aside.glob("journal.json*"))
        ]
    except OSError:
        return None
    if not held:
        return None
    return (
        f"This journal is not locked: it is written in plain text. The locked one moved "
        f"aside is kept in {held[-1]}. `coach encrypt` locks this one."
    )


def advice_and_command(text: str) -> tuple[str, str]:
    """The advice's words and its command apart ("" when it gives none), for a screen."""
    words, _, command = text.rpartition("\n" + COMMAND_INDENT)
    return (words, command) if words else (text, "")
