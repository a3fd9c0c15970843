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
    unmended = [path for path, _ in copies if unmended_note(path).exists()]
    for path, size in copies:
        keep = "; KEEP IT: it holds lines a repair could not keep" if path in unmended else ""
        print(f"  {path}  ({room(size)}{keep})", file=out)
    if unmended:
        print(
            "Do not delete a copy marked KEEP IT: the lines a repair could not read are only "
            "there (`coach list` does not show what is missing). Mend them by hand, then "
            "delete that copy with the note beside it "
            f"(its name ending {UNMENDED}).",
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
