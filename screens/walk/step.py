"""What every step of the walk shares: its result, edit message, screen and Back/Next buttons."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, TextArea
from textual.widgets.collapsible import CollapsibleTitle

from screens.styled_once import StyledOnce
from screens.widgets.fitting_footer import FittingFooter

Move = Literal["next", "back"]

WIDGET_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


# Footer keys left out, first to last, when they do not all fit: ctrl+p and step
# 2's ctrl+r (which the step names) work unshown; F2, the crisis key, always stays.
STEP_FOOTER_DROP = ("command_palette", "paste_email", "help")


def step_footer() -> FittingFooter:
    """A step's footer: whole keys only; Back and Next, F1 and F2 kept as long as they fit."""
    # At 40 columns the step's own buttons are below the fold: the footer is all that
    # says how to go on (rv51 D4), so the walk's keys outlast the palette's.
    return FittingFooter(STEP_FOOTER_DROP, compact=False, keep=("back", "next"))


@dataclass
class StepResult:
    """How a step ended (on to the next, or back) and what was typed in it."""

    move: Move
    values: dict[str, Any] = field(default_factory=dict)


class StepEdited(Message):
    """Something was typed; the app autosaves it so a crash loses nothing."""

    def __init__(self, values: dict[str, Any]) -> None:
        super().__init__()
        self.values = values


