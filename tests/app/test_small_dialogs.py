"""At 40x12 the dialogs show what they ask about and how to answer or close them."""

from __future__ import annotations

from datetime import date

import pytest

from coach.content import Content, load_content
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.dialogs.confirm import ConfirmScreen
from screens.journal.journal import JournalScreen
from tests.app.test_small_terminal import screen_text
from tests.conftest import FIXED_NOW, make_entry


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


@pytest.mark.parametrize(
    ("company", "shown"),
    [("Zeta [i]", "Delete Zeta [i] — Role [b]8"), ("Acme [b] " + "x" * 400, "Delete Acme [b]")],
)
async def test_the_delete_question_names_the_entry_at_40x12(
    content: Content, company: str, shown: str
) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry(company, Stage.APPLICATION, role="Role [b]8", date=date(2026, 11, 15)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await app.push_screen(JournalScreen(journal, content, FIXED_NOW.date()))
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        text = screen_text(app)
        # Which entry, and both answers, all at once.
        assert shown in text
        assert "Delete (y)" in text and "Keep it (n)" in text
