"""A choice list in a form whose Enter, before any arrow move, goes on to the next field."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import RadioSet


class SkippableRadioSet(RadioSet):
    """A RadioSet where Enter picks only what the arrows reached.

    Textual's RadioSet puts its cursor on the first choice when it is
    mounted, so Enter pressed on the way through a form ("Enter: next
    field") picked that first choice without the person ever looking at
    it. Here, until an arrow moves the cursor (or a choice is already
    pressed), Enter moves on and leaves the choice unmade, so the default
    the label names stands.
    """

    # Enter only: Space still picks the choice under the cursor, as it looks.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "pick_or_pass", "Pick", show=False),
    ]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # An arrow has moved the cursor since the set was made.
        self.moved = False

    def action_previous_button(self) -> None:
        """Up/Left: the cursor moves; from now on Enter picks."""
        super().action_previous_button()
        # The set moves its own cursor once as it is mounted, without focus.
        self.moved = self.moved or self.has_focus

    def action_next_button(self) -> None:
        """Down/Right: the cursor moves; from now on Enter picks."""
        super().action_next_button()
        self.moved = self.moved or self.has_focus

    def action_pick_or_pass(self) -> None:
        """Enter: pick the choice under the cursor, or pass by if the arrows reached none."""
        if self.pressed_button is None and not self.moved:
            self.screen.focus_next()
            return
        self.action_toggle_button()
