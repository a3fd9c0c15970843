"""Quitting when the autosave cannot be written: asked first, and the typing can go to a file."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from textual.widgets import Input

from screens.dialogs.quit_unsaved import QuitUnsavedDialog
from screens.dialogs.save import SaveDialog
from screens.home.home import HomeScreen
from tests.app.test_tab_burst import settled
from tests.app.walk_helpers import until, walk_app


def read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import coach.unsaved

    def read_only(*_: object, **__: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(coach.unsaved, "lock_own", read_only)
    monkeypatch.setattr(coach.unsaved, "write_private", read_only)


async def test_quit_asks_when_the_typing_is_nowhere_and_can_save_it_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_folder(monkeypatch)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        said_at_start = [n.message for n in app._notifications]
        assert any("cannot write to its folder" in m for m in said_at_start), said_at_start
        app.go("profile")
        await pilot.pause()
        await pilot.press(*"Sam Umbrella")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitUnsavedDialog))
        assert app.return_code is None
        assert not list(app._notifications)  # no toast over the buttons; it says why itself
        await pilot.press("escape")  # stay: nothing lost, and the next ctrl+q asks again
        await pilot.pause()
        assert app.return_code is None and not isinstance(app.screen, QuitUnsavedDialog)
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitUnsavedDialog))
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, SaveDialog))
        copy = tmp_path / "rescued.txt"
        app.screen.query_one("#save-path", Input).value = str(copy)
        await pilot.press("enter")
        await until(pilot, lambda: app.return_code is not None)
    assert "Sam Umbrella" in copy.read_text()
    assert app.typing.rescued == copy


async def test_a_signal_while_the_quit_question_is_open_still_ends_coach(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_folder(monkeypatch)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.go("profile")
        await pilot.pause()
        await pilot.press(*"Sam", "ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitUnsavedDialog))
        app.handle_exit_signal(signal.SIGTERM)  # nobody may be there to answer
        await until(pilot, lambda: app.return_code is not None)
        assert app.return_code == 128 + signal.SIGTERM


async def test_quit_with_a_working_autosave_asks_nothing(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.go("profile")
        await pilot.pause()
        await pilot.press(*"Sam", "ctrl+q")
        await until(pilot, lambda: app.return_code is not None)
    assert not any("cannot write" in n.message for n in app._notifications)


async def test_no_toast_from_the_screen_beneath_covers_the_quit_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Textual takes toasts down from the dialog's own screen only: the failed
    # autosave's stayed drawn on the form beneath, over the buttons' right half.
    read_only_folder(monkeypatch)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.go("profile")
        await pilot.pause()
        await pilot.press(*"Sam")
        app.flush_unsaved()  # fails, and says so in a toast on the form

        def toasts() -> list[str]:
            return [type(s).__name__ for s in app.screen_stack for _ in s.query("Toast")]

        await until(pilot, lambda: "ProfileScreen" in toasts())
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitUnsavedDialog))
        await settled(pilot, app)  # a few quiet rounds: far less than a toast's 10 s
        assert toasts() == []


async def test_a_copy_of_an_entrys_typing_names_its_fields_as_the_screen_does(
    tmp_path: Path,
) -> None:
    from coach.entry_fields import FIELD_LABELS, REFLECTION
    from coach.model import Stage
    from coach.unsaved_text import unsaved_text
    from screens.journal.entry import EntryScreen
    from tests.app.walk_helpers import NOW
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Zeta Labs", Stage.TECHNICAL))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = EntryScreen(app.journal, entry, app.content, NOW.date())
        app.push_screen(screen)
        await pilot.pause()
        screen.query_one("#f-role", Input).value = "RO-EDIT"
        screen.query_one("#f-reflection-0").load_text("Typed here")
        await pilot.pause()
        values = screen.unsaved_values()
        assert values is not None
        ids = {key for key in values if key.startswith("f-")}
        assert ids - set(FIELD_LABELS) == {k for k in ids if k.startswith(REFLECTION)}
        # As the autosave holds it: its names were taken as the screen was pushed, unbuilt.
        assert app.unsaved is not None
        text = unsaved_text(app.unsaved.snapshot())
        question = app.content.questions_for(Stage.TECHNICAL)[0].text
    assert text.splitlines()[1:] == ["Role: RO-EDIT", f"{question}: Typed here"], text
