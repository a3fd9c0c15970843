"""The guidance to read at leisure: every point the coach teaches, on one page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

from screens.styled_once import StyledOnce


class GuidanceScreen(StyledOnce, Screen[None]):
    """One long, calm page; Esc goes back."""

    BINDINGS = [Binding("escape,q", "back", "Back", id="back")]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(classes="step-body", id="guidance"):
            yield Markdown(self.markdown, open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        """Scroll keys work at once."""
        self.sub_title = "What the coach teaches"
        self.query_one("#guidance").focus()

    def action_back(self) -> None:
        """Back to home."""
        self.dismiss(None)
