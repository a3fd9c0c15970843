"""A phone number in My details: refused ones are told the rule that refused them (rv41, rv43)."""

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
        ("999", "has at least 4 digits"),
        ("1---", "has at least 4 digits"),  # four characters, one digit: taken before rv43
        ("12 (", "has at least 4 digits"),
        ("020 +44", "has its + only at the start"),
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
        # Its Changed (which clears an error shown) lands first, as a typed number's does.
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)  # refused, not saved
        error = str(app.screen.query_one("#phone-error", Static).render())
        assert says in error, error
        assert "or leave it empty" in error
    assert journal.profile() == Profile()


@pytest.mark.parametrize("phone", ["+(44) 20 7946 0958", "(020) 7946 0958", "+ 44 20 7946 0958"])
async def test_a_number_written_as_people_write_it_is_kept(phone: str) -> None:
    # rv43 S6: refused with "starts with a digit or + and has at least 4 characters",
    # which each of them meets.
    journal = Journal.in_memory()
    app = make_app(journal=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
        app.screen.query_one("#phone", Input).value = phone
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, ProfileScreen))
    assert journal.profile().phone == phone
