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
    """

    def then(result: Any) -> None:
        done(result)
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
