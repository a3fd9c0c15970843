"""The check-in at 40x12 (heading, plan and a focused Done together) and past midnight."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from textual.widgets import Button, Input

from coach.journal import Journal
from coach.paths import locate
from coach.plans import Plan, PlanStatus
from screens.app import make_app
from screens.home.checkin import CheckInScreen
from tests.app.walk_helpers import until
from tests.conftest import make_entry

EVENING = datetime(2026, 11, 30, 23, 59, 25)


def _one_plan_due(tmp_path: Path) -> Journal:
    journal = Journal.open(locate(tmp_path / "data").journal)
    entry = journal.add(make_entry("Acme", id="e1"))
    journal.save_plan(Plan(entry_id=entry.id, when="I wake", then="walk", due=EVENING.date()))
    return journal


async def test_at_40x12_a_short_plan_shows_heading_and_its_focused_done_together(
    tmp_path: Path,
) -> None:
    journal = _one_plan_due(tmp_path)
    app = make_app(journal=journal, places=locate(tmp_path / "data"), clock=lambda: EVENING)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        # The introduction gives way on a short screen (rv19): heading, plan and answers fit.
        frame = app.screen.query_one("#checkin").content_region
        assert frame.contains_region(app.screen.query_one("#checkin-title").region)
        done = app.focused
        assert isinstance(done, Button) and done.has_class("done")
        assert frame.contains_region(done.region)


async def test_not_yet_tomorrow_confirmed_after_midnight_keeps_the_day_shown_and_names_it(
    tmp_path: Path,
) -> None:
    journal = _one_plan_due(tmp_path)
    now = [EVENING]
    app = make_app(journal=journal, places=locate(tmp_path / "data"), clock=lambda: now[0])
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        await pilot.press("right", "enter")
        await until(pilot, lambda: isinstance(app.focused, Input))
        field = app.screen.query_one(".new-due", Input)
        field.value = "tomorrow"
        await pilot.pause()
        assert "tomorrow" in str(app.screen.query_one(".new-due-day").render())
        now[0] = EVENING + timedelta(minutes=1)  # Enter comes just after midnight
        await pilot.press("enter")
        await until(
            pilot, lambda: "Moved" in str(app.screen.query_one(".checkin-outcome").render())
        )
        said = str(app.screen.query_one(".checkin-outcome").render())
        assert said.startswith("Moved to Tue 1 Dec, tomorrow as it was when you chose it")
        assert "that is today now" in said
    (plan,) = Journal.open(locate(tmp_path / "data").journal).plans()
    assert (plan.status, plan.due) == (PlanStatus.OPEN, EVENING.date() + timedelta(days=1))


async def test_the_first_done_has_the_focus_from_the_start_not_the_frame(tmp_path: Path) -> None:
    from coach.plans import due_for_checkin

    journal = _one_plan_due(tmp_path)
    app = make_app(journal=Journal.in_memory(), clock=lambda: EVENING)
    async with app.run_test(size=(80, 24)):
        due = [(plan, "Acme") for plan in due_for_checkin(journal.plans(), EVENING.date())]
        # Before _focus_first has had a refresh: on a busy machine the frame held the
        # focus here (AUTO_FOCUS None meant the app's "*"), and Enter did nothing.
        await app.push_screen(CheckInScreen(due, EVENING.date()))
        focused = app.focused
        assert isinstance(focused, Button) and focused.has_class("done"), focused


async def test_enter_pressed_twice_fast_answers_one_plan_not_the_next_one_too(
    tmp_path: Path,
) -> None:
    from textual import events

    journal = _one_plan_due(tmp_path)
    other = journal.add(make_entry("Globex", id="e2"))
    journal.save_plan(Plan(entry_id=other.id, when="I sit down", then="call", due=EVENING.date()))
    app = make_app(journal=journal, places=locate(tmp_path / "data"), clock=lambda: EVENING)

    def enter(at: float) -> None:
        key = events.Key("enter", "\r")
        key.time = at
        app.post_message(key)

    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckInScreen)
        first = screen.focused
        start = events.Key("enter", "\r").time
        enter(start)  # Done, for the first plan
        await until(pilot, lambda: len(screen.answered) == 1 and screen.focused is not first)
        enter(start + 0.15)  # the same Enter pressed again: the second plan is not read yet
        await pilot.pause()
        await pilot.pause()
        assert len(screen.answered) == 1 and not screen.pending
        enter(start + 2)  # read, then answered
        await until(pilot, lambda: len(screen.answered) == 2)
    assert [plan.status for plan in journal.plans()] == [PlanStatus.DONE, PlanStatus.DONE]
