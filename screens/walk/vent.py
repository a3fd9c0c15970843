"""Step 3: private expressive writing, thoughts and feelings, instead of an angry reply."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.widgets import (
    Checkbox,
    Input,
    Markdown,
    Static,
    TextArea,
)

from screens.walk.step import StepNav, StepScreen, step_footer
from screens.widgets.folded import Folded
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.steady_input import SteadyInput
from screens.widgets.title_header import TitleHeader
from screens.widgets.wrapping_toggle import WrappingCheckbox
from screens.widgets.writing_area import WritingArea

INVITATION = (
    "Write it out, for yourself only. Put down what happened, how it feels, "
    "and what you make of it: the thoughts and the feelings both, not only "
    "the anger. Nobody reads this. It never goes into your reply, and it is "
    "kept only if you tick the box below."
)

# Suggested, never enforced: there is no timer, and stopping early is fine.
TIME_AND_LIMIT = (
    "About fifteen minutes is plenty, if you like a limit. If writing makes "
    "you angrier rather than calmer, stop here and do something else for a while."
)

CARRY_FORWARD = (
    "What do you want to carry forward from this? (Optional. This line is kept "
    "with your reflections.)"
)

# The box that keeps the vent; help names it by its first words.
KEEP_LABEL = "Keep what I wrote above in my private journal entry"

# Named for what it holds: the brief's three don'ts.
HOLD_BACK_TITLE = "What to hold back from: an angry reply or post, a plea"


class VentScreen(StepScreen):
    """Private writing; stored only if the person chooses to keep it."""

    KEPT_FIELDS: ClassVar[dict[str, str]] = {"carry_forward": "carry-forward"}
    AUTO_FOCUS = "#vent"
    OPENING_FOCUS_SCROLLS = False

    def __init__(
        self,
        *,
        text: str,
        keep: bool,
        hold_back: str = "",
        carry_forward: str = "",
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(keymap=keymap)
        self.text = text
        self.keep = keep
        self.hold_back = hold_back
        self.carry_forward = carry_forward

    def compose(self) -> ComposeResult:
        yield TitleHeader()
        with ScrollBody(classes="step-body"):
            yield Static(INVITATION, classes="step-intro")
            yield Static(TIME_AND_LIMIT, classes="step-intro", id="time-and-limit")
            yield WritingArea(self.text, id="vent", soft_wrap=True, tab_behavior="focus")
            yield Static(CARRY_FORWARD, classes="field-label")
            yield SteadyInput(
                self.carry_forward,
                id="carry-forward",
                placeholder="A line is enough: a lesson, a feeling to let go, a next step",
            )
            yield WrappingCheckbox(KEEP_LABEL, self.keep, id="keep")
            if self.hold_back:
                with Folded(title=HOLD_BACK_TITLE, id="hold-back"):
                    yield Markdown(self.hold_back, open_links=False)
            yield StepNav(self.keymap)
        yield step_footer()

    def on_mount(self) -> None:
        """Ready to type, with the invitation in view above the box.

        Scrolled to the box, a small terminal (40x12) hid the prompt that says
        what the box is for; the first key typed brings the box into view.
        """
        self.query_one("#vent", TextArea).focus(scroll_visible=False)

    def values(self) -> dict[str, Any]:
        """The text, whether to keep it, and the line to carry forward."""
        return {
            "vent": self.query_one("#vent", TextArea).text,
            "keep_vent": self.query_one("#keep", Checkbox).value,
            "carry_forward": self.query_one("#carry-forward", Input).value,
        }

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Autosave (the app keeps the text only when 'keep' is ticked)."""
        self.edited()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Autosave the line to carry forward."""
        self.edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """Keep or not."""
        self.edited()
