"""Enter on "My details for replies" goes on as in the walk: next field, and in the last, save."""

from __future__ import annotations

from textual.widgets import Input, Static

from coach.journal import Journal
from coach.model import Profile
from screens.app import make_app
from screens.home.home import HomeScreen
from screens.home.profile import ProfileScreen
from tests.app.test_tab_burst import burst, settled
from tests.app.walk_helpers import until


async def test_enter_goes_field_by_field_and_in_phone_saves_and_closes() -> None:
    # rv38: Enter in Phone landed on "Back (Esc)", and a second Enter asked
    # "Save your details before leaving?" where the walk's same move goes on.
    journal = Journal.in_memory()
    app = make_app(journal=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.focused, Input))
        screen = app.screen
        assert isinstance(screen, ProfileScreen)
        burst(app, [*"Sam", "enter", *"linkedin.com/in/sam", "enter", *"+1 555 0100"])
        await settled(pilot, app)
        assert screen.query_one("#name", Input).value == "Sam"
        assert screen.query_one("#linkedin", Input).value == "linkedin.com/in/sam"
        assert screen.focused is screen.query_one("#phone", Input)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert isinstance(app.screen, HomeScreen)
        await until(pilot, lambda: journal.profile().phone)
    assert journal.profile() == Profile(
        name="Sam", linkedin_url="linkedin.com/in/sam", phone="+1 555 0100"
    )


async def test_enter_in_phone_with_a_bad_address_stays_and_points_at_it() -> None:
    journal = Journal.in_memory()
    app = make_app(journal=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.focused, Input))
        screen = app.screen
        screen.query_one("#linkedin", Input).value = "not an address"
        screen.query_one("#phone", Input).focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.focused is screen.query_one("#linkedin", Input)
        assert "web address" in str(screen.query_one("#linkedin-error", Static).render())
    assert journal.profile() == Profile()
