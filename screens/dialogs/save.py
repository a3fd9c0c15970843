"""The dialog that saves a reply as a .txt or .eml file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from coach.paths import Locations, own_file_refusal
from coach.write_target import WriteTarget, write_target
from screens.styled_once import preset_breakpoints
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.steady_footer import SteadyFooter


class SaveDialog(ModalScreen[Path | None]):
    """Asks where to save the reply; stays open with a clear error until it is saved."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]
    # A short or narrow terminal gets a borderless field and one-line buttons
    # (walk.tcss), so the name and Save fit under the explanation at 40x12.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-wide")]

    def __init__(
        self,
        *,
        default: Path,
        base: Path,
        write: Callable[[Path], None],
        own_files: Locations | None = None,
        unencrypted_warning: bool = False,
        title: str = "Save the reply",
        hint: str = (
            "A name ending in .eml makes an email your mail app can open; "
            "any other name is saved as plain text."
        ),
        what: str = "the reply",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        # What is saved, as the refusal of one of coach's own files names it.
        self.what = what
        self.default = default
        # On an encrypted journal the file this writes is the one plain copy.
        self.unencrypted_warning = unencrypted_warning
        self.base = base
        self.write = write
        # Coach's own data folder: its journal and working files are never replaced.
        self.own_files = own_files
        # The path the person agreed to replace; any edit of the name resets it.
        self._replace_ok: Path | None = None

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        # Scrolls when the warning makes it taller than the screen.
        with ScrollBody(id="save-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.hint, classes="dialog-hint", markup=False)
            if self.unencrypted_warning:
                yield Static(
                    "Your journal is encrypted, but this file will not be: "
                    "it is saved as plain text anyone with access to it can read.",
                    id="save-unencrypted",
                    classes="dialog-hint",
                )
            yield Input(str(self.default), id="save-path", select_on_focus=False)
            yield Static("", id="save-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", id="save-ok", variant="primary")
                yield Button("Cancel", id="save-cancel")
        # Its own keys at the bottom, never those of the screen beneath.
        yield SteadyFooter()

    def on_mount(self) -> None:
        """Cursor at the end of the suggested name, ready to change it or press Enter."""
        self.query_one("#save-error", Static).display = False
        self.query_one("#save-path", Input).focus()

    def resolve(self, typed: str) -> Path:
        """The path typed, with ~ expanded; a bare name lands in the default folder."""
        path = Path(typed.strip()).expanduser()
        return path if path.is_absolute() else self.base / path

    def _check(self, path: Path) -> tuple[str | None, WriteTarget | None]:
        """Why `path` cannot be written, before trying, or what writing it would touch.

        The rules are those of `coach export -o` (coach.write_target): a pipe,
        a device or a socket is never replaced by a file, and a link is
        written through to its file rather than replaced.
        """
        if self.own_files is not None:
            refusal = own_file_refusal(self.own_files, path, self.what)
            if refusal:
                return refusal, None
        if not path.name:
            return self._folder_problem(path), None
        try:
            target = write_target(path)
        except OSError as error:
            return f"Could not save to {path}: {error.strerror or error}.", None
        if target.kind == "a folder":
            return self._folder_problem(path), None
        if target.kind is not None:
            return (
                f"{path}{target.through} is {target.kind}, not a file; saving there would "
                "break what uses it. Choose a file name.",
                None,
            )
        folder = target.real.parent
        if folder != self.base and not folder.is_dir():
            # What to do, not only what is wrong (rv49).
            return (
                f"The folder {folder} does not exist: create it first, or save in a "
                "folder that does.",
                None,
            )
        return None, target

    def _folder_problem(self, path: Path) -> str:
        return f"{path} is a folder; add a file name such as {self.default.name}."

    def _show(self, message: str) -> None:
        error = self.query_one("#save-error", Static)
        error.update(message)
        error.display = bool(message)  # no blank line taking room from the buttons

    def on_input_changed(self, event: Input.Changed) -> None:
        """A new name needs a new answer about replacing."""
        self._replace_ok = None
        self.query_one("#save-ok", Button).label = "Save"
        self._show("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the name field saves."""
        event.stop()
        self.attempt()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or Cancel."""
        event.stop()
        if event.button.id == "save-ok":
            self.attempt()
        else:
            self.action_cancel()

    def attempt(self) -> None:
        """Write the file, or say plainly why not and stay open."""
        typed = self.query_one("#save-path", Input).value
        if not typed.strip():
            self._show("Type a file name first.")
            return
        path = self.resolve(typed)
        problem, target = self._check(path)
        if problem or target is None:
            self._show(problem or "")
            return
        ask = self._ask_to_replace(target)
        if ask and self._replace_ok != path:
            self._replace_ok = path
            self.query_one("#save-ok", Button).label = "Replace"
            self._show(ask)
            return
        try:
            self.write(target.real)
        except OSError as error:
            self._show(f"Could not save to {target.real}: {error.strerror or error}.")
            return
        self.dismiss(target.real)

    @staticmethod
    def _ask_to_replace(target: WriteTarget) -> str | None:
        """The question before writing over a file, or through a link to nothing; None if none."""
        again = "Save again to replace it, or change the name."
        if target.is_link and target.exists:
            return f"{target.given.name} is a link to {target.real}, which already exists. {again}"
        if target.dangling:
            return (
                f"{target.given.name} is a link to {target.real}, which is not there. "
                "Save again to write there, or change the name."
            )
        if target.exists:
            return f"{target.given.name} already exists. {again}"
        return None

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
