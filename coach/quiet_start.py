"""Keys typed while coach starts are not echoed: a passphrase typed ahead stayed on the terminal."""

from __future__ import annotations

import atexit
import contextlib
import sys
from typing import Any

# The terminal's settings as coach found them, while its echo is off; None when left alone.
found: list[Any] | None = None

# The terminal whose echo is off (stdin's).
_fd = 0

# termios's index of the local modes, where ECHO is (tcgetattr's list).
LOCAL_MODES = 3

# The commands that open no screens (every one but `coach`, `coach tui` and
# `coach draft`): what they read as they start (`coach check -`) is echoed as usual.
NO_SCREENS = frozenset(
    {
        "check",
        "config",
        "content",
        "decrypt",
        "encrypt",
        "export",
        "from-email",
        "import",
        "list",
        "locate",
        "passphrase",
        "plans",
        "repair",
        "show",
        "stats",
    }
)


def screens_to_come(argv: list[str]) -> bool:
    """Whether these arguments open coach's screens.

    A flag's value that is a command's name counts as that command: the echo
    is then left alone, as before.
    """
    return not NO_SCREENS.intersection(argv)


def quiet_while_starting(argv: list[str], stdin: Any = None, stdout: Any = None) -> None:
    """Turn the terminal's echo off until the app takes it over; the settings come back at exit.

    Until Textual sets the terminal raw (a second or two of imports on a slow
    machine), what is typed is the terminal's to echo, and it stayed on the
    screen after coach closed. Nothing typed is dropped: TCSANOW leaves the
    keys waiting to be read.
    """
    global found, _fd
    try:
        import termios

        stdin = stdin or sys.stdin
        stdout = stdout or sys.stdout
        if not (stdin.isatty() and stdout.isatty() and screens_to_come(argv)):
            return
        fd = stdin.fileno()
        before = termios.tcgetattr(fd)
        quiet = list(before)
        quiet[LOCAL_MODES] = before[LOCAL_MODES] & ~termios.ECHO
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
    except Exception:  # no termios (Windows), a closed stream, termios.error (not an OSError)
        return
    found, _fd = before, fd
    atexit.register(echo_again)


def echo_again() -> None:
    """Put the terminal's settings back as coach found them, echo on (when it turned it off)."""
    global found
    if found is None:
        return
    with contextlib.suppress(Exception):  # the terminal may be gone (a hang-up)
        import termios

        termios.tcsetattr(_fd, termios.TCSANOW, found)
    found = None
