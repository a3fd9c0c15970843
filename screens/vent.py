"""Step 3: a private place to say the angry thing, instead of sending it."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Collapsible, Footer, Header, Markdown, Static, TextArea

from screens.step import StepNav, StepScreen

INVITATION = (
    "If part of you wants to write the furious reply, or the post about them, "
    "write it here. It goes nowhere: it is never used for your reply, and it is "
    "only kept if you tick the box below. Getting it out of your head is the point."
)


class VentScreen(StepScreen):
    """Private writing; stored only if the person chooses to keep it."""

    def __init__(self, *, text: str, keep: bool, hold_back: str = "") -> None:
        super().__init__()
        self.text = text
        self.keep = keep
        self.hold_back = hold_back

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(classes="step-body"):
            yield Static(INVITATION, classes="step-intro")
            yield TextArea(self.text, id="vent", soft_wrap=True, tab_behavior="focus")
            yield Checkbox("Keep this in my private journal entry", self.keep, id="keep")
            if self.hold_back:
                with Collapsible(title="Why write it here and not to them?", id="hold-back"):
                    yield Markdown(self.hold_back, open_links=False)
            yield StepNav()
        yield Footer()

    def on_mount(self) -> None:
        """Ready to type."""
        self.query_one("#vent", TextArea).focus()

    def values(self) -> dict[str, Any]:
        """The text and whether to keep it."""
        return {
            "vent": self.query_one("#vent", TextArea).text,
            "keep_vent": self.query_one("#keep", Checkbox).value,
        }

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Autosave (the app keeps the text only when 'keep' is ticked)."""
        self.edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """Keep or not."""
        self.edited()
