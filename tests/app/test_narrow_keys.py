"""At 40 columns F1 stays in the footer, the palette where it fits; help takes the width."""

from __future__ import annotations

from pathlib import Path

from screens.dialogs.help import HELP_TEXT, HelpScreen
from screens.dialogs.settings_info import SettingsInfoScreen, settings_text
from tests.app.test_draft_screen import host
from tests.app.test_footer_keys_whole import cut_keys, footer_names
from tests.app.walk_helpers import until, walk_app

PALETTE = "palette"


async def test_the_drafts_footer_at_40_columns_keeps_help_and_the_palette(tmp_path: Path) -> None:
    app = host(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.pause()
        names = footer_names(app)
        assert cut_keys(app) == []
        # This bare host binds no F1; the real app's are kept longer still (the test below).
        assert PALETTE in names, names
    async with host(tmp_path).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # At 80 columns the draft's own keys come first, as before.
        assert {"Save", "Mail", "Edit", "Sent"} <= set(footer_names(pilot.app))


async def test_home_at_40_columns_shows_the_palette_and_help_fills_the_screen(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.pause()
        # Home keeps Quit, Help and Support (and More, when notices run below the fold:
        # test_home's own test); the palette, which does not fit beside them, is named
        # by F1's help.
        assert {"Quit", "Help", "Support"} <= set(footer_names(app))
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        assert app.screen.query_one("#help-body").region.width == 40
        assert "| Ctrl+P | the command palette" in HELP_TEXT
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, HelpScreen))
        config = tmp_path / "rv46-c" / "config" / "coach" / "config.toml"
        app.push_screen(SettingsInfoScreen(settings_text(config, None, encrypted=False)))
        await until(pilot, lambda: isinstance(app.screen, SettingsInfoScreen))
        await pilot.pause()
        # All the width but the border and scrollbar: a path of up to 34 columns keeps
        # to its line (80% of 40 left 26, and cut ".../coach/c" from "onfig.toml").
        assert app.screen.query_one("#settings-text").content_region.width >= 40 - 4
