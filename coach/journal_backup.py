"""The journal's backup and conflict copies: the old file set aside, made `.bak`, or kept."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import Any

from coach.files import TEMP_MARK, fsync_dir, write_atomically
from coach.journal_records import ENTRIES, PLANS

# Backups that could not follow a save that landed in this process, and why; a
# later good backup takes its own off. The command line says so once a command
# is done, as the app does after each save (storage.backup_failure).
_missed: dict[Path, str] = {}

# The old file while a save runs: a hard link beside it, or its bytes where
# links cannot be made; None when there was no file yet.
SetAside = Path | bytes | None


def set_old_aside(real: Path) -> SetAside:
    """The file about to be replaced, kept until the new one is in place. Raises OSError.

    A hard link costs no copying, and the old bytes are known good (coach
    refuses to write over a journal it could not read).
    """
    if not real.exists():
        return None
    link = real.with_name(f".{real.name}.bak{TEMP_MARK}{secrets.token_hex(4)}")
    try:
        os.link(real, link)
    except OSError:
        return real.read_bytes()
    return link


def make_backup(old: SetAside, backup: Path, data: dict[str, Any]) -> None:
    """The old file becomes the backup; call only once the new file is in place. Raises OSError.

    Before that, a failed save would leave a backup that no longer holds the
    version before the last good save (a full disk did exactly that). Either
    way the rename is made durable before this returns. When data (what was
    saved) holds an entries or plans table that is no object, the backup stays
    as it was (home says so, and `coach repair` mends it).
    """
    if any(_no_records(data.get(name, {})) for name in (ENTRIES, PLANS)):
        # A hand edit made a table of records a list, or an item of it no record:
        # the old file is damaged the same way, and as the backup it would push out
        # the last copy of those records, which `coach repair` may yet need (rv37,
        # rv43 D2).
        drop_aside(old)
        return
    if old is None:
        return
    if isinstance(old, bytes):
        write_atomically(backup, old)  # fsyncs the folder itself
        return
    os.replace(old, backup)
    # Without this a power cut could undo the rename while the journal's own
    # (already fsynced) stands: the backup would then be an older version.
    fsync_dir(backup.parent)


def _no_records(table: Any) -> bool:
    """Whether a table of records is no table, or holds an item that is no record or empty."""
    if not isinstance(table, dict):
        return True
    return any(not isinstance(record, dict) or not record for record in table.values())


def drop_aside(old: SetAside) -> None:
    """A save that failed: the link set aside goes, and the backup stays as it was."""
    if isinstance(old, Path):
        with contextlib.suppress(OSError):
            os.unlink(old)


def backup_not_updated(backup: Path, reason: str) -> str:
    """What to tell a person whose save landed but whose backup could not follow."""
    return (
        f"Your change is saved. Only the backup {backup} could not be updated ({reason}); "
        "it does not hold the version before this save."
    )


def note_backup(backup: Path, reason: str | None) -> None:
    """Record how the last backup at this path went: None when it was made."""
    if reason is None:
        _missed.pop(backup, None)
    else:
        _missed[backup] = reason


def missed_backups() -> dict[Path, str]:
    """Each backup a save in this process could not update, and why."""
    return dict(_missed)


def forget_missed() -> None:
    """Start afresh (a command line run begins with none)."""
    _missed.clear()


def keep_conflict_copy(journal: Path, payload: bytes, generation: int) -> Path:
    """Our version kept beside a journal changed outside coach; raises JournalWriteError."""
    from datetime import datetime

    from coach.errors import JournalWriteError

    # The generation keeps two copies made within one second apart.
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = journal.with_name(f"{journal.name}.conflict-{stamp}-{generation}")
    try:
        write_atomically(copy, payload)
    except OSError as error:
        # Without the copy, going on would drop our version: stop instead.
        reason = (
            "the file changed outside coach and a copy of ours could not be kept "
            f"({error.strerror or error})"
        )
        raise JournalWriteError(journal, reason) from None
    return copy


def conflict_note(copy: Path) -> str:
    """Said wherever a save kept coach's version beside a journal changed outside it."""
    return f"the journal changed outside coach; your earlier version is kept at {copy}"


def gone_note(journal: Path) -> str:
    """Said when a save found the journal file gone (its folder removed, perhaps)."""
    return (
        f"the journal file {journal} was gone (removed outside coach, perhaps with its "
        "folder); coach wrote it again from what it held, with this save. If you meant to "
        "remove it, quit coach and remove it again"
    )


def conflict_copies_in(journal: Path) -> list[Path]:
    """The earlier versions kept beside the journal (journal.json.conflict-*), oldest first."""
    return sorted(journal.parent.glob(f"{journal.name}.conflict-*"))


def gone_unheld(journal: Path) -> str:
    """Why a save is refused when the journal file is gone and coach holds none of it."""
    return (
        "the file is gone (removed outside coach, perhaps with its folder), and coach holds "
        "no copy to write it again from, so nothing was saved rather than begin an empty "
        f"journal in its place. Put it back (a backup or a {journal.name}.conflict-* copy), "
        "or quit coach: the next start begins a new journal"
    )
