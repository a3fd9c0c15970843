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


def editor_set_by(source: str) -> str:
    """Where the editor setting came from, as a person would go and change it.

    source is the setting's source as the settings record it: "file PATH:LINE",
    "$VISUAL", "env COACH_EDITOR", "flag --editor"; unknown, both variables are named.
    """
    kind, _, where = source.partition(" ")
    if kind == "file" and where:
        path, _, line = where.rpartition(":")
        return f"editor in {path}, line {line}" if path and line.isdigit() else f"editor in {where}"
    if kind == "env" and where:
        return f"${where}"
    if kind == "flag" and where:
        return f"the {where} flag"
    if source.startswith("$"):
        return source
    return "VISUAL / EDITOR"
