"""Repair never lets a person's words go, nor ends in a traceback, nor unlinks a plan (rv42)."""

from __future__ import annotations

import json
from pathlib import Path

from coach.cli import main
from coach.journal import Journal
from coach.repair_copies import MAY_GO, copy_state
from tests.conftest import make_entry
from tests.unit.test_repair_listed_mend import _entries_listed, _repair

NOTES = ["Offer: 50k. Call Ana back on Friday about the remote days", "Ask for the contract"]


def _tabled(folder: Path, **broken: object) -> Path:
    """Three entries kept in their table, the backup holding e1 and e2; e1's fields broken."""
    path = folder / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1", notes="first notes"))
    journal.add(make_entry("Beta", id="e2"))
    journal.add(make_entry("Gamma", id="e3"))
    data = json.loads(path.read_text())
    (key,) = [key for key, record in data["entries"].items() if record["id"] == "e1"]
    data["entries"][key].update(broken)
    path.write_text(json.dumps(data))
    return path


def _aside(folder: Path) -> Path:
    (aside,) = folder.glob("journal.json.damaged-*[0-9]")
    return aside


def test_notes_pasted_as_lines_are_put_back_as_text(capsys, tmp_path) -> None:
    # rv42 D1, then fz35: kept aside and quoted (exit 1), they rested only in that copy
    # once the terminal scrolled away: now they are the entry's notes, one a line.
    path = _entries_listed(tmp_path, lambda entries: entries[0].update(notes=NOTES))
    code, out = _repair(tmp_path, capsys)
    assert Journal.open(path).get("e1").notes == "\n".join(NOTES), out
    assert code == 0 and "put back there as text" in out and json.dumps(NOTES[0]) in out, out
    assert copy_state(_aside(tmp_path)) == MAY_GO


def test_a_number_in_a_text_field_is_put_back_as_its_digits(capsys, tmp_path: Path) -> None:
    # rv43 S3: a salary typed as a number was "no words": the backup's notes took its
    # place and the only copy of 50000 "may go".
    path = _tabled(tmp_path, notes=50000, reflections={"what_went_well": 5})
    code, out = _repair(tmp_path, capsys)
    entry = Journal.open(path).get("e1")
    assert entry.notes == "50000" and entry.reflections == {"what_went_well": "5"}, out
    assert code == 0, out


def test_a_day_typed_another_way_goes_to_the_entrys_notes(capsys, tmp_path: Path) -> None:
    # rv42 D1, table form: "sent" on "28/11/2026" lost its day, exit 0, copy "may go";
    # then kept aside (exit 1) where no screen showed it: now in the notes, said there.
    path = _tabled(tmp_path, reply_status="sent", reply_sent_on="28/11/2026")
    code, out = _repair(tmp_path, capsys)
    notes = Journal.open(path).get("e1").notes
    assert notes.startswith("first notes\n\n") and "28/11/2026" in notes, notes
    assert code == 0 and '"28/11/2026"' in out and "added to its notes" in out, out


def test_words_where_a_new_entry_cannot_hold_them_go_to_its_notes(capsys, tmp_path) -> None:
    # No copy in the backup to take the mood from: the mood is left empty, words kept.
    path = _tabled(tmp_path)
    data = json.loads(path.read_text())
    (key,) = [key for key, record in data["entries"].items() if record["id"] == "e3"]
    data["entries"][key]["mood_before"] = "seven, better after the call"
    path.write_text(json.dumps(data))
    code, out = _repair(tmp_path, capsys)
    entry = Journal.open(path).get("e3")
    assert entry.mood_before is None and "seven, better after the call" in entry.notes, out
    assert code == 0, out


def test_a_broken_second_copy_holding_words_keeps_them(capsys, tmp_path: Path) -> None:
    # rv42 D1: a second copy of e1 whose only difference was its notes as a list was
    # dropped without a word of them, exit 0; now its notes read, and it is kept apart.
    def pasted(entries: list[dict[str, object]]) -> None:
        entries.append({**entries[0], "notes": NOTES})

    path = _entries_listed(tmp_path, pasted)
    code, out = _repair(tmp_path, capsys)
    notes = sorted(e.notes for e in Journal.open(path).entries() if e.company == "Acme")
    assert notes == ["\n".join(NOTES), "first notes"], out
    assert code == 0, out


