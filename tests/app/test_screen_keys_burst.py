"""A screen's own keys (Esc, a dialog's arrows) in a burst with others: each in the order typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from coach.journal import Journal
from screens.app import make_app
from screens.dialogs.quit_unsaved import QuitUnsavedDialog
from screens.walk.happened import HappenedScreen
from tests.app.test_choice_burst import until_settled
from tests.app.test_tab_burst import burst, settled
from tests.app.walk_helpers import open_walk, press_to, walk_app


async def test_esc_then_typing_then_next_goes_back_before_the_rest(tmp_path: Path) -> None:
    # Esc (Back) ran only once it had climbed back to the app: the 5 typed after
    # it went into step 2's Company field, and ctrl+n went on with it.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        burst(app, ["escape", "5", "ctrl+n"])
        await settled(pilot, app)
        assert isinstance(app.screen, HappenedScreen)
        assert app.screen.query_one("#company", Input).value == ""
        assert app.walk is not None
        assert app.walk.state.mood_before == 5  # the 5 went to step 1's mood, as typed


async def test_up_then_enter_in_a_dialog_presses_the_button_moved_to() -> None:
    # Up is the dialog's own key; Enter the button's. Enter ran first, on the
    # button Up was leaving: "Up, Enter" kept coach open instead of quitting.
    app = make_app(journal=Journal.in_memory())
    answers: list[str | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(QuitUnsavedDialog("Read-only file system"), answers.append)
        await until_settled(pilot, lambda: app.focused is not None)
        assert app.focused is not None and app.focused.id == "quit-stay"
        burst(app, ["up", "enter"])
        await until_settled(pilot, lambda: answers)
    assert answers == ["quit"]
