"""The question before a stopped coach's typing is discarded: keys typed ahead never answer it."""

from __future__ import annotations

from textual.binding import Binding

from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.early_keys import EarlyKeys
from screens.widgets.screen_enter_button import ScreenEnterButton

SET_ASIDE = "Typed before this question showed, so not taken as an answer"
# Where the keys go once the question is answered, said before it is.
PASSED_ON = "; it is passed on once you answer: "
# Behind the d of an unfinished walk they meant "after the discard" (d n 7: discard,
# a new walk, feeling 7); kept, home's n would only ask about the same walk again.
DISCARD_ONLY = "; passed on if you discard, dropped if you keep it: "


class DiscardQuestion(EarlyKeys, ConfirmScreen):
    """'Discard it for good?' after d on the unfinished-typing dialog.

    "d n 7" typed in one go meant discard, then a new walk: the n answered
    "Keep it" and the walk was neither discarded nor started.
    """

    BUTTON = ScreenEnterButton
    BINDINGS = [
        # Enter as a plain binding: a priority one runs before the screen sees
        # the key, so an Enter typed ahead would answer.
        Binding("enter", "press_focused", "Choose", id="choose"),
    ]

    def __init__(self, detail: str, *, kept_passes_on: bool = True) -> None:
        super().__init__("Discard it for good?", detail, yes="Discard", no="Keep it", destroys=True)
        self.kept_passes_on = kept_passes_on
        self.note_put_up()

    def early_keys_set_aside(self, typed: str) -> None:
        """Say what was set aside, and where it goes after each answer."""
        where = PASSED_ON if self.kept_passes_on else DISCARD_ONLY
        self.show_early_note(f"{SET_ASIDE}{where}{typed}")
