"""The entry editor shows the day a typed date is kept as, and says when that is last year."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static

from coach.content import load_content
from coach.dates import received_preview
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW, make_entry

TODAY = date(2026, 11, 25)


def test_the_preview_says_a_year_taken_but_not_typed() -> None:
    assert received_preview("Dec 25", TODAY) == "Dec 25 → 25 Dec 2025 (last year)"
    assert received_preview("25 December 2025", TODAY) == "25 December 2025 → 25 Dec 2025"
    assert received_preview("Nov 20", TODAY) == "Nov 20 → 20 Nov 2026"
    assert received_preview("yesterday", date(2026, 1, 1)) == "yesterday → 31 Dec 2025 (last year)"
    assert received_preview("", TODAY) == "today → 25 Nov 2026"
    assert received_preview("Feb 30", TODAY) == ""
    assert received_preview("tomorrow", TODAY) == ""


def test_a_year_typed_in_two_digits_is_a_year_typed() -> None:
    # "(last year)" is for a year the person did not write; 25 in 20/11/25 is one they did.
    assert received_preview("20/11/25", TODAY) == "20/11/25 → 20 Nov 2025"
    assert received_preview("20.11.25", TODAY) == "20.11.25 → 20 Nov 2025"
    assert received_preview("3 days ago", TODAY) == "3 days ago → 22 Nov 2026"
    assert received_preview("Dec 3", TODAY) == "Dec 3 → 3 Dec 2025 (last year)"


def test_a_day_and_month_in_numbers_gets_a_preview_too() -> None:
    assert received_preview("25/12", TODAY) == "25/12 → 25 Dec 2025 (last year)"
    assert received_preview("20/11", TODAY) == "20/11 → 20 Nov 2026"


async def test_the_entry_editor_shows_the_day_before_the_save() -> None:
    journal = Journal.in_memory()
    journal.add(make_entry("Acme", Stage.NO_REPLY, id="e1", date=date(2026, 11, 1)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(JournalScreen(journal, load_content().content, TODAY))
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        screen = app.screen
        preview = screen.query_one("#e-date-on", Static)
        assert not preview.display  # the stored day, as a date already: nothing to add
        field = screen.query_one("#f-date", Input)
        field.focus()
        field.value = ""
        await pilot.press(*"Dec 25")
        await until(pilot, lambda: preview.display)
        assert str(preview.render()) == "Dec 25 → 25 Dec 2025 (last year)"
        assert preview.region.height == 1 and preview.region.y > field.region.y
        field.value = "Feb 30"
        await pilot.pause()
        assert not preview.display
        assert "not on the calendar" in str(screen.query_one("#e-date", Static).render())
        field.value = "Dec 25"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: journal.get("e1").date == date(2025, 12, 25))
        # The field then shows the day it was saved as, not the words typed: "last
        # friday" kept would name another day next week.
        await until(pilot, lambda: field.value == "2025-12-25")
        assert field.value == "2025-12-25"
        await pilot.pause()
        assert not preview.display
        assert not screen.dirty
        # An empty mood field says so (rv19: compact and blank, it could not be seen).
        after = screen.query_one("#f-mood-after", Input)
        assert after.value == "" and "not given" in after.placeholder
        # The mood fields take digits only, as the walk's does ("3@" went in before).
        mood = screen.query_one("#f-mood-before", Input)
        mood.focus()
        mood.value = ""
        await pilot.press("3", "@", "x")
        await pilot.pause()
        assert mood.value == "3"
