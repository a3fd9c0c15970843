"""An $EDITOR that writes nothing, or bytes that are not text, never silently changes the draft."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from textual.widgets import TextArea

from coach.editor_text import EditorResult, read_editor_file
from tests.app.test_draft_screen import CALM_DRAFT, editor, host, notes
from tests.app.walk_helpers import until


def test_empty_is_nothing_written_and_bad_bytes_are_cleaned_with_a_word() -> None:
    for raw in (b"", b"\n", b"  \n\t\n"):
        result = read_editor_file(raw)
        assert result.text is None
        assert "the editor left the file empty; your draft is unchanged" in result.warning.lower()
    mixed = read_editor_file(b"caf\xe9 \x00 \x1b[2Jok\n")
    assert mixed.text == "caf\ufffd  ok\n"
    assert "not UTF-8" in mixed.warning and "NUL" in mixed.warning
    assert "ctrl+z" in mixed.warning
    assert read_editor_file("café \ufffd\n".encode()) == EditorResult("café \ufffd\n")
    assert read_editor_file(b"\xef\xbb\xbfHi\n").text == "Hi\n"


@pytest.mark.parametrize(
    ("writes", "expected_text", "said"),
    [
        (': > "$1"', CALM_DRAFT, "left the file empty; your draft is unchanged"),
        ("printf 'caf\\351 \\000 ok' > \"$1\"", "caf\ufffd  ok", "not UTF-8"),
    ],
)
async def test_the_draft_screen_says_what_the_editor_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writes: str, expected_text: str, said: str
) -> None:
    script = tmp_path / "fake-editor"
    script.write_text(f"#!/bin/sh\n{writes}\n")
    script.chmod(0o700)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    app = host(tmp_path, editor=str(script), handoff_dir=data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        driver = type(app._driver)
        monkeypatch.setattr(driver, "can_suspend", True)
        monkeypatch.setattr(driver, "suspend_application_mode", lambda self: None, raising=False)
        monkeypatch.setattr(driver, "resume_application_mode", lambda self: None, raising=False)
        await pilot.press("ctrl+g")
        # The editor runs inside the key's handler; its last word ends the handling.
        await until(pilot, lambda: any(said in note for note in notes(app)))
        assert editor(app).text == expected_text
        assert said in notes(app)[-1]
        assert not any("Brought your edits back" in note for note in notes(app))
        assert list(data.iterdir()) == []


@pytest.mark.parametrize(
    ("answer", "expected_text", "said"),
    [
        ("escape", "My long careful reply [b]", "Kept what the editor saved"),
        ("n", "My long careful reply [b]", "Kept what the editor saved"),
        ("y", CALM_DRAFT, "Discarded what the editor saved"),
    ],
)
async def test_an_editor_that_saves_then_ends_with_an_error_offers_what_it_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, expected_text: str, said: str
) -> None:
    # vim's :cq after ten minutes of typing: the file holds the work, the exit code is 1.
    from screens.dialogs.confirm import ConfirmScreen

    script = tmp_path / "fake-editor"
    script.write_text("#!/bin/sh\nprintf 'My long careful reply [b]' > \"$1\"\nexit 1\n")
    script.chmod(0o700)
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    app = host(tmp_path, editor=str(script), handoff_dir=data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        driver = type(app._driver)
        monkeypatch.setattr(driver, "can_suspend", True)
        monkeypatch.setattr(driver, "suspend_application_mode", lambda self: None, raising=False)
        monkeypatch.setattr(driver, "resume_application_mode", lambda self: None, raising=False)
        await pilot.press("ctrl+g")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert isinstance(app.screen, ConfirmScreen)
        assert "code 1" in str(app.screen.query_one("#confirm-detail").render())
        draft = app.screen_stack[-2].query_one("#draft-text", TextArea)
        assert draft.text == "My long careful reply [b]"  # held in the draft while asked
        await pilot.press(answer)
        await pilot.pause()
        assert editor(app).text == expected_text
        assert app.edits[-1]["draft"] == expected_text
        assert said in notes(app)[-1]
        assert list(data.iterdir()) == []


async def test_an_editor_that_ends_with_an_error_having_saved_nothing_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "fake-editor"
    script.write_text("#!/bin/sh\nexit 1\n")
    script.chmod(0o700)
    app = host(tmp_path, editor=str(script), handoff_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        driver = type(app._driver)
        monkeypatch.setattr(driver, "can_suspend", True)
        monkeypatch.setattr(driver, "suspend_application_mode", lambda self: None, raising=False)
        monkeypatch.setattr(driver, "resume_application_mode", lambda self: None, raising=False)
        await pilot.press("ctrl+g")
        await until(pilot, lambda: any("saved no changes" in note for note in notes(app)))
        assert editor(app).text == CALM_DRAFT
        assert "ended with an error (code 1) and saved no changes" in notes(app)[-1]
