"""The full-screen app needs a terminal to read keys from and draw on; say so when there is none."""

from __future__ import annotations

import sys
from typing import TextIO

# Textual draws on stderr, so `coach > file` still works; the keys come from stdin.
_STREAMS = (("standard input", "stdin"), ("standard error", "stderr"))


def no_terminal_refusal(command: str, entry_id: str | None = None) -> str | None:
    """Why `command` cannot open its screens here (no terminal); None when it can.

    Without a terminal the app would wait for ever for keys that never come,
    writing screen codes into whatever file or pipe it was given.
    """
    missing = [name for name, attribute in _STREAMS if not _is_terminal(getattr(sys, attribute))]
    if not missing:
        return None
    instead = (
        f"`coach show {entry_id}` prints the entry with its draft"
        if entry_id is not None
        else "`coach list`, `show`, `export`, `import`, `stats`, `plans` and `check` work "
        "without one"
    )
    return (
        f"`{command}` opens coach's screens, which need a terminal; here "
        f"{' and '.join(missing)} {'is not one' if len(missing) == 1 else 'are not terminals'}. "
        f"Run it in a terminal; from a script, {instead}."
    )


def echo_where_seen(refusal: str) -> None:
    """Print the refusal on stdout too when only stdout is a terminal (`coach 2>file`).

    The refusal goes to stderr as every error does; when stderr is the very
    stream that is not a terminal, the person would otherwise see nothing.
    """
    if not _is_terminal(sys.stderr) and _is_terminal(sys.stdout):
        print(f"coach: {refusal}", file=sys.stdout, flush=True)


def _is_terminal(stream: TextIO | None) -> bool:
    """Whether stream is a terminal; a stream closed or missing (pythonw) is not."""
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False
