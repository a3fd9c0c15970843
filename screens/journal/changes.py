"""What the journal and entry screens ask of the app: writes (off the UI thread), an entry shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from datetime import date

    from coach.content import Content
    from coach.errors import CoachError
    from coach.journal import Journal, Saved
    from coach.model import Entry
    from coach.plans import Plan


class JournalChange(Message):
    """A change a screen hands to the app; done or failed runs back on the UI thread.

    The screen names the journal it shows and what the person did; the app
    decides how it is written (waiting for another coach's lock on a thread,
    merging with changes saved elsewhere) and answers through done or failed.
    """

    def __init__(
        self,
        journal: Journal,
        entry: Entry,
        done: Callable[[object], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        super().__init__()
        self.journal = journal
        self.entry = entry
        self.done = done
        self.failed = failed


class EntryEdited(JournalChange):
    """The entry as the form says, an edit of `base` (the entry as it was opened)."""

    def __init__(
        self,
        journal: Journal,
        entry: Entry,
        base: Entry,
        done: Callable[[Saved], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        super().__init__(journal, entry, done, failed)  # type: ignore[arg-type]
        self.base = base


class EntryDeleted(JournalChange):
    """The person confirmed deleting this entry."""


class DeleteUndone(JournalChange):
    """The person asked for the entry deleted last back."""


class PlanEdited(Message):
    """A plan reworded or given a new day from its entry (saved over the plan as shown)."""

    def __init__(
        self,
        journal: Journal,
        plan: Plan,
        done: Callable[[Plan], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        super().__init__()
        self.journal = journal
        self.plan = plan
        self.done = done
        self.failed = failed


class EntryRequested(Message):
    """Open an entry to read and edit; how it was closed comes back to on_closed."""

    def __init__(
        self,
        journal: Journal,
        entry: Entry,
        content: Content,
        today: date,
        # Given the EntryClosed (or None); not named here, as entry.py imports this module.
        on_closed: Callable[[Any], None],
    ) -> None:
        super().__init__()
        self.journal = journal
        self.entry = entry
        self.content = content
        self.today = today
        self.on_closed = on_closed


class PlanMade(PlanEdited):
    """A new plan made for an entry already in the journal (saved as the walk saves one)."""
