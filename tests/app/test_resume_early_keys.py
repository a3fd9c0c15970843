"""Keys typed before "You have an unfinished walk" showed never answer it, and are not lost."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, Static

from coach.walk import WalkState
from screens.app import CoachApp
from screens.dialogs.resume import ResumeScreen
from screens.home.home import HomeScreen
from screens.walk.happened import HappenedScreen
from tests.app.conftest import said
from tests.app.test_nothing_lost import stopped
from tests.app.walk_helpers import leave_walk, until, walk_app


def _burst() -> list[events.Key]:
    """n, 7, Enter, Globex: made now, so read (as by a terminal) before any dialog is drawn."""
    keys = [events.Key("n", "n"), events.Key("7", "7"), events.Key("enter", "\r")]
    return keys + [
        events.Key(c.lower() if c.islower() else f"shift+{c.lower()}", c) for c in "Globex"
    ]


def _home_with_a_walk_waiting(tmp_path: Path) -> CoachApp:
    leave_walk(tmp_path / "data", WalkState(step="happened", company="Acme", notes="they"))
    return walk_app(tmp_path)


async def test_enter_typed_behind_n_does_not_resume_and_later_starts_the_walk_typed(
    tmp_path: Path,
) -> None:
    app = _home_with_a_walk_waiting(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("escape")  # Later
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        for key in _burst():
            app.post_message(key)
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen) and app.screen.early)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ResumeScreen)  # Enter did not resume the old walk
        note = str(dialog.query_one("#resume-early", Static).render())
        assert "not taken as an answer" in note and "7<enter>Globex" in note
        await pilot.press("escape")  # Later: a new walk, with what was typed for it
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        await until(pilot, lambda: app.screen.query_one("#company", Input).value == "Globex")
        assert "Acme" not in app.screen.query_one("#company", Input).value
    stopped(app)


async def test_resume_chosen_after_early_keys_says_they_went_nowhere(tmp_path: Path) -> None:
    app = _home_with_a_walk_waiting(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        for key in _burst():
            app.post_message(key)
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen) and app.screen.early)
        await pilot.pause()
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == "Acme"
        assert any("7<enter>Globex" in notice for notice in said(app))
    stopped(app)
