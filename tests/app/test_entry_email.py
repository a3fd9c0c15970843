"""The entry screen shows the rejection email kept with an entry: as text, private, scrollable."""

from __future__ import annotations

import pytest
from textual.widgets import Collapsible, TextArea

from coach.content import Content, load_content
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.journal.entry import EntryScreen
from tests.conftest import FIXED_NOW, make_entry

TODAY = FIXED_NOW.date()
# Markup-looking text, as an email can hold, must show as typed.
HOSTILE = "Subject: [b]Update[/b] [/ x] [@click=app.quit]x[/]\n\nHi Jo,\n\n"
LONG_EMAIL = HOSTILE + "\n".join(f"Line {n} of a long legal footer." for n in range(300))


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_kept_email_is_shown_as_text_and_scrolls(
    content: Content, size: tuple[int, int]
) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry("Acme", Stage.FINAL, id="m1", email_text=LONG_EMAIL))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        await pilot.app.push_screen(EntryScreen(journal, journal.get("m1"), content, TODAY))
        await pilot.pause()
        folded = app.screen.query_one("#entry-email", Collapsible)
        assert folded.collapsed  # private: shown only when asked for
        folded.collapsed = False
        await pilot.pause()
        shown = app.screen.query_one("#email-text", TextArea)
        assert shown.text == LONG_EMAIL
        assert shown.read_only
        shown.focus()
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        assert shown.scroll_y > 0
        # Reading it is not an edit: Esc leaves without asking to save.
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EntryScreen)
        assert journal.get("m1").email_text == LONG_EMAIL


async def test_an_entry_without_an_email_shows_no_email_section(content: Content) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry("Acme", Stage.FINAL, id="m2"))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.app.push_screen(EntryScreen(journal, journal.get("m2"), content, TODAY))
        await pilot.pause()
        assert not app.screen.query("#entry-email")
