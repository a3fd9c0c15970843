"""Asked when quitting would lose typing the autosave could not write: keep a copy, quit, stay."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from screens.styled_once import preset_breakpoints
from screens.widgets.steady_footer import SteadyFooter

QuitChoice = Literal["copy", "quit", "stay"]


class QuitUnsavedDialog(ModalScreen[QuitChoice]):
    """Quit would drop typing held only in memory; nothing is dropped without this question."""

    BINDINGS = [
        Binding("s", "choose('copy')", "Save a copy", id="save_copy"),
        # No letter quits: a word typed just after ctrl+q must not throw the typing away.
        Binding("escape", "choose('stay')", "Keep coach open", id="keep_open"),
        Binding("up", "app.focus_previous", "Previous", show=False, id="previous_choice"),
        Binding("down", "app.focus_next", "Next", show=False, id="next_choice"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    def __init__(self, reason: str) -> None:
        super().__init__()
        # Why the autosave failed, as the system said it ("Read-only file system").
        self.reason = reason

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with Vertical(id="confirm"):
            yield Static("Quit and lose what you typed?", id="confirm-question", markup=False)
            yield Static(
                f"Coach could not autosave ({self.reason}): what you typed is saved nowhere "
                "yet. Save a copy elsewhere as plain text, or stay and save it to the journal "
                "once the folder can be written.",
                id="confirm-detail",
                markup=False,
            )
            with Vertical(id="leave-buttons"):
                yield Button(
                    "Save a copy, then quit (s)", id="quit-copy", variant="primary", compact=True
                )
                yield Button("Quit, lose it", id="quit-quit", variant="error", compact=True)
                yield Button("Keep coach open (Esc)", id="quit-stay", compact=True)
        # Its own keys at the bottom, never those of the screen beneath.
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Start on the answer that loses nothing."""
        self.query_one("#quit-stay", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click or Enter on a button."""
        event.stop()
        self.action_choose((event.button.id or "quit-stay").removeprefix("quit-"))

    def action_choose(self, choice: str) -> None:
        """Hand back copy, quit or stay."""
        self.dismiss(choice if choice in ("copy", "quit") else "stay")  # type: ignore[arg-type]
