"""The question before a stopped coach's typing is discarded: keys typed ahead never answer it."""

from __future__ import annotations

from textual.binding import Binding

from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.early_keys import EarlyKeys

SET_ASIDE = (
    "Typed before this question showed, so not taken as an answer; "
    "it is passed on once you answer: "
)


class DiscardQuestion(EarlyKeys, ConfirmScreen):
    """'Discard it for good?' after d on the unfinished-typing dialog.

    "d n 7" typed in one go meant discard, then a new walk: the n answered
    "Keep it" and the walk was neither discarded nor started.
    """

    BINDINGS = [
        # Enter as a plain binding: a priority one runs before the screen sees
        # the key, so an Enter typed ahead would answer.
        Binding("enter", "press_focused", "Choose", id="choose"),
    ]

    def __init__(self, detail: str) -> None:
        super().__init__("Discard it for good?", detail, yes="Discard", no="Keep it", destroys=True)
        self.note_put_up()

    def early_keys_set_aside(self, typed: str) -> None:
        """Say what was set aside and that it is not lost."""
        self.show_early_note(f"{SET_ASIDE}{typed}")
