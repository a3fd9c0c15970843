"""The guidance to read at leisure: every point the coach teaches, on one page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header

from screens.in_steps import PageInParts, markdown_parts
from screens.styled_once import StyledOnce


class GuidanceScreen(StyledOnce, Screen[None]):
    """One long, calm page; Esc goes back."""

    BINDINGS = [Binding("escape,q", "back", "Back", id="back")]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        first, *self._rest = markdown_parts(self.markdown)
        yield Header()
        with PageInParts(classes="step-body", id="guidance"):
            yield first
        yield Footer()

    def on_mount(self) -> None:
        """Scroll keys work at once; the rest of the page follows a section at a time."""
        self.sub_title = "What the coach teaches"
        page = self.query_one("#guidance", PageInParts)
        page.focus()
        page.add_in_steps(self._rest)

    def action_back(self) -> None:
        """Back to home."""
        self.dismiss(None)
