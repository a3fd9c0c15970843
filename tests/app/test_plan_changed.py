"""A plan changed from its entry: asked about as a plan made now would be, and told so."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from textual.widgets import Button, Input

from coach.journal import Journal
from coach.plans import Plan
from screens.app import make_app
from screens.dialogs.plan_edit import PlanEditScreen
from screens.home.home import HomeScreen
from screens.journal.entry import EntryScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW, make_entry

TODAY = FIXED_NOW.date()
AFTERNOON = datetime.combine(TODAY, datetime.min.time()).replace(hour=15)


def _said(app: object) -> str:
    return " ".join(n.message for n in app._notifications)  # type: ignore[attr-defined]


async def _change(pilot, when: str, due: str) -> None:
    app = pilot.app
    app.screen.query_one("#plan-edit-0", Button).focus()
    await pilot.pause()
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, PlanEditScreen))
    app.screen.query_one("#plan-when", Input).value = when
    app.screen.query_one("#plan-due", Input).value = due
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(app.screen, EntryScreen))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_plan_changed_to_a_part_of_today_that_is_over_is_not_asked_at_once(
    tmp_path, size: tuple[int, int]
) -> None:
    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    made = FIXED_NOW - timedelta(days=20)
    ahead = TODAY + timedelta(days=5)
    plan = journal.save_plan(Plan(entry.id, "I open my laptop", "write", ahead, created_at=made))
    app = make_app(journal=journal, clock=lambda: AFTERNOON)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await _change(pilot, "I wake up", "today")  # this morning: over at 3 pm
        await until(pilot, lambda: "Plan changed" in _said(app))
        stored = Journal.open(tmp_path / "journal.json").get_plan(plan.id)
        assert (stored.when, stored.due, stored.edited_at) == ("I wake up", TODAY, AFTERNOON)
        assert app.plans.due_plans() == []  # waits as a plan made now would
        assert "coach will ask how it went tomorrow" in _said(app)
        await pilot.press("ctrl+z")  # taken back: its time counts as before the change
        await until(pilot, lambda: "put back" in _said(app))
        back = Journal.open(tmp_path / "journal.json").get_plan(plan.id)
        assert (back.when, back.due, back.edited_at) == (plan.when, plan.due, None)


async def test_a_bare_clock_time_saved_with_change_plan_says_how_it_was_read(tmp_path) -> None:
    # Reviewers: the walk's end said "at 7:30" was read as pm; "Change plan…" said nothing.
    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    plan = journal.save_plan(Plan(entry.id, "I wake up", "write to Sam", TODAY))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await _change(pilot, "at 7:30", "tomorrow")
        await until(pilot, lambda: "Plan changed" in _said(app))
        assert "“7:30” has no am or pm, so coach read it as pm" in _said(app)
        assert "coach will ask how it went" in _said(app)
