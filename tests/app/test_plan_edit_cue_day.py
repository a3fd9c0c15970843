"""Change plan…: a day left as it was follows new words' day; one typed against them is said."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from textual.widgets import Input, Static

from coach.journal import Journal
from coach.plans import Plan
from screens.app import make_app
from screens.dialogs.plan_edit import PlanEditScreen
from screens.home.home import HomeScreen
from tests.app.walk_helpers import until
from tests.conftest import make_entry

SATURDAY = datetime(2026, 11, 28, 10, 0)
MONDAY = date(2026, 11, 30)


async def test_change_plan_follows_the_day_new_words_name_and_refuses_one_against_them(
    tmp_path,
) -> None:
    # rv44 #1, in the app's counterpart of `coach plans edit`.
    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    made = SATURDAY - timedelta(days=3)
    plan = journal.save_plan(Plan(entry.id, "I open my laptop", "write", date(2026, 12, 2),
                                  created_at=made))  # fmt: skip
    app = make_app(journal=journal, clock=lambda: SATURDAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        dialog = PlanEditScreen(plan, SATURDAY.date(), lambda: SATURDAY)
        results: list[Plan | None] = []
        app.push_screen(dialog, callback=results.append)
        await until(pilot, lambda: app.screen is dialog)
        note = dialog.query_one("#plan-edit-note", Static)
        dialog.query_one("#plan-when", Input).value = "I finish dinner on Monday"
        await until(pilot, lambda: "Mon 30 Nov, the day the words name" in str(note.render()))
        dialog.query_one("#plan-due", Input).value = "tuesday"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "words say Monday" in str(note.render()))
        assert app.screen is dialog and not results
        assert str(note.render()) == (
            "The plan's words say Monday, but its day is Tue 1 Dec: make them agree, "
            "or clear On to follow the words."
        )
        dialog.query_one("#plan-due", Input).value = ""  # cleared: the words' day
        await pilot.press("ctrl+s")
        await until(pilot, lambda: results)
    [changed] = results
    assert changed is not None and (changed.when, changed.due) == (
        "I finish dinner on Monday",
        MONDAY,
    )
