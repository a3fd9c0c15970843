"""What `coach repair` says with no journal file: what the folder holds, and the way back."""

from __future__ import annotations

import os
from pathlib import Path

from coach.backup_note import backup_note
from coach.errors import repair_command
from coach.paths import Locations, file_in_the_way
from coach.repair_copies import repair_copies, room
from coach.unsaved_folder import PREFIX as UNSAVED_PREFIX


def missing_journal_for_repair(places: Locations) -> str | None:
    """Why repair cannot start: no journal file, said with what is there instead; None if there is.

    Repair mends a journal file and never makes one up from the pieces: a
    journal moved away on purpose would come back as an old copy. So it says
    what it found, and the one step that lets it do the rest.
    """
    path = places.journal
    if os.path.lexists(path):
        return None  # a file (or a link, dangling or not: repair itself says which)
    folder = places.data_dir
    if not folder.is_dir():
        in_the_way = file_in_the_way(places)
        if in_the_way is not None:
            return in_the_way
        return (
            f"There is no journal at {path}: the folder {folder} does not exist. Check "
            "--data-dir or COACH_DATA_DIR (`coach locate` shows where coach looks). "
            "Nothing was changed."
        )
    found = _what_is_there(folder, path)
    if not found:
        return (
            f"There is no journal at {path}, and nothing of coach's is in {folder}: check "
            "--data-dir or COACH_DATA_DIR (`coach locate` shows where coach looks). "
            "Nothing was changed."
        )
    lines = [
        f"There is no journal at {path}, so repair has nothing to mend: it works on a "
        "journal file, and never makes one up from the pieces. Nothing was changed.",
        f"In {folder}, without it:",
        *(f"  {line}" for line in found),
        "If you moved or renamed journal.json, put it back.",
    ]
    backup = path.with_name(path.name + ".bak")
    rest = _merged_by_repair(folder, path)
    if backup.is_file():
        then = (
            f"then `{repair_command(path)}` merges {rest} back in."
            if rest
            else "coach then opens it as it was at that time."
        )
        lines.append(f"If it is gone, copy {backup.name} to {path.name}; {then}")
    elif rest:
        lines.append(
            f"If it is gone, run `coach` to start a new journal; then "
            f"`{repair_command(path)}` merges {rest} into it."
        )
    damaged = _newest_damaged_copy(path)
    if damaged is not None:
        # The last repair's copy can hold saves the backup lacks (a copy marked
        # KEEP IT holds lines nothing else has), and was never named here (rv-fz 5).
        stamp = damaged.name.rsplit("-", 2)[-2:]
        when = f"{stamp[0][:4]}-{stamp[0][4:6]}-{stamp[0][6:]} {stamp[1][:2]}:{stamp[1][2:4]}"
        choice = (
            f"if that is later than the backup, copy it to {path.name} instead"
            if backup.is_file()
            else f"to go back to it, copy it to {path.name}"
        )
        lines.append(
            f"{damaged.name} is the journal as a repair found it, damaged, at {when}: "
            f"{choice}, and `{repair_command(path)}` mends it."
        )
    if any(line.startswith(UNSAVED_PREFIX) for line in found):
        lines.append("Typing not yet saved is offered back by `coach` once there is a journal.")
    return "\n".join(lines)


def _what_is_there(folder: Path, journal: Path) -> list[str]:
    """Each of coach's files in folder, one line each, in words (locks, empty, are left out)."""
    found: list[str] = []
    backup = journal.with_name(journal.name + ".bak")
    if backup.is_file():
        found.append(f"{backup.name}: the backup, {backup_note(backup)}")
    log = journal.with_name(journal.name + ".log")
    if log.is_file():
        found.append(f"{log.name}: saves made since the journal was last rewritten ({_size(log)})")
    for conflict in _conflict_logs(folder, journal):
        found.append(f"{conflict.name}: saves of another coach, kept outside the journal")
    unsaved = sorted(folder.glob(f"{UNSAVED_PREFIX}*.json"))
    if unsaved:
        names = ", ".join(p.name for p in unsaved)
        found.append(f"{names}: typing not yet saved in the journal")
    copies = repair_copies(journal)
    if copies:
        total = room(sum(size for _, size in copies))
        found.append(
            f"{len(copies)} cop{'y' if len(copies) == 1 else 'ies'} kept by earlier repairs "
            f"({total}; `coach locate` lists them)"
        )
    return found


def _newest_damaged_copy(journal: Path) -> Path | None:
    """The last repair's copy of a damaged journal itself (not its .bak or .log), if any."""
    damaged = [
        copy
        for copy, _ in repair_copies(journal)
        if ".damaged-" in copy.name and not copy.name.endswith((".bak", ".log"))
    ]
    return damaged[-1] if damaged else None


def _conflict_logs(folder: Path, journal: Path) -> list[Path]:
    """The saves of other coaches kept beside the journal, not yet merged."""
    return sorted(
        p
        for p in folder.glob(journal.name + ".log.conflict-*")
        if ".merged-" not in p.name and p.is_file()
    )


def _merged_by_repair(folder: Path, journal: Path) -> str:
    """What repair would merge back into a journal put back: '' when nothing."""
    parts = []
    if journal.with_name(journal.name + ".log").is_file():
        parts.append("the log")
    if _conflict_logs(folder, journal):
        parts.append("the saves kept outside it")
    return " and ".join(parts)


def _size(path: Path) -> str:
    try:
        return room(path.stat().st_size)
    except OSError:
        return "size unknown"
