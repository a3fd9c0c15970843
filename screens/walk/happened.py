"""Step 2: what happened — company, role, contact, stage, date, channel, notes.

"Paste the email" (ctrl+r) fills these from the rejection email itself; the
fields it filled are marked as guessed until the person changes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import (
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    Static,
    TextArea,
)

from coach.dates import DateInputError, day_typed, parse_received, received_preview
from coach.email_guess import EmailGuess
from coach.errors import CoachError
from coach.model import Channel, Stage
from coach.wording import joined
from screens.focus_in_view import focus_with_heading
from screens.stale_toasts import drop_toasts, toast
from screens.walk.field_input import EmailDropped, FieldInput
from screens.walk.happened_words import (
    APPLIED_HINT,
    APPLIED_LABEL,
    APPLIED_TOAST,
    CHANNEL_ANSWERS,
    DATE_TOAST,
    FIELD_LABELS,
    GUESSED,
    PLACEHOLDERS,
)
from screens.walk.paste_email import PasteEmailScreen, describe, read_pasted
from screens.walk.step import StepNav, StepScreen, step_footer
from screens.widgets.form_radio import SkippableRadioSet
from screens.widgets.form_select import FormSelect
from screens.widgets.title_header import TitleHeader
from screens.widgets.wrapping_toggle import WrappingRadioButton
from screens.widgets.writing_area import WritingArea


class HappenedScreen(StepScreen):
    """The facts of the rejection; only the company is required."""

    BINDINGS = [
        Binding(
            "ctrl+r",
            "paste_email",
            "Paste the email",
            tooltip="Fill these fields from the rejection email",
            id="paste_email",
        ),
    ]

    def __init__(
        self, values: dict[str, Any], today: date, *, keymap: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(keymap=keymap)
        self.initial = values
        self.today = today
        self.email_text: str = values.get("email_text", "")
        self.reapply_after: str = values.get("reapply_after", "")
        self.feedback_invited: bool = bool(values.get("feedback_invited", False))
        # Field name -> the value the email gave it, while unchanged by the person.
        self.guessed: dict[str, str] = dict(values.get("guessed") or {})
        # The paste dialog while it is open: its text is part of this step's autosave.
        self._pasting: PasteEmailScreen | None = None
        # A day typed in the date field is never replaced with a stage's default.
        self._date_typed = bool(values.get("received_typed", day_typed(values.get("received", ""))))

    def compose(self) -> ComposeResult:
        v = self.initial
        yield TitleHeader()
        with VerticalScroll(classes="step-body"):
            yield Static(
                "Have the email? ctrl+r pastes it and fills in what it can.",
                id="paste-hint",
                classes="guess-note",
            )
            summary = Static("", id="guess-summary", classes="guess-note", markup=False)
            summary.display = False
            yield summary
            yield Label(FIELD_LABELS["company"], id="label-company")
            yield FieldInput(v.get("company", ""), id="company", placeholder="Who was it with?")
            yield Static("", id="company-error", classes="field-error", markup=False)
            yield Label(FIELD_LABELS["role"], id="label-role")
            yield FieldInput(v.get("role", ""), id="role", placeholder="e.g. Product designer")
            yield Label(FIELD_LABELS["contact"], id="label-contact")
            yield FieldInput(v.get("contact", ""), id="contact", placeholder="e.g. Ana")
            yield Label(FIELD_LABELS["stage"], id="label-stage")
            with SkippableRadioSet(id="stage"):
                for stage in Stage:
                    chosen = v.get("stage") == stage.value
                    yield WrappingRadioButton(stage.explanation, value=chosen)
            silence = v.get("stage") == Stage.NO_REPLY.value
            yield Label(self._label("received", silence), id="label-received")
            yield FieldInput(
                v.get("received", "today"), id="received", placeholder=PLACEHOLDERS[silence]
            )
            yield Static(self._resolved(), id="received-on", classes="field-hint", markup=False)
            yield Static("", id="received-error", classes="field-error", markup=False)
            yield Label("How did it come?")
            yield FormSelect(
                [(label, channel.value) for channel, label in CHANNEL_ANSWERS.items()],
                value=v.get("channel", Channel.EMAIL.value),
                allow_blank=False,
                id="channel",
            )
            yield Label("Notes (optional)")
            yield WritingArea(v.get("notes", ""), id="notes", soft_wrap=True, tab_behavior="focus")
            yield StepNav(self.keymap)
        yield step_footer()

    def on_mount(self) -> None:
        """Start in the company field; marks from an earlier paste come back."""
        focus_with_heading(self.query_one("#company", Input), self.query_one("#label-company"))
        self._show_marks(prune=False)
        pasted = self.initial.get("pasting", "")
        if isinstance(pasted, str) and pasted.strip():
            self._open_paste(pasted)  # it was open, with this in it, when the coach stopped

    # -- the email ---------------------------------------------------------

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
            "stage": guess.stage.value if guess.stage else "",
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
        self.email_text = guess.text
        self.reapply_after = guess.reapply_after.isoformat() if guess.reapply_after else ""
        self.feedback_invited = guess.feedback_invited
        # Email is the default; any other way was chosen by the person, so it stays.
        channel = self.query_one("#channel", Select)
        if channel.value != Channel.EMAIL.value:
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
        for name in FIELD_LABELS:
            marked = name in self.guessed
            label = self._label(name, self._silence())
            self.query_one(f"#label-{name}", Label).update(label + (GUESSED if marked else ""))
            self.query_one(f"#{name}").set_class(marked, "guessed")

    @staticmethod
    def _label(name: str, silence: bool) -> str:
        return APPLIED_LABEL if silence and name == "received" else FIELD_LABELS[name]

    def _silence(self) -> bool:
        """Never heard back: the date asked for is when they applied."""
        if not self.is_mounted:
            return self.initial.get("stage") == Stage.NO_REPLY.value
        return self._stage() == Stage.NO_REPLY.value

    def _date_for_stage(self) -> None:
        """The date's question, and its untouched "today", follow the stage picked."""
        silence = self._silence()
        field = self.query_one("#received", Input)
        field.placeholder = PLACEHOLDERS[silence]
        # An untouched "today" fits news, never a silence; a typed or emailed day stays.
        if not self._date_typed and "received" not in self.guessed:
            with field.prevent(Input.Changed):  # not typing, even with the focus there
                if silence:  # "today", or on resume the day it resolved to
                    field.value = ""
                elif not silence and not field.value.strip():
                    field.value = "today"
            field.cursor_position = len(field.value)
        self._show_marks(prune=False)
        self.query_one("#received-on", Static).update(self._resolved())
        self.query_one("#received-error", Static).update(self._date_error(live=True))

    def _stage(self) -> str:
        index = self.query_one("#stage", RadioSet).pressed_index
        return list(Stage)[index].value if index >= 0 else ""

    def values(self) -> dict[str, Any]:
        """Everything typed on this step."""
        channel = self.query_one("#channel", Select).value
        return {
            "company": self.query_one("#company", Input).value,
            "role": self.query_one("#role", Input).value,
            "contact": self.query_one("#contact", Input).value,
            "stage": self._stage(),
            "received": self.query_one("#received", Input).value,
            "received_typed": self._date_typed,
            "channel": channel if isinstance(channel, str) else Channel.EMAIL.value,
            "notes": self.query_one("#notes", TextArea).text,
            "email_text": self.email_text,
            "reapply_after": self.reapply_after,
            "guessed": dict(self.guessed),
            "feedback_invited": self.feedback_invited,
            "pasting": self._pasting.text if self._pasting is not None else "",
        }

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear an error once it is being fixed, and autosave."""
        if event.input.id == "company" and event.value.strip():
            self.query_one("#company-error", Static).update("")
        if event.input.id == "received":
            self.query_one("#received-error", Static).update(self._date_error(live=True))
            self.query_one("#received-on", Static).update(self._resolved())
            if self.focused is event.input:  # typed here, not filled from an email
                self._date_typed = True
                self.call_after_refresh(self._date_message_into_view)
        if event.input.id in self.guessed and self.is_mounted:
            self._show_marks()
        self.edited()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Notes were typed; autosave."""
        self.edited()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """A stage was picked."""
        if "stage" in self.guessed:
            self._show_marks()
        self._date_for_stage()
        self.edited()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A channel was picked."""
        self.edited()

    def _resolved(self) -> str:
        """'yesterday → 25 Nov 2026': the date kept, as soon as the words make one."""
        typed = (
            self.query_one("#received", Input).value
            if self.is_mounted
            else self.initial.get("received", "today")
        )
        if self._silence() and not typed.strip():
            return APPLIED_HINT
        return received_preview(typed, self.today, applied=self._silence())

    def _date_error(self, *, live: bool = False) -> str:
        typed = self.query_one("#received", Input).value
        if live and not typed.strip():
            return ""  # an empty day is asked for when the step ends, not while typing
        try:
            parse_received(typed, self.today, applied=self._silence())
        except DateInputError as error:
            return str(error)
        return ""

    def validate(self) -> bool:
        """The company is needed; a date must be readable and not in the future."""
        company_error = (
            ""
            if self.query_one("#company", Input).value.strip()
            else ("Which company was it? That is the one thing the journal needs.")
        )
        self.query_one("#company-error", Static).update(company_error)
        date_error = self._date_error()
        self.query_one("#received-error", Static).update(date_error)
        if company_error:
            self.query_one("#company", Input).focus()
        elif date_error:
            self.query_one("#received", Input).focus()
            self.call_after_refresh(self._date_message_into_view)
            # Said where it cannot be missed too: the field may be off screen.
            title = APPLIED_TOAST if self._silence() else DATE_TOAST
            toast(self.app, title, date_error, title=title, severity="warning", timeout=8)
        else:
            # The date reads now: an earlier refusal's toast would hang over the next steps.
            drop_toasts(self.app, DATE_TOAST)
            drop_toasts(self.app, APPLIED_TOAST)
        return not (company_error or date_error)

    def _date_message_into_view(self) -> None:
        """Scroll the date's message (the error, else the day it reads) under its field."""
        # The field is kept in view as it is typed in, and no further: the lines
        # below it, which grow as the date is typed, stayed under the footer
        # when the field sat at the bottom of the screen (at 80x24 after Role
        # or Contact was typed in), and ctrl+n then seemed to do nothing.
        if not self.is_attached:
            return
        which = "#received-error" if self._date_error() else "#received-on"
        self.query_one(which, Static).scroll_visible(animate=False, immediate=True)
