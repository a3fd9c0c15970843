"""An entry shows the if-then plans made from it, open or closed, before their day comes."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Static

from coach.journal import Journal
from coach.plans import Plan, PlanStatus, plan_state
from screens.app import make_app
from screens.home.home import HomeScreen
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW, make_entry

TODAY = FIXED_NOW.date()


def test_a_plan_says_where_it_stands_in_words() -> None:
    ahead = Plan("e", "Saturday comes", "I redo my resume", TODAY + timedelta(days=2))
    assert plan_state(ahead, TODAY).startswith("for ")
    late = Plan("e", "x", "y", TODAY - timedelta(days=1))
    assert plan_state(late, TODAY) == "waiting since yesterday"
    done = Plan("e", "x", "y", TODAY, status=PlanStatus.DONE, closed_on=TODAY)
    assert plan_state(done, TODAY) == f"done on {TODAY.isoformat()}"
    dropped = Plan("e", "x", "y", TODAY, status=PlanStatus.DROPPED)
    assert plan_state(dropped, TODAY) == "let go"


async def test_the_entry_lists_its_plans_literally_and_only_its_own() -> None:
    journal = Journal.in_memory()
    entry = make_entry("Plancraft")
    other = make_entry("Elsewhere Ltd")
    journal.add(entry)
    journal.add(other)
    due = TODAY + timedelta(days=3)
    journal.save_plan(Plan(entry.id, "I sit down on [b]Saturday[/b]", "I will compare my CV", due))
    journal.save_plan(
        Plan(
            entry.id,
            "the week starts",
            "I ask a friend for a mock interview",
            TODAY,
            status=PlanStatus.DONE,
            closed_on=TODAY,
        )
    )
    journal.save_plan(Plan(other.id, "never shown here", "not this entry's", due))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        table = app.screen.query_one(EntryTable)
        await until(pilot, lambda: table.row_count == 2)
        await pilot.press("slash", *"Plancraft")
        await until(pilot, lambda: table.row_count == 1)
        await pilot.press("down")
        await until(pilot, lambda: table.has_focus)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        shown = [str(s.render()) for s in app.screen.query(".entry-plan").results(Static)]
    assert len(shown) == 2
    assert shown[0].startswith("When I sit down on [b]Saturday[/b], I will compare my CV")
    assert "for " in shown[0] and "Plans of your own" in shown[0]
    assert f"done on {TODAY.isoformat()}" in shown[1]
    assert not any("never shown here" in text for text in shown)


async def test_an_entry_without_plans_has_no_plans_section() -> None:
    journal = Journal.in_memory()
    entry = make_entry("Noplan")
    journal.add(entry)
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        assert not app.screen.query(".entry-plan")
        titles = [str(s.render()) for s in app.screen.query(".section-title").results(Static)]
        assert "Plans made from this one" not in titles
