"""The Textual app: opens the journal, shows home, and routes between screens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from screens.home import HomeScreen

if TYPE_CHECKING:
    from coach.journal import Journal
    from coach.paths import Locations

Clock = Callable[[], datetime]


class CoachApp(App[int]):
    """A calm coach for the hour after a job rejection."""

    # One stylesheet per area of the app, so each stays short enough to read.
    CSS_PATH = ["coach.tcss", "walk.tcss", "journal.tcss"]
    TITLE = "coach"
    SUB_TITLE = "for the hour after a no"
    BINDINGS = [
        Binding("f1,question_mark", "help", "Help", key_display="F1"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        *,
        journal: Journal | None,
        places: Locations | None = None,
        clock: Clock = datetime.now,
        problem: str | None = None,
    ) -> None:
        super().__init__()
        self.journal = journal
        self.places = places
        self.clock = clock
        self.problem = problem

    def on_mount(self) -> None:
        """Show home, or the reason coach cannot open the journal."""
        if self.journal is None:
            from screens.problem import ProblemScreen

            self.push_screen(ProblemScreen("The journal could not be opened", self.problem or ""))
            return
        self.push_screen(HomeScreen())

    def on_home_screen_chosen(self, message: HomeScreen.Chosen) -> None:
        """Go where the person chose on the home screen."""
        self.notify(f"{message.choice.title()} is not here yet.", timeout=3)

    def action_help(self) -> None:
        """Open help, unless it is already open."""
        # Imported here: help pulls in the Markdown widget, which would slow
        # the first screen for everyone.
        from screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def _fatal_error(self) -> None:
        # Textual's own crash report prints local variables, which here would
        # be someone's private journal; show the bare traceback instead.
        import rich
        from rich.segment import Segments
        from rich.traceback import Traceback

        self.bell()
        traceback = Traceback(show_locals=False, width=None, suppress=[rich])
        self._exit_renderables.append(
            Segments(self.console.render(traceback, self.console.options))
        )
        self._close_messages_no_wait()


def make_app(
    *,
    journal: Journal | None,
    places: Locations | None = None,
    clock: Clock = datetime.now,
    problem: str | None = None,
) -> CoachApp:
    """The one way to build the app, shared by the CLI and the tests."""
    return CoachApp(journal=journal, places=places, clock=clock, problem=problem)


def run_app(places: Locations) -> int:
    """Open the journal and run the full-screen app until the person quits."""
    from coach.errors import CoachError
    from coach.journal import Journal

    journal: Journal | None = None
    problem: str | None = None
    try:
        journal = Journal.open(places.journal)
    except CoachError as error:
        problem = str(error)
    app = make_app(journal=journal, places=places, problem=problem)
    app.run()
    return app.return_code or 0
