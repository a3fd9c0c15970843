"""The guidance to read at leisure: every point the coach teaches, on one page."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen

from screens.in_steps import PageInParts, markdown_parts
from screens.styled_once import StyledOnce
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.title_header import TitleHeader


class GuidanceScreen(StyledOnce, Screen[None]):
    """One long, calm page; Esc goes back."""

    BINDINGS = [Binding("escape,q", "back", "Back", id="back")]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        # The rest of the page follows a section at a time once the top is drawn.
        first, *rest = markdown_parts(self.markdown)
        yield TitleHeader()
        with PageInParts(later=rest, classes="step-body", id="guidance"):
            yield first
        yield FittingFooter(("command_palette", "help"))

    def on_mount(self) -> None:
        """Scroll keys work at once."""
        self.sub_title = "What the coach teaches"
        self.query_one("#guidance", PageInParts).focus()

    def action_back(self) -> None:
        """Back to home."""
        self.dismiss(None)
