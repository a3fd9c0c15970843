"""What is typed while coach starts is not echoed, and the echo comes back as it was."""

from __future__ import annotations

import argparse
import os
import termios
from collections.abc import Iterator
from typing import Any

import pytest

from coach import quiet_start
from coach.cli import build_parser
from coach.quiet_start import NO_SCREENS, echo_again, quiet_while_starting, screens_to_come


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A pseudo-terminal for coach's stdin and stdout; yields its fd."""
    main, side = os.openpty()
    monkeypatch.setattr(quiet_start, "found", None)
    yield side
    os.close(side)
    os.close(main)


class Tty:
    """Just enough of a stream on a terminal: what quiet_start asks of stdin and stdout."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def isatty(self) -> bool:
        return os.isatty(self.fd)

    def fileno(self) -> int:
        return self.fd


def echoes(fd: int) -> bool:
    return bool(termios.tcgetattr(fd)[quiet_start.LOCAL_MODES] & termios.ECHO)


def test_every_command_is_known_to_open_screens_or_not() -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == NO_SCREENS | {"draft", "tui"}
    assert screens_to_come([]) and screens_to_come(["--data-dir", "x", "draft", "ab12"])
    assert not screens_to_come(["check", "-"])


def test_the_echo_is_off_while_coach_starts_and_back_after(terminal: int) -> None:
    assert echoes(terminal)
    quiet_while_starting(["--data-dir", "somewhere"], Tty(terminal), Tty(terminal))
    assert not echoes(terminal)
    echo_again()
    assert echoes(terminal)


def test_a_command_with_no_screens_leaves_the_echo_alone(terminal: int) -> None:
    quiet_while_starting(["check", "-"], Tty(terminal), Tty(terminal))
    assert echoes(terminal) and quiet_start.found is None


def test_textual_puts_back_the_echo_coach_found_not_the_one_it_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual.drivers.linux_driver import LinuxDriver

    from screens.guarded_input import PasteGuardDriver

    def textual_start(self: Any) -> None:
        self.attrs_before = ["echo off, as coach set it"]

    monkeypatch.setattr(LinuxDriver, "start_application_mode", textual_start)
    monkeypatch.setattr(quiet_start, "found", ["as the shell had it"])
    driver = object.__new__(PasteGuardDriver)
    driver.start_application_mode()
    # Left for coach's exit and for $EDITOR, Textual's own would keep the echo off.
    assert driver.attrs_before == ["as the shell had it"]
