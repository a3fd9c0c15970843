"""A calm full screen for a problem that stops coach from starting."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static


class ProblemScreen(Screen[None]):
    """Shows what is wrong and how to recover; the person's files stay as they are."""

    BINDINGS = [Binding("q,escape", "app.quit", "Quit", id="quit")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="problem"):
            yield Static(self.title_text, id="problem-title", markup=False)
            yield Static(self.message, id="problem-message", markup=False)
        yield Footer()
