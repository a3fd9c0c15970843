"""Keys that arrive in one burst after Tab go to the field Tab moved to, not the one left."""

from __future__ import annotations

import pytest
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


async def settled(pilot: object, app: App[object]) -> None:
    """Let a burst play out: the app hands on each key only once the field before took its own."""
    quiet = 0
    for _ in range(300):
        await pilot.pause(0.01)  # type: ignore[attr-defined]
        focused = app.focused
        busy = app.message_queue_size or (focused is not None and focused.message_queue_size)
        quiet = 0 if busy else quiet + 1
        if quiet >= 5:
            return


async def test_characters_right_after_tab_land_in_the_next_field() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        burst(app, ["S", "a", "m", "tab", "h", "t", "tab", "1", "2"])
        await settled(pilot, app)
        screen = app.screen
        assert screen.query_one("#name", Input).value == "Sam"
        assert screen.query_one("#linkedin", Input).value == "ht"
        assert screen.query_one("#phone", Input).value == "12"
        # Back again: select-on-focus must not let the next key replace the field left.
        burst(app, ["shift+tab", "shift+tab", "x"])
        await settled(pilot, app)
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


async def test_ctrl_n_right_after_typing_takes_every_key_typed_before_it(tmp_path) -> None:
    # ctrl+n is a priority binding: it ran while "dustries" still waited for the field.
    from screens.walk.step import StepScreen

    app = make_app(journal=Journal.open(tmp_path / "journal.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen.query_one("#company", Input).has_focus
        burst(app, [*"Foldwell Industries", "ctrl+n"])
        await settled(pilot, app)
        assert isinstance(app.screen, StepScreen) and "Step 3" in app.screen.sub_title
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == "Foldwell Industries"


async def test_ctrl_q_right_after_typing_keeps_every_key_typed_before_it(tmp_path) -> None:
    # ctrl+q (priority) flushed the autosave before the field's last change reached the app.
    from coach.walk import WalkState
    from screens.walk.happened import HappenedScreen
    from tests.app.walk_helpers import unsaved_surfaces, until, walk_app

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)
        burst(app, [*"Foldwell Industries", "ctrl+q"])
        # The app ends itself once the letters landed. Leaving run_test sooner (a
        # loaded machine) shut it down from outside, ctrl+q still waiting its turn.
        await until(pilot, lambda: app.return_code is not None)
        assert app.return_code == 0
    assert app.unsaved is not None
    app.unsaved.close()
    walk = unsaved_surfaces(tmp_path / "data")["walk"]["values"]
    assert walk["company"] == "Foldwell Industries"


async def test_a_fields_own_keys_in_a_burst_keep_their_place_among_the_letters() -> None:
    # ctrl+u, End, Backspace are the field's own (non-priority) bindings, which Textual
    # runs only once the key has climbed back up to the app: in a burst the letters
    # typed after them landed first, and ctrl+u then wiped them ("+1 555 0199" -> "9").
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ProfileScreen)
        screen.query_one("#phone", Input).value = "+1 555 0100"
        burst(app, ["tab", "tab", "end", "ctrl+u", *"0199", "backspace", "8", "home", "7"])
        await settled(pilot, app)
        assert screen.query_one("#phone", Input).value == "70198"


async def test_a_key_whose_screen_went_while_it_waited_is_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The screen stack can empty while a key waits for the typing before it (run_test
    # shutting the app down did): handing it on to Textual, which asks for the
    # screen, raised ScreenStackError, which ended the app badly.
    import screens.own_keys

    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        stack = app._screen_stacks[app._current_mode]
        kept = list(stack)

        async def the_last_screen_goes(_: object) -> None:
            stack.clear()

        monkeypatch.setattr(screens.own_keys, "typed_keys_landed", the_last_screen_goes)
        try:
            for key in ("ctrl+u", "x", "escape"):
                await app.on_event(events.Key(key, key if len(key) == 1 else None))
                stack.extend(kept)
        finally:
            if not stack:
                stack.extend(kept)
