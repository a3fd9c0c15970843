"""A long draft stays quick to type in: its tone check runs in a thread, the newest text winning."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from coach.tone import Finding, check
from screens.walk.draft_checking import LONG_DRAFT
from tests.app.test_draft_screen import ANGRY_DRAFT, draft_screen, findings, host
from tests.app.walk_helpers import until

# An angry opening, then a long pasted answer: one line, as a paste often is.
LONG_ANGRY = ANGRY_DRAFT + "\n\n" + "[b]calm words about the role [/ x] " * (LONG_DRAFT // 20)


async def test_typing_in_a_long_draft_checks_the_tone_off_the_ui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_ui_thread: list[bool] = []

    def watched(text: str, **options: Any) -> list[Finding]:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return check(text, **options)

    app = host(tmp_path, LONG_ANGRY)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert len(draft_screen(app).text) > LONG_DRAFT
        monkeypatch.setattr("screens.walk.draft_checking.check", watched)
        await pilot.press("x")
        await until(pilot, lambda: on_ui_thread and app.edits)
        assert on_ui_thread == [False]
        assert app.edits[-1]["draft"].startswith("x")  # the autosave was told at once
        await until(pilot, lambda: findings(app))
        assert any("anger" in shown for shown in findings(app))


async def test_a_thread_check_of_an_older_text_is_not_shown(tmp_path: Path) -> None:
    app = host(tmp_path, LONG_ANGRY)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: findings(app))  # a long draft is checked in a thread
        screen = draft_screen(app)
        before = findings(app)
        assert before
        screen.checked_aside(LONG_ANGRY + " typed since", [])  # a calm verdict, but stale
        await pilot.pause()
        assert findings(app) == before
        assert str(screen.query_one("#draft-tone-title", Static).render()).startswith("Tone: ")
        screen.checked_aside(screen.text, [])  # the text as it stands: shown
        await pilot.pause()
        assert screen.query_one("#draft-calm").display


async def test_a_long_draft_is_checked_off_the_ui_thread_on_opening_save_and_editor_return(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 250 KB paste held the screen still for minutes when Save checked it in place.
    from screens.dialogs.confirm import ConfirmScreen

    on_ui_thread: list[bool] = []

    def watched(text: str, **options: Any) -> list[Finding]:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return check(text, **options)

    monkeypatch.setattr("screens.walk.draft_checking.check", watched)
    app = host(tmp_path, LONG_ANGRY)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: findings(app))  # the opening's check
        screen = draft_screen(app)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "Save it anyway?" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("escape")
        await pilot.pause()
        screen.replace_text(LONG_ANGRY + " edited elsewhere")  # back from $EDITOR
        await until(pilot, lambda: len(on_ui_thread) == 3)
        assert on_ui_thread == [False, False, False]
