"""What `coach draft ID` shows until its draft is up: a title and one line, no menu."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from screens.widgets.steady_footer import SteadyFooter
from screens.widgets.title_header import DRAFT_TITLE, TitleHeader

OPENING = "Opening the reply draft…"


class DraftGround(Screen[None]):
    """The ground the draft and any question before it stand on, in place of home.

    Home under "Reply draft" was read as home and acted on, and the keys typed
    at it went into the draft it hid (rv49 #5): here nothing takes typing, so a
    key pressed before the draft shows is typed nowhere.
    """

    def compose(self) -> ComposeResult:
        yield TitleHeader()
        yield Static(OPENING, id="draft-ground")
        yield SteadyFooter()  # the app's keys, F2 (support) among them

    def on_mount(self) -> None:
        """Headed as the draft will be."""
        self.sub_title = DRAFT_TITLE
