"""Whether an $EDITOR command can start at all, known before coach hands it the terminal."""

from __future__ import annotations

import os
import shlex
import shutil


def editor_missing(editor: str) -> bool:
    """True when the editor's program is surely not there: no such command, or not runnable.

    Checked before the screen is handed over, so the shell's own "nano: not found"
    is never printed on the terminal behind coach, to show after it exits (rv44 #8).
    A command this cannot read (unbalanced quotes, "VAR=x vim") is left to the shell.
    """
    try:
        words = shlex.split(editor)
    except ValueError:
        return False
    if not words or "=" in words[0]:
        return False
    program = words[0]
    if "/" in program:
        return not (os.path.isfile(program) and os.access(program, os.X_OK))
    return shutil.which(program) is None
