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
