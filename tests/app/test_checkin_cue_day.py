"""A "Not yet" on a plan whose words name a day proposes the next such day (rv44 #7)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from textual.widgets import Input

from coach.model import Stage
from screens.home.checkin import CheckInScreen
from tests.app.test_plans_app import answer, app_at, journal_of
from tests.app.walk_helpers import until
from tests.conftest import make_entry
from tests.unit.test_plans import make_plan


@pytest.mark.parametrize(
    ("now", "proposed"),
    [
        # Saturday itself: Sunday is still this weekend (today would be asked at once).
        (datetime(2026, 11, 28, 10, 0), "Sun 29 Nov"),
        (datetime(2026, 11, 30, 10, 0), "Sat 5 Dec"),  # Monday: the next weekend
    ],
)
async def test_not_yet_on_a_weekend_plan_proposes_the_weekend(
    tmp_path: Path, now: datetime, proposed: str
) -> None:
    journal = journal_of(tmp_path)
    journal.add(make_entry("Acme", Stage.APPLICATION, id="e1"))
    journal.save_plan(make_plan(id="pweek111", when="I sit down this weekend",
                                due=date(2026, 11, 28)))  # fmt: skip
    app = app_at(tmp_path, now)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await answer(pilot, ".not-yet")
        field = app.screen.query_one(".new-due", Input)
        assert field.value == "weekend"
        await until(pilot, lambda: proposed in str(app.screen.query_one(".new-due-day").render()))


def test_the_introduction_names_days_passed_and_to_come_in_no_one_tense() -> None:
    # rv44 #8: "2 plans you made were for Thu 26 Nov and tomorrow."
    from screens.home.checkin import intro

    saturday = date(2026, 11, 28)
    said = intro([date(2026, 11, 26), date(2026, 11, 29)], saturday)
    assert said.startswith("2 plans you made: for Thu 26 Nov and for tomorrow. However")
    passed = intro([date(2026, 11, 26), date(2026, 11, 27)], saturday)
    assert passed.startswith("2 plans you made were for Thu 26 Nov and yesterday.")
    assert intro([date(2026, 11, 29)], saturday).startswith("A plan you made is for tomorrow.")


async def test_not_yet_refuses_a_day_the_plans_words_deny_naming_both(tmp_path: Path) -> None:
    # rv47 D2: "When I sit down on Monday morning…", Not yet, "wednesday", Enter: moved to
    # Wednesday with no word, where the Close step and `coach plans edit` refuse it.
    from coach.plans import PlanStatus

    journal = journal_of(tmp_path)
    journal.add(make_entry("Globex", Stage.APPLICATION, id="e1"))
    journal.save_plan(make_plan(id="pmon1111", when="I sit down on Monday morning",
                                due=date(2026, 11, 23)))  # fmt: skip
    app = app_at(tmp_path, datetime(2026, 11, 28, 10, 0))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await answer(pilot, ".not-yet")
        field = app.screen.query_one(".new-due", Input)
        field.value = "wednesday"
        await pilot.press("enter")
        await until(pilot, lambda: "Monday" in str(app.screen.query_one(".new-due-day").render()))
        said = str(app.screen.query_one(".new-due-day").render())
    plan = journal_of(tmp_path).get_plan("pmon1111")
    assert "Wed 2 Dec" in said and "Monday" in said
    assert (plan.status, plan.due) == (PlanStatus.OPEN, date(2026, 11, 23))


async def test_not_yet_on_a_plan_whose_words_say_today_says_so(tmp_path: Path) -> None:
    # rv49 #6: "When I finish dinner today…" moved to tomorrow without a word; its
    # words, written a week ago, are asked about again on a day they do not mean.
    journal = journal_of(tmp_path)
    journal.add(make_entry("BrightPath Health", Stage.FINAL, id="e1"))
    journal.save_plan(make_plan(id="pdin1111", when="I finish dinner today",
                                due=date(2026, 11, 21),
                                created_at=datetime(2026, 11, 21, 9, 0)))  # fmt: skip
    app = app_at(tmp_path, datetime(2026, 11, 28, 10, 0))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await answer(pilot, ".not-yet")
        app.screen.query_one(".new-due", Input).value = "tomorrow"
        await pilot.press("enter")
        await until(
            pilot, lambda: "Moved" in str(app.screen.query_one(".checkin-outcome").render())
        )
        said = str(app.screen.query_one(".checkin-outcome").render())
    assert "Its words still say today, as written on Sat 21 Nov" in said
    assert "Change plan" in said
    assert journal_of(tmp_path).get_plan("pdin1111").due == date(2026, 11, 29)
