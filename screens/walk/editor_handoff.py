"""Handing the draft to $VISUAL / $EDITOR with coach suspended, and taking it back."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

from textual.app import SuspendNotSupported

from coach.editor_text import read_editor_file
from coach.files import EDITOR_HANDOFF_PREFIX, write_private
from coach.reply_files import (
    txt_bytes,
)


def _fallback_temp(folder: Path | None) -> Path:
    """A private file for the editor in folder (the system's temp folder if None)."""
    import os

    handle, name = tempfile.mkstemp(prefix=EDITOR_HANDOFF_PREFIX, suffix=".txt", dir=folder)
    os.close(handle)
    return Path(name)


class EditorHandoff:
    """The draft screen's $EDITOR key: a private copy out, the edits back, never a dead terminal."""

    # Where the editor setting came from (Config.source): a failure names it.
    editor_source = ""

    def action_editor(self) -> None:
        """Edit the draft in $VISUAL / $EDITOR with coach suspended, then bring it back.

        The editor runs through the shell as git runs it, so EDITOR='code
        --wait' and EDITOR='sh -c ...' both work. Nothing inside suspend()
        may raise: Textual does not resume the screen if it does, which left
        a dead terminal.
        """
        if not self.editor or not self.editor.strip():
            self.notify(
                # Both ways the README offers: the settings file's line, and the variables.
                'No editor is set. Add a line such as editor = "nano" to coach\'s '
                "config.toml (Ctrl+P, Settings says where it is), or set VISUAL or "
                "EDITOR (for example EDITOR=nano); then start coach again. You can "
                "keep editing here meanwhile.",
                severity="warning",
                timeout=8,
            )
            return
        if self.before_editor is not None:
            self.before_editor()  # the typing is on disk before the terminal changes hands
        original = self.text
        # The one plain copy of a draft (even of an encrypted journal): private,
        # in the data folder, gone when the editor returns or at the next start.
        make = self.temp_path or (lambda: _fallback_temp(self.handoff_dir))
        path = make()
        try:
            write_private(path, txt_bytes(original))
        except OSError as error:
            self.notify(
                f"Could not hand the draft to the editor ({error.strerror or error}). "
                "Your draft is unchanged.",
                severity="error",
                timeout=8,
                markup=False,
            )
            return
        try:
            outcome = self._run_editor(path)
            if isinstance(outcome, str):
                self.notify(outcome, severity="warning", timeout=10, markup=False)
                return
            result = read_editor_file(path.read_bytes())
        except OSError as error:
            self.notify(
                f"Could not read the edited draft back ({error.strerror or error}). "
                "Your draft is unchanged.",
                severity="error",
                timeout=8,
                markup=False,
            )
            return
        finally:
            path.unlink(missing_ok=True)
        edited = result.text
        # Editors add a final newline the draft did not have.
        if edited is not None and edited.endswith("\n") and not original.endswith("\n"):
            edited = edited[:-1]
        if outcome and (edited is None or edited == original):
            self.notify(
                f"The editor ended with an error (code {outcome}) and saved no changes. "
                "Your draft is unchanged.",
                severity="warning",
                timeout=10,
            )
            return
        if edited is None:
            self.notify(result.warning, severity="warning", timeout=10, markup=False)
            return
        if edited != original:
            self.replace_text(edited)
            if outcome:
                # vim's :cq, a plugin error or a killed `code --wait` ends with an
                # error after saving: what was typed there is the person's to judge.
                self._offer_failed_edit(original, outcome)
            elif not result.warning:
                self.notify("Brought your edits back from the editor.", timeout=4)
        if result.warning:
            self.notify(result.warning, severity="warning", timeout=10, markup=False)

    def _offer_failed_edit(self, original: str, code: int) -> None:
        """The editor failed after saving: its text is in the draft now; ask whether to keep it.

        Keeping is the answer Esc gives: the editor's text is the only copy
        of what was typed there, and going back to the draft is one key away.
        """
        from screens.dialogs.confirm import ConfirmScreen

        def answered(discard: bool | None) -> None:
            if discard:
                self.replace_text(original)
                self.notify("Discarded what the editor saved; your draft is as it was.", timeout=6)
            else:
                self.notify("Kept what the editor saved. ctrl+z takes it back.", timeout=6)

        self.app.push_screen(
            ConfirmScreen(
                "Discard what the editor saved?",
                f"The editor ended with an error (code {code}) after saving changes; "
                "they are in your draft now.",
                yes="Discard it",
                no="Keep it",
                danger=True,
            ),
            callback=answered,
        )

    def _run_editor(self, path: Path) -> int | str:
        """Run the editor on path; its exit code, or a message saying why it did not run."""
        from coach.editor_command import editor_missing

        if editor_missing(self.editor):
            # The screen is never handed over: no shell error is left on the terminal.
            return self._not_started("no such program is installed or runnable")
        command = ["sh", "-c", f'{self.editor} "$@"', self.editor or "editor", str(path)]
        outcome: dict[str, Any] = {}
        try:
            with self.app.suspend():
                try:
                    run = subprocess.run(command, check=False, capture_output=False)
                    outcome["code"] = run.returncode
                except BaseException as error:  # see the docstring: suspend() must not raise
                    outcome["error"] = error
        except SuspendNotSupported:
            return (
                "This terminal cannot hand the screen to an editor (suspend is not "
                "supported here). Your draft is unchanged."
            )
        error = outcome.get("error")
        if error is not None:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            return f"Could not start the editor {self.editor}: {reason}. Your draft is unchanged."
        code = outcome.get("code", 0)
        if code in (126, 127):
            return self._not_started(f"the shell says code {code}: not found or not runnable")
        return code  # not 0: the file may still hold what was typed there

    def _not_started(self, why: str) -> str:
        from coach.editor_command import editor_set_by

        # The setting that chose it, not the variables the settings file overrules (rv49 #4).
        return (
            f"The editor {self.editor} could not be started ({why}). Check "
            f"{editor_set_by(self.editor_source)}. Your draft is unchanged."
        )
