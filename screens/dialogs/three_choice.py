"""A question with three answers, one button each, the last and focused one losing nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from screens.styled_once import preset_breakpoints
from screens.widgets.steady_footer import SteadyFooter

ChoiceT = TypeVar("ChoiceT", bound=str)


@dataclass(frozen=True)
class Answer:
    """One answer: what the dialog hands back, its button's words, and how the button looks."""

    choice: str
    label: str
    variant: str = "default"


class ThreeChoiceDialog(ModalScreen[ChoiceT], Generic[ChoiceT]):
    """Asks one question; dismisses with the answer chosen, the last one for Esc or anything else.

    No letter gives the second answer (the one that drops something): a word
    typed just after the key that opened the dialog must never choose it. Only
    its button does, reached with Up then Enter.
    """

    # After each dialog's own two keys (a letter for the first answer, Esc for
    # the last): between the buttons, and support.
    BINDINGS = [
        Binding("up", "app.focus_previous", "Previous", show=False, id="previous_choice"),
        Binding("down", "app.focus_next", "Next", show=False, id="next_choice"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    # A short terminal drops the spacing, so the question stays in view above
    # the focused button instead of scrolling off.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    def __init__(
        self,
        question: str,
        answers: tuple[Answer, Answer, Answer],
        *,
        prefix: str,
        detail: str = "",
    ) -> None:
        super().__init__()
        self.question = question
        self.answers = answers
        # The buttons' ids are the prefix and the choice ("leave-save").
        self.prefix = prefix
        self.detail = detail

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with Vertical(id="confirm"):
            yield Static(self.question, id="confirm-question", markup=False)
            if self.detail:
                yield Static(self.detail, id="confirm-detail", markup=False)
            with Vertical(id="leave-buttons"):
                for answer in self.answers:
                    yield Button(
                        answer.label,
                        id=f"{self.prefix}-{answer.choice}",
                        variant=answer.variant,  # type: ignore[arg-type]
                        compact=True,
                    )
        # Its own keys at the bottom, never those of the screen beneath.
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Start on the answer that loses nothing."""
        self.query_one(f"#{self.prefix}-{self.answers[-1].choice}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click or Enter on a button."""
        event.stop()
        self.action_choose((event.button.id or "").removeprefix(f"{self.prefix}-"))

    def action_choose(self, choice: str) -> None:
        """Hand back the answer chosen; anything else is the last, safe one."""
        known = [answer.choice for answer in self.answers]
        self.dismiss(choice if choice in known else known[-1])  # type: ignore[arg-type]
