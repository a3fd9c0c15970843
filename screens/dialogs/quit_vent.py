"""Asked when quitting would drop the private vent, kept only when ticked: keep, discard, stay."""

from __future__ import annotations

from typing import Literal

from textual.binding import Binding

from screens.dialogs.three_choice import Answer, ThreeChoiceDialog

VentChoice = Literal["keep", "discard", "stay"]


class QuitVentDialog(ThreeChoiceDialog[VentChoice]):
    """The vent is on screen only (no trace unless kept); quitting never drops it unasked."""

    BINDINGS = [
        Binding("k", "choose('keep')", "Keep it", id="keep_vent"),
        # No letter discards: a word typed just after ctrl+q must not throw the writing away.
        Binding("escape", "choose('stay')", "Keep coach open", id="keep_open"),
    ]

    def __init__(self) -> None:
        super().__init__(
            "Quit and discard your private writing?",
            (
                Answer("keep", "Keep it, then quit (k)", "primary"),
                Answer("discard", "Quit, discard it", "error"),
                Answer("stay", "Keep coach open (Esc)"),
            ),
            prefix="vent",
            # Also asked from home, after the walk was left for later: not "on screen".
            detail="What you wrote for yourself on “Write it out” is kept only if you "
            "tick “keep”, and it is not ticked: this coach holds it in memory, nowhere "
            "else. Keep it (private, with the entry, never in a reply), or discard it.",
        )
