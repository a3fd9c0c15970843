"""A save that finds the journal gone, or keeps an earlier version, says so in the app."""

from __future__ import annotations

import shutil
from pathlib import Path

from coach.model import Stage
from screens.home.home import HomeScreen
from screens.home.profile import ProfileScreen
from tests.app.test_nothing_lost import stopped
from tests.app.walk_helpers import until, walk_app
from tests.conftest import make_entry


def _said(app: object, words: str) -> list[str]:
    return [n.message for n in app._notifications if words in n.message]  # type: ignore[attr-defined]


async def test_a_save_that_finds_the_folder_gone_says_so_and_begins_no_empty_journal(
    tmp_path: Path,
) -> None:
    # rv47 D1: "Your details are saved." and nothing else, over an empty new journal.
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Globex", Stage.TECHNICAL, id="e1"))
    journal = tmp_path / "data" / "journal.json"
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()
        shutil.rmtree(tmp_path / "data")
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
        await pilot.press(*"Sam", "ctrl+s")
        await until(pilot, lambda: _said(app, "the file is gone"))
        said = _said(app, "the file is gone")
    stopped(app)
    assert said and "rather than begin an empty journal" in said[0]
    assert not journal.exists()  # not begun again empty, with the details alone


async def test_an_earlier_version_kept_by_a_save_is_named_in_the_app(tmp_path: Path) -> None:
    # rv47 D1: only the CLI's `_warn_conflicts` named a kept journal.json.conflict-*.
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Globex", Stage.TECHNICAL, id="e1"))
    journal = tmp_path / "data" / "journal.json"
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
        app.journal.storage.read()  # held whole, as coach holds it once a screen read it
        journal.write_text('{"entries": {}}')  # a sync tool puts back an older file
        await pilot.press(*"Sam", "ctrl+s")
        await until(pilot, lambda: _said(app, "earlier version is kept at"))
        said = _said(app, "earlier version is kept at")
    stopped(app)
    copies = sorted(journal.parent.glob("journal.json.conflict-*"))
    assert len(copies) == 1
    assert said and str(copies[0]) in said[0]
