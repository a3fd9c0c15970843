"""An open journal shows an import made from another shell, without being opened again."""

from __future__ import annotations

from pathlib import Path

import pytest

import screens.journal.journal_loading as journal_loading
from coach.content import load_content
from coach.journal import Journal
from screens.app import make_app
from screens.journal.journal import JournalScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW, make_entry


async def test_an_import_from_another_shell_shows_in_the_open_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_loading, "DISK_CHECK_SECONDS", 0.1)
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1"))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JournalScreen(journal, load_content().content, FIXED_NOW.date())
        await app.push_screen(screen)
        await until(pilot, lambda: len(screen.shown) == 1)
        assert not journal.changed_on_disk()
        # `coach import` in another terminal: another process, another Journal.
        Journal.open(path).import_entries([make_entry("Globex", id="e2")])
        await until(pilot, lambda: len(screen.shown) == 2)
        assert sorted(e.company for e in screen.shown) == ["Acme", "Globex"]
        assert not journal.changed_on_disk()  # read again, once
