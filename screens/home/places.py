"""The places home offers, each opened: a new walk, the journal, insights, profile, guidance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from coach.errors import CoachError
from screens.parts import Session

if TYPE_CHECKING:
    from datetime import date

    from coach.insights import Insights
    from coach.journal import Journal
    from screens.recovery import Recovery
    from screens.saving import Saving
    from screens.walk.starting import Walks


class PlacesHost(Session, Protocol):
    """The app as home's places see it: its session and the insights worked out ahead."""

    # (entries' version, day) and the insights for them, from home's warm-up.
    _insights_memo: tuple[tuple[int, date], Insights] | None


class Places:
    """Where each of home's choices (and the palette's) leads."""

    def __init__(self, app: PlacesHost, walks: Walks, recovery: Recovery, saving: Saving) -> None:
        self.app = app
        self.walks = walks
        self.recovery = recovery
        self.saving = saving

    def go(self, place: str) -> None:
        """Open one of the app's places: new, journal, insights, profile, guidance."""
        app = self.app
        if app.journal is None:
            return
        if place == "new":
            if self.walks.walk is not None:
                self.walks.already_open()
                return
            # Leftover typing is offered first; a fresh walk starts when none is waiting.
            self.recovery.offer(then_new=True)
        elif place == "journal":
            from screens.journal.journal import JournalScreen
            from screens.keys import keymap_of

            app.push_screen(
                JournalScreen(
                    journal=app.journal,
                    content=app.content,
                    today=app.clock().date(),
                    keymap=keymap_of(app.config),
                )
            )
        elif place == "insights":
            from screens.journal.insights import InsightsScreen

            today = app.clock().date()
            memo = app._insights_memo
            version = app.journal.settled_version()
            fresh = memo is not None and version is not None and memo[0] == (version, today)
            ready = memo[1] if fresh and memo is not None else None
            if ready is not None and ready.fixes != _fix_marks(app.journal):
                ready = None  # a plan was marked done since: the reading may rest elsewhere
            app.push_screen(
                InsightsScreen(journal=app.journal, content=app.content, today=today, ready=ready)
            )
        elif place == "profile":
            self.saving.edit_profile()
        elif place == "guidance":
            from coach.guidance import guidance_markdown
            from screens.home.guidance import GuidanceScreen

            app.push_screen(GuidanceScreen(guidance_markdown(app.content)))


def _fix_marks(journal: Journal) -> tuple[tuple[str, date], ...] | None:
    """The done plans a reading rests on now; None when the plans cannot be read."""
    from coach.insight_basis import fix_marks

    try:
        return fix_marks(journal.plans())
    except CoachError:
        return None
