"""Step 2's fields filled from a pasted or dropped email, marked as guessed until changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from textual.app import SystemCommand
from textual.widgets import Input, Label, RadioButton, RadioSet, Select, Static

from coach.dates import day_typed
from coach.email_guess import EmailGuess, guess_from_email
from coach.errors import CoachError
from coach.model import Channel, Stage
from coach.wording import joined
from screens.walk.field_input import EmailDropped
from screens.walk.happened_words import FIELD_LABELS, GUESSED, STAGE_LABEL_ASKED
from screens.walk.paste_email import PasteEmailScreen, describe, read_pasted


class HappenedEmail:
    """The paste area (ctrl+r), a dropped email, and the guessed marks on step 2.

    A plain mixin of HappenedScreen: `on_email_dropped` is found by its name
    (Textual looks along the class's MRO), so no `@on` is used here.
    """

    today: date
    email_text: str
    reapply_after: str
    feedback_invited: bool
    guessed: dict[str, str]
    # Every value the email filled, kept when changed: typed back, it is a guess again.
    email_gave: dict[str, str]
    # What the last paste found, as said over the fields ("" before any).
    guess_summary: str
    _pasting: PasteEmailScreen | None
    _date_typed: bool
    _channel_chosen: bool
    edited: Callable[[], None]
    values: Callable[[], dict[str, Any]]
    _silence: Callable[[], bool]
    _label: Callable[[str, bool], str]
    query_one: Any
    notify: Any
    app: Any

    # The email kept with the entry, and whether it reads as the application going on.
    _going_on: tuple[str, bool] | None = None

    def stage_needed(self) -> str:
        """Why the stage must be picked ("" when it need not): with none picked, the entry
        would be saved at the first stage, and an invitation or offer kept as its email
        gave no stage of a no."""
        if self.values()["stage"] or not self._kept_email_goes_on():
            return ""
        return (
            "Which stage did the no come at? The email kept here reads as the application "
            "going on (an invitation, an offer or a wait), so no stage was taken from it. "
            "Pick one, or ctrl+r to paste the rejection itself."
        )

    def _kept_email_goes_on(self) -> bool:
        """Whether the email kept with the entry reads as the application going on."""
        if not self.email_text.strip():
            return False
        if self._going_on is None or self._going_on[0] != self.email_text:
            try:
                going = guess_from_email(self.email_text, self.today).goes_on()
            except CoachError:
                going = False
            self._going_on = (self.email_text, going)
        return self._going_on[1]

    def palette_commands(self) -> Iterable[SystemCommand]:
        """The paste area, in the command palette too."""
        yield SystemCommand(
            "Paste the email",
            "Fill company, role, contact, stage and date from the rejection email",
            self.action_paste_email,
        )

    def action_paste_email(self) -> None:
        """Open the paste area; what it reads fills the fields."""
        self._open_paste("")

    def _open_paste(self, text: str) -> None:
        dialog = PasteEmailScreen(self.today, text=text, edited=self.edited)
        self._pasting = dialog

        def closed(guess: EmailGuess | None) -> None:
            self._pasting = None
            self._fill(guess)
            self.edited()  # the dialog's text is gone from the autosave: used or dropped

        self.app.push_screen(dialog, callback=closed)

    def on_email_dropped(self, event: EmailDropped) -> None:
        """An email or an .eml path pasted straight into a field."""
        event.stop()
        try:
            guess = read_pasted(event.text, self.today)
        except CoachError as error:
            self.notify(str(error), severity="warning", markup=False, timeout=8)
            return
        self._fill(guess)

    def _fill(self, guess: EmailGuess | None) -> None:
        """Put the guesses in; a value the person typed themselves is left alone."""
        if guess is None:
            return
        if not guess.filled() and self.email_text.strip():
            # Nothing at all was read from this email: it is not a better reading of
            # the job than the earlier one, so the earlier email's guesses, and that
            # email itself, stay, as the preview promised ("the fields stay as they are").
            self._say(
                "Nothing recognisable in this email, so nothing was changed: the fields, "
                "and the earlier email kept with the entry, stay as they were."
            )
            return
        current = self.values()
        proposed: dict[str, str] = {
            "company": guess.company,
            "role": guess.role,
            "contact": guess.contact,
            # An invitation's or offer's stage is a step ahead, not where a no came.
            "stage": stage.value if (stage := guess.stage_of_a_no()) else "",
            "received": guess.date.isoformat() if guess.date and guess.date <= self.today else "",
        }
        kept: list[str] = []
        cleared: list[str] = []
        for name, value in proposed.items():
            now = current.get(name, "")
            if not value:
                # A guess from an email pasted before, left as it was, belongs to that
                # email: this one names no contact, so "Owen Pryce" must not stay.
                if name in self.guessed and now == self.guessed[name]:
                    self._clear_field(name)
                    del self.guessed[name]
                    self.email_gave.pop(name, None)
                    if name != "stage" or not guess.stage:  # a stage left out is said below
                        cleared.append("date" if name == "received" else name)
                continue
            typed = (
                bool(str(now).strip())
                and now != self.guessed.get(name)
                and not (name == "received" and not (self._date_typed and day_typed(now)))
            )
            if typed and now != value:
                kept.append(name)
                continue
            self._set_field(name, value)
            self.guessed[name] = value
            self.email_gave[name] = value
        self.email_text = guess.text
        self._going_on = (guess.text, guess.goes_on())
        self.reapply_after = guess.reapply_after.isoformat() if guess.reapply_after else ""
        self.feedback_invited = guess.feedback_invited
        # Email is the default (silence for a silence); a way the person chose stays.
        channel = self.query_one("#channel", Select)
        if self._channel_chosen and channel.value != Channel.EMAIL.value:
            kept.append("channel")
        self._show_marks(prune=False)
        summary = describe(guess)
        if kept:
            summary += f" Kept what you typed in: {', '.join(kept)}."
        if cleared:
            # The describe() text says what this email gave; what went is said too.
            summary += f" Cleared the earlier email's {joined(cleared)}: this one names none."
        self._say(summary)
        self.edited()

    def _say(self, summary: str) -> None:
        # Kept with the step's values: Esc back to this step shows it again (rv49).
        self.guess_summary = summary
        shown = self.query_one("#guess-summary", Static)
        shown.update(summary)
        shown.display = True

    def _clear_field(self, name: str) -> None:
        if name == "stage":
            stages = self.query_one("#stage", RadioSet)
            # A RadioSet presses a button back on when it is switched off, and has no
            # public way back to "none pressed" (how the step opens): so it is done here
            # without its Changed message, and the set forgets its pressed button.
            with stages.prevent(RadioButton.Changed):
                for button in stages.query(RadioButton):
                    button.value = False
            stages._pressed_button = None
            return
        self.query_one(f"#{name}", Input).value = ""

    def _set_field(self, name: str, value: str) -> None:
        if name == "stage":
            buttons = list(self.query_one("#stage", RadioSet).query(RadioButton))
            buttons[list(Stage).index(Stage(value))].value = True
            return
        self.query_one(f"#{name}", Input).value = value

    def _show_marks(self, *, prune: bool = True) -> None:
        """A guessed field says so beside its label, until the person changes it."""
        # Not pruned right after filling: a radio button's press reaches its
        # set a moment later, and until then the old stage would look changed.
        current = self.values()
        for name, value in list(self.guessed.items()):
            if prune and current.get(name) != value:
                del self.guessed[name]
        for name, value in self.email_gave.items():
            # Typed back to the guess (a letter typed, then deleted): a guess again (rv49).
            if prune and current.get(name) == value:
                self.guessed[name] = value
        for name in FIELD_LABELS:
            marked = name in self.guessed
            label = self._label(name, self._silence())
            if name == "stage" and self._kept_email_goes_on():
                label = STAGE_LABEL_ASKED  # skipping asks then, not saves it at the application
            self.query_one(f"#label-{name}", Label).update(label + (GUESSED if marked else ""))
            self.query_one(f"#{name}").set_class(marked, "guessed")
