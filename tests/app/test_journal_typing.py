"""Typing a word on the journal's list filters it; a delete needs its button, never a letter."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Button, Input

from coach.content import Content, load_content
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.dialogs.confirm import ConfirmScreen
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable
from tests.conftest import FIXED_NOW, make_entry


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


def four_entries() -> Journal:
    journal = Journal.in_memory()
    for day, name in enumerate(("Brightloop", "Outside One", "Outside Two", "Dyson"), start=1):
        journal.add(make_entry(name, Stage.FINAL, id=f"e{day}", date=date(2026, 11, day)))
    return journal


async def open_journal(app, pilot, journal: Journal, content: Content) -> JournalScreen:
    screen = JournalScreen(journal, content, FIXED_NOW.date())
    await app.push_screen(screen)
    await pilot.pause()
    await pilot.press("down")
    await pilot.pause()
    assert isinstance(app.focused, EntryTable)
    return screen


@pytest.mark.parametrize("word", ["dyson", "outside"])
async def test_a_word_typed_on_the_list_deletes_nothing(content: Content, word: str) -> None:
    # The reviewer's steps: Down onto the list, then "dyson": d opened the
    # delete dialog and y confirmed it.
    journal = four_entries()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(app, pilot, journal, content)
        for letter in word:
            await pilot.press(letter)
            await pilot.pause()
        assert len(journal) == 4
        await pilot.press("escape")
        await pilot.pause()
        assert len(journal) == 4


@pytest.mark.parametrize("word", ["dyson", "rakuten", "undo", "jones", "kite"])
async def test_every_letter_of_a_word_typed_on_the_list_goes_to_the_filter(
    content: Content, word: str
) -> None:
    # No letter is a key of the list: "rakuten" opened the reply draft on r and
    # typed the rest into it; u undid a delete; j and k moved the cursor.
    journal = four_entries()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(app, pilot, journal, content)
        for letter in word:
            await pilot.press(letter)
            await pilot.pause()
        assert app.screen is screen
        assert screen.query_one("#journal-filter", Input).value == word
        assert len(journal) == 4


async def test_a_letter_that_is_no_key_of_the_list_starts_the_filter(content: Content) -> None:
    journal = four_entries()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(app, pilot, journal, content)
        await pilot.press(*"outside")
        await pilot.pause()
        box = screen.query_one("#journal-filter", Input)
        assert app.focused is box
        assert box.value == "outside"  # the first letter too, not just what followed
        assert [e.company for e in screen.shown] == ["Outside Two", "Outside One"]
        await pilot.press("enter")  # to the results, then on typing: added to the filter
        await pilot.pause()
        assert isinstance(app.focused, EntryTable)
        await pilot.press("space", "t")
        await pilot.pause()
        assert box.value == "outside t"


async def test_the_delete_dialog_takes_no_y_and_deletes_on_its_button(content: Content) -> None:
    journal = four_entries()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_journal(app, pilot, journal, content)
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert app.focused is dialog.query_one("#confirm-no", Button)
        assert "(y)" not in str(dialog.query_one("#confirm-yes", Button).label)
        await pilot.press("y", "enter")  # y does nothing; Enter is on "Keep it"
        await pilot.pause()
        assert len(journal) == 4
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("left", "enter")  # the Delete button itself
        await pilot.pause()
        assert len(journal) == 3
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert len(journal) == 4


async def test_a_question_mark_typed_on_the_list_filters_too(content: Content) -> None:
    # The reviewer: a leading ? opened Help instead of going to the filter.
    from screens.dialogs.help import HelpScreen

    journal = four_entries()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(app, pilot, journal, content)
        await pilot.press("question_mark", "x")
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one("#journal-filter", Input).value == "?x"
        await pilot.press("down", "f1")  # Help is still one key away from the list
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
