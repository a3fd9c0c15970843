"""The close step's "By when?" follows the day the plan's words name (rv44 #1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input, Static

from coach.walk import WalkState
from screens.home.home import HomeScreen
from tests.app.test_plans_app import app_at, journal_of, pick
from tests.app.walk_helpers import NOW, resume_walk, type_into, until, walk_to_close

MONDAY = date(2026, 11, 30)  # the Monday after NOW, Wednesday 25 November


def _hint(app: object) -> str:
    return str(app.screen.query_one("#plan-due-day", Static).render())  # type: ignore[attr-defined]


async def test_an_empty_by_when_follows_the_day_the_words_name(tmp_path: Path) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_close(pilot)
        close = app.screen
        await pick(pilot, 0)  # an idea, its own day suggested; then words of their own
        await type_into(pilot, "#plan-when", "I finish dinner on Monday")
        await until(pilot, lambda: "Mon 30 Nov" in _hint(app))
        field = close.query_one("#plan-due", Input)
        assert (field.value, field.placeholder) == ("", "monday")
        await type_into(pilot, "#plan-then", "write to Sam")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [plan] = journal_of(tmp_path).plans()
    assert (plan.when, plan.due) == ("I finish dinner on Monday", MONDAY)


async def test_a_day_typed_against_the_words_is_said_before_saving(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        await pick(pilot, len(close.ideas))  # my own plan
        await type_into(pilot, "#plan-when", "I finish dinner on Monday")
        await type_into(pilot, "#plan-then", "write to Sam")
        await type_into(pilot, "#plan-due", "today")
        await pilot.press("ctrl+n")
        error = close.query_one("#plan-error", Static)
        await until(pilot, lambda: "Monday" in str(error.render()))
        assert str(error.render()) == (
            "The plan's words say Monday, but its day is today: make them agree, "
            "or clear By when? to follow the words."
        )
        assert app.screen is close and close.focused is close.query_one("#plan-due")
        await pilot.press("end", "ctrl+u")  # cleared: the words' day, and saved
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [plan] = journal_of(tmp_path).plans()
    assert plan.due == MONDAY
