"""The `coach` command: the terminal's echo off first, before the command line's imports."""

from __future__ import annotations

import sys

from coach.quiet_start import quiet_while_starting


def main() -> int:
    """Quiet the terminal while coach starts (see quiet_start), then run the command line."""
    quiet_while_starting(sys.argv[1:])
    from coach.cli import main as command_line

    return command_line()
