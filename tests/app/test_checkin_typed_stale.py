"""A day typed for "not yet" and left belongs to the plan's day then: once it moves, it goes."""

from __future__ import annotations

import signal
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Input

from coach.journal import Journal
from coach.plans import move_to
from screens.home.checkin import CheckInScreen
from screens.home.checkin_typing import typed_for, typed_value
from screens.home.home import HomeScreen
from tests.app.test_nothing_lost import _a_plan_due_today, _not_yet_typed, reopen, stopped
from tests.app.walk_helpers import NOW, unsaved_surfaces, until, walk_app

LATER = NOW.date() + timedelta(days=5)


def test_a_typed_day_is_for_the_plan_on_the_day_it_was_typed() -> None:
    kept = typed_value("friday", NOW.date())
    assert typed_for(kept, NOW.date()) == "friday"
    assert typed_for(kept, LATER) is None  # moved since: not this plan's answer any more
    assert typed_for("friday", LATER) == "friday"  # an older coach's: the words alone
    assert typed_for({"typed": 3, "due": LATER.isoformat()}, LATER) is None


async def _moved_elsewhere(tmp_path: Path, plan_id: str) -> None:
    """Another coach answers "not yet" with a later day (or `coach plans edit --on`)."""
    other = Journal.open(tmp_path / "data" / "journal.json")
    other.save_plan(move_to(other.get_plan(plan_id), LATER))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_day_left_typed_does_not_come_back_once_the_plan_moved(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # Reviewers: "friday", typed and left, came back in the field after the plan
    # was moved to another day, and Enter would have used it.
    app = walk_app(tmp_path)
    plan_id = await _a_plan_due_today(app)
    async with app.run_test(size=size) as pilot:
        await _not_yet_typed(pilot, "friday")
        await pilot.press("escape")  # left for later: the typed day is kept for it
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await _moved_elsewhere(tmp_path, plan_id)
        app.plans.check_in(quiet=False)  # the palette's Plans: asked early, before its day
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        field = app.screen.query_one(".new-due", Input)
        assert field.value != "friday" and not field.parent.display
        await pilot.press("escape")
        await pilot.pause()
    stopped(app)
    assert "checkin" not in unsaved_surfaces(tmp_path / "data")


async def test_a_stopped_coachs_day_for_a_plan_moved_since_is_not_put_back(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    plan_id = await _a_plan_due_today(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await _not_yet_typed(pilot, "friday")
        app.handle_exit_signal(signal.SIGHUP)  # the terminal closed before Enter
        await pilot.pause()
    stopped(app)
    await _moved_elsewhere(tmp_path, plan_id)
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, HomeScreen))
        await pilot.pause()
        again.plans.check_in(quiet=False)
        await until(pilot, lambda: isinstance(again.screen, CheckInScreen) and again.focused)
        await pilot.pause()
        assert again.screen.query_one(".new-due", Input).value != "friday"


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_day_typed_before_a_refusal_is_not_kept_for_the_new_day(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # rv37 D6: Enter refused (moved elsewhere), then "Not yet" again opened the field with
    # the old "friday", autosaved under the plan's new day, and back after a restart.
    app = walk_app(tmp_path)
    plan_id = await _a_plan_due_today(app)
    async with app.run_test(size=size) as pilot:
        await _not_yet_typed(pilot, "friday")
        await _moved_elsewhere(tmp_path, plan_id)
        await pilot.press("enter")
        outcome = app.screen.query_one(".checkin-outcome")
        await until(pilot, lambda: "already moved" in str(outcome.render()))
        app.screen.query_one(".not-yet").press()
        field = app.screen.query_one(".new-due", Input)
        await until(pilot, lambda: app.focused is field)
        await pilot.pause()
        assert field.value != "friday", field.value
        app.handle_exit_signal(signal.SIGHUP)  # the terminal closes with the field open
        await pilot.pause()
    stopped(app)
    assert "friday" not in str(unsaved_surfaces(tmp_path / "data"))
