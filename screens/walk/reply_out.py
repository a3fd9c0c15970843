"""Getting a reply out of coach: the clipboard, a saved file, a mail program."""

from __future__ import annotations

import os
from pathlib import Path

from coach.files import write_private
from coach.reply_files import (
    MAILTO_SOFT_LIMIT,
    default_file_name,
    file_bytes,
    is_eml,
    mailto_url,
)
from coach.write_target import untaken_path
from screens.dialogs.save import SaveDialog

CLIPBOARD_NOTE = "Sent to your clipboard through the terminal; some terminals ignore this."
# Copy writes no file on an encrypted journal: a plain copy would sit outside
# the encryption the person chose, written without being asked.
NO_PLAIN_FILE_NOTE = (
    "No file was written, as your journal is encrypted: ctrl+l shows the text to select, "
    "and ctrl+s saves a plain, unencrypted file if you want one."
)


# The words a toast has room for on a line at 40 columns, the narrowest it is laid out for.
PATH_LINE = 34


def on_lines_of_their_own(path: Path, width: int = PATH_LINE) -> str:
    """A path as a toast shows it: its folder broken after separators, then its file name.

    A toast wraps a path, which has no spaces, wherever its width ends: at 120x40
    the file name was cut inside its date (rv49). A folder part longer than a line
    is left whole for the toast to wrap.
    """
    lines: list[str] = []
    for part in str(path.parent).rstrip(os.sep).split(os.sep):
        piece = part + os.sep
        if lines and len(lines[-1]) + len(piece) <= width:
            lines[-1] += piece
        else:
            lines.append(piece)
    return "\n".join([*lines, path.name])


def link_opener_found() -> bool:
    """Whether Python can hand a link to some program here (a mail app, xdg-open, a browser)."""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


class ReplyOut:
    """The draft screen's ways out for the reply text; each says honestly what happened."""

    def _default_path(self, suffix: str = ".txt") -> Path:
        return self.save_dir / default_file_name(self.company, self.today, suffix)

    def _write(self, path: Path) -> None:
        """Write the draft to `path` as .eml or .txt by its extension; raises OSError."""
        if path.parent == self.save_dir:
            # The folder coach suggests is created on first use; any other
            # folder must already exist, so a typo is not silently created.
            self.save_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = file_bytes(path, self.text, subject=self.subject, recipient=self.recipient)
        write_private(path, data)

    def _untaken(self, path: Path) -> Path:
        data = file_bytes(path, self.text, subject=self.subject, recipient=self.recipient)
        return untaken_path(path, data)

    def action_copy_reply(self) -> None:
        """Copy the reply, asking first if the tone check found something."""
        self.ask_first("Copy it anyway?", "Copy anyway", self.copy_reply)

    def copy_reply(self) -> None:
        """OSC 52 copy, plus a file (not on an encrypted journal), as the terminal may drop it."""
        text = self.text
        self.app.copy_to_clipboard(text)
        if self.journal_encrypted:
            self.notify(f"{CLIPBOARD_NOTE} {NO_PLAIN_FILE_NOTE}", timeout=12, markup=False)
            return
        try:
            # Nobody is asked here, so nothing already at that name is written
            # over (a file edited by hand, a pipe, a link): a free name is used.
            path = self._untaken(self._default_path())
            self._write(path)
        except OSError as error:
            self.notify(
                f"{CLIPBOARD_NOTE} A copy could not be saved in {self.save_dir} "
                f"({error.strerror or error}); ctrl+l shows the plain text to select.",
                severity="warning",
                timeout=10,
                markup=False,
            )
            return
        saved = on_lines_of_their_own(path)
        self.notify(
            f"{CLIPBOARD_NOTE} The text is also saved in\n{saved}", timeout=10, markup=False
        )

    def action_save(self) -> None:
        """Save the reply, asking first if the tone check found something."""
        self.ask_first("Save it anyway?", "Save anyway", self.save)

    def save(self) -> None:
        """Ask where to save; the extension decides between .txt and .eml."""

        def saved(path: Path | None) -> None:
            if path is not None:
                kind = "an email file" if is_eml(path) else "plain text"
                note = f"Saved as {kind} in\n{on_lines_of_their_own(path)}"
                if self.journal_encrypted:
                    note += "\nThis file is not encrypted."
                self.notify(note, timeout=10 if self.journal_encrypted else 8, markup=False)

        self.app.push_screen(
            SaveDialog(
                default=self._default_path(),
                base=self.save_dir,
                write=self._write,
                own_files=self.own_files,
                unencrypted_warning=self.journal_encrypted,
            ),
            callback=saved,
        )

    def action_mail(self) -> None:
        """Open the reply as an email, asking first if the tone check found something."""
        self.ask_first("Open it as an email anyway?", "Mail anyway", self.mail)

    def mail(self) -> None:
        """Hand a mailto: link to the system; over SSH it may go nowhere."""
        url = mailto_url(self.text, subject=self.subject, recipient=self.recipient)
        driver = getattr(self.app, "_driver", None)
        # Through a browser (textual serve) the browser opens it; in a terminal,
        # Python hands it to a program, and with none it is dropped without a word.
        if not getattr(driver, "is_web", False) and not link_opener_found():
            self.notify(
                "Nothing could be opened: this system has no program set to open email "
                "links (no mail app, nor xdg-open). ctrl+b copies the reply and ctrl+s saves it.",
                severity="warning",
                timeout=10,
            )
            return
        try:
            self.app.open_url(url)
        except Exception as error:  # webbrowser raises its own Error and OSError
            self.notify(
                f"No mail app could be opened ({error}). ctrl+b copies, ctrl+s saves.",
                severity="warning",
                markup=False,
            )
            return
        note = (
            "Asked your system to open a new email with this reply. If nothing opens "
            "(common over SSH), ctrl+b copies it and ctrl+s saves it."
        )
        if len(url) > MAILTO_SOFT_LIMIT:
            note += " It is long, and some mail apps cut long links: check the whole body arrived."
        self.notify(note, timeout=8)
