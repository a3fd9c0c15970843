"""Asked when Esc would leave a form with changes: save, drop them, or stay."""

from __future__ import annotations

from typing import Literal

from textual.binding import Binding

from screens.dialogs.three_choice import Answer, ThreeChoiceDialog

LeaveChoice = Literal["save", "discard", "stay"]


class LeaveDialog(ThreeChoiceDialog[LeaveChoice]):
    """The one Esc rule: Esc leaves, and nothing typed is dropped without this question."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save and leave", id="save_and_leave"),
        # No letter drops the changes: Esc then a word starting with "d" ("dear…")
        # threw an edit away.
        Binding("escape", "choose('stay')", "Keep editing", id="keep_editing"),
    ]

    def __init__(self, what: str = "your changes") -> None:
        super().__init__(
            f"Save {what} before leaving?",
            (
                Answer("save", "Save and leave (s)", "primary"),
                Answer("discard", "Leave, drop changes"),
                Answer("stay", "Keep editing (Esc)"),
            ),
            prefix="leave",
        )
