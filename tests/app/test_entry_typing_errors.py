"""The entry editor's error lines: gone as soon as the words change, never red at each key."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, Static

from coach.content import load_content
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.journal.entry import EntryScreen
from screens.journal.entry_dates import held_while_typed
from tests.app.walk_helpers import toasts_never_expire, until
from tests.conftest import FIXED_NOW, make_entry

TODAY = FIXED_NOW.date()


def test_only_what_more_typing_may_mend_waits() -> None:
    assert held_while_typed("", "3 d", "2027-0", TODAY) == {"e-company", "e-date", "e-reapply"}
    # Read in full and still no: said at once.
    assert held_while_typed("Acme", "2030-01-01", "next spring", TODAY) == set()
    assert held_while_typed("Acme", "Feb 30", "", TODAY) == set()


async def test_errors_wait_while_a_field_is_typed_anew_and_go_once_it_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    toasts_never_expire(monkeypatch)  # a toast goes only when taken back
    journal = Journal.in_memory()
    journal.add(make_entry("Acme", Stage.NO_REPLY, id="e1", date=date(2026, 11, 1)))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = EntryScreen(journal, journal.get("e1"), load_content().content, TODAY)
        await app.push_screen(screen)
        await until(pilot, lambda: isinstance(app.focused, Input))

        def red(error_id: str) -> str:
            shown = screen.query_one(f"#{error_id}", Static)
            return str(shown.render()) if shown.display else ""

        for field_id, words in (
            ("f-company", "Globex"),
            ("f-date", "3 days ago"),
            ("f-reapply", "2027-05-01"),
        ):
            field = screen.query_one(f"#{field_id}", Input)
            field.focus()
            await pilot.pause()
            await pilot.press("ctrl+u")  # emptied, to be typed anew
            for letter in ["", *words]:
                if letter:
                    await pilot.press(letter)
                await pilot.pause()
                errors = [red(e) for e in ("e-company", "e-date", "e-reapply")]
                assert errors == ["", "", ""], (field.value, errors)
        date_field = screen.query_one("#f-date", Input)
        date_field.focus()
        await pilot.press("ctrl+u", *"3 d")
        await pilot.pause()
        assert "not a date I know yet" in str(screen.query_one("#e-date-on", Static).render())
        await pilot.press("ctrl+s")  # refused: now said in full
        await until(pilot, lambda: red("e-date"))
        assert "not a date I know" in red("e-date")
        assert journal.get("e1").company == "Acme"
        assert any("need a look" in n.message for n in app._notifications)
        await pilot.press("a")  # mending it: the old error goes at once, its toast too
        await pilot.pause()
        assert red("e-date") == ""
        assert not any("need a look" in n.message for n in app._notifications)
        await pilot.press("ctrl+u", *"tomorrow")  # read in full, and ahead of today: said
        await pilot.pause()
        assert "ahead of today" in red("e-date")
