"""Offers back typing a coach left unsaved: a walk, a draft, an entry or the profile."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from screens.dialogs.early_keys import EarlyKeys
from screens.styled_once import preset_breakpoints
from screens.widgets.fitting_footer import FittingFooter

Choice = Literal["resume", "discard", "later"]

RESUME_FOOTER_DROP = ("choose('discard')", "choose('resume')", "app.help")


class ResumeScreen(EarlyKeys, ModalScreen[Choice]):
    """Resume, discard, or decide later (Esc keeps it for next time)."""

    BINDINGS = [
        Binding("r", "choose('resume')", "Resume", id="resume"),
        Binding("d", "choose('discard')", "Discard", id="discard"),
        Binding("escape", "choose('later')", "Later", id="later"),
        # Once another coach took the typing up, Esc is the dialog's OK: the same key
        # under the same id (a keymap moves both), named as the button is.
        Binding("escape", "taken_ok", "OK", id="later"),
        # A modal shuts out the app's keys: help, at this dialog's own section, too.
        Binding("f1,question_mark", "app.help", "Help", key_display="F1", id="help"),
        # Dialogs shut out the app's keys, so the support key is repeated here, and shown.
        Binding("f2", "app.support", "Support", key_display="F2", id="support"),
    ]

    # At 40x12 the buttons go to one line each and the padding goes (rv43 S4: "Later"
    # was cut off the right edge); walk.tcss says how.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (50, "-wide")]

    def __init__(self, description: str, *, title: str = "You have an unfinished walk") -> None:
        super().__init__()
        self.description = description
        self.title_text = title
        # What is said once another coach took the typing up while this asked ("" till then).
        self.taken = ""
        # Keys read before the question was put up never answer it (an Enter
        # meant for step 1 resumed an old walk); they are kept for the caller.
        self.note_put_up()

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with Vertical(id="resume-dialog", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.description, id="resume-text", markup=False)
            early = Static("", id="resume-early", markup=False)
            early.display = False
            yield early
            with Horizontal(classes="buttons"):
                yield Button("Resume (r)", id="resume", variant="primary")
                yield Button("Discard (d)", id="discard", variant="error")
                yield Button("Later (Esc)", id="later")
        # Its own keys at the bottom, never home's beneath. When they do not all
        # fit, r and d go first (their buttons name them), then help (F1 still
        # opens it); F2, the crisis key, stays.
        yield FittingFooter(RESUME_FOOTER_DROP, compact=False)

    def on_mount(self) -> None:
        """Resume is the likely choice."""
        self.query_one("#resume", Button).focus()

    def early_keys_set_aside(self, typed: str) -> None:
        """Show which keys were set aside, so nothing typed vanishes unseen."""
        note = self.query_one("#resume-early", Static)
        note.update(f"Typed before this question showed, so not taken as an answer: {typed}")
        note.display = True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Buttons mirror the keys."""
        if event.button.id in ("resume", "discard", "later"):
            self.dismiss(event.button.id)  # type: ignore[arg-type]

    def action_choose(self, choice: Choice) -> None:
        """Close with the choice."""
        self.dismiss(choice)

    def taken_elsewhere(self, note: str) -> None:
        """Another coach took the typing up while this asked: said here, OK to go on.

        Resume then only said so, and the person had chosen what was no longer there.
        """
        self.taken = note
        self.query_one("#resume-text", Static).update(note)
        for button in self.query("#resume, #discard"):
            button.display = False
        later = self.query_one("#later", Button)
        later.label = "OK (Esc)"
        later.focus()
        self.refresh_bindings()

    def action_taken_ok(self) -> None:
        """The typing went to another coach: OK closes, as Later does."""
        self.dismiss("later")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Once the typing is taken elsewhere only OK is left, in the footer and the keys.

        r and d stayed in the footer, and r answered as OK did (rv50 #5): a key offered
        must do what it says.
        """
        if action == "taken_ok":
            return bool(self.taken)
        return not (action == "choose" and self.taken)
