"""Writing picks up where the person stopped: after Resume, and with ctrl+End in the draft."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from coach.walk import WalkState
from screens.dialogs.resume import ResumeScreen
from screens.walk.vent import VentScreen
from tests.app.test_draft_screen import CALM_DRAFT, host
from tests.app.test_nothing_lost import reopen, stopped
from tests.app.walk_helpers import leave_walk


async def test_after_resume_typing_goes_after_the_text_already_there(tmp_path: Path) -> None:
    leave_walk(
        tmp_path / "data",
        WalkState(step="vent", company="Acme", vent="short [b] answer", keep_vent=True),
    )
    app = reopen(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, VentScreen)
        vent = app.screen.query_one("#vent", TextArea)
        vent.focus()
        await pilot.pause()
        await pilot.press(*" more")
        await pilot.pause()
        assert vent.text == "short [b] answer more"
    stopped(app)


async def test_ctrl_home_and_ctrl_end_go_to_the_ends_of_the_draft(tmp_path: Path) -> None:
    app = host(tmp_path, CALM_DRAFT)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        editor = app.screen.query_one("#draft-text", TextArea)
        assert editor.has_focus
        await pilot.press("ctrl+home", "[", "ctrl+end", "]")
        await pilot.pause()
        assert editor.text == "[" + CALM_DRAFT + "]"


async def test_ctrl_shift_end_and_home_select_to_either_end_of_the_draft(tmp_path: Path) -> None:
    app = host(tmp_path, CALM_DRAFT)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        editor = app.screen.query_one("#draft-text", TextArea)
        await pilot.press("down", "ctrl+shift+end")
        await pilot.pause()
        assert editor.selected_text == CALM_DRAFT.split("\n", 1)[1]
        await pilot.press("ctrl+end", "up", "ctrl+shift+home")
        await pilot.pause()
        # Up from the end of "Sam" lands after "Bes": selected from there back to the start.
        assert editor.selected_text == CALM_DRAFT[: CALM_DRAFT.index("Best,") + 3]
        await pilot.press("ctrl+home", "ctrl+shift+end", "x")
        await pilot.pause()
        assert editor.text == "x"  # the whole draft was selected, and typing replaced it


async def test_the_plain_text_view_selects_to_the_end_with_ctrl_shift_end(tmp_path: Path) -> None:
    app = host(tmp_path, CALM_DRAFT)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        plain = app.screen.query_one("#plain-text", TextArea)
        assert plain.has_focus
        await pilot.press("ctrl+shift+end")
        await pilot.pause()
        assert plain.selected_text == CALM_DRAFT
        await pilot.press("ctrl+end", "ctrl+shift+home")
        await pilot.pause()
        assert plain.selected_text == CALM_DRAFT  # from the end back to the start
        await pilot.press("ctrl+end", "ctrl+home")
        await pilot.pause()
        assert plain.selected_text == "" and plain.cursor_location == (0, 0)


def test_help_names_the_keys_for_the_ends_of_the_text() -> None:
    from screens.dialogs.help import help_text

    text = help_text()
    for key in ("Ctrl+Home", "Ctrl+End", "Ctrl+Shift+Home", "Ctrl+Shift+End"):
        assert f"| {key} |" in text
    assert "F8" in help_text({"select_to_end": "f8"})  # as the person's keymap has it
