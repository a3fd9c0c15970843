"""Keys typed right after one that opens a screen go to that screen once it takes keys."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from screens.dialogs.leave import LeaveDialog
from screens.home.home import HomeScreen
from screens.home.profile import ProfileScreen
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.vent import VentScreen
from tests.app.test_tab_burst import burst, settled
from tests.app.walk_helpers import open_walk, press_to, type_into, until, walk_app


def mood(app: object) -> str:
    return app.screen.query_one("#mood Input", Input).value  # type: ignore[attr-defined]


async def test_typing_right_after_home_n_lands_in_the_first_step(tmp_path: Path) -> None:
    # n posts a message to the app, which opens the walk: the 7 typed after it
    # was read first, by home, and lost.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.is_mounted)
        burst(app, ["n", "7"])
        await until(pilot, lambda: isinstance(app.focused, Input))
        await settled(pilot, app)
        assert isinstance(app.screen, KindnessScreen)
        assert mood(app) == "7"


async def test_the_company_typed_right_after_enter_on_step_one_is_kept(tmp_path: Path) -> None:
    # Enter on step 1's mood goes on; "Globex" typed in the same breath came
    # before step 2 had mounted and focused its Company field.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        burst(app, ["4", "enter", *"Globex"])
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen) and app.focused)
        await settled(pilot, app)
        assert isinstance(app.screen, HappenedScreen)
        assert app.screen.query_one("#company", Input).value == "Globex"
        assert app.walk is not None and app.walk.state.mood_before == 4


async def test_typing_right_after_esc_back_lands_in_the_step_gone_back_to(
    tmp_path: Path,
) -> None:
    # Esc on step 3 goes back to step 2: "xyz" typed in the same breath was lost
    # (in tmux at 80x24 on main, in neither step).
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await press_to(pilot, "ctrl+n", VentScreen)
        burst(app, ["escape", *"xyz"])
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen) and app.focused)
        await settled(pilot, app)
        assert isinstance(app.screen, HappenedScreen)
        assert app.screen.query_one("#company", Input).value == "Acmexyz"


async def test_a_dialog_opened_in_a_burst_takes_the_key_typed_after(tmp_path: Path) -> None:
    # p opens the profile (by a message to the app), Esc on the changed form
    # asks to save, s answers: all in one burst, as tmux sends it. On main
    # "Sam" went to home before the profile had mounted, and nothing was saved.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.is_mounted)
        burst(app, ["p", *"Sam", "escape", "s"])
        await until(pilot, lambda: app.journal is not None and app.journal.profile().name)
        await settled(pilot, app)
        assert isinstance(app.screen, HomeScreen)
        assert app.journal is not None and app.journal.profile().name == "Sam"
        assert not any(isinstance(s, (LeaveDialog, ProfileScreen)) for s in app.screen_stack)
