"""The copies repair keeps beside the journal: which there are, the room they take, how to go."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TextIO

# What repair keeps before it writes: the file as it was before a merge, or the damaged
# file, each with the backup and log beside it as they were (.bak, .log). Coach does not
# need them (encrypt seals them too), and never removes one: they are the person's to delete.
# A note beside a copy that still holds lines a repair could not keep: that copy is
# the only place they are, so it is never offered for deletion.
UNMENDED = ".unmended"
_COPY = re.compile(r"\.(?:before-merge|damaged)-(\d{8}-\d{6})(?:\.bak|\.log)?$")


def repair_copies(journal: Path) -> list[tuple[Path, int]]:
    """Each copy repair kept beside the journal, and its size in bytes: oldest first."""
    real = Path(os.path.realpath(journal))  # repair keeps them beside the real file
    found: list[tuple[str, Path, int]] = []
    try:
        names = os.listdir(real.parent)
    except OSError:
        return []
    for name in names:
        kept = _COPY.search(name) if name.startswith(f"{real.name}.") else None
        if kept is None or kept.start() != len(real.name):
            continue
        path = real.parent / name
        try:
            if not path.is_file():
                continue
            size = path.stat().st_size
        except OSError:
            continue
        found.append((kept.group(1), path, size))
    return [(path, size) for _, path, size in sorted(found, key=lambda f: (f[0], f[1].name))]


def unmended_note(copy: Path) -> Path:
    """The note beside a copy that still holds lines a repair could not keep."""
    return copy.with_name(copy.name + UNMENDED)


# A copy larger than this is not read again to find lines a repair could not keep.
READ_AGAIN_UP_TO = 32 * 2**20


def holds_unmended(copy: Path) -> bool:
    """Whether copy holds lines a repair could not keep: its note says so, or reading it shows.

    Repairs made before the notes left none: such a damaged copy is read again
    with the backup kept beside it, as that repair read them, and the lines it
    could not keep are found the same way. Nothing is written: `coach locate`
    only reads. A sealed copy, or one past READ_AGAIN_UP_TO, is not read again.
    """
    if unmended_note(copy).exists():
        return True
    found = _COPY.search(copy.name)
    if found is None or not copy.name.endswith(found.group(1)) or ".damaged-" not in copy.name:
        return False  # a before-merge copy (nothing was damaged), or a .bak or .log beside one
    from coach.crypto import is_sealed
    from coach.errors import CoachError
    from coach.repair import mend

    try:
        if copy.stat().st_size > READ_AGAIN_UP_TO:
            return False
        raw = copy.read_bytes()
        backup_path = copy.with_name(copy.name + ".bak")
        backup = backup_path.read_bytes() if backup_path.is_file() else None
    except OSError:
        return False
    if is_sealed(raw) or (backup is not None and is_sealed(backup)):
        return False
    try:
        repair = mend(raw, backup)
    except (CoachError, ValueError, RecursionError):
        return False  # no repair could have read it either, so none made this copy
    return bool(repair.partial or repair.lost_lines)


def print_copies(journal: Path, out: TextIO) -> None:
    """Say which copies repair kept, the room they take in all, and which may go and how."""
    copies = repair_copies(journal)
    if not copies:
        return
    total = sum(size for _, size in copies)
    files = "file" if len(copies) == 1 else "files"
    print(
        f"Copies kept by repairs, oldest first: {len(copies)} {files}, {room(total)} in all.",
        file=out,
    )
    unmended = [path for path, _ in copies if holds_unmended(path)]
    for path, size in copies:
        keep = "; KEEP IT: it holds lines a repair could not keep" if path in unmended else ""
        print(f"  {path}  ({room(size)}{keep})", file=out)
    if unmended:
        print(
            "Do not delete a copy marked KEEP IT: the lines a repair could not read are only "
            "there (`coach list` does not show what is missing). Mend them by hand, then "
            f"delete that copy, and the note beside it if there is one (its name ending "
            f"{UNMENDED}; a repair older than the notes left none).",
            file=out,
        )
    if len(unmended) == len(copies):
        return
    others = "the others" if unmended else "them"
    print(
        f"Coach does not need {others} to run, and never removes them. Once `coach list` shows "
        "your entries as you expect, you may delete the ones you no longer want, oldest first, "
        "with your file manager or rm; keep the newest until you are sure.",
        file=out,
    )


def room(size: int) -> str:
    """A file size as a person reads it: 812 bytes, 4.2 KB, 14.0 MB."""
    if size < 1000:
        return f"{size} byte{'' if size == 1 else 's'}"
    if size < 1000**2:
        return f"{size / 1000:.1f} KB"
    if size < 1000**3:
        return f"{size / 1000**2:.1f} MB"
    return f"{size / 1000**3:.1f} GB"
