"""An $EDITOR whose program is not there is known before the terminal is handed over."""

from __future__ import annotations

from coach.editor_command import editor_missing


def test_a_missing_program_is_known_and_a_present_one_or_an_unclear_one_is_not() -> None:
    assert editor_missing("nano-that-is-not-installed")
    assert editor_missing("/nonexistent/ed --wait")
    assert not editor_missing("sh -c 'cat'")
    assert not editor_missing("/bin/false")  # there: it runs, and its code is judged
    # Left to the shell: what this cannot read for sure.
    assert not editor_missing("EDITOR_OPTS=x vim")
    assert not editor_missing("vim 'unclosed")