def _deep(words: str) -> object:
    value: object = words
    for _ in range(300):
        value = [value]
    return value


def test_a_record_nested_too_deep_is_said_not_a_traceback(capsys, tmp_path: Path) -> None:
    # rv42 D2: orjson reads 1024 levels but writes 254: `coach repair` crashed.
    path = _tabled(tmp_path)
    data = json.loads(path.read_text())
    (key,) = [key for key, record in data["entries"].items() if record["id"] == "e3"]
    data["entries"][key]["stage"] = _deep("x")  # the backup holds no e3
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    code = main(["--data-dir", str(tmp_path), "repair"])
    err = capsys.readouterr().err
    assert code == 1 and "nested deeper than coach can write" in err and "entry e3" in err, err
    assert path.read_bytes() == before and not list(tmp_path.glob("*damaged*"))


def test_a_record_nested_too_deep_takes_the_backups_field(capsys, tmp_path: Path) -> None:
    path = _tabled(tmp_path, stage=_deep("call Ana"))
    code, out = _repair(tmp_path, capsys)
    entry = Journal.open(path).get("e1")
    assert entry.stage.value == "technical" and "call Ana" in entry.notes, out
    assert 'too deep to show, holding ["call Ana"]' in out and code == 0, out


def test_notes_nested_too_deep_are_put_back_as_text(capsys, tmp_path: Path) -> None:
    path = _tabled(tmp_path, notes=_deep("call Ana"))
    code, out = _repair(tmp_path, capsys)
    assert Journal.open(path).get("e1").notes == "call Ana" and code == 0, out


def test_a_deep_item_of_a_list_is_kept_aside_not_a_traceback(capsys, tmp_path: Path) -> None:
    _entries_listed(tmp_path, lambda entries: entries.append(_deep("call Ana back")))
    code, out = _repair(tmp_path, capsys)
    assert code == 1 and "KEEP IT" in out, out
    assert 'too deep to show, holding ["call Ana back"]' in out, out


def test_an_entry_that_lost_its_id_takes_the_backups_so_plans_find_it(capsys, tmp_path) -> None:
    # rv42 D3: it was given a new id first, so the backup's e1 was never matched.
    path = _entries_listed(tmp_path, lambda entries: entries[0].pop("id"))
    code, out = _repair(tmp_path, capsys)
    assert sorted(e.id for e in Journal.open(path).entries()) == ["e1", "e2", "e3"], out
    assert code == 0 and "2 the same as the backup's, 1 not in the backup" in out, out


def test_an_emptied_item_beside_records_brings_the_backups_back(capsys, tmp_path) -> None:
    # rv42 D4: `[e1, {}, e3]` dropped e2, exit 0; it was only in a copy that "may go".
    def emptied(entries: list[dict[str, object]]) -> None:
        entries[1] = {}

    path = _entries_listed(tmp_path, emptied)
    code, out = _repair(tmp_path, capsys)
    assert sorted(e.id for e in Journal.open(path).entries()) == ["e1", "e2", "e3"], out
    assert "Took 1 record from the backup" in out and "entry e2" in out, out
    assert code == 0


def test_an_entries_table_made_a_number_is_said_a_number(capsys, tmp_path: Path) -> None:
    # rv42 D6: "the journal's entries table is a int".
    path = _tabled(tmp_path)
    data = json.loads(path.read_text())
    data["entries"] = 5
    path.write_text(json.dumps(data))
    main(["--data-dir", str(tmp_path), "list"])
    said = capsys.readouterr()
    assert "table is a number" in said.err and "a int" not in said.out + said.err, said.err


def test_items_of_a_list_that_are_no_record_are_all_counted(capsys, tmp_path: Path) -> None:
    # rv42 D6: "4 items of the list are no record (5, null, "call Ana back")": 3 of 4.
    # A null holds nothing to keep: it is an empty item (fz35).
    items = [5, None, "call Ana back", [1], [2]]
    _entries_listed(tmp_path, lambda entries: entries.extend(items))
    code, out = _repair(tmp_path, capsys)
    assert '4 items of the list are no record (5, "call Ana back", [1], and 1 more)' in out, out
    assert "1 empty item (null) of the list held nothing" in out, out
    assert code == 1
