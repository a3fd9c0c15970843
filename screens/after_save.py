"""What follows a save that landed: the word index rebuilt, a backup left behind told."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.journal import Journal


def then_reindexed(journal: Journal, done: Callable[[Any], None]) -> Callable[[Any], None]:
    """done, then, on a thread, the word index rebuilt if a fold left it out of date."""

    def reindex() -> None:
        from coach.errors import CoachError

        with contextlib.suppress(CoachError, OSError):
            journal.refresh_search_index()  # else `coach list --search` scans until restart

    def then(result: Any) -> None:
        done(result)
        threading.Thread(target=reindex, daemon=True).start()

    return then


def then_backup_checked(
    app: Any, storage: Any, done: Callable[[Any], None]
) -> Callable[[Any], None]:
    """done, then a warning if the save landed but the backup could not follow it.

    Not an error: the change is in the journal, and saving again would add it twice.
    Then any journal file found gone, or earlier version kept, by this save is said.
    """
    copies = len(getattr(storage, "conflict_copies", []))
    gone = len(getattr(storage, "found_gone", []))

    def then(result: Any) -> None:
        done(result)
        tell_kept(app, storage, copies, gone)
        reason = getattr(storage, "backup_failure", None)
        if reason:
            from coach.journal_backup import backup_not_updated

            app.notify(
                backup_not_updated(storage.backup_path, reason),
                severity="warning",
                timeout=10,
                markup=False,
            )

    return then


def tell_kept(app: Any, storage: Any, copies: int, gone: int) -> None:
    """A toast, and a lasting note on home, for what a save found gone or kept aside.

    The CLI says these after each command (`_warn_conflicts`); the app said nothing,
    and a journal begun again or an earlier version kept went unseen (rv47 D1).
    """
    from coach.journal_backup import conflict_note, gone_note

    notes = [gone_note(path) for path in getattr(storage, "found_gone", [])[gone:]]
    notes += [
        conflict_note(copy)
        for copy in getattr(storage, "conflict_copies", [])[copies:]
        if ".log.conflict-" not in copy.name  # saves set aside: `coach repair` merges them
    ]
    for note in notes:
        said = note[0].upper() + note[1:] + "."
        app.notify(said, severity="warning", timeout=15, markup=False)
        opening = getattr(app, "opening", None)
        if opening is not None:
            opening.note_on_home(said)
