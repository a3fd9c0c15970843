"""Settings and encryption live outside the app: where they are, which command changes them."""

from __future__ import annotations

import shlex
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from screens.styled_once import StyledOnce, preset_breakpoints
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.steady_footer import SteadyFooter


def settings_text(config_file: Path | None, data_dir: Path | None, *, encrypted: bool) -> str:
    """What the dialog says, in plain words; data_dir only when it is not coach's usual folder."""
    # With a folder of its own, each command must be told which journal it is for.
    # Quoted for a shell: a folder with a space must survive a copy and paste.
    coach = f"coach --data-dir {shlex.quote(str(data_dir))}" if data_dir is not None else "coach"
    where = str(config_file) if config_file is not None else "(none: this coach runs without one)"
    state = (
        "This journal is encrypted: it opens only with its passphrase."
        if encrypted
        else "This journal is not encrypted: anyone who can read your files can read it."
    )
    lock = (
        f"  {coach} passphrase\n    change the passphrase\n  {coach} decrypt\n    remove the lock\n"
        if encrypted
        else f"  {coach} encrypt\n    lock the journal with a passphrase\n"
    )
    return (
        "Both are changed from a terminal, not in here. Quit coach first (ctrl+q): "
        "the journal cannot be locked while a coach has it open.\n\n"
        "Settings\n\n"
        "Theme, editor, reply template and keys are kept in one file, which you "
        f"can edit:\n  {where}\n"
        f"  {coach} config\n    shows each setting and where it came from\n"
        f"  {coach} locate\n    shows where coach keeps everything\n"
        "The theme can also be picked here: Theme in this palette (ctrl+p).\n\n"
        "Encryption and passphrase\n\n"
        f"{state}\n{lock}"
        "Keep the passphrase somewhere safe: without it the journal cannot be read, "
        "by you or anyone."
    )


class SettingsInfoScreen(StyledOnce, ModalScreen[None]):
    """Tells how to change settings and encryption (both outside the app); Esc or q closes it."""

    # Narrow, the box takes the whole screen: 80% of 40 columns cut its words (rv46 #5).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]

    BINDINGS = [
        Binding("escape,q", "close", "Close", id="close"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with ScrollBody(id="settings-body"):
            yield Static("Settings and encryption", classes="dialog-title")
            # Paths are the person's own: shown as they are, never read as markup.
            yield Static(self.text, id="settings-text", markup=False)
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Scroll keys work at once, so a small terminal reaches every line."""
        self.query_one("#settings-body").focus()

    def action_close(self) -> None:
        """Back to where the person was; nothing has changed."""
        self.dismiss(None)
