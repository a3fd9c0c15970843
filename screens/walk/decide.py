"""Step 5: reply or not, which parts, and which template; or, after silence, a follow-up or not."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button, Checkbox, Label, RadioSet, Select, Static

from coach.follow_up import FOLLOW_UP_TEMPLATE, FollowUpOffer
from coach.model import ReplyPart, Stage
from screens.walk.step import StepNav, StepScreen, step_footer
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.title_header import TitleHeader
from screens.widgets.wrapping_toggle import WrappingCheckbox, WrappingRadioButton

PART_LABELS = {
    ReplyPart.THANKS: "Thank them for the update and the opportunity",
    ReplyPart.FEEDBACK: "Ask for feedback on my application",
    ReplyPart.APPLY_AGAIN: "Say I'd like to apply again when a better fit comes up",
    ReplyPart.LINKEDIN: "Offer to connect on LinkedIn",
}

# After a withdrawn offer the role itself was theirs: "a better fit" says the opposite.
OFFER_PART_LABELS = {
    **PART_LABELS,
    ReplyPart.APPLY_AGAIN: "Say I'd be glad to hear from them if the role opens again",
}

NOT_REPLYING = (
    "Not replying is a perfectly good choice. Nobody is owed a thank-you note, "
    "and your energy may be better spent on the next application."
)

# The brief's don'ts, where a reply gets written: calm, not a rule list.
REPLY_CALM = (
    "Replying is optional, and saying nothing is fine. If you do write, send it "
    "once you feel calm. Leave out any plea for another chance, and any anger, "
    "here and in posts about it."
)
SEND_CALM = (
    "Sending nothing is fine. If you do write, wait until you feel calm, and "
    "leave anger out of it, here and in posts about it."
)

# Under a ticked LinkedIn box when the details hold no URL: the draft drops that paragraph.
LINKEDIN_MISSING = "Your details have no LinkedIn URL, so the draft leaves this paragraph out."
ADD_OR_UNTICK = " Add the URL with the button below, or untick the box."

NO_MESSAGE = "No message (silence needs no answer)"
FOLLOW_UP = "A short, polite follow-up asking where things stand"


def feedback_reason(stage: Stage, *, invited: bool = False) -> str:
    """Why asking for feedback is on or off by default for this stage."""
    if invited:
        return (
            "Feedback is on because their email offers it or invites questions, "
            "so asking takes them up on their own offer."
        )
    if stage.interviewed:
        return (
            "Feedback is on because you were interviewed: after at least one "
            "interview, many companies will try to say something useful if asked."
        )
    return (
        "Feedback is off because there was no interview: most companies have no "
        "time for individual feedback at this stage. You can still ask."
    )


# Under an unticked LinkedIn box before any interview: default_reply_parts' reason, said.
LINKEDIN_OFF = (
    "LinkedIn is off because you have not spoken with them: an invitation in answer "
    "to a no on paper reads as from a stranger. You can still tick it."
)


# Both boxes off before any interview: one reason for the two, short enough that at
# 80x24 it shows under the boxes (rv44 #7: the LinkedIn one sat below the fold).
BOTH_OFF = (
    "Feedback and LinkedIn are off: before any interview, feedback is seldom given and "
    "an invitation reads as from a stranger. You can tick either."
)


class DecideScreen(StepScreen):
    """Choose whether to reply and what the reply says.

    Every option sits directly in the scrolling body with its natural height,
    so each one can be scrolled to and read on the smallest screen. After a
    silence (follow_up given) the choice is no message or one follow-up.
    """

    AUTO_FOCUS = "#replying"
    OPENING_FOCUS_SCROLLS = False

    def __init__(
        self,
        *,
        stage: Stage,
        replying: bool | None,
        parts: list[ReplyPart],
        templates: list[tuple[str, str, tuple[ReplyPart, ...]]],
        template: str,
        follow_up: FollowUpOffer | None = None,
        feedback_invited: bool = False,
        linkedin_missing: bool = False,
        add_linkedin: Callable[[Callable[[bool], None]], None] | None = None,
        no_reply: str = "",
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(keymap=keymap)
        # The details hold no LinkedIn URL; add_linkedin opens them, then says if one is kept.
        self.linkedin_missing = linkedin_missing
        self.add_linkedin = add_linkedin
        self.stage = stage
        self.replying = replying
        self.parts = parts
        # (title, id, the parts that template can switch on or off)
        self.templates = templates
        self.template = template
        self.follow_up = follow_up
        self.feedback_invited = feedback_invited
        # Their email came from a box that takes no replies: said under the choice (rv46 #3).
        self.no_reply = no_reply

    # -- layout -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleHeader()
        with ScrollBody(classes="step-body", id="decide-body"):
            if self.follow_up is not None:
                yield from self._compose_follow_up(self.follow_up)
            else:
                yield from self._compose_reply()
            yield StepNav(self.keymap)
        yield step_footer()

    def _compose_follow_up(self, offer: FollowUpOffer) -> ComposeResult:
        yield Label("You never heard back. Would you like to send anything?")
        with RadioSet(id="replying"):
            yield WrappingRadioButton(NO_MESSAGE, value=not (offer.offered and self.replying))
            if offer.offered:
                yield WrappingRadioButton(FOLLOW_UP, value=bool(self.replying))
        yield Static(SEND_CALM, id="reply-calm", classes="hint")
        yield Static(offer.reason, id="follow-up-reason", classes="hint", markup=False)

    def _compose_reply(self) -> ComposeResult:
        yield Label("Would you like to reply?")
        with RadioSet(id="replying"):
            yield WrappingRadioButton(
                "Yes, help me write a reply", value=self.replying is not False
            )
            yield WrappingRadioButton("No, I won't reply", value=self.replying is False)
        # Under the choices, so a small screen still opens on the question and them.
        yield Static(REPLY_CALM, id="reply-calm", classes="hint")
        if self.no_reply:
            yield Static(self.no_reply, id="no-reply-box", classes="hint", markup=False)
        yield Static(NOT_REPLYING, id="not-replying", classes="hint")
        with Vertical(id="reply-options"):
            yield Label("Which template?")
            ids = [template_id for _, template_id, _ in self.templates]
            # Content, not str: a title may come from the person's own file.
            yield Select(
                [(Content(title), template_id) for title, template_id, _ in self.templates],
                value=self.template if self.template in ids else ids[0],
                allow_blank=False,
                id="template",
            )
            yield Label("What should it say?", id="parts-label")
            labels = OFFER_PART_LABELS if self.stage is Stage.OFFER else PART_LABELS
            for part in ReplyPart:
                yield WrappingCheckbox(
                    labels[part],
                    part in self.parts,
                    id=f"part-{part.value}",
                    classes="reply-part",
                    compact=True,
                )
            missing = LINKEDIN_MISSING + (ADD_OR_UNTICK if self.add_linkedin else "")
            yield Static(missing, id="linkedin-missing", classes="hint")
            yield Button("Add my LinkedIn URL", id="add-linkedin", compact=True)
            yield Static(
                feedback_reason(self.stage, invited=self.feedback_invited),
                id="feedback-reason",
                classes="hint",
                markup=False,
            )
            yield Static(LINKEDIN_OFF, id="linkedin-reason", classes="hint", markup=False)
            yield Static(
                "This template has no parts to switch on or off.",
                id="no-parts",
                classes="hint",
            )

    def on_mount(self) -> None:
        """Show only what applies to the choice made; the question stays in view above it."""
        # Scrolled to the choices, a small terminal (40x12) hid the question they answer.
        self.query_one("#replying", RadioSet).focus(scroll_visible=False)
        self._show_choice()

    # -- what is shown --------------------------------------------------------

    def _replying(self) -> bool:
        index = self.query_one("#replying", RadioSet).pressed_index
        if self.follow_up is not None:
            return index == 1
        return index != 1

    def _template_id(self) -> str:
        if self.follow_up is not None:
            return FOLLOW_UP_TEMPLATE
        value = self.query_one("#template", Select).value
        return value if isinstance(value, str) else self.template

    def _template_parts(self) -> tuple[ReplyPart, ...]:
        chosen = self._template_id()
        return next((parts for _, tid, parts in self.templates if tid == chosen), ())

    def _show_choice(self) -> None:
        if self.follow_up is not None:
            return
        replying = self._replying()
        self.query_one("#reply-options").display = replying
        self.query_one("#not-replying").display = not replying
        own = self._template_parts()
        for part in ReplyPart:
            self.query_one(f"#part-{part.value}", Checkbox).display = part in own
        self.query_one("#parts-label").display = bool(own)
        self.query_one("#no-parts").display = not own
        feedback = self.query_one("#feedback-reason", Static)
        feedback.display = ReplyPart.FEEDBACK in own
        linkedin = self.query_one(f"#part-{ReplyPart.LINKEDIN.value}", Checkbox)
        unsigned = self.linkedin_missing and linkedin.value and ReplyPart.LINKEDIN in own
        self.query_one("#linkedin-missing").display = unsigned
        off = ReplyPart.LINKEDIN in own and not linkedin.value and not self.stage.interviewed
        both = off and feedback.display and not self.feedback_invited
        feedback.update(
            BOTH_OFF if both else feedback_reason(self.stage, invited=self.feedback_invited)
        )
        self.query_one("#linkedin-reason").display = off and not both
        self.query_one("#add-linkedin").display = unsigned and self.add_linkedin is not None

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Reply or not: show the matching options."""
        self._show_choice()
        self.edited()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """A part switched on or off."""
        self._show_choice()
        self.edited()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Add my LinkedIn URL opens the details; Back and Next are the step's."""
        if event.button.id != "add-linkedin":
            super().on_button_pressed(event)
            return
        event.stop()
        if self.add_linkedin is not None:
            self.add_linkedin(self._linkedin_added)

    def _linkedin_added(self, kept: bool) -> None:
        """The details were saved (or left): the hint goes once a URL is kept."""
        if not self.is_mounted:
            return  # a save that waited for another coach ends after the step did
        self.linkedin_missing = not kept
        self._show_choice()
        if kept:
            self.query_one(f"#part-{ReplyPart.LINKEDIN.value}", Checkbox).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        """Another template: show its own parts only."""
        self._show_choice()
        self.edited()

    def values(self) -> dict[str, Any]:
        """The choice, the parts and the template."""
        if self.follow_up is not None:
            return {"replying": self._replying(), "template": FOLLOW_UP_TEMPLATE}
        # Parts the template lacks keep their tick, so switching back restores them;
        # the draft only ever uses the template's own parts.
        parts = [
            part.value
            for part in ReplyPart
            if self.query_one(f"#part-{part.value}", Checkbox).value
        ]
        return {
            "replying": self._replying(),
            "parts": parts,
            "template": self._template_id(),
        }
