"""Enter on "How far did you get?" picks the stage under the cursor, the first one too."""

from __future__ import annotations

from textual.widgets import Input, RadioSet

from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.walk.happened import HappenedScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW


async def test_enter_picks_the_highlighted_stage_the_first_one_too() -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = HappenedScreen({}, FIXED_NOW.date())
        await app.push_screen(screen)
        stages = screen.query_one("#stage", RadioSet)
        await until(pilot, lambda: isinstance(app.focused, Input))
        await pilot.press(*"Hooli", "enter", "P", "M", "enter", "A", "n", "a", "enter")
        await until(pilot, lambda: app.focused is stages)
        # rv44 #3: the first stage, highlighted, was passed by unchosen and the entry
        # saved as an application, with no applied date asked.
        await pilot.press("enter")
        await until(pilot, lambda: screen.values()["stage"])
        assert screen.values()["stage"] == Stage.NO_REPLY.value
        assert app.focused is stages
        # An arrow then Enter picks what the cursor reached, as before.
        await pilot.press("down", "enter")
        await until(pilot, lambda: screen.values()["stage"] != Stage.NO_REPLY.value)
        assert screen.values()["stage"] == list(Stage)[1].value
        # Space picks under the cursor at once, as Textual's list does.
        fresh = HappenedScreen({}, FIXED_NOW.date())
        await app.push_screen(fresh)
        await pilot.pause()
        fresh.query_one("#stage", RadioSet).focus()
        await pilot.press("space")
        await until(pilot, lambda: fresh.values()["stage"])
        assert fresh.values()["stage"] == Stage.NO_REPLY.value
