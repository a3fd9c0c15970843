"""At 40x12 the close step opens at its top, its heading showing, the mood taking keys (fz45)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from coach.walk import WalkState
from screens.walk.close import CloseScreen
from tests.app.test_plans_app import app_at
from tests.app.test_snapshots import steady
from tests.app.walk_helpers import NOW, resume_walk


async def test_the_close_step_opens_at_its_top_and_a_digit_goes_to_the_mood(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await resume_walk(pilot, left_at_close)
        await steady(pilot)
        screen = app.screen
        assert isinstance(screen, CloseScreen)
        assert screen.query_one(".step-body").scroll_y == 0
        mood = screen.query_one("#mood Input", Input)
        assert app.focused is mood
        await pilot.press("7")
        await steady(pilot)
        assert mood.value == "7"
        body = screen.query_one(".step-body")
        assert body.scrollable_content_region.contains_region(mood.region)  # typed, it shows
