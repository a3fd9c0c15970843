"""Which files coach seals: every one that can hold entry text, the journal itself last."""

from __future__ import annotations

from pathlib import Path

from coach.crypto import file_is_sealed
from coach.paths import Locations
from coach.repair_copies import UNMENDED


def sealable_files(places: Locations) -> list[Path]:
    """Every file coach writes that can hold entry text, the journal itself last."""
    journal = places.journal
    folder = places.data_dir
    found = [
        journal.with_name(journal.name + ".bak"),
        *sorted(folder.glob(f"{journal.name}.conflict-*")),
        # Saves a big journal's log held, set aside by coach (merged back by a repair).
        *sorted(folder.glob(f"{journal.name}.log.conflict-*")),
        # What `coach repair` kept aside of a damaged journal.
        *sorted(folder.glob(f"{journal.name}.damaged-*")),
        # ... and of a journal that read fine, before it merged saves kept outside it.
        *sorted(folder.glob(f"{journal.name}.before-merge-*")),
        places.walk,
        places.walk.with_name(places.walk.name + ".damaged"),
        # Each coach's autosave of typing not yet in the journal (coach/unsaved.py).
        *sorted(folder.glob("unsaved-*.json")),
        *sorted(folder.glob("unsaved-*.json.damaged")),
        journal,
    ]
    # A repair's note beside a copy holds no entry text and must stay readable
    # (it says what to do with the copy): left plain. One an older repair sealed
    # is still turned with the rest, so a decrypt leaves none sealed.
    return [
        path
        for path in found
        if path.is_file() and (not path.name.endswith(UNMENDED) or file_is_sealed(path))
    ]
