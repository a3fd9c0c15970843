"""An entry's reply parts written by hand as one string, read through every reader (rv43)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.model import ReplyPart
from tests.conftest import make_entry


def _parts_made(folder: Path, parts: object) -> Path:
    """One entry with a reply draft, its stored parts replaced by `parts`."""
    path = folder / "journal.json"
    entry = make_entry("Acme", id="e1")
    entry.reply.draft = "Dear Ana, thank you for your time."
    Journal.open(path).add(entry)
    data = json.loads(path.read_text())
    next(iter(data["entries"].values()))["reply_parts"] = parts
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    "written",
    ["Thanks; Feedback", '["thanks", "feedback"]', "thanks feedback", "Feedback,  thanks, thanks"],
)
def test_parts_a_person_wrote_as_text_read_as_those_parts(tmp_path: Path, written: str) -> None:
    # Read before as unknown parts: the entry was hidden, and repair emptied them to notes.
    path = _parts_made(tmp_path, written)
    entry = Journal.open(path).get("e1")
    assert set(entry.reply.parts) == {ReplyPart.THANKS, ReplyPart.FEEDBACK}, written
    assert len(entry.reply.parts) == 2


def test_parts_written_as_a_list_in_capitals_read(tmp_path: Path) -> None:
    path = _parts_made(tmp_path, ["Thanks", "Apply again"])
    parts = Journal.open(path).get("e1").reply.parts
    assert parts == [ReplyPart.THANKS, ReplyPart.APPLY_AGAIN]


def test_a_string_of_parts_is_kept_by_a_save_and_every_reader(capsys, tmp_path: Path) -> None:
    path = _parts_made(tmp_path, "thanks, apply_again")
    journal = Journal.open(path)
    base = journal.get("e1")
    edited = copy.deepcopy(base)
    edited.notes = "called Ana"
    journal.save_edit(edited, base)
    stored = next(iter(json.loads(path.read_text())["entries"].values()))
    assert stored["reply_parts"] == ["thanks", "apply_again"] and stored["notes"] == "called Ana"
    for command in (["list"], ["show", "e1"], ["export", "-o", "-"], ["repair"]):
        assert main(["--data-dir", str(tmp_path), *command]) == 0, command
    said = capsys.readouterr()
    assert "Traceback" not in said.err and "could not be read" not in said.err, said.err


def test_words_that_name_no_part_are_moved_to_the_notes_not_dropped(capsys, tmp_path: Path) -> None:
    path = _parts_made(tmp_path, "thanks and ask for feedback")
    assert Journal.open(path).entries() == []  # unread, left as it is: not emptied by a save
    assert main(["--data-dir", str(tmp_path), "repair"]) == 0
    entry = Journal.open(path).get("e1")
    assert "thanks and ask for feedback" in entry.notes, capsys.readouterr().out
    assert entry.reply.draft == "Dear Ana, thank you for your time."
