"""Why LinkedIn is off shows with the boxes at 80x24, not below the fold (rv44 #7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox

from coach.walk import WalkState
from tests.app.walk_helpers import resume_walk, walk_app, walk_left_at


@pytest.fixture
def left_at_decide(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> WalkState:
    """A walk really walked to Decide after a no on the application (the default stage)."""
    return walk_left_at(tmp_path_factory, tmp_path, "decide")


async def test_at_80x24_the_reason_linkedin_is_off_is_on_screen(
    tmp_path: Path, left_at_decide: WalkState
) -> None:
    state = left_at_decide
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, state)
        screen = app.screen
        assert screen.query_one("#part-linkedin", Checkbox).value is False
        shown = [
            widget
            for widget in (
                screen.query_one("#feedback-reason"),
                screen.query_one("#linkedin-reason"),
            )
            if widget.display
        ]
        said = " ".join(str(widget.render()) for widget in shown)
        assert "LinkedIn" in said and "off" in said
        # Every line of why stands above the footer, unscrolled.
        body = screen.query_one(".step-body")
        for widget in shown:
            seen = body.scrollable_content_region  # inside its padding, where text shows
            assert widget.region.bottom <= seen.bottom, (widget.id, widget.region, seen)
