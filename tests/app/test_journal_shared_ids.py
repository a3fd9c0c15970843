"""Two entries a sync tool gave one id: two rows in the app, a plain notice, nothing changed."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Static

from coach.content import load_content
from coach.journal import Journal
from coach.records import entry_to_record
from screens.app import make_app
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable
from tests.conftest import FIXED_NOW, make_entry


def twins() -> Journal:
    """Co0 and DupTwin share the id "twin"; Co2 has its own."""
    journal = Journal.in_memory()
    journal.add(make_entry("Co0", id="twin", notes="first", date=date(2026, 11, 1)))
    journal.add(make_entry("DupTwin", id="twin", notes="second", date=date(2026, 11, 2)))
    journal.add(make_entry("Co2", id="own", date=date(2026, 11, 3)))
    return journal


def stored(journal: Journal) -> list[dict[str, object]]:
    return sorted((entry_to_record(e) for e in journal.entries()), key=str)


async def test_both_rows_show_the_notice_says_repair_and_nothing_is_changed_or_deleted() -> None:
    journal = twins()
    before = stored(journal)
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JournalScreen(journal, load_content().content, FIXED_NOW.date())
        await pilot.app.push_screen(screen)
        await pilot.pause()
        table = screen.query_one(EntryTable)
        rows = [table.render_line(y).text for y in range(1, 4)]
        assert [row.split()[1] for row in rows] == ["Co2", "DupTwin", "Co0"]
        notice = screen.query_one("#journal-shared", Static)
        assert notice.display and "coach repair" in str(notice.render())
        assert "2 entries share the id twin" in str(notice.render())
        # Delete and the reply draft on a twin: refused, said, no question asked.
        await pilot.press("down", "delete", "ctrl+r")
        await pilot.pause()
        assert app.screen is screen
        assert sum("coach repair" in n.message for n in app._notifications) == 2
        # Opened, it is the twin's own record, to read only: Save and Delete refuse.
        await pilot.press("enter")
        await pilot.pause()
        entry_screen = app.screen
        assert isinstance(entry_screen, EntryScreen)
        company = entry_screen.query_one("#f-company", Input)
        assert company.value == "DupTwin" and company.disabled
        assert "read only" in str(entry_screen.query_one("#entry-shared", Static).render())
        await pilot.press("ctrl+s", "ctrl+d")
        await pilot.pause()
        assert app.screen is entry_screen  # no delete question
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert table.current is not None and table.current.company == "DupTwin"
    assert stored(journal) == before


def test_the_cursor_stays_on_the_twin_it_was_on_even_once_repair_renumbers_it() -> None:
    import dataclasses

    from screens.widgets.entry_table import place_of

    first = make_entry("Co0", id="twin", date=date(2026, 11, 2))
    second = make_entry("DupTwin", id="twin", date=date(2026, 11, 1))
    read_again = [dataclasses.replace(first), dataclasses.replace(second)]
    assert place_of(read_again, second) == 1
    renumbered = [dataclasses.replace(first), dataclasses.replace(second, id="fresh")]
    assert place_of(renumbered, second) == 1
    assert place_of(renumbered, first) == 0
    assert place_of(renumbered, make_entry("Gone", id="gone")) == 0


async def test_a_shared_id_that_looks_like_markup_is_shown_as_typed() -> None:
    # Ids come from the file, and a hand edit can make them anything: "[/b]" in a
    # toast read as markup stopped the app.
    journal = Journal.in_memory()
    journal.add(make_entry("Co0", id="[/b]", date=date(2026, 11, 1)))
    journal.add(make_entry("DupTwin", id="[/b]", date=date(2026, 11, 2)))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JournalScreen(journal, load_content().content, FIXED_NOW.date())
        await pilot.app.push_screen(screen)
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause(0.3)
        assert app.screen is screen
        said = [n for n in app._notifications if "share the id [/b]" in n.message]
        # The toast draws later than the pilot looks (in tmux it stopped the app as it
        # drew): the notice must go out as plain text.
        assert said and not any(n.markup for n in said)
