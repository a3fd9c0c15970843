"""Step 5: reply or not, which parts, and which template."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Checkbox, Footer, Header, Label, RadioButton, RadioSet, Select, Static

from coach.model import ReplyPart, Stage
from screens.step import StepNav, StepScreen

PART_LABELS = {
    ReplyPart.THANKS: "Thank them for the update and the opportunity",
    ReplyPart.FEEDBACK: "Ask for feedback on my application",
    ReplyPart.APPLY_AGAIN: "Say I'd like to apply again when a better fit comes up",
    ReplyPart.LINKEDIN: "Offer to connect on LinkedIn",
}

NOT_REPLYING = (
    "Not replying is a perfectly good choice. Nobody is owed a thank-you note, "
    "and your energy may be better spent on the next application."
)


def feedback_reason(stage: Stage) -> str:
    """Why asking for feedback is on or off by default for this stage."""
    if stage.interviewed:
        return (
            "Feedback is on because you were interviewed: after at least one "
            "interview, many companies will try to say something useful if asked."
        )
    return (
        "Feedback is off because there was no interview: most companies have no "
        "time for individual feedback at this stage. You can still ask."
    )


class DecideScreen(StepScreen):
    """Choose whether to reply and what the reply says."""

    def __init__(
        self,
        *,
        stage: Stage,
        replying: bool | None,
        parts: list[ReplyPart],
        optional_parts: list[ReplyPart],
        templates: list[tuple[str, str]],
        template: str,
    ) -> None:
        super().__init__()
        self.stage = stage
        self.replying = replying
        self.parts = parts
        self.optional_parts = optional_parts
        self.templates = templates
        self.template = template

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(classes="step-body"):
            yield Label("Would you like to reply?")
            with RadioSet(id="replying"):
                yield RadioButton("Yes, help me write a reply", value=self.replying is not False)
                yield RadioButton("No, I won't reply", value=self.replying is False)
            yield Static(NOT_REPLYING, id="not-replying", classes="hint")
            with Vertical(id="reply-options"):
                yield Label("Which template?")
                ids = [template_id for _, template_id in self.templates]
                # Content, not str: a title may come from the person's own file.
                yield Select(
                    [(Content(title), template_id) for title, template_id in self.templates],
                    value=self.template if self.template in ids else ids[0],
                    allow_blank=False,
                    id="template",
                )
                yield Label("What should it say?")
                for part in self.optional_parts:
                    yield Checkbox(
                        PART_LABELS.get(part, part.value),
                        part in self.parts,
                        id=f"part-{part.value}",
                    )
                yield Static(
                    feedback_reason(self.stage), id="feedback-reason", classes="hint", markup=False
                )
            yield StepNav()
        yield Footer()

    def on_mount(self) -> None:
        """Show only what applies to the choice made."""
        self.query_one("#replying", RadioSet).focus()
        self._show_choice()

    def _replying(self) -> bool:
        return self.query_one("#replying", RadioSet).pressed_index != 1

    def _show_choice(self) -> None:
        replying = self._replying()
        self.query_one("#reply-options").display = replying
        self.query_one("#not-replying").display = not replying

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Reply or not: show the matching options."""
        self._show_choice()
        self.edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """A part switched on or off."""
        self.edited()

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another template."""
        self.edited()

    def values(self) -> dict[str, Any]:
        """The choice, the parts and the template."""
        parts = [
            part.value
            for part in self.optional_parts
            if self.query_one(f"#part-{part.value}", Checkbox).value
        ]
        template = self.query_one("#template", Select).value
        return {
            "replying": self._replying(),
            "parts": parts,
            "template": template if isinstance(template, str) else self.template,
        }
