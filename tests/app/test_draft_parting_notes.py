"""`coach draft` says on the terminal, after it ends, what its save met elsewhere (rv51 D5)."""

from __future__ import annotations

import copy
from pathlib import Path

from coach.journal import Journal
from coach.model import Stage
from screens.launch import draft_parting_notes
from screens.walk.draft import DraftScreen
from tests.app.test_nothing_lost import reopen, stopped
from tests.app.walk_helpers import until, walk_app
from tests.conftest import make_entry


async def test_a_draft_saved_over_another_version_names_the_copy_kept_after_it_ends(
    tmp_path: Path,
) -> None:
    # Two `coach draft ID` on one entry: the second to leave kept the first's text as an
    # "(other version)" entry, and ended before its toast could be read.
    app = walk_app(tmp_path)
    entry = make_entry("Brightloop", Stage.PHONE_SCREEN, contact="Priya")
    entry.reply.draft = "Hi Priya,"
    app.journal.add(entry)
    app = reopen(tmp_path, draft_id=entry.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftScreen) and app.focused)
        other = Journal.open(tmp_path / "data" / "journal.json")
        theirs = other.get(entry.id)
        base = copy.deepcopy(theirs)
        theirs.reply.draft = "PEDIT Hi Priya,"
        other.save_edit(theirs, base=base)
        await pilot.press("end", *" QEDIT", "escape")
        await until(pilot, lambda: not app.is_running)
    stopped(app)
    notes = draft_parting_notes(app, entry.id)
    assert len(notes) == 1, notes
    assert "changed elsewhere" in notes[0] and "(other version)" in notes[0]
    assert notes[0].startswith("coach: ")


async def test_the_app_says_nothing_after_it_ends_when_it_was_not_coach_draft(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    app.saving.merge_notes.append("This entry was also changed elsewhere")
    assert draft_parting_notes(app, None) == []
