"""Enter typed while coach starts, before it has the terminal's keys, is still Enter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual import events

from screens import guarded_input
from tests.app.test_pasted_escapes import driven


async def test_a_line_feed_typed_before_the_start_is_enter_and_one_after_is_ctrl_j(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shell's terminal turns Enter into a line feed. "pw1" and Enter typed as
    # coach started came as p, w, 1, ctrl+j: the lock screen kept the passphrase
    # unsent. A line feed read later is the ctrl+j it is (coach binds none).
    got = driven(tmp_path, monkeypatch, [None, "x\n"], waiting=b"pw1\n")
    keys = [m.key for m in got if isinstance(m, events.Key)]
    assert keys == ["p", "w", "1", "enter", "x", "ctrl+j"], keys


def test_what_was_typed_ahead_is_counted_across_reads() -> None:
    data, left = guarded_input.enter_as_typed(b"ab\n", 5)
    assert (data, left) == (b"ab\r", 2)
    data, left = guarded_input.enter_as_typed(b"\n\nz\n", left)
    assert (data, left) == (b"\r\rz\n", 0)
    assert guarded_input.enter_as_typed(b"\n", 0) == (b"\n", 0)


def test_nothing_waits_on_a_closed_terminal() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    os.close(write_end)
    assert guarded_input.typed_ahead(read_end) == 0
