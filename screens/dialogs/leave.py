"""Asked when Esc would leave a form with changes: save, drop them, or stay."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from screens.styled_once import preset_breakpoints
from screens.widgets.steady_footer import SteadyFooter

LeaveChoice = Literal["save", "discard", "stay"]


class LeaveDialog(ModalScreen[LeaveChoice]):
    """The one Esc rule: Esc leaves, and nothing typed is dropped without this question."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save and leave", id="save_and_leave"),
        # No letter drops the changes: Esc then a word starting with "d" ("dear…")
        # threw an edit away. Only its button does, reached with Up then Enter.
        Binding("escape", "choose('stay')", "Keep editing", id="keep_editing"),
        Binding("up", "app.focus_previous", "Previous", show=False, id="previous_choice"),
        Binding("down", "app.focus_next", "Next", show=False, id="next_choice"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    # A short terminal drops the spacing, so the question stays in view above
    # the focused button instead of scrolling off.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    def __init__(self, what: str = "your changes") -> None:
        super().__init__()
        self.what = what

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with Vertical(id="confirm"):
            yield Static(f"Save {self.what} before leaving?", id="confirm-question", markup=False)
            with Vertical(id="leave-buttons"):
                yield Button("Save and leave (s)", id="leave-save", variant="primary", compact=True)
                yield Button("Leave, drop changes", id="leave-discard", compact=True)
                yield Button("Keep editing (Esc)", id="leave-stay", compact=True)
        # Its own keys at the bottom, never those of the screen beneath.
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Start on the answer that loses nothing."""
        self.query_one("#leave-stay", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click or Enter on a button."""
        event.stop()
        choice = (event.button.id or "leave-stay").removeprefix("leave-")
        self.action_choose(choice)

    def action_choose(self, choice: str) -> None:
        """Hand back save, discard or stay."""
        self.dismiss(choice if choice in ("save", "discard") else "stay")  # type: ignore[arg-type]
