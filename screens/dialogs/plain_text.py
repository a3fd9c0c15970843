"""The reply as plain read-only text, for when copying fails."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from screens.styled_once import preset_breakpoints
from screens.widgets.steady_footer import SteadyFooter
from screens.widgets.writing_area import WritingArea


class PlainTextScreen(ModalScreen[None]):
    """The reply as plain read-only text: the way to get it out when copying fails."""

    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    BINDINGS = [
        Binding("escape", "close", "Close", id="close"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with Vertical(id="plain-dialog"):
            yield Static("The reply as plain text", classes="dialog-title")
            yield Static(
                "Select with shift+arrows and press ctrl+c, or hold Shift (Option on a Mac) "
                "and drag to select with your terminal. Esc closes.",
                classes="dialog-hint plain-hint-long",
            )
            # On a short terminal the long hint took every row, leaving none for the reply.
            short = "Shift+arrows select, ctrl+c copies."
            yield Static(short, classes="dialog-hint plain-hint-short")
            # A WritingArea for its ctrl+shift+End and ctrl+Home keys, to select it all.
            yield WritingArea(
                self.text, read_only=True, soft_wrap=True, id="plain-text", at_end=False
            )
        # Its own keys at the bottom, never those of the screen beneath.
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Focus the text so the keys for selecting work at once."""
        self.query_one("#plain-text", TextArea).focus()

    def action_close(self) -> None:
        """Back to the draft."""
        self.dismiss(None)
