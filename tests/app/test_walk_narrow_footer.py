"""At 40 columns the walk's footer keeps the keys that move it: Esc Back and ^n Next."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.model import Profile
from coach.walk import WalkState
from screens.walk.decide import DecideScreen
from screens.walk.draft import DraftScreen
from tests.app.test_footer_keys_whole import cut_keys, footer_names
from tests.app.walk_helpers import press_to, until, walk_app, walk_to


@pytest.mark.parametrize("step", ["kindness", "reflect"])
async def test_a_steps_narrow_footer_keeps_back_and_next(tmp_path: Path, step: str) -> None:
    # rv51 D4: at 40x12 the footer showed only F1, F2 and ^p, and the step's own
    # Back and Next buttons were below the fold: nothing said how to go on.
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await walk_to(pilot, step)
        await pilot.pause()
        await pilot.pause()
        names = footer_names(app)
        assert {"Back", "Next"} <= set(names), names
        assert {"Help", "Support"} <= set(names), names  # the crisis key stays too
        assert cut_keys(app) == []


async def test_the_drafts_narrow_footer_in_the_walk_keeps_back_and_next(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    assert app.journal is not None
    app.journal.save_profile(Profile())  # details seen once: Decide goes on to the draft
    async with app.run_test(size=(40, 12)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", replying=True))
        await until(pilot, lambda: isinstance(app.screen, DecideScreen))
        await press_to(pilot, "ctrl+n", DraftScreen)
        await pilot.pause()
        await pilot.pause()
        names = footer_names(app)
        assert {"Back", "Next", "Help", "Support"} <= set(names), names
        assert cut_keys(app) == []
