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


# What the check finds of a copy: lines only it holds, nothing it alone holds, or,
# when it could not be read again, the reason (it is kept: not checked is not clean).
KEEP = "keep"
MAY_GO = "may go"
# A log's copy started on another journal file than the one repaired: its saves
# were merged record by record at best (older repairs left them out).
OTHER_JOURNAL = "another journal's"


def copy_state(copy: Path) -> str:
    """KEEP when copy holds lines a repair could not keep, MAY_GO when not, else why unchecked.

    Repairs made before the notes left none: such a damaged copy is read again
    with the backup kept beside it, as that repair read them, and the lines it
    could not keep are found the same way. Nothing is written: `coach locate`
    only reads. A sealed copy, a log's copy, or one past READ_AGAIN_UP_TO is
    not read again, so it is never said to be safe to delete.
    """
    if unmended_note(copy).exists():
        return KEEP
    found = _COPY.search(copy.name)
    if found is None or ".damaged-" not in copy.name or copy.name.endswith(".bak"):
        return MAY_GO  # a before-merge copy (nothing was damaged), or the backup's copy
    if copy.name.endswith(".log"):
        return _log_copy_state(copy)
    from coach.crypto import is_sealed
    from coach.errors import CoachError
    from coach.repair import mend
    from coach.repair_listed import listed_tables, mend_listed

    try:
        if copy.stat().st_size > READ_AGAIN_UP_TO:
            return f"it is over {room(READ_AGAIN_UP_TO)} and not read again"
        raw = copy.read_bytes()
        backup_path = copy.with_name(copy.name + ".bak")
        backup = backup_path.read_bytes() if backup_path.is_file() else None
    except OSError as error:
        return f"it could not be read ({error.strerror or error})"
    if is_sealed(raw) or (backup is not None and is_sealed(backup)):
        return "it is sealed and locate does not ask for the passphrase"
    try:
        listed = listed_tables(raw)  # as repair_files reads it: a list-shaped table first
        repair = mend(raw, backup) if listed is None else mend_listed(*listed, backup)
    except (CoachError, ValueError, RecursionError):
        return MAY_GO  # no repair could have read it either, so none made this copy
    others = any(table.only_aside for table in repair.listed)
    return KEEP if repair.partial or repair.lost_lines or others else MAY_GO


def _log_copy_state(copy: Path) -> str:
    """MAY_GO when every line of a log's copy reads as a whole save, so repair applied them all.

    Repair marks a log's copy when the log was torn or had lines it could not
    read; one from before the notes is judged by the same signs. A line that
    does not read may still have been kept in part, which only that repair
    knew, so such a copy is not checked rather than kept or freed. A log
    started on another journal file is OTHER_JOURNAL, told by the journal's
    copy kept beside it (see _started_on).
    """
    from coach.crypto import is_sealed
    from coach.log_net import is_save, save_lines

    try:
        if copy.stat().st_size > READ_AGAIN_UP_TO:
            return f"it is over {room(READ_AGAIN_UP_TO)} and not read again"
        raw = copy.read_bytes()
    except OSError as error:
        return f"it could not be read ({error.strerror or error})"
    if is_sealed(raw):
        return "it is sealed and locate does not ask for the passphrase"
    lines = raw.split(b"\n")
    if lines.pop().strip():
        return KEEP  # a save a crash cut short: repair applied none of it
    if not all(is_save(change) for _, _, change in save_lines(lines)):
        return "some of its lines do not read"
    started = _started_on(raw, copy.with_name(copy.name.removesuffix(".log")))
    if started is None:
        return "which journal file it was started on cannot be told"
    return MAY_GO if started else OTHER_JOURNAL


