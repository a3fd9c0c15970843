"""Keys typed on home before the plan check-in opened are home's: it waits, they are not lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from screens.home.checkin import CheckInScreen
from screens.home.home import HomeScreen
from screens.opening import Opening
from screens.walk.kindness import KindnessScreen
from tests.app.test_plans_app import app_at, seed_due_plans
from tests.app.test_tab_burst import burst, settled
from tests.app.walk_helpers import NOW, until


async def test_n_typed_on_home_as_the_plans_are_read_opens_the_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rv51 D1: n then 3, pressed the moment home showed, were read by the
    # check-in that opened over home a second later, and vanished.
    seed_due_plans(tmp_path, 2)
    journal_read = Opening.journal_read

    def typed_as_read(self: Opening, *args: object, **kwargs: object) -> None:
        burst(self.app, ["n", "3"])  # read from the terminal, still in the app's queue
        journal_read(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Opening, "journal_read", typed_as_read)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, Input))
        await settled(pilot, app)
        assert isinstance(app.screen, KindnessScreen)
        assert app.screen.query_one("#mood Input", Input).value == "3"
        assert not any(isinstance(s, CheckInScreen) for s in app.screen_stack)
        # Back on home, the plans are asked about.
        for _ in range(4):
            if isinstance(app.screen, (HomeScreen, CheckInScreen)):
                break
            await pilot.press("escape")
            await pilot.pause()
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen))
        assert isinstance(app.screen, CheckInScreen)
