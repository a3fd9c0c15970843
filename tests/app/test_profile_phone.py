"""A phone number refused in My details is told the rule that refused it (rv41, defect 4)."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from coach.journal import Journal
from coach.model import Profile
from screens.app import make_app
from screens.home.profile import ProfileScreen
from tests.app.walk_helpers import until


@pytest.mark.parametrize(
    ("phone", "says"),
    [
        ("999", "starts with a digit or + and has at least 4 characters"),
        ("call me", "uses digits, spaces and + - ( ) . only"),
    ],
)
async def test_a_refused_phone_number_names_the_rule_it_broke(phone: str, says: str) -> None:
    journal = Journal.in_memory()
    app = make_app(journal=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
        app.screen.query_one("#phone", Input).value = phone
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)  # refused, not saved
        error = str(app.screen.query_one("#phone-error", Static).render())
        assert says in error, error
        assert "or leave it empty" in error
    assert journal.profile() == Profile()
