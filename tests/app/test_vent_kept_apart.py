"""A vent kept at quit whose walk no longer holds the autosave's one walk slot (fz32)."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Checkbox, TextArea

from coach.walk import WalkState
from screens.dialogs.quit_vent import QuitVentDialog
from screens.dialogs.resume import ResumeScreen
from screens.walk.controller import WALK_KEY
from screens.walk.vent import VentScreen
from tests.app.test_nothing_lost import reopen, stopped
from tests.app.walk_helpers import unsaved_surfaces, until, walk_app

VENT = "my private venting text"


async def test_keep_at_quit_keeps_a_vent_whose_walk_was_replaced(tmp_path: Path) -> None:
    # Keep wrote the vent only into the slot's walk with its id: with another walk
    # there it was kept nowhere, and the quit asked "keep it?" again and again.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.__class__.__name__ == "HomeScreen")
        assert app.unsaved is not None
        other = WalkState(step="happened", company="OtherCo", walk_id="w-other")
        app.unsaved.put(WALK_KEY, other.to_record(), kind="walk")
        app.walks._vents["w-gone"] = VENT  # held in memory only, "keep" not ticked
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitVentDialog))
        await pilot.press("k")
        for _ in range(10):
            await pilot.pause(0.05)
        assert not isinstance(app.screen, QuitVentDialog)  # asked once, not again
    stopped(app)
    surfaces = unsaved_surfaces(tmp_path / "data")
    assert surfaces[WALK_KEY]["values"]["company"] == "OtherCo"  # that walk untouched
    assert surfaces["vent:w-gone"]["values"]["vent"] == VENT
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(
            pilot,
            lambda: "Private writing" in str(getattr(again.screen, "title_text", "")),
        )
        await pilot.press("r")  # the private writing, first of the two walks offered
        await until(
            pilot,
            lambda: (
                isinstance(again.screen, ResumeScreen) and "OtherCo" in again.screen.description
            ),
        )
        await pilot.press("escape")  # OtherCo later
        await until(pilot, lambda: isinstance(again.screen, VentScreen))
        assert isinstance(again.screen, VentScreen)
        assert again.screen.query_one("#vent", TextArea).text == VENT
        assert again.screen.query_one("#keep", Checkbox).value is True
        again.flush_unsaved()
    stopped(again)
    files = [
        json.loads(path.read_text())["surfaces"]
        for path in (tmp_path / "data").glob("unsaved-*.json")
    ]
    assert not any(key.startswith("vent:") for kept in files for key in kept)
    walks = [kept[WALK_KEY]["values"] for kept in files if WALK_KEY in kept]
    assert sorted((w["company"], w["vent"]) for w in walks) == [("", VENT), ("OtherCo", "")]
