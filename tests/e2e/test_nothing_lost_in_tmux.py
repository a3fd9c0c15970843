"""Quit, hang up, a missing editor and two coaches, in a real terminal."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from coach.journal import Journal
from coach.model import Stage
from tests.conftest import make_entry
from tests.e2e.terminal import HAS_TMUX, Terminal
from tests.e2e.test_walk_in_tmux import autosaved, wait_for_autosave

pytestmark = pytest.mark.skipif(not HAS_TMUX, reason="needs tmux (.ci/run installs it)")

HOME = "I just got a rejection"


def start(terminals: list[Terminal], data: Path, *args: str, expect: str = HOME) -> Terminal:
    terminal = Terminal(*args, "--data-dir", str(data))
    terminals.append(terminal)
    terminal.wait_for(expect)
    return terminal


def wait_until_gone(terminal: Terminal, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while terminal.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not terminal.alive(), terminal.screen()


def saved_entry(data: Path) -> str:
    entry = make_entry("Hooli", Stage.TECHNICAL, contact="Gavin")
    entry.reply.draft = "Hi Gavin,"
    Journal.open(data / "journal.json").add(entry)
    return entry.id


def test_ctrl_q_right_after_typing_in_coach_draft(
    terminals: list[Terminal], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    entry_id = saved_entry(data)
    t = start(terminals, data, "draft", entry_id, expect="Hi Gavin,")
    t.press("End")
    t.wait_for_cursor_after("Hi Gavin,")  # End has landed before the typing starts
    # Typed and quit at once: no pause for any timer to fire.
    t._tmux("send-keys", "-t", t.name, "-l", " see you")
    t._tmux("send-keys", "-t", t.name, "C-q")
    wait_until_gone(t)
    assert "Hi Gavin, see you" in autosaved(data)
    again = start(terminals, data, expect="A reply draft was not saved")
    again.press("r")
    again.wait_for("Hi Gavin, see you")
    again.press("Escape")
    again.wait_for("The draft is saved")
    assert Journal.open(data / "journal.json").get(entry_id).reply.draft == "Hi Gavin, see you"


def test_a_hangup_one_second_after_typing_in_coach_draft(
    terminals: list[Terminal], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    entry_id = saved_entry(data)
    t = start(terminals, data, "draft", entry_id, expect="Hi Gavin,")
    t.press("End")
    t.wait_for_cursor_after("Hi Gavin,")  # End has landed before the typing starts
    t.type(" mid-sente")
    time.sleep(1)
    os.kill(t.pid(), signal.SIGHUP)  # the terminal window was closed
    wait_until_gone(t)
    again = start(terminals, data, expect="A reply draft was not saved")
    again.press("r")
    again.wait_for("Hi Gavin, mid-sente")


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie that exited but was not reaped is gone as far as a person can tell.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return True


def test_closing_the_terminal_ends_coach_and_the_next_one_offers_the_typing(
    terminals: list[Terminal], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    entry_id = saved_entry(data)
    t = start(terminals, data, "draft", entry_id, expect="Hi Gavin,")
    pid = t.pid()
    t.press("End")
    t.wait_for_cursor_after("Hi Gavin,")  # End has landed before the typing starts
    t.type(" window closed")
    # Closed once the typing is on screen: what a person saw typed must come back. (A
    # close in the same instant as the keys can beat the app to reading them at all.)
    t.wait_for("Hi Gavin, window closed")
    t.close()  # the whole terminal goes away, not just a signal to a live one
    deadline = time.monotonic() + 10
    while process_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    # A coach left running would hold its autosave, so no other coach could offer it.
    assert not process_alive(pid), "coach outlived its terminal"
    again = start(terminals, data, expect="A reply draft was not saved")
    again.press("r")
    again.wait_for("Hi Gavin, window closed")


def test_an_editor_that_does_not_exist_leaves_a_working_app(
    terminals: list[Terminal], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    entry_id = saved_entry(data)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "/nonexistent/ed")
    t = start(terminals, data, "draft", entry_id, expect="Hi Gavin,")
    t.press("End")
    t.wait_for_cursor_after("Hi Gavin,")  # End has landed before the typing starts
    t.type(" typed before")
    t.press("C-g")
    shown = t.wait_for("The editor /nonexistent/ed could not")
    assert "Hi Gavin, typed before" in shown  # the screen came back, with the text
    t.press("C-q")
    wait_until_gone(t)
    assert "typed before" in autosaved(data)
    assert list(data.glob("coach-edit-*")) == []


def test_two_coaches_never_take_each_others_walk(terminals: list[Terminal], tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start(terminals, data)
    first.press("n")
    first.wait_for("How are you feeling right now")
    first.press("Enter")
    first.wait_for("Company (required)")
    first.type("First coach's walk")
    wait_for_autosave(data, "First coach's walk")
    second = start(terminals, data)
    time.sleep(1.5)
    assert "unfinished walk" not in second.screen()  # the first is still typing
    second.press("C-q")
    wait_until_gone(second)
    first.press("C-q")
    wait_until_gone(first)
    third = start(terminals, data, expect="You have an unfinished walk")
    assert "First coach's walk" in third.screen()
