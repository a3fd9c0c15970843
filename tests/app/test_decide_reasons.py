"""Why LinkedIn is off shows with the boxes at 80x24, not below the fold (rv44 #7)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox

from coach.walk import WalkState
from tests.app.walk_helpers import walk_app


async def test_at_80x24_the_reason_linkedin_is_off_is_on_screen(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Brightloop", stage="application"))
        await pilot.pause()
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
        # Every line of why stands above the step's buttons and footer, unscrolled.
        body = screen.query_one(".step-body")
        for widget in shown:
            assert widget.region.bottom <= body.region.bottom, (widget.id, widget.region)
