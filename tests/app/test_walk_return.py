"""Coming back to a walk step (Back, Resume): typing goes on where it was, nothing replaced."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from coach.walk import WalkState
from screens.dialogs.support import SupportScreen
from screens.walk.close import CloseScreen
from screens.walk.decide import DecideScreen
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.reflect import ReflectScreen
from screens.walk.vent import VentScreen
from tests.app.walk_helpers import (
    leave_walk,
    open_walk,
    press_to,
    type_into,
    unsaved_surfaces,
    until,
    walk_app,
)


async def test_back_to_what_happened_adds_to_the_company_not_replaces_it(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await press_to(pilot, "ctrl+n", VentScreen)
        await press_to(pilot, "escape", HappenedScreen)
        await pilot.press("Q")
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == "AcmeQ"


async def test_back_to_the_mood_adds_to_it_not_replaces_it(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await pilot.press("1")
        await press_to(pilot, "enter", SupportScreen)  # the crisis lines, after a low mood
        await press_to(pilot, "escape", HappenedScreen)
        await press_to(pilot, "escape", KindnessScreen)
        await pilot.press("0")
        await pilot.pause()
        assert app.screen.query_one("#mood Input", Input).value == "10"


async def test_resume_returns_to_the_field_typing_was_in(tmp_path: Path) -> None:
    state = WalkState(step="happened", company="Acme", role="Dev", contact="Ana", focused="contact")
    leave_walk(tmp_path / "data", state)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_to(pilot, "r", HappenedScreen)
        await until(pilot, lambda: getattr(app.focused, "id", None) == "contact")
        await pilot.press("Z")
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == "Acme"
        assert app.screen.query_one("#contact", Input).value == "AnaZ"


async def test_resume_returns_to_the_second_answer(tmp_path: Path) -> None:
    state = WalkState(step="reflect", company="Acme", focused="answer-1")
    leave_walk(tmp_path / "data", state)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_to(pilot, "r", ReflectScreen)
        await type_into(pilot, "#answer-1", "second answer")
        await until(pilot, lambda: getattr(app.focused, "id", None) == "answer-1")
        app.screen.query_one("#answer-1", TextArea).move_cursor((0, 13))
        await pilot.press("Q")
        await pilot.pause()
        assert app.screen.query_one("#answer-0", TextArea).text == ""
        assert app.screen.query_one("#answer-1", TextArea).text == "second answerQ"


async def test_the_autosave_names_the_field_typing_is_in(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await pilot.press("tab", "tab")
        await until(pilot, lambda: getattr(app.focused, "id", None) == "contact")
        await pilot.press("A")

        def focused() -> str | None:
            walk = unsaved_surfaces(tmp_path / "data").get("walk")
            return None if walk is None else WalkState.from_record(walk["values"]).focused

        await until(pilot, lambda: focused() == "contact")
        assert focused() == "contact"


async def test_a_walk_left_for_later_gives_back_its_unkept_vent_in_this_run(
    tmp_path: Path,
) -> None:
    from screens.home.home import HomeScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await press_to(pilot, "ctrl+n", VentScreen)
        await type_into(pilot, "#vent", "private words")
        await press_to(pilot, "escape", HappenedScreen)
        await press_to(pilot, "escape", KindnessScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        # Still never on disk: "keep" was not ticked.
        assert all(b"private words" not in p.read_bytes() for p in tmp_path.rglob("*.json"))
        await pilot.press("n")
        await pilot.pause()
        await press_to(pilot, "r", KindnessScreen)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await press_to(pilot, "ctrl+n", VentScreen)
        assert app.screen.query_one("#vent", TextArea).text == "private words"


async def test_a_walk_left_with_its_company_cleared_is_still_kept(tmp_path: Path) -> None:
    from screens.dialogs.resume import ResumeScreen
    from screens.home.home import HomeScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await type_into(pilot, "#role", "Designer")
        await press_to(pilot, "ctrl+n", VentScreen)
        await type_into(pilot, "#vent", "private words")
        await press_to(pilot, "escape", HappenedScreen)
        await type_into(pilot, "#company", "")
        await press_to(pilot, "escape", KindnessScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert unsaved_surfaces(tmp_path / "data")["walk"]["values"]["role"] == "Designer"
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))


async def test_home_says_a_walk_left_for_later_waits_until_it_is_finished(tmp_path: Path) -> None:
    # closing24: a walk left with Esc was said only once n was pressed; home said nothing.
    from screens.dialogs.resume import ResumeScreen
    from screens.home.home import HomeScreen

    def walk_line() -> str:
        found = app.screen.query("#home-walk")
        return str(found.first().render()) if found and found.first().display else ""

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        # Home read first: else opening's own questions, put off, come up as home shows.
        await until(pilot, lambda: getattr(app.screen, "notices_ready", False))
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await press_to(pilot, "escape", KindnessScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and walk_line())
        assert walk_line() == (
            "Unfinished: your walk about Acme, stopped at “A moment first”. n picks it up."
        )
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen))
        await press_to(pilot, "enter", HappenedScreen)
        await press_to(pilot, "ctrl+n", VentScreen)
        await press_to(pilot, "ctrl+n", ReflectScreen)
        await press_to(pilot, "ctrl+n", DecideScreen)
        await pilot.press("down", "enter")  # not replying
        await press_to(pilot, "ctrl+n", CloseScreen)
        await press_to(pilot, "ctrl+n", HomeScreen)  # finished and saved
        await until(pilot, lambda: walk_line() == "")


async def test_n_says_where_the_walk_home_named_went_when_another_coach_took_it(
    tmp_path: Path,
) -> None:
    # rv50 #3: home still said "Unfinished: your walk about Acme…" after another coach
    # resumed it, and n opened a blank walk without a word: the typing read as lost.
    from screens.dialogs.resume import ResumeScreen
    from screens.home.home import HomeScreen

    left = leave_walk(tmp_path / "data", WalkState(step="vent", company="Acme", vent="words"))
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("escape")  # Later
        await until(
            pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.query("#home-walk")
        )
        assert "your walk about Acme" in str(app.screen.query_one("#home-walk").render())
        left.unlink()  # another coach on the folder took it up meanwhile
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen))
        said = [n.message for n in app._notifications]
        assert any("The walk about Acme is no longer waiting here" in m for m in said), said
