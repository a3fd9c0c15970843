"""The paste area: a rejection email (or the path of an .eml file) in, guessed fields out."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Static, TextArea

from coach.dropped_path import dropped_existing_path
from coach.email_guess import EmailGuess, guess_from_email, guess_from_file
from coach.email_parts import head_and_tail
from coach.email_reader import MAX_KEPT_CHARS, dropped_eml_path
from coach.errors import CoachError
from coach.terminal_text import without_controls
from screens.thread_work import forgetting
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.writing_area import WritingArea

PREVIEW_DELAY = 0.3


def read_pasted(text: str, today: date) -> EmailGuess:
    """Guesses from pasted text, or from the .eml file the text names.

    Pasted text is kept as the person pasted it: the reader rewrites headers
    (Outlook's "Sent:" becomes "Date:") and drops some ("To:"), which is fine
    for reading but not for the copy kept with the entry. A file's text stays
    as read, since its raw form can be encoded parts no one could read.
    """
    # Any full path on disk counts too, so a folder or pipe is named as such, not read as text.
    path = dropped_eml_path(text) or dropped_existing_path(text)
    if path is not None:
        return guess_from_file(path, today)
    guess = guess_from_email(text, today)
    kept = as_pasted(text)
    return replace(guess, text=kept, text_cut=kept != _unified(text))


def as_pasted(text: str) -> str:
    """The paste to keep: control codes and blank lines round it gone, its start and end
    kept when it is too long to keep whole."""
    return head_and_tail(_unified(text), MAX_KEPT_CHARS)


def _unified(text: str) -> str:
    # The same cleaning the reader gives every email: an escape sequence in a
    # paste would act on the terminal wherever the kept copy is shown.
    cleaned, _ = without_controls(text)
    return cleaned.strip("\n")


def describe(guess: EmailGuess) -> str:
    """One short paragraph saying what was found, for the preview and the notice."""
    found = [
        f"company {guess.company}" if guess.company else "",
        f"role {guess.role}" if guess.role else "",
        f"contact {guess.contact}" if guess.contact else "",
        f"stage: {guess.stage.label}" if guess.stage_of_a_no() else "",
        f"sent {guess.date.isoformat()}" if guess.date else "",
        f"apply again after {guess.reapply_after.isoformat()}" if guess.reapply_after else "",
        "they offer feedback" if guess.feedback_invited else "",
    ]
    found = [part for part in found if part]
    said = (
        "Found " + "; ".join(found) + "."
        if found
        else ("Nothing recognisable yet: the fields stay as they are.")
    )
    if guess.agency:
        said += (
            f" The company is left empty: {guess.agency} wrote for a client it does not "
            "name (type the company if you know it)."
        )
    if guess.stage and not guess.stage_of_a_no():
        said += (
            " The stage is left empty: an invitation, offer or wait gives no stage at which a "
            "no came. If it is a rejection after all, pick the stage yourself."
        )
    if guess.not_rejection:
        # Said first: an invitation or offer filled in as a no would count as one everywhere.
        still = "; ctrl+n still fills the fields" if found else ""
        said = (
            f"This doesn't read like a rejection: {guess.not_rejection}. Check it is the "
            f"right email{still}. " + said
        )
    if guess.text_cut:
        said += (
            f" The email is long (over {MAX_KEPT_CHARS:,} characters): its start and its end "
            "are read and kept with the entry, and the middle is left out (a line marks where)."
        )
    return said


class PasteEmailScreen(ModalScreen[EmailGuess | None]):
    """Paste the whole email, or drop an .eml file's path; ctrl+n fills the fields."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="paste_email_cancel"),
        Binding("ctrl+n", "use", "Fill fields", priority=True, id="paste_email_use"),
        # A modal shuts out the app's keys: help, at this dialog's own section, too.
        Binding("f1,question_mark", "app.help", "Help", key_display="F1", id="help"),
        # Dialogs shut out the app's keys, so the support key is repeated here.
        Binding("f2", "app.support", "Support", show=False, id="support"),
    ]

    def __init__(
        self, today: date, *, text: str = "", edited: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.today = today
        # Text offered back from an autosave; `edited` tells the step to autosave.
        self.initial_text = text
        self.edited = edited
        self._timer: Timer | None = None
        # The text last read for the preview, and what it gave.
        self._last: tuple[str, EmailGuess | str] | None = None

    @property
    def text(self) -> str:
        """What the paste area holds now ("" before it is shown), for the walk's autosave."""
        if not self.is_mounted:
            return self.initial_text
        return self._text()

    def compose(self) -> ComposeResult:
        with Vertical(id="paste-dialog"):
            yield Static("Paste the email", classes="dialog-title")
            yield Static(
                "Paste the rejection email here (all of it is fine: headers, signature, "
                "forwarded parts), or drop an .eml file. Nothing leaves this computer; "
                "the text is kept privately with the entry.",
                classes="dialog-hint",
            )
            # The hint above gives way in a short terminal; this says the same while empty.
            yield WritingArea(
                self.initial_text,
                id="paste-text",
                soft_wrap=True,
                tab_behavior="focus",
                placeholder="Paste the email here, then ctrl+n fills the fields.",
            )
            yield Static("", id="paste-preview", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Fill the fields (ctrl+n)", id="paste-use", variant="primary")
                yield Button("Cancel (Esc)", id="paste-cancel")
        # Help goes first when the keys do not all fit (F1 still opens it).
        # Ctrl+N is the way on and, in a short terminal, its button is hidden: kept (rv49 #7).
        yield FittingFooter(("app.help",), compact=False, keep=("use",))

    def on_mount(self) -> None:
        """Ready for the paste."""
        self.query_one("#paste-text", TextArea).focus()
        self._fit(self.size.height)
        if self.initial_text:
            self._preview()

    def on_resize(self, event: events.Resize) -> None:
        """Keep the paste area visible in a small terminal."""
        self._fit(event.size.height)

    def _fit(self, height: int) -> None:
        # The text area matters most; the hint, then the buttons (their keys
        # stay in the footer) give way when the terminal is short.
        self.query_one(".dialog-hint").display = height >= 24
        self.query_one(".dialog-buttons").display = height >= 16

    def _text(self) -> str:
        return self.query_one("#paste-text", TextArea).text

    def _read(self, text: str) -> EmailGuess | str:
        """The guesses, or a message saying why the text cannot be read."""
        if self._last is not None and self._last[0] == text:
            return self._last[1]  # read already, for the preview
        if not text.strip():
            return "Paste the email first (or press Esc to type the fields yourself)."
        try:
            return read_pasted(text, self.today)
        except CoachError as error:
            return str(error)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Show what would be filled, a moment after the typing or paste settles."""
        if self.edited is not None:
            self.edited()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(PREVIEW_DELAY, self._preview)

    def _preview(self) -> None:
        self._timer = None
        text = self._text()
        # Off the UI thread: a long or odd email can take a good part of a second
        # to read, and the box must keep taking keys meanwhile.
        self.run_worker(
            forgetting(lambda: self._read_aside(text)),
            thread=True,
            exclusive=True,
            group="paste-preview",
        )

    def _read_aside(self, text: str) -> None:
        result = self._read(text)
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            self.app.call_from_thread(self._show, text, result)

    def _show(self, text: str, result: EmailGuess | str) -> None:
        areas, previews = self.query("#paste-text"), self.query("#paste-preview")
        if not areas or not previews:
            return  # the dialog closed meanwhile
        if text != areas.first(TextArea).text:
            return  # typed on meanwhile: the next preview is on its way
        self._last = (text, result)
        message = describe(result) if isinstance(result, EmailGuess) else result
        previews.first(Static).update(message)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The dialog's two buttons."""
        event.stop()
        if event.button.id == "paste-use":
            self.action_use()
        else:
            self.action_cancel()

    def action_use(self) -> None:
        """Fill the fields from the email; an unreadable one keeps the dialog open."""
        result = self._read(self._text())
        if isinstance(result, str):
            self.query_one("#paste-preview", Static).update(result)
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        """Back to the form, nothing changed; an email in the box is dropped only when said so.

        rv51 D9: Esc threw a pasted 5,000-word email away at once, though the box is
        typing (autosaved, offered back after a crash) and Esc asks first everywhere else.
        """
        if not self._text().strip():
            self.dismiss(None)
            return
        from screens.dialogs.confirm import ConfirmScreen

        def answered(drop: bool | None) -> None:
            if drop:
                self.dismiss(None)

        question = ConfirmScreen(
            "Drop the pasted email?",
            "It is not kept if you drop it. Keep it, and ctrl+n fills the fields from it.",
            yes="Drop it",
            no="Keep it",
            destroys=True,
        )
        self.app.push_screen(question, answered)
