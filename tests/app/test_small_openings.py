"""At 40x12 My details open at their first line, the name field taking keys (rv46 #6)."""

from __future__ import annotations

from textual.widgets import Input

from screens.home.profile import ProfileScreen
from tests.app.test_snapshots import snapshot_app, steady
from tests.app.walk_helpers import until


async def test_my_details_open_at_their_first_line() -> None:
    app = snapshot_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen) and app.focused)
        await steady(pilot)
        assert app.screen.query_one(".step-body").scroll_y == 0
        assert app.focused is app.screen.query_one("#name", Input)


async def test_my_details_from_the_walk_open_at_their_first_line() -> None:
    from coach.model import Profile

    app = snapshot_app()
    intro = "Before the draft: your name, " + "a line of the walk's opening. " * 6
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        app.push_screen(ProfileScreen(Profile(), intro=intro, in_walk=True))
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen) and app.focused)
        await steady(pilot)
        assert app.screen.query_one(".step-body").scroll_y == 0
        assert app.focused is app.screen.query_one("#name", Input)
        await pilot.press("J")
        assert app.screen.query_one("#name", Input).value == "J"
