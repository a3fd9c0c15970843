"""Step 2: what happened — company, role, contact, stage, date, channel, notes.

"Paste the email" (ctrl+r) fills these from the rejection email itself; the
fields it filled are marked as guessed until the person changes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import (
    Input,
    Label,
    RadioSet,
    Select,
    Static,
    TextArea,
)

from coach.company_length import company_too_long
from coach.dates import day_typed
from coach.model import Channel, Stage
from screens.focus_in_view import focus_with_heading
from screens.stale_toasts import drop_toasts, toast
from screens.styled_once import preset_breakpoints
from screens.walk.field_input import FieldInput
from screens.walk.happened_date import HappenedDate, channel_for
from screens.walk.happened_email import HappenedEmail
from screens.walk.happened_words import (
    APPLIED_LABEL,
    APPLIED_TOAST,
    CHANNEL_ANSWERS,
    DATE_TOAST,
    FIELD_LABELS,
    PLACEHOLDERS,
)
from screens.walk.paste_email import PasteEmailScreen
from screens.walk.step import StepNav, StepScreen, step_footer
from screens.widgets.form_radio import ChosenRadioSet
from screens.widgets.form_select import FormSelect
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.static_words import show_words
from screens.widgets.title_header import TitleHeader
from screens.widgets.wrapping_toggle import WrappingRadioButton
from screens.widgets.writing_area import WritingArea


class HappenedScreen(HappenedDate, HappenedEmail, StepScreen):
    """The facts of the rejection; only the company is required."""

    KEPT_FIELDS: ClassVar[dict[str, str]] = {
        "company": "company",
        "role": "role",
        "contact": "contact",
        "notes": "notes",
    }
    AUTO_FOCUS = "#company"
    # on_mount brings the company's label into view with it (focus_with_heading).
    OPENING_FOCUS_SCROLLS = False

    BINDINGS = [
        Binding(
            "ctrl+r",
            "paste_email",
            "Paste the email",
            tooltip="Fill these fields from the rejection email",
            id="paste_email",
        ),
    ]

    # Short (40x12): the body's blank rows above and below go, so the next field shows.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

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
        self.email_gave = dict(self.guessed)
        self.guess_summary: str = str(values.get("guess_summary") or "")
        # The paste dialog while it is open: its text is part of this step's autosave.
        self._pasting: PasteEmailScreen | None = None
        # A day typed in the date field is never replaced with a stage's default.
        self._date_typed = bool(values.get("received_typed", day_typed(values.get("received", ""))))
        # A way it came picked by the person stays; the stage's own default follows the stage.
        silence = values.get("stage") == Stage.NO_REPLY.value
        self._channel_chosen = values.get("channel", Channel.EMAIL.value) != channel_for(silence)

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        v = self.initial
        yield TitleHeader()
        with ScrollBody(classes="step-body"):
            yield Static(
                "Have the email? ctrl+r pastes it and fills in what it can.",
                id="paste-hint",
                classes="guess-note",
            )
            summary = Static(
                self.guess_summary, id="guess-summary", classes="guess-note", markup=False
            )
            summary.display = bool(self.guess_summary)
            yield summary
            yield Label(FIELD_LABELS["company"], id="label-company")
            yield FieldInput(v.get("company", ""), id="company", placeholder="Who was it with?")
            yield Static("", id="company-error", classes="field-error", markup=False)
            yield Label(FIELD_LABELS["role"], id="label-role")
            yield FieldInput(v.get("role", ""), id="role", placeholder="e.g. Product designer")
            yield Label(FIELD_LABELS["contact"], id="label-contact")
            yield FieldInput(v.get("contact", ""), id="contact", placeholder="e.g. Ana")
            yield Label(FIELD_LABELS["stage"], id="label-stage")
            # Enter picks the stage under the cursor, the first one too, as it looks
            # (rv44 #3: Enter on the untouched first stage passed it by, unchosen).
            with ChosenRadioSet(id="stage"):
                for stage in Stage:
                    chosen = v.get("stage") == stage.value
                    yield WrappingRadioButton(stage.explanation, value=chosen)
            stage_error = Static("", id="stage-error", classes="field-error", markup=False)
            stage_error.display = False
            yield stage_error
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

    @staticmethod
    def _label(name: str, silence: bool) -> str:
        return APPLIED_LABEL if silence and name == "received" else FIELD_LABELS[name]

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
            "guess_summary": self.guess_summary,
            "feedback_invited": self.feedback_invited,
            "pasting": self._pasting.text if self._pasting is not None else "",
        }

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear an error once it is being fixed, and autosave."""
        if event.input.id == "company" and event.value.strip():
            show_words(self.query_one("#company-error", Static), "")
        if event.input.id == "received":
            show_words(self.query_one("#received-error", Static), self._date_error(live=True))
            show_words(self.query_one("#received-on", Static), self._resolved())
            if self.focused is event.input:  # typed here, not filled from an email
                self._date_typed = True
                # A refusal's toast is about the words before this change, as its line was.
                drop_toasts(self.app, DATE_TOAST, APPLIED_TOAST)
                self.call_after_refresh(self._date_message_into_view)
        if event.input.id in self.email_gave and self.is_mounted:
            self._show_marks()
        self.edited()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Notes were typed; autosave."""
        self.edited()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """A stage was picked."""
        self.query_one("#stage-error", Static).display = False
        label = self.query_one("#label-received", Label)
        asked = str(label.content)
        if "stage" in self.email_gave:
            self._show_marks()
        self._date_for_stage()
        if str(label.content) != asked:
            # The date's question changed ("When did you apply?"): shown, not left below
            # the fold under the list where the pick was made.
            self.call_after_refresh(label.scroll_visible, animate=False, immediate=True)
        self.edited()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A channel was picked: one other than the stage's own default stays picked."""
        # The select reports its first value on mount too: that is no choice.
        self._channel_chosen = event.value != channel_for(self._silence())
        self.edited()

    def validate(self) -> bool:
        """The company is needed; a date must be readable and not in the future."""
        company = self.query_one("#company", Input).value
        company_error = (
            company_too_long(company)
            if company.strip()
            else ("Which company was it? That is the one thing the journal needs.")
        )
        self.query_one("#company-error", Static).update(company_error)
        date_error = self._date_error()
        self.query_one("#received-error", Static).update(date_error)
        if date_error:  # said in full below: the soft "not … yet" beside it would repeat it
            self.query_one("#received-on", Static).update("")
        stage_error = self.stage_needed()
        shown = self.query_one("#stage-error", Static)
        shown.update(stage_error)
        shown.display = bool(stage_error)
        if company_error:
            self.query_one("#company", Input).focus()
        elif stage_error:
            self.query_one("#stage", RadioSet).focus()
            self.call_after_refresh(shown.scroll_visible, animate=False, immediate=True)
        elif date_error:
            self.query_one("#received", Input).focus()
            self.call_after_refresh(self._date_message_into_view, True)
            # Said where it cannot be missed too: the field may be off screen.
            title = APPLIED_TOAST if self._silence() else DATE_TOAST
            toast(self.app, title, date_error, title=title, severity="warning", timeout=8)
        else:
            # The date reads now: an earlier refusal's toast would hang over the next steps.
            drop_toasts(self.app, DATE_TOAST)
            drop_toasts(self.app, APPLIED_TOAST)
        return not (company_error or date_error or stage_error)
