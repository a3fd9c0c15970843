"""Keys that arrive in one burst after Tab go to the field Tab moved to, not the one left."""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widgets import Input

from coach.journal import Journal
from screens.app import make_app
from screens.home.profile import ProfileScreen


def burst(app: App[object], keys: list[str]) -> None:
    """Hand the keys to the app all at once, as a busy terminal or tmux send-keys does."""
    driver = app._driver
    assert driver is not None
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else ("\t" if key == "tab" else None))
        event.set_sender(app)
        driver.send_message(event)


async def test_characters_right_after_tab_land_in_the_next_field() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        burst(app, ["S", "a", "m", "tab", "h", "t", "tab", "1", "2"])
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#name", Input).value == "Sam"
        assert screen.query_one("#linkedin", Input).value == "ht"
        assert screen.query_one("#phone", Input).value == "12"
        # Back again: select-on-focus must not let the next key replace the field left.
        burst(app, ["shift+tab", "shift+tab", "x"])
        await pilot.pause()
        assert screen.query_one("#phone", Input).value == "12"
        assert screen.query_one("#linkedin", Input).value == "ht"
        assert screen.query_one("#name", Input).value == "x"


def test_no_text_area_wants_tab_for_itself() -> None:
    # Tab is the app's (a priority binding): a TextArea that indents with it would never get it.
    from pathlib import Path

    from textual.widgets import TextArea

    assert TextArea().tab_behavior == "focus"  # the default every TextArea here relies on
    screens = Path(__file__).resolve().parents[2] / "screens"
    for module in screens.rglob("*.py"):
        assert "indent" not in module.read_text(encoding="utf-8"), module
