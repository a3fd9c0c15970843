"""Save the reply (ctrl+s) never replaces the journal or coach's other own files."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from coach.journal import Journal
from coach.model import Stage
from coach.paths import locate
from screens.app import make_app
from screens.dialogs.save import SaveDialog
from screens.walk.draft import DraftScreen
from tests.app.walk_helpers import until
from tests.conftest import make_entry


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("journal.json", "is coach's journal"),
        ("journal.json.bak", "the backup of coach's journal"),
        ("journal.json.lock", "one of coach's own files"),
        ("unsaved-abc.json", "one of coach's own files"),
    ],
)
async def test_save_the_reply_refuses_coachs_own_files(
    tmp_path: Path, name: str, named: str
) -> None:
    places = locate(tmp_path / "data")
    journal = Journal.open(places.journal)
    entry = make_entry("Hooli [b]", Stage.TECHNICAL, contact="Gavin")
    entry.reply.draft = "Hi Gavin,\nThanks."
    journal.add(entry)
    journal.add(make_entry("Second"))  # so a backup exists
    target = places.data_dir / name
    before = target.read_bytes() if target.exists() else None
    app = make_app(journal=journal, places=places, draft_id=entry.id[:5])
    async with app.run_test(size=(80, 24)) as pilot:
        # A loaded machine takes more than one round to open the draft (a CI run at load 12-18).
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        assert isinstance(app.screen, DraftScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveDialog)
        app.screen.query_one("#save-path", Input).value = str(target)
        # Twice: the second Enter is what replaces an ordinary existing file.
        for _ in range(2):
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, SaveDialog)
            error = str(app.screen.query_one("#save-error", Static).render())
            assert named in error, error
            assert "Nothing was written" in error
            assert "already exists" not in error
    assert (target.read_bytes() if target.exists() else None) == before
    assert {e.company for e in Journal.open(places.journal).entries()} == {"Hooli [b]", "Second"}
