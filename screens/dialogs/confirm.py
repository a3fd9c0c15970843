"""A yes/no question in a small dialog; Esc or n answers no, y yes unless the yes destroys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from screens.styled_once import preset_breakpoints
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.steady_footer import SteadyFooter


class ConfirmScreen(ModalScreen[bool]):
    """Asks one question; dismisses with True for yes, False for no.

    The question and detail are shown as plain text, so they may safely
    carry a company name or anything else the person typed.
    """

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="yes"),
        Binding("n,escape", "answer(False)", "No", id="no"),
        # Enter answers with the button that is lit (the safe one at first); the
        # footer says so, and how to light the other, so a first Enter that
        # keeps the entry is no surprise. Priority, so it is shown over the
        # button's own (hidden) Enter; it does the same.
        Binding("enter", "press_focused", "Choose", priority=True, id="choose"),
        Binding("tab,left,right", "app.focus_next", "Switch", id="switch"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    # The buttons' kind: a dialog with a plain (not priority) Enter uses one
    # without an Enter of its own, so the footer lists the dialog's.
    BUTTON: type[Button] = Button
    # Keys the footer leaves out first when they do not all fit (none: all shown).
    FOOTER_DROP: tuple[str, ...] = ()

    # A short terminal drops the spacing, so the question and buttons fit together.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]
    # Narrow, the two buttons stand one above the other, each one line: side by
    # side at 40 columns, "Go back and look" was cut to "Go back and l".
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (50, "-wide")]

    def __init__(
        self,
        question: str,
        detail: str = "",
        *,
        yes: str = "Yes",
        no: str = "No",
        danger: bool = False,
        destroys: bool = False,
    ) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes
        self.no = no
        self.danger = danger or destroys
        # A yes that deletes or discards is never one letter away: typing a word
        # ("dyson" on the journal: d, then y) must not confirm it. It needs
        # the button itself (Tab or Left/Right to it, then Enter).
        self.letter_yes = not destroys

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with Vertical(id="confirm"):
            yield Static(Content(self.question), id="confirm-question")
            if self.detail:
                yield Static(Content(self.detail), id="confirm-detail")
            with Horizontal(id="confirm-buttons"):
                yield self.BUTTON(
                    Content(f"{self.yes} (y)" if self.letter_yes else self.yes),
                    id="confirm-yes",
                    variant="error" if self.danger else "primary",
                )
                yield self.BUTTON(Content(f"{self.no} (n)"), id="confirm-no")
        # Its own keys at the bottom, never those of the screen beneath.
        yield FittingFooter(self.FOOTER_DROP, compact=False) if self.FOOTER_DROP else SteadyFooter()

    def on_mount(self) -> None:
        """Start on the safe answer, so a stray Enter never destroys anything."""
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click or Enter on either button."""
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """y says yes only where yes destroys nothing."""
        if action == "answer" and parameters == (True,):
            return self.letter_yes
        return True

    def action_press_focused(self) -> None:
        """Enter: the lit button's answer, as a click on it would give."""
        if isinstance(self.focused, Button):
            self.focused.press()

    def action_answer(self, answer: bool) -> None:
        """y or n from the keyboard."""
        self.dismiss(answer)

    def show_early_note(self, note: str) -> None:
        """Say, above the buttons, what keys typed too early were set aside (one note, updated)."""
        shown = self.query("#confirm-early")
        if shown:
            early = shown.first(Static)
            early.update(note)
        else:
            early = Static(note, id="confirm-early", markup=False)
            self.query_one("#confirm").mount(early, before="#confirm-buttons")
        # Put up below the detail, it can fall under the fold of a short terminal
        # (rv23: at 40x12 only the scrollbar said it was there): scrolled into view.
        self.call_after_refresh(self._early_in_view, early)

    def _early_in_view(self, early: Static) -> None:
        if early.is_attached:
            self.query_one("#confirm").scroll_to_widget(early, animate=False, immediate=True)
