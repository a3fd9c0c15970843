"""An encrypted journal and a remapped key, in a real terminal."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from coach.crypto import Sealer, file_is_sealed
from coach.journal import Journal
from tests.conftest import make_entry
from tests.e2e.terminal import HAS_TMUX, Terminal

pytestmark = pytest.mark.skipif(not HAS_TMUX, reason="needs tmux (.ci/run installs it)")


def test_a_locked_journal_opens_only_with_its_passphrase(
    terminals: list[Terminal], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COACH_PASSPHRASE", raising=False)
    data = tmp_path / "data"
    journal = Journal.open(data / "journal.json", codec=Sealer("blue lantern"))
    journal.add(make_entry("Sealed Co"))
    (data / "config.toml").write_text('[keymap]\nhelp = "f4"\n')
    before = (data / "journal.json").read_bytes()
    # Wide enough that the footer shows every home key in full.
    t = Terminal("--data-dir", str(data), width=120)
    terminals.append(t)
    t.wait_for("Your journal is locked")
    t.type("not it")
    t.press("Enter")
    shown = t.wait_for("does not open this journal")
    assert "not it" not in shown  # masked
    assert (data / "journal.json").read_bytes() == before
    t.type("blue lantern")
    t.press("Enter")
    t.wait_for("I just got a rejection")
    # The footer, a moment after home, names the remapped help key.
    shown = t.wait_for("F4 Help")  # as F2 beside it, never "f4" (rv22)
    assert "blue lantern" not in shown
    t.press("F4")
    t.wait_for("On the home screen")  # help opens at the section of the screen below it
    t.press("Escape")
    # n only once help has gone: Esc and a letter read together are one Alt chord.
    t.wait_gone("On the home screen")
    t.press("n")
    t.wait_for("How are you feeling right now")
    t.type("3")
    t.press("Enter")
    t.wait_for("Esc goes on with the walk")  # the crisis lines, after a low first mood
    t.press("Escape")
    t.wait_for("Company (required)")
    t.type("Walkabout Ltd")
    sealer = Sealer("blue lantern")
    deadline = time.monotonic() + 10
    opened = b""
    walk = data / "unsaved-none.json"
    while time.monotonic() < deadline and b"Walkabout" not in opened:
        time.sleep(0.1)
        for walk in data.glob("unsaved-*.json"):  # this coach's autosave
            opened = sealer.decode(walk.read_bytes())
    assert b"Walkabout" in opened  # autosaved...
    assert file_is_sealed(walk) and b"Walkabout" not in walk.read_bytes()  # ...sealed
