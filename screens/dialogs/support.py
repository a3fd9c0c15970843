"""Where to find support when today feels very heavy: one key (F2) from anywhere."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual import events
from textual._time import get_time  # the clock a key's time is read on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input, Markdown, TextArea

from screens.styled_once import StyledOnce, preset_breakpoints
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.steady_footer import SteadyFooter

if TYPE_CHECKING:
    from coach.content.model import Guide

# Used only if the guide could not be loaded at all; names the directory so
# there is always a way to a person.
FALLBACK = """\
# If today feels very heavy

Please talk to someone you trust. If you are thinking about hurting
yourself, findahelpline.com lists helplines by country, and your local
emergency number is there if you are in immediate danger.
"""


def support_markdown(guides: Mapping[str, Guide], note: str = "") -> str:
    """The low-mood guide as the support page shows it, note under its title.

    '' when the guide could not be loaded (the page then shows FALLBACK).
    """
    guide = guides.get("low-mood")
    if guide is None:
        return ""
    lead = f"{note}\n\n" if note else ""
    return f"# {guide.title}\n\n{lead}{guide.body_markdown}"


class SupportScreen(StyledOnce, ModalScreen[None]):
    """The low-mood guide over whatever was on screen; Esc, q or F2 closes it."""

    # Narrow, the box takes the whole screen: 80% of 40 columns cut its words (rv46 #5).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]

    BINDINGS = [
        Binding("escape,q", "close", "Close", id="close"),
        # The support key closes it again, as it opened it.
        Binding("f2", "close", "Close", show=False, id="support"),
    ]

    def __init__(self, markdown: str, *, typing_below: bool = False) -> None:
        super().__init__()
        self.markdown = markdown.strip() or FALLBACK
        # Put up by the walk over step 2 as it opens: letters typed ahead for its
        # field go on to that field, and q is one of them (rv50 #1: a q typed ahead
        # closed the lines unread and was lost, and letters typed at them were lost).
        self.typing_below = typing_below
        # Until mounted, any key read was typed before the lines could be read.
        self._mounted_at = float("inf")
        if typing_below:  # the footer names Esc as the page's first line does (rv50 #6)
            keys = self._bindings.key_to_bindings
            for key, bindings in list(keys.items()):
                # A new list: the class's own bindings are shared with every other screen.
                keys[key] = [
                    dataclasses.replace(b, description="Go on") if b.id == "close" else b
                    for b in bindings
                ]

    def on_key(self, event: events.Key) -> None:
        """Typing meant for the step beneath reaches its field; the lines stay up."""
        if not self.typing_below:
            return
        if not (event.is_printable or event.key == "backspace"):
            # An Esc typed ahead of ctrl+n closed the lines before they were drawn:
            # a key read before they were up was never an answer to them, as the
            # draft refuses early keys (WritingArea.refuses_early_keys).
            if event.time < self._mounted_at and self._closes(event.key):
                event.stop()
                event.prevent_default()
            return
        stack = self.app.screen_stack
        field = stack[-2].focused if len(stack) > 1 and stack[-1] is self else None
        if isinstance(field, (Input, TextArea)):
            event.stop()
            event.prevent_default()
            field.post_message(events.Key(event.key, event.character))

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with ScrollBody(id="support-body"):
            yield Markdown(self.markdown, open_links=False)
        yield SteadyFooter()  # its own Close key, not the keys of the screen beneath

    def on_mount(self) -> None:
        """Scroll keys work at once."""
        self._mounted_at = get_time()
        self.query_one("#support-body").focus()

    def _closes(self, key: str) -> bool:
        """Whether a key closes the page (its own keys, as the keymap left them)."""
        return any(b.action == "close" for b in self._bindings.key_to_bindings.get(key, ()))

    def action_close(self) -> None:
        """Back to where the person was; nothing there has changed."""
        self.dismiss(None)
