"""A paste holding raw ESC bytes stays one paste, in order: no key presses, no ctrl+q quitting."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from pathlib import Path

import pytest
from textual import constants, events
from textual._xterm_parser import XTermParser
from textual.message import Message

from screens import guarded_input, stale_toasts
from screens.app import CoachApp
from screens.guarded_input import PasteGuardDriver
from screens.paste_guard import PASTE_END, PASTE_START, PasteGuard
from screens.pasted_text import clean_paste
from tests.app.walk_helpers import walk_app

HOSTILE = "Hello from Acme\x1b[0m we regret\x11 more\x1b]0;title\x07 text\x1b7\n\x1b[31mEEE\x07\n"
CLEAN = "Hello from Acme we regret more text\nEEE\n"


def parsed(chunks: list[str]) -> list[Message]:
    """What Textual's parser makes of the terminal's reads, each through the guard."""
    parser, guard = XTermParser(), PasteGuard()
    events_out: list[Message] = []
    for chunk in chunks:
        text = guard.feed(chunk)
        if text:  # "" would tell the parser the input ended
            events_out += parser.feed(text)
    return events_out


def pasted(messages: list[Message]) -> str:
    """The one paste among messages, cleaned as the app cleans it; no key may be among them."""
    assert not [m for m in messages if isinstance(m, events.Key)], messages
    pastes = [m for m in messages if isinstance(m, events.Paste)]
    assert len(pastes) == 1, messages
    clean_paste(pastes[0])
    return pastes[0].text


def test_escapes_in_a_paste_are_no_keys_and_the_order_is_kept() -> None:
    assert pasted(parsed([PASTE_START + HOSTILE + PASTE_END])) == CLEAN


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7])
def test_a_paste_cut_into_reads_anywhere_is_the_same_paste(size: int) -> None:
    # The terminal's reads end where they end: inside a mark, or just after an ESC.
    whole = "ab" + PASTE_START + HOSTILE * 3 + PASTE_END
    chunks = [whole[at : at + size] for at in range(0, len(whole), size)]
    messages = parsed(chunks)
    keys = [m.key for m in messages if isinstance(m, events.Key)]
    assert keys == ["a", "b"]  # typed before the paste: keys, as ever
    assert pasted([m for m in messages if not isinstance(m, events.Key)]) == CLEAN * 3


def test_outside_a_paste_nothing_is_changed_or_held() -> None:
    guard = PasteGuard()
    for typed in ["\x1b", "\x1b[A", "\x11", "q", "\x1b[20"]:
        assert guard.feed(typed) == typed
    # A mark split across reads is still seen, and what follows it is guarded.
    assert guard.feed("0~x\x1b[1mY") == "0~x\x9b1mY"
    assert guard.feed("\x1b") == ""  # may be the end mark: held until the next read
    assert guard.feed("[201~\x1b") == PASTE_END + "\x1b"  # the Esc key after it, at once


def test_a_paste_holding_an_end_mark_alone_ends_there() -> None:
    # A terminal should never pass the end mark inside a paste; if one does, the rest
    # arrives as typing (as it did before), never as a half-guarded paste.
    guard = PasteGuard()
    assert guard.feed(PASTE_START + "a" + PASTE_END + "\x1b[A") == (
        PASTE_START + "a" + PASTE_END + "\x1b[A"
    )
    assert not guard.in_paste


class _Collecting(PasteGuardDriver):
    """The guarded driver, reading a pipe, keeping the events it would send the app."""

    got: list[Message]

    def process_message(self, message: Message) -> None:
        self.got.append(message)


async def test_the_driver_reads_the_terminal_through_the_guard(tmp_path: Path) -> None:
    app: CoachApp = walk_app(tmp_path)
    driver = _Collecting(app)
    driver.got = []
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, (PASTE_START + HOSTILE + PASTE_END).encode())
        os.close(write_end)
        driver.fileno = read_end
        driver.run_input_thread()  # ends at the end of the pipe
    finally:
        os.close(read_end)
    assert pasted(driver.got) == CLEAN


class _Scripted:
    """A selector that writes each scripted read into the pipe when asked; None is a pause."""

    def __init__(self, write_end: int, reads: list[str | None]) -> None:
        self._write_end, self._reads = write_end, reads

    def register(self, fileno: int, events_wanted: int) -> None:
        self._key = fileno

    def unregister(self, fileno: int) -> None:
        pass

    def close(self) -> None:
        pass

    def select(self, timeout: float) -> list[tuple[int, int]]:
        if not self._reads:
            os.close(self._write_end)  # the end of input ends the loop
            return [(self._key, selectors.EVENT_READ)]
        read = self._reads.pop(0)
        if read is None:
            return []
        os.write(self._write_end, read.encode())
        return [(self._key, selectors.EVENT_READ)]


def driven(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reads: list[str | None],
    waiting: bytes = b"",
) -> list[Message]:
    """What the guarded driver hands the app for these scripted reads.

    waiting: bytes already in the pipe before the loop's first read (typed ahead).
    """
    read_end, write_end = os.pipe()
    if waiting:
        os.write(write_end, waiting)
    script = _Scripted(write_end, reads)
    monkeypatch.setattr(guarded_input.selectors, "SelectSelector", lambda: script)
    driver = _Collecting(walk_app(tmp_path))
    driver.got = []
    try:
        driver.fileno = read_end
        driver.run_input_thread()
    finally:
        os.close(read_end)
    return driver.got


async def test_an_esc_key_then_a_typed_start_mark_is_no_paste(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Esc alone, a pause (the parser sends it as a key), then "[200~" typed: the guard
    # must not think a paste began, or every arrow and Esc after it is mangled.
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.0)  # any pause is long enough
    got = driven(tmp_path, monkeypatch, ["\x1b", None, "[", "200~", "\x1b[A", "\x1b", None])
    keys = [m.key for m in got if isinstance(m, events.Key)]
    assert keys[0] == "escape" and keys[-2:] == ["up", "escape"], keys
    assert not [m for m in got if isinstance(m, events.Paste)]


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_an_escape_with_an_intermediate_leaves_no_letter_behind(size: int) -> None:
    # What tput sgr0 prints (ESC ( B) and ESC # 8, in a paste cut into reads anywhere.
    whole = PASTE_START + "Acme\x1b(B\x1b[m and\x1b#8 co" + PASTE_END
    chunks = [whole[at : at + size] for at in range(0, len(whole), size)]
    assert pasted(parsed(chunks)) == "Acme and co"


def test_a_textual_without_its_private_parser_still_starts_coach(tmp_path: Path) -> None:
    # textual is capped to the tested series; if a Textual moves its parser anyway,
    # coach falls back to Textual's own input loop instead of an ImportError traceback.
    script = (
        "import sys\n"
        "from textual.drivers.linux_driver import LinuxDriver\n"
        "sys.modules['textual._xterm_parser'] = None  # moved, as far as coach can tell\n"
        "calls = []\n"
        "LinuxDriver.run_input_thread = lambda self: calls.append('textual')\n"
        "from screens.closed_terminal import ClosedTerminalDriver\n"
        "ClosedTerminalDriver.run_input_thread(object.__new__(ClosedTerminalDriver))\n"
        "assert calls == ['textual'], calls\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_a_textual_without_unnotify_leaves_toasts_to_time_out() -> None:
    class _OldApp:
        """An app with no _unnotify, as a later Textual might be."""

    app = _OldApp()
    stale_toasts._POSTED[app] = {"deleted": [object()]}  # type: ignore[index]
    stale_toasts.drop_toasts(app, "deleted")  # type: ignore[arg-type]
    assert not stale_toasts._POSTED[app]  # type: ignore[index]


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_a_stray_escape_before_a_space_in_a_paste_keeps_the_next_letter(size: int) -> None:
    # ESC SP b was taken as a sequence and the b went with it; ESC SP F is one.
    whole = PASTE_START + "Acme\x1b bank\x1b Fco\x1b " + PASTE_END
    chunks = [whole[at : at + size] for at in range(0, len(whole), size)]
    assert pasted(parsed(chunks)) == "Acme bankco "


@pytest.mark.parametrize("size", [1, 2, 3, 100])
def test_a_stray_escape_before_punctuation_in_a_paste_keeps_the_text(size: int) -> None:
    # Read as without_controls reads it: ESC , SP b took ", b" with it (rv-fz 3).
    whole = PASTE_START + "Acme\x1b, bank\x1b. Co\x1b(B end\x1b(" + PASTE_END
    chunks = [whole[at : at + size] for at in range(0, len(whole), size)]
    assert pasted(parsed(chunks)) == "Acme, bank. Co end("