class StepScreen(StyledOnce, Screen[StepResult]):
    """A step of the walk: Esc goes back, ctrl+n goes on, both keep what was typed."""

    # Resume puts a text area's cursor at the end of what was typed there (an
    # answer grows at its end); a step may keep its own place instead.
    RESUME_AT_END = True

    # The walk's fields this step shows that another coach may have changed, by
    # the widget that shows each: a save that waited fills them anew (show_kept).
    KEPT_FIELDS: ClassVar[dict[str, str]] = {}

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        Binding("ctrl+n", "next", "Next", priority=True, id="next"),
        # Priority, so focus moves before the keys typed right after Enter are
        # handed to a field: a fast typist's next word lands in the next field.
        Binding("enter", "field_enter", show=False, priority=True, id="field_enter"),
    ]

    # A step names its opening field in AUTO_FOCUS, so Textual focuses it as the
    # step composes. Otherwise Textual's own first choice, the scrolling body, took
    # the focus first, and the step's on_mount moved it at once: two focus changes,
    # each restyling and re-listing the keys, on every step opened.
    # Whether that opening focus scrolls to its field; a step whose on_mount asks
    # for no scroll (the text above the field stays in view at 40x12) says False.
    OPENING_FOCUS_SCROLLS: ClassVar[bool] = True

    def __init__(self, *, keymap: Mapping[str, str] | None = None) -> None:
        super().__init__()
        # The person's remapped keys, so the Back and Next buttons name the ones that work.
        self.keymap = keymap or {}
        # The id of the field typing was in when coach stopped; Resume goes back to it.
        self.refocus = ""
        # Until a widget first gets the focus here: that focus is the step's opening.
        self.opening_focus = True

    def on_mount(self) -> None:
        """A resumed step returns to the field it was in."""
        if self.refocus:
            # After the step's own on_mount, which focuses its first field.
            self.call_after_refresh(self._focus_field, self.refocus)

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        """Focus a widget; a field never selects its text when it gets the focus."""
        # Coming back to a step (Back, Resume) focuses a field that holds text:
        # selected, the first key would replace it, and a field has no undo.
        # Here, not on mount: the focus a step asks for in its own on_mount can
        # reach the field before a later mount handler runs.
        if isinstance(widget, Input):
            widget.select_on_focus = False
        if widget is not None and self.opening_focus:
            self.opening_focus = False
            scroll_visible = scroll_visible and self.OPENING_FOCUS_SCROLLS
        super().set_focus(widget, scroll_visible, from_app_focus)

    def _focus_field(self, widget_id: str) -> None:
        """Focus the field with this id, its cursor at the end of its text (none: no change)."""
        # The id comes from the autosave file: only a plain widget id is looked up.
        found = self.query(f"#{widget_id}") if WIDGET_ID.fullmatch(widget_id) else []
        field = next((w for w in found if w.focusable), None)
        if field is None:
            return
        if isinstance(field, Input):
            field.cursor_position = len(field.value)
        elif isinstance(field, TextArea) and self.RESUME_AT_END:
            field.move_cursor(field.document.end)
        field.focus()

    def focused_field(self) -> str:
        """The id of the field with the keyboard, for the autosave ("" when none has it)."""
        focused = self.focused
        if isinstance(focused, Input | TextArea) and focused.id:
            return focused.id
        return ""

    def values(self) -> dict[str, Any]:
        """What the person has typed on this step so far."""
        return {}

    def show_kept(self, kept: Mapping[str, Any]) -> None:
        """Show the values a save kept from elsewhere in the fields holding them (KEPT_FIELDS)."""
        for name, value in kept.items():
            widget_id = self.KEPT_FIELDS.get(name)
            if not widget_id or not isinstance(value, str):
                continue
            for widget in self.query(f"#{widget_id}"):
                if isinstance(widget, Input):
                    widget.value = value
                elif isinstance(widget, TextArea):
                    widget.load_text(value)

    def validate(self) -> bool:
        """Show what is wrong beside the field; True when the step may end."""
        return True

    def edited(self) -> None:
        """Report the current values for autosave."""
        self.post_message(StepEdited(self.values()))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The Back and Next buttons of StepNav."""
        if event.button.id == "step-back":
            event.stop()
            self.action_back()
        elif event.button.id == "step-next":
            event.stop()
            self.action_next()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Enter is the step's only in a one-line field; elsewhere (lists, buttons) it is theirs."""
        # Off, not skipped when it runs: the focused widget's own Enter is then
        # the active one, and is queued in line with the keys around it (own_keys).
        if action == "field_enter":
            return isinstance(self.focused, Input)
        return super().check_action(action, parameters)

    def action_field_enter(self) -> None:
        """Enter in a one-line field."""
        if not isinstance(self.focused, Input):
            raise SkipAction()  # a step whose check_action skips ours above
        self.enter_in_field()

    def enter_in_field(self) -> None:
        """Enter in a field moves to the next field, as in a paper form; after the last, on."""
        self.focus_next()
        # A box or a fold is no field to fill: the Enter that moves on from a field
        # would leave the focus there, and the next Enter would untick "Keep" unseen.
        for _ in range(len(self.focus_chain)):
            if not isinstance(self.focused, Checkbox | CollapsibleTitle):
                break
            self.focus_next()
        # Past the last field lies Back: Enter there would land on it, and a
        # second Enter would undo the step the person meant to finish.
        if self.focused is not None and self.focused.id == "step-back":
            # On Next, not Back, should the step refuse and leave the focus here.
            self.query_one("#step-next", Button).focus()
            self.action_next()

    def action_back(self) -> None:
        """Back one step, keeping everything typed here."""
        self.dismiss(StepResult("back", self.values()))

    def action_next(self) -> None:
        """On to the next step, once this one is valid."""
        if self.validate():
            self.dismiss(StepResult("next", self.values()))


class StepNav(Horizontal):
    """Back and Next buttons, for the mouse; the keys do the same."""

    DEFAULT_CSS = """
    StepNav { height: auto; margin-top: 1; }
    StepNav Button { margin-right: 2; }
    """

    def __init__(self, keymap: Mapping[str, str], next_label: str = "Next") -> None:
        super().__init__()
        self.keymap = keymap
        self.next_label = next_label

    def compose(self) -> ComposeResult:
        from screens.keys import shown_key

        # The keys named are the ones that work: a keymap's, if it remaps them.
        back = shown_key(self.keymap, "back", "Esc")
        yield Button(f"Back ({back})", id="step-back")
        forward = shown_key(self.keymap, "next", "ctrl+n")
        yield Button(f"{self.next_label} ({forward})", id="step-next", variant="primary")
