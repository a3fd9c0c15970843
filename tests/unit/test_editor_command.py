"""An $EDITOR whose program is not there is known before the terminal is handed over."""

from __future__ import annotations

from coach.editor_command import editor_missing, editor_set_by


def test_a_missing_program_is_known_and_a_present_one_or_an_unclear_one_is_not() -> None:
    assert editor_missing("nano-that-is-not-installed")
    assert editor_missing("/nonexistent/ed --wait")
    assert not editor_missing("sh -c 'cat'")
    assert not editor_missing("/bin/false")  # there: it runs, and its code is judged
    # Left to the shell: what this cannot read for sure.
    assert not editor_missing("EDITOR_OPTS=x vim")
    assert not editor_missing("vim 'unclosed")


def test_where_the_editor_was_set_is_said_as_a_person_would_change_it() -> None:
    # rv49 #4: a settings file's editor was blamed on VISUAL / EDITOR.
    assert editor_set_by("file /home/d/.config/coach/config.toml:2") == (
        "editor in /home/d/.config/coach/config.toml, line 2"
    )
    assert editor_set_by("$EDITOR") == "$EDITOR"
    assert editor_set_by("env COACH_EDITOR") == "$COACH_EDITOR"
    assert editor_set_by("default") == "VISUAL / EDITOR"
