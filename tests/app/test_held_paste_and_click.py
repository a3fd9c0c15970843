"""A paste or a click read behind held keys waits in their line; a hold that gives up loses none."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Button, Input

from screens.home.home import HomeScreen
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from tests.app.test_tab_burst import burst, settled
from tests.app.walk_helpers import open_walk, press_to, until, walk_app


def send(app: object, event: events.Event) -> None:
    """Hand one event to the app as the terminal's reader does, behind any keys sent before."""
    event.set_sender(app)  # type: ignore[arg-type]
    app._driver.send_message(event)  # type: ignore[attr-defined]


def company(app: object) -> str:
    return app.screen.query_one("#company", Input).value  # type: ignore[attr-defined]


async def test_a_paste_behind_enter_on_step_one_lands_in_step_two_in_order(
    tmp_path: Path,
) -> None:
    # Enter on step 1 opens step 2, and the keys behind it are held for it. The
    # paste between "G" and "x" went ahead of them, into step 1's mood field.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        burst(app, ["4", "enter", "G"])
        send(app, events.Paste("lobe"))
        burst(app, ["x"])
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen) and app.focused)
        await settled(pilot, app)
        assert isinstance(app.screen, HappenedScreen)
        assert company(app) == "Globex"
        assert app.walk is not None and app.walk.state.mood_before == 4


async def test_a_click_behind_enter_on_step_one_goes_to_step_two_before_the_keys_after_it(
    tmp_path: Path,
) -> None:
    # A click on step 2's Role field, then "Dev", all read while step 2 opens:
    # the click went to step 1 at once, and "Dev" to step 2's Company.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await pilot.press("4")
        await press_to(pilot, "ctrl+n", HappenedScreen)
        x, y = app.screen.query_one("#role", Input).region.center
        await press_to(pilot, "escape", KindnessScreen)
        burst(app, ["enter"])
        for kind in (events.MouseDown, events.MouseUp):
            send(app, kind(None, x, y, 0, 0, 1, False, False, False, x, y))
        burst(app, [*"Dev"])
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen) and app.focused)
        await settled(pilot, app)
        assert isinstance(app.screen, HappenedScreen)
        assert app.screen.query_one("#role", Input).value == "Dev"
        assert company(app) == ""


class NoFocusScreen(Screen[None]):
    """A screen that never focuses anything of its own (Textual's auto focus off)."""

    AUTO_FOCUS = ""

    def compose(self) -> ComposeResult:
        yield Button("Done")
        yield Input(id="field")


async def test_keys_held_past_the_longest_hold_go_into_the_screens_first_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The hold gives up on a screen that never takes the focus: the held keys
    # then went to the screen itself, and its letters were lost.
    monkeypatch.setattr("screens.opening_keys.LONGEST_HOLD", 0.2)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.is_mounted)
        await pilot.press("down")  # the app has had a key: a new screen would be focused
        app.push_screen(NoFocusScreen())
        burst(app, [*"abc"])
        await until(pilot, lambda: app.screen.query("#field") and app.focused)
        await settled(pilot, app)
        assert isinstance(app.screen, NoFocusScreen)
        assert app.screen.query_one("#field", Input).value == "abc"


async def test_a_key_typed_right_after_a_click_on_homes_menu_lands_in_the_walk(
    tmp_path: Path,
) -> None:
    # The click's choice climbs from the menu to home, then to the app, which
    # opens the walk: the 7 typed at once was read first, by home, and lost.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.is_mounted)
        menu = app.screen.query_one("#home-menu")
        x, y = menu.region.x + 4, menu.region.y + 1  # "New rejection", the first choice
        for kind in (events.MouseDown, events.MouseUp):
            send(app, kind(None, x, y, 0, 0, 1, False, False, False, x, y))
        burst(app, ["7"])
        await until(pilot, lambda: isinstance(app.focused, Input))
        await settled(pilot, app)
        assert isinstance(app.screen, KindnessScreen)
        assert app.screen.query_one("#mood Input", Input).value == "7"


async def test_a_paste_straight_after_j_on_home_lands_in_the_journal_filter(
    tmp_path: Path,
) -> None:
    # rv18: j, then a paste of "acme", then "2": the filter read "2". The paste
    # went to the list, which had the focus and takes no text; keys go on to the filter.
    from coach.model import Stage
    from screens.journal.journal import JournalScreen
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    # An entry: the journal then opens on its list, not its filter.
    app.journal.add(make_entry("Initech", Stage.FINAL))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.is_mounted)
        burst(app, ["j"])
        send(app, events.Paste("acme"))
        burst(app, ["2"])
        await until(pilot, lambda: isinstance(app.screen, JournalScreen) and app.focused)
        await settled(pilot, app)
        assert app.screen.query_one("#journal-filter", Input).value == "acme2"
