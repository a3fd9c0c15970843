"""My details asked inside the walk go on with the walk's Next key, as every step does (rv41)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from coach.walk import WalkState
from screens.home.profile import ProfileScreen
from screens.walk.decide import DecideScreen
from screens.walk.draft import DraftScreen
from tests.app.walk_helpers import until, walk_app


async def test_ctrl_n_on_my_details_in_the_walk_saves_them_and_goes_on(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.__class__.__name__ == "HomeScreen")
        app.start_walk(WalkState(step="decide", company="Acme", stage="technical"))
        await until(pilot, lambda: isinstance(app.screen, DecideScreen) and app.focused)
        await pilot.press("ctrl+n")  # on to the draft: the details are asked first
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen) and app.focused)
        assert isinstance(app.screen, ProfileScreen)
        app.screen.query_one("#name", Input).value = "Jo Park"
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        assert isinstance(app.screen, DraftScreen)
        await until(pilot, lambda: app.journal.profile().name == "Jo Park")
        assert app.journal.profile().name == "Jo Park"
        assert app.unsaved is not None
        app.unsaved.close()


async def test_ctrl_n_on_my_details_from_home_is_no_walk_key(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.__class__.__name__ == "HomeScreen")
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen) and app.focused)
        assert "walk_next" not in {b.binding.action for b in app.screen.active_bindings.values()}
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        assert app.unsaved is not None
        app.unsaved.close()
