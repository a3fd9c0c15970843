"""Step 2: what happened — company, role, contact, stage, date, channel, notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import (
    Footer,
    Header,
    Input,
    Label,
    RadioSet,
    Select,
    Static,
    TextArea,
)

from coach.dates import DateInputError, parse_received
from coach.model import Channel, Stage
from screens.step import StepNav, StepScreen
from screens.widgets.wrapping_toggle import WrappingRadioButton

CHANNEL_LABELS = {
    Channel.EMAIL: "An email",
    Channel.PHONE: "A phone call",
    Channel.PORTAL: "A job portal or applicant system",
    Channel.SILENCE: "Silence: they never said",
    Channel.OTHER: "Some other way",
}


class HappenedScreen(StepScreen):
    """The facts of the rejection; only the company is required."""

    def __init__(self, values: dict[str, Any], today: date) -> None:
        super().__init__()
        self.initial = values
        self.today = today

    def compose(self) -> ComposeResult:
        v = self.initial
        yield Header()
        with VerticalScroll(classes="step-body"):
            yield Label("Company (required)")
            yield Input(v.get("company", ""), id="company", placeholder="Who was it with?")
            yield Static("", id="company-error", classes="field-error", markup=False)
            yield Label("Role")
            yield Input(v.get("role", ""), id="role", placeholder="e.g. Product designer")
            yield Label("Contact name (for the reply's greeting)")
            yield Input(v.get("contact", ""), id="contact", placeholder="e.g. Ana")
            yield Label("How far did you get? (if you skip this: turned down on the application)")
            with RadioSet(id="stage"):
                for stage in Stage:
                    yield WrappingRadioButton(
                        stage.explanation, value=v.get("stage") == stage.value
                    )
            yield Label("When did the news arrive? (never heard back: when you applied)")
            yield Input(
                v.get("received", "today"),
                id="received",
                placeholder="today, yesterday, 3 days ago or 2026-11-20",
            )
            yield Static("", id="received-error", classes="field-error", markup=False)
            yield Label("How did it come?")
            yield Select(
                [(label, channel.value) for channel, label in CHANNEL_LABELS.items()],
                value=v.get("channel", Channel.EMAIL.value),
                allow_blank=False,
                id="channel",
            )
            yield Label("Notes (optional)")
            yield TextArea(v.get("notes", ""), id="notes", soft_wrap=True, tab_behavior="focus")
            yield StepNav()
        yield Footer()

    def on_mount(self) -> None:
        """Start in the company field."""
        self.query_one("#company", Input).focus()

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
            "channel": channel if isinstance(channel, str) else Channel.EMAIL.value,
            "notes": self.query_one("#notes", TextArea).text,
        }

    def on_input_changed(self, event: Input.Changed) -> None:
        """Clear an error once it is being fixed, and autosave."""
        if event.input.id == "company" and event.value.strip():
            self.query_one("#company-error", Static).update("")
        if event.input.id == "received":
            self.query_one("#received-error", Static).update(self._date_error())
        self.edited()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Notes were typed; autosave."""
        self.edited()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """A stage was picked."""
        self.edited()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A channel was picked."""
        self.edited()

    def _date_error(self) -> str:
        try:
            parse_received(self.query_one("#received", Input).value, self.today)
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
        return not (company_error or date_error)
