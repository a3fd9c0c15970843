"""A `coach encrypt` or `decrypt` that stopped part way: telling it, and setting its files aside.

Encrypt seals the journal last and decrypt opens it first, so either one,
stopped part way, leaves the same folder: a plain journal beside files (the
backup first) that are sealed. Running the command again with the passphrase
it was given finishes it. When that passphrase is lost, the sealed files can be
set aside under a name that says what they are, so a new one can be chosen;
nothing is ever deleted.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from coach.crypto import file_is_sealed
from coach.files import fsync_dir
from coach.paths import Locations

# The flag that sets them aside, named in every message that offers it.
SET_ASIDE_FLAG = "--set-aside-sealed"
ASIDE_PREFIX = "sealed-aside-"


def half_sealed(places: Locations) -> list[Path]:
    """The sealed files beside a plain journal (none when the journal is sealed or missing)."""
    from coach.sealable import sealable_files

    journal = places.journal
    try:
        if not journal.is_file() or file_is_sealed(journal):
            return []
        return [path for path in sealable_files(places) if path != journal and file_is_sealed(path)]
    except OSError:
        return []


def _names(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths)


def half_done(places: Locations, paths: list[Path]) -> str:
    """What the folder is in, and the way on: the same passphrase again."""
    return (
        f"An earlier `coach encrypt` stopped part way: {places.journal.name} is still plain "
        f"text, but {_names(paths)} {'is' if len(paths) == 1 else 'are'} already sealed. Run "
        "`coach encrypt` again with the same passphrase as that run to finish it (or "
        "`coach decrypt` with it, if you were decrypting)."
    )


def way_out(places: Locations) -> str:
    """When that passphrase is lost: the files set aside, never deleted."""
    return (
        f"If that passphrase is lost, `coach encrypt {SET_ASIDE_FLAG}` renames the sealed "
        f"file(s) {ASIDE_PREFIX}…, deleting nothing, and then encrypts with a new passphrase; "
        f"{places.journal.name} itself is whole and plain, and nothing in it is lost."
    )


def set_aside(places: Locations, paths: list[Path]) -> list[tuple[Path, Path]]:
    """Each sealed file renamed sealed-aside-<time>-<its name>, where no coach reads it."""
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    moved = []
    for path in paths:
        target = path.with_name(f"{ASIDE_PREFIX}{stamp}-{path.name}")
        if target.exists():
            raise FileExistsError(f"{target} already exists")
        os.replace(path, target)
        moved.append((path, target))
    if moved:
        fsync_dir(places.data_dir)
    return moved