def _started_on(log: bytes, journal_copy: Path) -> bool | None:
    """Whether a log's copy was started on the journal's copy kept beside it; None: cannot tell.

    Its head names that file by a digest of every byte, which the copy keeps
    when only the log was damaged. A damaged file's bytes were changed by the
    damage, so it is matched as repair matches a copied damaged file: the log's
    saves carry on from the generation the file holds.
    """
    from coach.json_numbers import parse_journal_json
    from coach.log_base import new_hasher
    from coach.repair_log import follows_on, log_head
    from coach.repair_salvage import salvage
    from coach.storage import STORAGE_TABLE, generation_of

    head = log_head(log)
    if head is None:
        return True  # a damaged head: repair applies such a log as the file's own
    try:
        if journal_copy.stat().st_size > READ_AGAIN_UP_TO:
            return None
        raw = journal_copy.read_bytes()
    except OSError:
        return None
    hasher = new_hasher()
    hasher.update(raw)
    digest = head.get("whole")
    if isinstance(digest, str) and digest == hasher.hexdigest():
        return True
    try:
        data = parse_journal_json(raw)
    except (ValueError, RecursionError):
        data = None  # damaged: its generation is read a line at a time
    if isinstance(data, dict):
        if isinstance(digest, str):
            return False  # it reads whole, yet is not the file the log was started on
        generation: int | None = generation_of(data)
    else:
        own = salvage(raw).tables.get(STORAGE_TABLE)
        generation = generation_of({STORAGE_TABLE: own}) if own else None
    if generation is None:
        return None
    return follows_on(log, generation)


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
    from coach.crypto import file_is_sealed

    states = {path: copy_state(path) for path, _ in copies}
    # Sealed and damaged: no key opens it, so no hand can mend it (whole-file AES-GCM).
    sealed = {path for path, state in states.items() if state == KEEP and file_is_sealed(path)}
    for path, size in copies:
        state = states[path]
        if path in sealed:
            mark = "; SEALED AND DAMAGED: lines a repair could not keep, and nobody can open it"
        elif state == KEEP:
            mark = "; KEEP IT: it holds lines a repair could not keep"
        elif state == OTHER_JOURNAL:
            mark = "; ANOTHER JOURNAL'S: this log was started on another journal file"
        elif state != MAY_GO:
            mark = f"; NOT CHECKED: {state}, so keep it until you have looked"
        else:
            mark = ""
        print(f"  {path}  ({room(size)}{mark})", file=out)
    if sealed:
        print(
            "A copy marked SEALED AND DAMAGED is encrypted and was damaged, so neither a text "
            "editor nor coach can open it: the lines only it holds cannot be mended by hand. "
            "A whole copy of the journal elsewhere (your own backup, a sync tool's history) "
            "may still hold them. Keep it while you look; once `coach list` shows your "
            "entries as you expect, you may delete it and the note beside it (its name "
            f"ending {UNMENDED}).",
            file=out,
        )
    if any(state == KEEP and path not in sealed for path, state in states.items()):
        print(
            "Do not delete a copy marked KEEP IT: the lines a repair could not read are only "
            "there (`coach list` does not show what is missing). Mend them by hand, then "
            f"delete that copy, and the note beside it if there is one (its name ending "
            f"{UNMENDED}; a repair older than the notes left none).",
            file=out,
        )
    if OTHER_JOURNAL in states.values():
        print(
            "A log marked ANOTHER JOURNAL'S was started on a journal file other than the one "
            "repaired (a sync tool, a restored copy or a hand edit had replaced it). Repair "
            "merges such saves record by record, and older versions of coach left them out, "
            "so some may be in no journal now. Keep it until `coach list` shows the entries "
            "it changed as you expect.",
            file=out,
        )
    if any(state not in (KEEP, MAY_GO, OTHER_JOURNAL) for state in states.values()):
        print(
            "Coach could not check a copy marked NOT CHECKED for lines a repair could not "
            "keep. Keep it until you have looked: it may be the only place some are.",
            file=out,
        )
    free = [state for state in states.values() if state == MAY_GO]
    if not free:
        return
    others = "the others" if len(free) < len(copies) else "them"
    print(
        f"Coach does not need {others} to run, and never removes them. Once `coach list` shows "
        "your entries as you expect, you may delete the ones you no longer want, oldest first, "
        "with your file manager or rm; keep the newest until you are sure.",
        file=out,
    )


def kept_aside(journal: Path) -> list[Path]:
    """The copies an earlier repair marked as holding lines it could not keep (a note beside).

    Only the notes are looked for (one listing of the folder), never a copy
    read again: `coach list` and home say them on every start (rv43 S5).
    A sealed one is left out: no hand can open it to put anything back.
    """
    from coach.crypto import file_is_sealed

    noted = [path for path, _ in repair_copies(journal) if unmended_note(path).exists()]
    # One sealed and damaged no hand can open: `coach repair` lists it, said as such.
    return [path for path in noted if not file_is_sealed(path)]


def kept_aside_said(journal: Path, leave: str = "with coach closed") -> str | None:
    """What `coach list` and home say while such a copy is there; None when there is none.

    rv43 S5: once the terminal scrolled away, nothing but the note said the
    words were waiting there.
    """
    copies = kept_aside(journal)
    if not copies:
        return None
    which = (
        str(copies[-1]) if len(copies) == 1 else f"{len(copies)} copies, the newest {copies[-1]}"
    )
    return (
        f"An earlier `coach repair` kept aside what it could not put back in the journal, in "
        f"{which}. `coach repair` (run {leave}) lists such copies, marked KEEP IT. Put back "
        "by hand what you want of them, then delete the copy and the note beside it (its "
        f"name ending {UNMENDED}), and this is not said again."
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
