"""A hang-up or a closed window keeps the keys already read, as ctrl+q does."""

from __future__ import annotations

import errno
import signal
from pathlib import Path
from unittest import mock

from textual import events
from textual.widgets import Input

from coach.walk import WalkState
from screens.app import CoachApp
from screens.closed_terminal import closed_terminal_driver
from screens.guarded_input import PasteGuardDriver
from screens.walk.happened import HappenedScreen
from tests.app.walk_helpers import unsaved_surfaces, until, walk_app


def read_not_handled(app: CoachApp, text: str) -> None:
    """Keys the terminal has handed over that the app has not got to yet."""
    for char in text:
        app.post_message(events.Key(char, char))


async def test_a_hangup_keeps_keys_read_but_not_yet_in_the_field(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)
        assert isinstance(app.focused, Input)
        read_not_handled(app, "Init[b]ech")
        app.handle_exit_signal(signal.SIGHUP)  # before any of them reached the field
        await until(pilot, lambda: app.return_code is not None)
    assert app.return_code == 128 + signal.SIGHUP
    assert app.unsaved is not None
    app.unsaved.close()
    walk = unsaved_surfaces(tmp_path / "data")["walk"]["values"]
    assert walk["company"] == "Init[b]ech"


async def test_a_terminal_that_cannot_be_read_or_ends_is_a_hangup_behind_the_keys(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        closed: list[str] = []
        driver = closed_terminal_driver(lambda: closed.append("closed"))(app)
        # The window shut: reading the terminal fails with EIO.
        eio = OSError(errno.EIO, "Input/output error")
        with mock.patch.object(PasteGuardDriver, "run_input_thread", side_effect=eio):
            driver.run_input_thread()  # no crash: handed to the app instead
        await until(pilot, lambda: closed)
        assert closed == ["closed"]
        assert app._exit_renderables == []  # no panic, no traceback printed
        # The end of input (a read of nothing, no error, no SIGHUP) is the same news:
        # coach ran on with nothing to read, its last typing unwritten.
        with mock.patch.object(PasteGuardDriver, "run_input_thread", return_value=None):
            driver.run_input_thread()
        await until(pilot, lambda: len(closed) == 2)
        assert closed == ["closed", "closed"]
        # Asked to stop (the app quits, or suspends for the editor): not a hang-up.
        driver.exit_event.set()
        with mock.patch.object(PasteGuardDriver, "run_input_thread", return_value=None):
            driver.run_input_thread()
        await pilot.pause()
        assert closed == ["closed", "closed"]


async def test_the_terminal_closing_is_a_hangup_that_keeps_the_keys(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        read_not_handled(app, "Acme")
        with mock.patch("os._exit") as ended:  # a real hang-up ends the process
            app.call_later(app.typing.terminal_closed)  # as the driver queues it
            await until(pilot, lambda: ended.called)
        assert ended.call_args.args == (128 + signal.SIGHUP,)
        assert app.unsaved is not None
        app.unsaved.close()
    walk = unsaved_surfaces(tmp_path / "data")["walk"]["values"]
    assert walk["company"] == "Acme"
