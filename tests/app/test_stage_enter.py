"""Enter on "How far did you get?" before any arrow move picks nothing and goes on."""

from __future__ import annotations

from textual.widgets import Input, RadioSet

from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.walk.happened import HappenedScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW


async def test_enter_passes_the_stage_list_until_an_arrow_moves() -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = HappenedScreen({}, FIXED_NOW.date())
        await app.push_screen(screen)
        stages = screen.query_one("#stage", RadioSet)
        await until(pilot, lambda: isinstance(app.focused, Input))
        # rv13 item 5: company, role and contact with Enter, then Enter again.
        await pilot.press(*"Hooli", "enter", "P", "M", "enter", "A", "n", "a", "enter")
        await until(pilot, lambda: app.focused is stages)
        await pilot.press("enter")
        await until(pilot, lambda: app.focused is screen.query_one("#received", Input))
        assert screen.values()["stage"] == ""  # the label's default stands
        # Back on the list, an arrow then Enter picks what the cursor reached.
        stages.focus()
        await pilot.press("down", "enter")
        await until(pilot, lambda: screen.values()["stage"])
        assert screen.values()["stage"] == list(Stage)[1].value
        assert app.focused is stages
        # Space picks under the cursor at once, as Textual's list does.
        fresh = HappenedScreen({}, FIXED_NOW.date())
        await app.push_screen(fresh)
        await pilot.pause()
        fresh.query_one("#stage", RadioSet).focus()
        await pilot.press("space")
        await until(pilot, lambda: fresh.values()["stage"])
        assert fresh.values()["stage"] == Stage.NO_REPLY.value
