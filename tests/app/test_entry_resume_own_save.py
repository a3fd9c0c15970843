"""An entry saved, typed on, left by a stopped coach and resumed: its own save is no other's."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.widgets import TextArea

from coach.journal import Journal
from coach.model import Entry, Stage
from coach.paths import locate
from screens.entry_merged import ELSEWHERE
from screens.home.home import HomeScreen
from screens.journal.entry import EntryScreen
from tests.app.walk_helpers import resume_each, until, walk_app
from tests.conftest import make_entry


async def _type_notes(pilot: object, text: str) -> None:
    """Put the notes field's text as typed, the field focused."""
    app = pilot.app  # type: ignore[attr-defined]
    field = app.screen.query_one("#f-notes", TextArea)
    field.focus()
    field.text = text
    await pilot.pause()  # type: ignore[attr-defined]


async def _saved_typed_on_and_stopped(tmp_path: Path) -> Entry:
    """Kestrel opened, "BASE MORE" saved, " AGAIN" typed on, the coach stopped."""
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Kestrel", Stage.TECHNICAL, id="k1", notes="BASE"))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(app.journal, entry, app.content, entry.date))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await _type_notes(pilot, "BASE MORE")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.journal.get("k1").notes == "BASE MORE")
        await _type_notes(pilot, "BASE MORE AGAIN")
        await pilot.press("ctrl+q")
    app.unsaved.close()  # type: ignore[union-attr]  # as a coach stopped with typing left
    return entry


async def _resumed_and_saved(tmp_path: Path) -> list[str]:
    """Start again, Resume the entry's typing, ctrl+s: what the coach said."""
    again = walk_app(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await resume_each(pilot, 1)
        await until(pilot, lambda: isinstance(again.screen, EntryScreen))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: again.journal.get("k1").notes == "BASE MORE AGAIN")
        return [toast.message for toast in again._notifications]


def _summaries(tmp_path: Path) -> list[str]:
    journal = Journal.open(locate(tmp_path / "data").journal)
    return sorted(entry.summary_on_screen() for entry in journal.entries())


async def test_a_resumed_entry_saved_after_its_own_save_is_not_split(tmp_path: Path) -> None:
    # rv51 D8: Ctrl+S, type on, coach stopped, Resume, Ctrl+S made "Kestrel (other
    # version)" and blamed another coach: the autosave kept the base the screen
    # opened with, so the journal's own saved notes looked like someone else's.
    entry = await _saved_typed_on_and_stopped(tmp_path)
    said = await _resumed_and_saved(tmp_path)
    assert _summaries(tmp_path) == [entry.summary_on_screen()]
    assert not any(ELSEWHERE in message for message in said)


async def test_another_coach_change_before_the_resume_is_still_kept_apart(
    tmp_path: Path,
) -> None:
    await _saved_typed_on_and_stopped(tmp_path)
    other = Journal.open(locate(tmp_path / "data").journal)
    saved = other.get("k1")
    other.save_edit(dataclasses.replace(saved, notes="THEIR NOTES"), saved)
    said = await _resumed_and_saved(tmp_path)
    assert _summaries(tmp_path) == ["Kestrel (Technical)", "Kestrel (other version) (Technical)"]
    assert any(ELSEWHERE in message for message in said)
