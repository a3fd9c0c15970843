"""Showing one entry to read and edit: the one place an EntryScreen is built."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.content import Content
    from coach.journal import Journal
    from coach.model import Entry
    from screens.journal.entry import EntryClosed
    from screens.parts import Screens


def open_entry(
    screens: Screens,
    journal: Journal,
    entry: Entry,
    content: Content,
    today: date,
    *,
    typed: dict[str, str] | None = None,
    on_closed: Callable[[EntryClosed | None], None] | None = None,
    plan_typed: dict[str, Any] | None = None,
) -> None:
    """Show an entry (from the journal, or with typing restored); on_closed hears how it ended.

    plan_typed: a new plan's typing to open over it, as a stopped coach left it.
    """
    # Imported here: the entry screen is not needed to start the app.
    from coach.errors import CoachError
    from screens.journal.entry import EntryScreen

    try:
        plans = journal.plans_for(entry.id)
        # Held by another entry too (a sync tool, a hand edit): opened to read only.
        shared_with = journal.shared_ids().get(entry.id, 0)
    except CoachError:
        plans = []  # the entry still opens; its plans show next time they can be read
        shared_with = 0  # and a save says what is wrong, if that is
    screen = EntryScreen(
        journal,
        entry,
        content,
        today,
        typed=typed,
        plans=plans,
        shared_with=shared_with,
        plan_typed=plan_typed,
    )
    screens.push_screen(screen, on_closed)
