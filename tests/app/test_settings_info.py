"""The palette finds settings, encryption and passphrase, and says how to change them."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Static

from coach.crypto import Sealer
from coach.journal import Journal
from coach.paths import locate
from screens.app import make_app
from screens.dialogs.help import help_text
from screens.dialogs.settings_info import SettingsInfoScreen
from screens.home.home import HomeScreen
from screens.launch import app_config


def shown_text(app: object) -> str:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, SettingsInfoScreen)
    return str(screen.query_one("#settings-text", Static).render())


@pytest.mark.parametrize("query", ["encrypt", "passphrase", "settings"])
async def test_the_palette_finds_it_and_says_how(tmp_path: Path, query: str) -> None:
    # A folder of its own, named with brackets: shown literally, never as markup.
    places = locate(tmp_path / "data [b] [/x]")
    places.data_dir.mkdir(parents=True)
    config = app_config(places, None, {})
    app = make_app(journal=Journal.in_memory(), places=places, config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*query)
        await pilot.pause(0.5)
        found = app.screen.query_one(CommandList)
        assert found.option_count >= 1
        first = str(found.get_option_at_index(0).prompt)
        assert ("Settings" if query == "settings" else "Lock and passphrase") in first
        await pilot.press("down", "enter")
        await pilot.pause()
        text = shown_text(app)
        assert str(config.path) in text
        # Quoted: the folder's space must survive a copy and paste into a shell.
        assert f"coach --data-dir {shlex.quote(str(places.data_dir))} encrypt" in text
        assert "is not encrypted" in text and "coach --data-dir" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_an_encrypted_journal_is_told_how_to_change_the_passphrase(tmp_path: Path) -> None:
    places = locate(tmp_path / "data")
    places.data_dir.mkdir(parents=True)
    app = make_app(journal=Journal.in_memory(), places=places, codec=Sealer("pw"))
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        app.commands.settings()
        await pilot.pause()
        text = shown_text(app)
        assert "is encrypted" in text and "passphrase\n    change the passphrase" in text
        assert " encrypt\n" not in text
        # At 40x12 the dialog scrolls: the last line can be reached from the keyboard.
        body = app.screen.query_one("#settings-body")
        assert app.focused is body
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y > 0


def test_help_names_both() -> None:
    text = help_text()
    assert "Ctrl+P, Settings" in text and "coach encrypt" in text
