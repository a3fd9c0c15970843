"""What an $EDITOR left in the draft's file, read back as draft text or kept out with a reason."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from coach.terminal_text import control_names, without_controls
from coach.wording import counted

REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class EditorResult:
    """The text to take in (None: keep the draft as it is) and what to tell the person."""

    text: str | None
    warning: str = ""


def read_editor_file(raw: bytes) -> EditorResult:
    """The edited draft from the file's bytes.

    An empty file means the editor wrote nothing (git reads it the same way),
    so the draft is kept. Bytes that are not UTF-8 and control characters
    such as NUL are cleaned, not refused, so the edits made are never lost;
    the warning says what changed and that ctrl+z brings the earlier draft back.
    """
    if not raw.strip():
        return EditorResult(
            None,
            "The editor left the file empty; your draft is unchanged. To clear the "
            "draft, select its text here and delete it.",
        )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    text = raw.decode("utf-8", errors="replace")
    bad_bytes = text.count(REPLACEMENT) - raw.decode("utf-8", errors="ignore").count(REPLACEMENT)
    kinds = control_names(text)  # the ones there: it said "such as NUL" of ESC and BEL
    text, controls = without_controls(text)
    problems = []
    if bad_bytes:
        verb = "is" if bad_bytes == 1 else "are"
        problems.append(f"{counted(bad_bytes, 'part')} that {verb} not UTF-8 text (now shown as �)")
    if controls:
        # An escape sequence counts once, however long: "codes", not characters.
        problems.append(f"{counted(controls, 'control code')} ({', '.join(kinds)}; removed)")
    if not problems:
        return EditorResult(text)
    return EditorResult(
        text,
        "The editor saved "
        + " and ".join(problems)
        + ". Check the draft; ctrl+z brings back the one from before the editor.",
    )
