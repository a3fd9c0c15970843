"""The question offering back a stopped coach's typing shows every answer at 40x12 (rv43 S4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button

from coach.walk import WalkState
from screens.dialogs.resume import ResumeScreen
from tests.app.walk_helpers import leave_walk, until, walk_app


@pytest.mark.parametrize("size", [(40, 12), (80, 24)])
async def test_every_answer_of_the_resume_question_is_in_view(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    leave_walk(tmp_path / "data", WalkState(step="happened", company="FooCorp"))
    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResumeScreen)
        for button in screen.query(Button).results(Button):
            # Whole inside the screen, above the footer, and its label not cut.
            region = button.region
            assert region.width >= len(str(button.label)), button.id
            assert region.right <= size[0] and region.bottom <= size[1] - 1, (button.id, region)
        assert app.unsaved is not None
        app.unsaved.close()
