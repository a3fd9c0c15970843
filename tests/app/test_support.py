"""Support within one key from every screen, and the walk's care at low and high moods."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Markdown, TextArea

from coach.walk import CARRY_FORWARD_KEY, WalkState
from screens.app import make_app
from screens.dialogs.help import HelpScreen, help_text
from screens.dialogs.resume import ResumeScreen
from screens.dialogs.support import SupportScreen
from screens.home.home import HomeScreen
from screens.walk.close import CloseScreen
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.vent import VentScreen
from tests.app.test_footer_keys_whole import footer_names
from tests.app.test_tab_burst import burst, settled
from tests.app.walk_helpers import (
    leave_walk,
    press_to,
    type_into,
    unsaved_surfaces,
    until,
    walk_app,
)

LINES = ("988", "9-8-8", "116 123", "13 11 14", "findahelpline.com")


def shown_text(screen: SupportScreen) -> str:
    return screen.query_one(Markdown).source


async def test_f2_opens_support_from_home_and_esc_returns(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)
        for line in LINES:
            assert line in shown_text(app.screen)
        assert "any hour" not in shown_text(app.screen)
        # Opened from home, not in a walk: nothing assumes one (rv13 item 12).
        assert "walk" not in shown_text(app.screen).lower()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_f2_works_while_typing_in_the_walk_and_keeps_the_typing(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="vent", company="Acme"))
        await pilot.pause()
        await type_into(pilot, "#vent", "still furious")
        app.screen.query_one("#vent", TextArea).focus()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)
        await pilot.press("f2")  # the same key closes it again
        await pilot.pause()
        assert isinstance(app.screen, VentScreen)
        assert app.screen.query_one("#vent", TextArea).text == "still furious"


async def test_f2_works_over_help_and_help_names_it(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        # Help opens at home's keys; its footer names the support key at once.
        assert "F2" in help_text()
        await until(pilot, lambda: "Support" in footer_names(app))
        assert "Support" in footer_names(app)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)


async def test_the_palette_offers_support_even_when_the_journal_cannot_open() -> None:
    app = make_app(journal=None, problem="The journal is locked.")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Support: if today feels very heavy" in titles
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)


async def test_a_support_screen_with_nothing_to_show_still_names_a_way() -> None:
    assert "findahelpline.com" in SupportScreen("").markdown


# --- the walk at low and high moods ----------------------------------------------


def low_note_shown(screen: KindnessScreen | CloseScreen) -> bool:
    return bool(screen.query_one("#low-mood").display)


async def test_the_opening_mood_shows_support_at_three_and_below(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(None)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, KindnessScreen)
        assert not low_note_shown(screen)
        for mood, shown in (("8", False), ("3", True), ("4", False), ("2", True), ("", False)):
            await type_into(pilot, "#mood Input", mood)
            assert low_note_shown(screen) is shown, mood


async def test_a_low_first_mood_and_next_at_once_still_shows_the_crisis_lines(
    tmp_path: Path,
) -> None:
    # rv49 #2: step 1's panel appears once the mood is typed, and ctrl+n straight after
    # moved on before it could be read; step 2 had nothing about support.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(None)
        await pilot.pause()
        assert isinstance(app.screen, KindnessScreen)
        # Typed ahead for step 2's Company, a q among them: it must neither close the
        # lines unread nor be lost (rv50 #1: "quantum" left "uantum").
        await pilot.press("3", "ctrl+n", *"quantum")
        await until(pilot, lambda: isinstance(app.screen, SupportScreen))
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)
        for line in LINES:
            assert line in shown_text(app.screen)
        assert "Esc goes on with the walk" in shown_text(app.screen)
        # The footer names Esc as that line does (rv50 #6: it said "Close").
        assert app.screen.active_bindings["escape"].binding.description == "Go on"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        assert isinstance(app.screen, HappenedScreen)
        await until(pilot, lambda: app.screen.query_one("#company", Input).value == "quantum")
        assert app.screen.query_one("#company", Input).value == "quantum"
        # Once a walk: back to step 1 and on again, the walk simply goes on.
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen))
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)


async def test_an_esc_typed_ahead_does_not_close_the_crisis_lines_unseen(
    tmp_path: Path,
) -> None:
    # fz48: an Esc read before the lines were up closed them before they were drawn.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(None)
        await pilot.pause()
        assert isinstance(app.screen, KindnessScreen)
        # All read at once, before step 2 or the lines exist, as a quick typist's are.
        burst(app, ["2", "ctrl+n", "escape", *"acme"])
        await until(pilot, lambda: isinstance(app.screen, SupportScreen))
        lines = app.screen
        await settled(pilot, app)
        assert app.screen is lines
        await pilot.press("escape")  # pressed with the lines up: it goes on
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        assert isinstance(app.screen, HappenedScreen)
        # The letters typed ahead, behind the Esc, still reach step 2's Company.
        assert app.screen.query_one("#company", Input).value == "acme"


async def test_the_crisis_lines_once_a_walk_hold_across_a_resume(tmp_path: Path) -> None:
    # rv50 #7: a resume makes a new controller, which showed the lines again.
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(None)
        await pilot.pause()
        await pilot.press("2")
        await press_to(pilot, "ctrl+n", SupportScreen)
        await until(pilot, lambda: unsaved_surfaces(data).get("walk"))
        assert unsaved_surfaces(data)["walk"]["values"]["support_shown"] is True
    app.unsaved.close()  # type: ignore[union-attr]
    leave_walk(data, WalkState(step="kindness", company="Acme", mood_before=2, support_shown=True))
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await press_to(pilot, "r", KindnessScreen)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, (HappenedScreen, SupportScreen)))
        await pilot.pause(0.3)
        assert isinstance(app.screen, HappenedScreen)


async def test_a_first_mood_above_three_moves_on_with_no_support_page(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(None)
        await pilot.pause()
        await pilot.press("4", "ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)


async def test_the_closing_mood_shows_support_when_either_is_low(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="close", company="Acme", mood_before=8))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CloseScreen)
        assert not low_note_shown(screen)
        await type_into(pilot, "#mood Input", "3")
        assert low_note_shown(screen)
        assert "116 123" in screen.query_one("#low-mood", Markdown).source
        await type_into(pilot, "#mood Input", "7")
        assert not low_note_shown(screen)


async def test_a_low_opening_mood_keeps_support_in_view_at_the_close(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="close", company="Acme", mood_before=2))
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        assert low_note_shown(app.screen)
        await type_into(pilot, "#mood Input", "9")
        assert low_note_shown(app.screen)


# --- the vent as expressive writing ------------------------------------------------


async def test_the_vent_asks_for_thoughts_and_feelings_and_what_to_carry_forward(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="vent", company="Acme", stage="technical"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, VentScreen)
        words = " ".join(str(s.render()) for s in screen.query(".step-intro"))
        assert "thoughts and the feelings" in words
        assert "fifteen minutes" in words and "if you like a limit" in words
        assert "angrier" in words and "stop" in words
        assert "Write it down privately" in screen.hold_back
        await type_into(pilot, "#vent", "hot words [b]")
        await type_into(pilot, "#carry-forward", "Practise [/ x] timed problems")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.journal is not None
        (entry,) = app.journal.entries()
        assert entry.reflections[CARRY_FORWARD_KEY] == "Practise [/ x] timed problems"
        assert entry.private_note == ""  # the writing itself was not kept


async def test_the_carry_forward_line_comes_back_when_the_step_is_revisited(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="vent", company="Acme", carry_forward="Rest first"))
        await pilot.pause()
        assert app.screen.query_one("#carry-forward", Input).value == "Rest first"


def test_every_dialog_passes_the_support_key_through() -> None:
    # A modal screen shuts out the app's own keys, so each must bind F2 itself.
    import importlib
    import pkgutil

    from textual.screen import ModalScreen

    import screens

    for module in pkgutil.walk_packages(screens.__path__, prefix="screens."):
        importlib.import_module(module.name)
    dialogs = [
        cls
        for cls in _subclasses(ModalScreen)
        if cls.__module__.startswith("screens.") and cls is not SupportScreen
    ]
    assert HelpScreen in dialogs
    for dialog in dialogs:
        # Its own bindings and those it inherits (the leave and quit questions share theirs).
        bindings = dialog._merged_bindings
        assert bindings is not None, dialog.__name__
        assert "f2" in bindings.key_to_bindings, dialog.__name__


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


async def test_the_palette_leaves_out_textual_commands_that_strand_a_person(
    tmp_path: Path, monkeypatch
) -> None:
    from coach.journal import Journal

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Downloads").mkdir()  # where Textual would put it (it fails without one)
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(app.screen)]
        # Help (F1) stands in for Textual's key panel, which Esc cannot close.
        assert "Keys" not in titles and "Maximize" not in titles
        assert "Help" in titles and "Theme" in titles and "Quit" in titles
        # A screenshot would write the private screen, in plain text, to ~/Downloads.
        assert "Screenshot" not in titles
        keys = [b.action for _, b, _, _ in app.screen.active_bindings.values()]
        assert not [action for action in keys if "screenshot" in action], keys
        await app.run_action("screenshot")  # an action link or a binding reaching it anyway
        await pilot.pause(0.3)
        assert not [p for p in tmp_path.rglob("*") if p.suffix == ".svg"]
        assert any("saves no screenshots" in str(n.message) for n in app._notifications)
