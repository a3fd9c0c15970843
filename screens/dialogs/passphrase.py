"""Asks for the journal's passphrase, masked, before anything else is shown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from coach.locked_aside import advice_and_command
from screens.styled_once import preset_breakpoints
from screens.widgets.fitting_footer import NARROW, FittingFooter, KeysAbove


class PassphraseScreen(Screen[str]):
    """One masked field; Enter hands the passphrase back, the app checks it."""

    BINDINGS = [
        Binding("escape", "app.quit", "Quit", id="quit"),
        # A command wider than the screen cannot be copied whole off it: a key copies it.
        Binding("ctrl+y", "copy_command", "Copy command", id="copy_command"),
    ]

    # A short terminal (40x12), after a wrong try: the problem says "Try again", so
    # the line naming the file gives its rows to the lost-passphrase advice (rv19).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]
    # Narrow: Copy and the palette on a row of their own above the footer (KeysAbove).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]

    def __init__(self, journal_path: str, problem: str = "", lost: str = "") -> None:
        super().__init__()
        self.journal_path = journal_path
        self.problem = problem
        # After a wrong try: what a lost passphrase means, and how to start again.
        self.lost = lost
        self.command = ""  # the advice's shell command, on its own line

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        with Vertical(id="passphrase"):
            yield Static("Your journal is locked", id="passphrase-title")
            # Above the field, so a small terminal still shows why it asks again.
            if self.problem:
                yield Static(self.problem, id="passphrase-problem", markup=False)
            yield Static(
                f"Type the passphrase for {self.journal_path} and press Enter.",
                id="passphrase-help",
                classes="-again" if self.problem else "",
                markup=False,
            )
            yield Input(password=True, id="passphrase-input", placeholder="passphrase")
            if self.lost:
                words, self.command = advice_and_command(self.lost)
                yield Static(words, id="passphrase-lost", markup=False)
            if self.command:
                yield Static(self.command, id="passphrase-command", markup=False)
                yield Static(
                    "Ctrl+Y copies this command, whole, to paste in a shell after quitting.",
                    id="passphrase-copy-hint",
                )
        # At 40 columns the palette key goes first (ctrl+p still opens it), then Copy
        # (its line under the command names ctrl+y): F1 is what a person locked out
        # looks for. Help goes before any key is cut.
        # Below 60 columns Copy and the palette get a row of their own above it: at 40
        # no order of dropping kept them beside Quit, Help and Support (rv46, fz45).
        above = ("copy_command", "command_palette")
        yield FittingFooter(
            ("command_palette", "copy_command", "help"),
            compact=False,
            keep=("app.quit",),
            row_above=above,
        )
        yield KeysAbove(above)  # after it: the screen's footer is the first found

    def on_mount(self) -> None:
        """The field is the only thing to do here."""
        self.query_one(Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Copy only where there is a command to copy."""
        return bool(self.command) if action == "copy_command" else True

    def action_copy_command(self) -> None:
        """The command to the clipboard (the terminal's, through OSC 52)."""
        self.app.copy_to_clipboard(self.command)
        self.notify(
            "Copied, if your terminal lets apps use the clipboard. Quit coach (Esc), then "
            "paste it in a shell.",
            timeout=8,
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Hand the passphrase to the app; an empty one is not sent."""
        event.stop()
        if event.value:
            self.dismiss(event.value)
