"""The check-in's introduction names each plan's day as it stands, not as it was opened."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Input, Static

from coach.dates import describe_day
from coach.plans import move_to
from screens.home.checkin import CheckInScreen
from tests.app.test_plans_app import answer, app_at, journal_of, seed_due_plans
from tests.app.walk_helpers import NOW, until

TODAY = NOW.date()


def said(app: object) -> str:
    return " ".join(str(app.screen.query_one("#checkin-intro", Static).render()).split())  # type: ignore[attr-defined]


async def test_a_plan_moved_by_another_coach_moves_the_introduction_too(tmp_path: Path) -> None:
    # rv38: "A plan you made was for Thu 26 Nov" stayed over a row that said the
    # plan was now planned for Sun 20 Dec.
    seed_due_plans(tmp_path, 2)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        yesterday = describe_day(TODAY - timedelta(days=1), TODAY)
        assert said(app).startswith(f"2 plans you made were for {yesterday} and today."), said(app)
        later = TODAY + timedelta(days=7)
        other = journal_of(tmp_path)  # a second coach moves the first plan shown a week on
        other.save_plan(move_to(other.get_plan("p1"), later))
        await answer(pilot, ".done")
        await until(
            pilot, lambda: "Another coach" in str(app.screen.query_one(".checkin-outcome").render())
        )
        week = describe_day(later, TODAY)
        assert said(app).startswith(f"2 plans you made are for today and {week}."), said(app)


async def test_not_yet_moves_the_introduction_and_undo_moves_it_back(tmp_path: Path) -> None:
    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert said(app).startswith("A plan you made is for today."), said(app)
        await answer(pilot, ".not-yet")
        app.screen.query_one(".new-due", Input).value = "in 5 days"
        await pilot.press("enter")
        await until(
            pilot, lambda: "Moved" in str(app.screen.query_one(".checkin-outcome").render())
        )
        moved = describe_day(TODAY + timedelta(days=5), TODAY)
        assert said(app).startswith(f"A plan you made is for {moved}."), said(app)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: app.screen.query(".not-yet"))
        await until(pilot, lambda: said(app).startswith("A plan you made is for today."))
        assert said(app).startswith("A plan you made is for today."), said(app)
