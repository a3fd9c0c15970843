"""Footer keys are shown whole or not at all: no `^s Sav` or `F2 Suppo` cut by the edge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Footer

from coach.model import Stage
from screens.journal.entry import EntryScreen
from screens.journal.insights import InsightsScreen
from tests.app.walk_helpers import until, walk_app
from tests.conftest import make_entry


def cut_keys(app: App[object]) -> list[str]:
    """The footer keys drawn only in part: past the edge, or under the palette key."""
    footer = app.screen.query_one(Footer)
    keys = [key for key in footer.children if key.region.width]
    palette = [key for key in keys if key.has_class("-command-palette")]
    edge = palette[0].region.x if palette else footer.region.right
    return [
        f"{getattr(key, 'key_display', '')} {getattr(key, 'description', '')}"
        for key in keys
        if key not in palette and key.region.right > edge
    ]


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_entry_and_insights_footers_show_whole_keys(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for day in range(1, 4):
            app.journal.add(make_entry(f"Co{day}", Stage.TECHNICAL, date=date(2026, 11, day)))
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, InsightsScreen))
        await pilot.pause()
        assert cut_keys(app) == []
        await pilot.press("escape", "j")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await pilot.pause()
        assert cut_keys(app) == []
        names = " ".join(
            str(getattr(k, "description", "")) for k in app.screen.query_one(Footer).children
        )
        assert "Save" in names and "Back" in names  # the keys a form needs stay


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_guidance_footer_shows_whole_keys(tmp_path: Path, size: tuple[int, int]) -> None:
    from screens.home.guidance import GuidanceScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, GuidanceScreen))
        await pilot.pause()
        assert cut_keys(app) == []
        names = " ".join(
            str(getattr(k, "description", "")) for k in app.screen.query_one(Footer).children
        )
        assert "Back" in names and "Support" in names


def footer_names(app: App[object]) -> list[str]:
    footer = app.screen.query_one(Footer)
    return [str(getattr(k, "description", "")) for k in footer.children if k.region.width]


def made_with(app: App[object], description: str) -> bool:
    """The footer's keys were last made from bindings that hold this one, drawn or left out."""
    made_from = getattr(app.screen.query_one(Footer), "_made_from", None)
    return made_from is not None and any(key[2] == description for key in made_from[2])


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_journal_footer_shows_whole_keys_and_the_row_keys_at_80(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from screens.journal.journal import JournalScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for day in range(1, 4):
            app.journal.add(make_entry(f"Co{day}", Stage.TECHNICAL, date=date(2026, 11, day)))
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.pause()
        plain = footer_names(app)
        assert cut_keys(app) == []
        await pilot.press("slash", *"Co")
        await pilot.pause(0.3)  # the filter's debounce
        await pilot.press("down")  # back on the rows, the filter still set
        await pilot.pause()
        filtered = footer_names(app)
        assert cut_keys(app) == []
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("left", "enter")  # deleted: Undo joins the keys
        # Waited for by the keys the footer was made from: at 40x12 the footer leaves
        # Undo out, so waiting to see it drawn ran out the wait (10 s) every run.
        await until(pilot, lambda: made_with(app, "Undo delete"))
        assert made_with(app, "Undo delete"), "the delete never offered Undo"
        await pilot.pause()
        assert cut_keys(app) == []
        undo_shown = footer_names(app)
    assert "Support" in plain and "Back" in plain and "Clear filters" in filtered
    # F1 at every size and after a delete (rv19: gone at 40x12, and at 80 with Undo on).
    assert "Help" in plain and "Help" in filtered and "Help" in undo_shown
    if size[0] == 80:  # what acts on the row is shown, a filter set or not
        assert {"Open", "Delete", "Reply draft", "Help"} <= set(plain) & set(filtered)
        assert "Undo delete" in undo_shown, undo_shown


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_lock_screen_footer_shows_whole_keys(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    from screens.dialogs.passphrase import PassphraseScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.push_screen(PassphraseScreen(str(tmp_path / "journal.json")))
        await until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        await pilot.pause()
        assert cut_keys(app) == []
        # F1 too: it was dropped at 40x12 to fit the palette key.
        assert {"Quit", "Help", "Support"} <= set(footer_names(app))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_check_in_and_unfinished_walk_footers_show_support(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # F2 worked in both dialogs but was not shown: the crisis key must be seen.
    from screens.dialogs.resume import ResumeScreen
    from screens.home.checkin import CheckInScreen
    from tests.app.test_plans_app import app_at, seed_due_plans
    from tests.app.walk_helpers import NOW

    seed_due_plans(tmp_path, 1)  # a plan due today: the check-in opens
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        assert cut_keys(app) == [] and "Support" in footer_names(app)
        await pilot.press("enter")  # Done: Undo joins the keys, the widest the footer gets
        await until(pilot, lambda: "Undo" in footer_names(app))
        assert cut_keys(app) == [] and "Support" in footer_names(app)
        await pilot.press("escape")
        app.push_screen(ResumeScreen("About Acme"))
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.pause()
        assert cut_keys(app) == [] and {"Later", "Support"} <= set(footer_names(app))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_lock_screen_shows_copy_and_the_palette_key_after_a_wrong_try(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # rv46, fz45: at 40 columns the footer held Quit, Help and Support only; ctrl+y and
    # ctrl+p worked unseen. Below 60 columns they have a row of their own above it.
    from coach.locked_aside import lost_passphrase
    from coach.paths import locate
    from screens.dialogs.passphrase import PassphraseScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lost = lost_passphrase(locate(tmp_path / "data"))
        app.push_screen(PassphraseScreen(str(tmp_path / "journal.json"), "Try again.", lost))
        await until(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        await pilot.pause()
        shown = [
            f"{key.key_display} {key.description}"
            for footer in app.screen.query(Footer)
            if footer.display
            for key in footer.query("FooterKey")
            if key.region.width
        ]
        assert cut_keys(app) == []
        assert {"esc Quit", "^y Copy command", "F1 Help", "F2 Support", "^p palette"} <= set(shown)
