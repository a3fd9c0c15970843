"""A calm full screen for a problem that stops coach from starting."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from screens.widgets.scroll_body import ScrollBody
from screens.widgets.steady_footer import SteadyFooter

RETRY_HINT = "Fixed it in another window (a repair, say)? Press r to try again."
# When the data folder itself is the problem (a file in its place), no repair applies.
FOLDER_RETRY_HINT = "Made the folder usable in another window? Press r to try again."


class ProblemScreen(Screen[bool]):
    """Shows what is wrong and how to recover; the person's files stay as they are.

    The text scrolls (keys and wheel): on a small terminal the way out, a
    command to run, is often at its end. With retry, r dismisses it with
    True, so the app can try again once the problem was fixed elsewhere.
    """

    BINDINGS = [
        Binding("q,escape", "app.quit", "Quit", id="quit"),
        Binding("r", "retry", "Try again", id="retry"),
    ]

    def __init__(
        self, title: str, message: str, *, retry: bool = False, retry_hint: str = RETRY_HINT
    ) -> None:
        super().__init__()
        self.title_text = title
        self.message = message
        self.retry = retry
        self.retry_hint = retry_hint

    def compose(self) -> ComposeResult:
        with ScrollBody(id="problem"):
            yield Static(self.title_text, id="problem-title", markup=False)
            yield Static(self.message, id="problem-message", markup=False)
            if self.retry:
                yield Static(self.retry_hint, id="problem-retry", markup=False)
        yield SteadyFooter()

    def on_mount(self) -> None:
        """The text takes the keys, so arrows, Page Down and End scroll it."""
        self.query_one("#problem", VerticalScroll).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Try again only where the app offers it."""
        return self.retry if action == "retry" else True

    def action_retry(self) -> None:
        """Ask the app to open it again."""
        self.dismiss(True)
