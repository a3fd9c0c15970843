"""Step 1: a moment of self-kindness before anything else."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input

from coach.mood import is_low
from screens.markdown_text import MarkdownText
from screens.styled_once import preset_breakpoints
from screens.walk.step import StepNav, StepScreen, step_footer
from screens.widgets.mood import MoodField
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.title_header import TitleHeader

# The mood field's hint while the text above runs past its box: the sign of more, and
# the key that reads on without leaving the field (rv46 #6: at 40x12 the three
# paragraphs of self-kindness sat below the fold, unseen, with no sign of them).
MORE_ABOVE = "0–10 · PgDn: more"


class KindnessScreen(StepScreen):
    """The opening prompt, the three-beat pause, and an optional mood rating."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]
    # Short terminals: the mood bar shrinks so the text keeps room to be read.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]
    # Straight to the mood field: Textual's own first choice, the scrolling
    # text, restyled all of it once on focus and again on losing it to the
    # field (about 70 ms of the opening).
    AUTO_FOCUS = "#mood Input"

    def __init__(
        self,
        *,
        opening: str,
        pause: str,
        low_mood: str,
        mood: int | None,
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(keymap=keymap)
        self.opening = opening
        self.pause = pause
        self.low_mood = low_mood
        self.mood = mood

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        yield TitleHeader()
        with ScrollBody(classes="step-body", id="kindness-text"):
            # One widget each: Textual's Markdown made one per paragraph and
            # list item, the most of this step's opening.
            low = MarkdownText(self.low_mood, id="low-mood")
            low.display = self._is_low(self.mood)
            yield low
            yield MarkdownText(self.opening)
            yield MarkdownText(self.pause)
        # The mood stays in view below the text, so the field typed into is
        # always the field seen, however small the terminal.
        with Horizontal(id="mood-bar"):
            yield MoodField("How are you feeling right now, 0 to 10?", self.mood, id="mood")
            yield StepNav(self.keymap)
        yield step_footer()

    def on_mount(self) -> None:
        """Start in the mood field so typing a number just works."""
        self.query_one("#mood Input").focus()
        self.call_after_refresh(self._sign_more)

    def _sign_more(self) -> None:
        text = self.query_one("#kindness-text", VerticalScroll)
        field = self.query_one("#mood Input", Input)
        more = text.max_scroll_y > text.scroll_y
        field.placeholder = MORE_ABOVE if more else "0–10, optional"

    def on_key(self, event: events.Key) -> None:
        """PageDown and PageUp read the text from the mood field, which has no use for them."""
        if event.key not in ("pagedown", "pageup"):
            return
        event.stop()
        text = self.query_one("#kindness-text", VerticalScroll)
        if event.key == "pagedown":
            text.scroll_page_down(animate=False)
        else:
            text.scroll_page_up(animate=False)
        self.call_after_refresh(self._sign_more)

    def enter_in_field(self) -> None:
        """Enter after the mood (or with it empty) moves on."""
        self.action_next()

    @staticmethod
    def _is_low(mood: int | None) -> bool:
        return is_low(mood)

    def on_mood_field_changed(self, event: MoodField.Changed) -> None:
        """A low rating gently shows where to find support."""
        self.mood = event.mood
        low = self._is_low(event.mood)
        self.query_one("#low-mood").display = low
        if low:
            self.query_one("#kindness-text", VerticalScroll).scroll_home(animate=False)
        self.edited()

    def validate(self) -> bool:
        """A mood out of 0 to 10 is explained beside the field, not dropped."""
        return self.query_one("#mood", MoodField).validate()

    def values(self) -> dict[str, Any]:
        """The mood, if given."""
        return {"mood_before": self.mood}
