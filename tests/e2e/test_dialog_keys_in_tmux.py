"""Keys typed right behind a dialog's answer reach the screen the answer opens, in a real terminal.

A pilot posting the same keys did not lose them: only a terminal read in
one burst shows the gap between a button taking Enter and its press.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.walk import WalkState
from tests.app.walk_helpers import leave_walk
from tests.e2e.terminal import HAS_TMUX, Terminal

pytestmark = pytest.mark.skipif(not HAS_TMUX, reason="needs tmux (.ci/run installs it)")


def burst(t: Terminal, *keys: str) -> None:
    """Several keys in one send-keys: the terminal hands them over in one read."""
    t._tmux("send-keys", "-t", t.name, *keys)


def test_letters_typed_with_the_enter_that_resumes_a_walk_land_in_it(
    terminals: list[Terminal], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    leave_walk(data, WalkState(step="happened", company="Acme", focused="company"))
    t = Terminal("--data-dir", str(data))
    terminals.append(t)
    t.wait_for("You have an unfinished walk")
    burst(t, "Enter", "x", "y", "z")
    t.wait_for("Acmexyz")
