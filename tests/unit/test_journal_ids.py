"""Two entries with one id (a sync tool, a hand edit): named, never mixed, renumbered by repair."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.errors import CoachError
from coach.journal import Journal
from tests.conftest import make_entry


def _twins(data: Path) -> str:
    """A journal of Co0..Co2 in which Co1's record is given Co0's id and renamed DupTwin."""
    journal = Journal.open(data / "journal.json")
    for number in range(3):
        journal.add(make_entry(f"Co{number}", notes=f"note {number}"))
    path = data / "journal.json"
    document = json.loads(path.read_text())
    records = document["entries"]
    by_company = {record["company"]: record for record in records.values()}
    by_company["Co1"]["id"] = by_company["Co0"]["id"]
    by_company["Co1"]["company"] = "DupTwin"
    path.write_text(json.dumps(document))
    return str(by_company["Co0"]["id"])


def test_repair_gives_the_second_its_own_id_and_keeps_both_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shared = _twins(data)
    assert main(["list", "--data-dir", str(data)]) == 0
    assert f"2 entries share the id {shared}" in capsys.readouterr().err
    assert main(["show", shared, "--data-dir", str(data)]) == 0
    assert "coach repair" in capsys.readouterr().err
    assert main(["repair", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert f"Two entries had the id {shared}" in out and "'DupTwin'" in out
    assert "nothing was changed" not in out
    entries = {e.company: e for e in Journal.open(data / "journal.json").entries()}
    assert set(entries) == {"Co0", "DupTwin", "Co2"}
    assert entries["Co0"].id == shared and entries["DupTwin"].id != shared
    assert entries["DupTwin"].notes == "note 1" and entries["Co0"].notes == "note 0"
    assert main(["list", "--data-dir", str(data)]) == 0
    assert "share the id" not in capsys.readouterr().err
    assert main(["repair", "--data-dir", str(data)]) == 0
    assert "nothing was changed" in capsys.readouterr().out


def test_deleting_a_shared_id_is_refused_so_an_undo_cannot_merge_the_two(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shared = _twins(data)
    journal = Journal.open(data / "journal.json")
    with pytest.raises(CoachError, match="coach repair"):
        journal.delete(shared)
    companies = sorted(e.company for e in Journal.open(data / "journal.json").entries())
    assert companies == ["Co0", "Co2", "DupTwin"]


def test_saving_an_edit_of_a_shared_id_is_refused_and_neither_entry_changes(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    shared = _twins(data)
    path = data / "journal.json"
    before = path.read_bytes()
    journal = Journal.open(path)
    twin = next(e for e in journal.entries() if e.company == "DupTwin")
    edited = dataclasses.replace(twin, notes="typed into the twin")
    # Either way in: the saved record would be the first in the file, Co0's.
    with pytest.raises(CoachError, match="coach repair"):
        journal.save_edit(edited, base=twin)
    with pytest.raises(CoachError, match="coach repair"):
        journal.save(edited)
    assert path.read_bytes() == before
    assert journal.shared_ids() == {shared: 2}


def test_typing_resumed_after_repair_finds_the_twin_it_was_typed_on(tmp_path: Path) -> None:
    from coach.journal_ids import entry_typed_on

    data = tmp_path / "data"
    journal = Journal.open(data / "journal.json")
    for company in ("Zenith", "Quasar"):
        journal.add(make_entry(company, notes=f"about {company}"))
    quasar = next(e for e in journal.entries() if e.company == "Quasar")
    opened = journal.get(quasar.id)  # typing begins on Quasar and is autosaved with it
    # A hand edit gives Zenith, first in the table, Quasar's id; repair moves Quasar on.
    path = data / "journal.json"
    document = json.loads(path.read_text())
    for record in document["entries"].values():
        if record["company"] == "Zenith":
            record["id"] = quasar.id
    path.write_text(json.dumps(document))
    assert main(["repair", "--data-dir", str(data)]) == 0
    journal = Journal.open(path)
    now = {e.company: e for e in journal.entries()}
    assert now["Zenith"].id == quasar.id != now["Quasar"].id

    resumed = entry_typed_on(journal, opened)
    assert resumed.id == now["Quasar"].id and resumed.company == "Quasar"
    journal.save_edit(dataclasses.replace(resumed, notes="typed after"), base=resumed)
    after = {e.company: e for e in Journal.open(path).entries()}
    assert set(after) == {"Zenith", "Quasar"}
    assert after["Quasar"].notes == "typed after" and after["Zenith"].notes == "about Zenith"
    # No twin: the entry at its id, changed elsewhere since, is still the one (a save merges).
    assert entry_typed_on(journal, dataclasses.replace(after["Zenith"], notes="old")).id == (
        quasar.id
    )


def test_an_entry_stored_without_an_id_reads_with_one_id_and_saves_in_place(
    tmp_path: Path,
) -> None:
    # rv40 D3, rv43 D5: a new id on every read; the app's save found it "deleted
    # elsewhere" and kept a second copy of it.
    path = tmp_path / "journal.json"
    Journal.open(path).add(make_entry("Acme", id="e1"))
    data = json.loads(path.read_text())
    del next(iter(data["entries"].values()))["id"]
    path.write_text(json.dumps(data))
    first = Journal.open(path).entries()[0]
    again = Journal.open(path)
    assert again.entries()[0].id == first.id and again.get(first.id) == first
    edited = dataclasses.replace(first, role="Engineer")
    saved = again.save_edit(edited, base=first)
    assert not saved.restored
    stored = [r for r in json.loads(path.read_text())["entries"].values()]
    assert [(r["id"], r["role"]) for r in stored] == [(first.id, "Engineer")]


def test_repair_tells_two_entries_of_one_company_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # rv40 D13: "the one for 'Acme' now has the id … (the other keeps e1)": both Acme.
    data = tmp_path / "data"
    shared = _twins(data)
    path = data / "journal.json"
    document = json.loads(path.read_text())
    twin = next(r for r in document["entries"].values() if r["company"] == "DupTwin")
    twin["company"] = "Co0"
    path.write_text(json.dumps(document))
    assert main(["repair", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "the one for 'Co0' with notes “note 1” now has the id" in out, out
    assert f"(the other, with notes “note 0”, keeps {shared})" in out, out
