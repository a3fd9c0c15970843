"""Asked when quitting would lose typing the autosave could not write: keep a copy, quit, stay."""

from __future__ import annotations

from typing import Literal

from textual.binding import Binding

from screens.dialogs.three_choice import Answer, ThreeChoiceDialog

QuitChoice = Literal["copy", "quit", "stay"]


class QuitUnsavedDialog(ThreeChoiceDialog[QuitChoice]):
    """Quit would drop typing held only in memory; nothing is dropped without this question."""

    BINDINGS = [
        Binding("s", "choose('copy')", "Save a copy", id="save_copy"),
        # No letter quits: a word typed just after ctrl+q must not throw the typing away.
        Binding("escape", "choose('stay')", "Keep coach open", id="keep_open"),
    ]

    def __init__(self, reason: str) -> None:
        # Why the autosave failed, as the system said it ("Read-only file system").
        super().__init__(
            "Quit and lose what you typed?",
            (
                Answer("copy", "Save a copy, then quit (s)", "primary"),
                Answer("quit", "Quit, lose it", "error"),
                Answer("stay", "Keep coach open (Esc)"),
            ),
            prefix="quit",
            detail=f"Coach could not autosave ({reason}): what you typed is saved nowhere "
            "yet. Save a copy elsewhere as plain text, or stay and save it to the journal "
            "once the folder can be written.",
        )

    def on_mount(self) -> None:
        """Its buttons in plain sight (Textual runs the base's on_mount too: the focus)."""
        # The toasts up now are the start warning and the failed autosave, which
        # this question repeats; at 80x24 they covered the buttons' right half.
        self.app.clear_notifications()
        # Textual takes them down from this screen only; the screens beneath,
        # seen around the dialog, kept drawing theirs (by name: Textual's own).
        for screen in self.app.screen_stack:
            screen.query("ToastHolder").remove()
