"""Never heard back: the day asked for starts empty, even after the news day was typed in."""

from __future__ import annotations

from textual.widgets import Input, RadioSet, Static

from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.walk.happened import HappenedScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW


async def test_the_news_day_mended_back_to_today_is_no_applied_day() -> None:
    # rv44 #6: a key landed in the date ("today Z"), rubbed out, left "today" typed;
    # "never heard back" then kept it, and the one question it asks went unasked.
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = HappenedScreen({}, FIXED_NOW.date())
        await app.push_screen(screen)
        await until(pilot, lambda: isinstance(app.focused, Input))
        field = screen.query_one("#received", Input)
        field.focus()
        await pilot.pause()
        await pilot.press("end", "space", "Z", "backspace", "backspace")
        await until(pilot, lambda: field.value == "today")
        stages = screen.query_one("#stage", RadioSet)
        stages.focus()
        await pilot.press("space")  # the first stage: I applied and never heard back
        await until(pilot, lambda: screen.values()["stage"] == Stage.NO_REPLY.value)
        assert (field.value, field.placeholder) == ("", "e.g. 3 weeks ago, Oct 30")
        hint = str(screen.query_one("#received-on", Static).render())
        assert hint.startswith("Roughly when you applied")
        # A day of their own, typed for the silence, stays through a change of stage.
        field.focus()
        await pilot.press(*"3 weeks ago")
        stages.focus()
        await pilot.press("down", "space", "up", "space")
        await until(pilot, lambda: screen.values()["stage"] == Stage.NO_REPLY.value)
        assert field.value == "3 weeks ago"
