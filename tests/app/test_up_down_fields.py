"""Up and Down in a one-line field move between fields, as Tab does; lists and boxes keep theirs."""

from __future__ import annotations

from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Input, Select, TextArea

from coach.content import load_content
from coach.journal import Journal
from screens.app import make_app
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW, make_entry


def _journal() -> Journal:
    journal = Journal.in_memory()
    journal.add(make_entry("Acme", id="e1", role="Designer", notes="line one\nline two"))
    journal.add(make_entry("Globex", id="e2", notes="line one\nline two"))
    return journal


async def test_up_and_down_step_through_a_form_and_leave_lists_and_boxes_alone() -> None:
    journal = _journal()
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JournalScreen(journal, load_content().content, FIXED_NOW.date())
        await app.push_screen(screen)
        await until(pilot, lambda: bool(screen.shown))
        assert bool(screen.shown)
        table = screen.query_one(EntryTable)
        table.focus()
        await pilot.press("down")  # a list: its cursor moves, the focus stays
        await pilot.pause()
        assert app.focused is table and table.cursor == 1
        await pilot.press("up", "enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        assert isinstance(app.screen, EntryScreen)
        entry = app.screen
        company = entry.query_one("#f-company", Input)
        company.focus()
        await pilot.pause()
        await pilot.press("down")
        await until(pilot, lambda: app.focused is entry.query_one("#f-role", Input))
        assert app.focused is entry.query_one("#f-role", Input)
        await pilot.press("down", "up")
        await until(pilot, lambda: app.focused is entry.query_one("#f-role", Input))
        assert app.focused is entry.query_one("#f-role", Input)
        await pilot.press("up")
        await until(pilot, lambda: app.focused is company)
        assert app.focused is company
        # Down through a dropdown passes it, as it does a field: it opened the
        # Stage list, and the next Down changed the stage (the reviewer's report).
        stage = entry.query_one("#f-stage", Select)
        chosen = stage.value
        entry.query_one("#f-contact", Input).focus()
        await pilot.pause()
        await pilot.press("down")
        await until(pilot, lambda: app.focused is stage)
        await pilot.press("down")
        await until(pilot, lambda: app.focused is entry.query_one("#f-date", Input))
        assert app.focused is entry.query_one("#f-date", Input)
        assert not stage.expanded and stage.value == chosen
        await pilot.press("up", "up")
        await until(pilot, lambda: app.focused is entry.query_one("#f-contact", Input))
        assert stage.value == chosen
        stage.focus()
        await pilot.pause()
        await pilot.press("enter")  # Enter (or Space) still opens it
        await until(pilot, lambda: stage.expanded)
        assert stage.expanded
        await pilot.press("escape")
        await until(pilot, lambda: not stage.expanded)
        notes = entry.query_one("#f-notes", TextArea)
        notes.focus()
        await pilot.pause()
        notes.move_cursor((0, 0))
        await pilot.press("down")  # a text box: the cursor goes down a line
        await pilot.pause()
        assert app.focused is notes and notes.cursor_location[0] == 1
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        assert isinstance(app.screen, CommandPalette)
        commands = app.screen.query_one(CommandList)
        await until(pilot, lambda: commands.option_count > 1)
        before = commands.highlighted
        await pilot.press("down")  # the palette's own list still takes it
        await until(pilot, lambda: commands.highlighted != before)
        assert commands.highlighted != before and isinstance(app.focused, CommandInput)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is entry)
        assert app.screen is entry


def test_help_says_up_and_down_move_between_fields() -> None:
    from screens.dialogs.help import HELP_TEXT

    assert "↓ / ↑ in a one-line field | the next / previous field" in HELP_TEXT
