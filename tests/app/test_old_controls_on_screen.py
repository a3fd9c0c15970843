"""Entries saved with control codes before imports cleaned them: drawn clean, kept as stored."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from coach.entry_on_screen import entry_for_screen
from coach.journal import Journal
from coach.model import Entry, Stage
from coach.paths import locate
from screens.app import make_app
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.walk.draft import DraftScreen
from screens.widgets.entry_table import EntryTable
from tests.app.walk_helpers import NOW, until
from tests.conftest import make_entry

# A colour change, an OSC 52 clipboard write, and a bare CR that would draw over the line.
BAD = "\x1b[31mred\x1b[0m\rCR\x1b]52;c;aGk=\x07"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def soiled() -> Entry:
    entry = make_entry(
        "Evil" + BAD,
        Stage.TECHNICAL,
        id="e1",
        role="Dev" + BAD,
        contact="Ann" + BAD,
        notes="Note" + BAD,
        private_note="Private" + BAD,
        feedback_text="Feedback" + BAD,
        email_text="Mail" + BAD,
        next_step="Next" + BAD,
        reflections={"learned": "Learned" + BAD},
    )
    entry.reply.draft = "Hi Ann," + BAD
    return entry


def test_every_shown_field_is_clean_and_a_clean_entry_is_not_copied() -> None:
    entry = soiled()
    shown = entry_for_screen(entry)
    for name in ("company", "role", "contact", "notes", "private_note", "feedback_text"):
        assert not RAW.search(getattr(shown, name)), name
    assert shown.company == "Evilred CR" and shown.notes == "Notered\nCR"
    assert not RAW.search(shown.email_text + shown.next_step + shown.reply.draft)
    assert not RAW.search(shown.reflections["learned"])
    assert not RAW.search(entry.summary_on_screen())
    assert entry.company == "Evil" + BAD  # the entry itself is left as stored
    clean = make_entry("Acme", notes="line one\nline two\tand a tab")
    assert entry_for_screen(clean) is clean


def _texts(screen: object) -> list[str]:
    texts = [w.value for w in screen.query(Input)]  # type: ignore[attr-defined]
    texts += [w.text for w in screen.query(TextArea)]  # type: ignore[attr-defined]
    texts += [str(w.render()) for w in screen.query(Static)]  # type: ignore[attr-defined]
    return texts


async def test_the_journal_row_the_entry_and_the_draft_draw_no_control_code(
    tmp_path: Path,
) -> None:
    places = locate(tmp_path / "data")
    Journal.open(places.journal).add(soiled())
    stored = places.journal.read_bytes()
    app = make_app(journal=Journal.open(places.journal), places=places, clock=lambda: NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen) and app.screen.shown)
        table = app.screen.query_one(EntryTable)
        row = table.render_line(1).text
        assert "Evilred CR" in row and not RAW.search(row)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        screen = app.screen
        assert isinstance(screen, EntryScreen)
        await pilot.pause()
        texts = _texts(screen)
        assert any("Evilred CR" in text for text in texts)
        assert not [text for text in texts if RAW.search(text)]
        assert not screen.dirty  # nothing typed: leaving asks nothing and saves nothing
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        assert places.journal.read_bytes() == stored  # never changed without the person saving
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        await pilot.pause()
        texts = _texts(app.screen)
        assert any("Hi Ann,red" in text for text in texts)
        assert not [text for text in texts if RAW.search(text)]
        await pilot.press("escape")
        await pilot.pause()
    # Leaving the draft editor keeps the draft as it was shown (as it always keeps a draft).
    assert Journal.open(places.journal).get("e1").reply.draft == "Hi Ann,red\nCR"
    assert app.unsaved is not None
    app.unsaved.close()
