"""The journal's behaviour, the same over memory and file storage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coach.errors import CoachError, EntryNotFound
from coach.journal import Journal
from coach.model import Entry, Profile, Stage
from tests.conftest import make_entry


def test_a_new_journal_is_empty(journal: Journal) -> None:
    assert journal.entries() == []
    assert len(journal) == 0
    assert journal.profile() == Profile()


def test_added_entries_come_back_equal_and_newest_first(journal: Journal) -> None:
    older = journal.add(make_entry("Old Co", date=date(2026, 1, 2)))
    newer = journal.add(make_entry("New Co", date=date(2026, 3, 4)))
    assert journal.entries() == [newer, older]
    assert len(journal) == 2


def test_every_field_round_trips(journal: Journal) -> None:
    entry = make_entry(
        "Zoë & Søn [/ team]",
        Stage.FINAL,
        role="Designer",
        contact="Ana",
        notes="multi\nline",
        mood_before=2,
        mood_after=6,
        private_note="grr",
        reflections={"q1": "went well", "q2": "日本語"},
        reapply_after=date(2027, 5, 1),
        next_step="practise",
    )
    journal.add(entry)
    assert journal.get(entry.id) == entry


def test_save_replaces_by_id_and_delete_returns_the_entry(journal: Journal) -> None:
    entry = journal.add(make_entry())
    entry.notes = "changed"
    journal.save(entry)
    assert journal.get(entry.id).notes == "changed"
    assert len(journal) == 1
    removed = journal.delete(entry.id)
    assert removed == entry
    assert len(journal) == 0
    journal.save(removed)  # undo is just saving it again
    back = journal.get(entry.id)
    assert back == removed  # the same entry, under a new revision
    assert back.revision > entry.revision


def test_get_accepts_a_unique_prefix_and_explains_misses(journal: Journal) -> None:
    first = journal.add(make_entry(id="abc123"))
    journal.add(make_entry(id="abd456"))
    assert journal.get("abc") == first
    with pytest.raises(EntryNotFound, match="More than one"):
        journal.get("ab")
    with pytest.raises(EntryNotFound, match="coach list"):
        journal.get("zzz")


def test_search_by_text_and_stage(journal: Journal) -> None:
    journal.add(make_entry("Acme", Stage.NO_REPLY, notes="the recruiter was kind"))
    journal.add(make_entry("Globex", Stage.TECHNICAL, role="Backend"))
    assert [e.company for e in journal.search("RECRUITER")] == ["Acme"]
    assert [e.company for e in journal.search(stage=Stage.TECHNICAL)] == ["Globex"]
    assert journal.search("backend", Stage.NO_REPLY) == []


def test_import_skips_entries_already_present(journal: Journal) -> None:
    entries = [make_entry("A"), make_entry("B")]
    first = journal.import_entries(entries)
    assert len(first.added) == 2
    again = journal.import_entries(entries)
    assert again.added == [] and len(again.skipped) == 2
    # The same rejection under a new id (a file without ids) is still a twin.
    twin = make_entry("A", id="different")
    assert journal.import_entries([twin]).skipped == [twin]
    assert len(journal) == 2


def test_profile_is_kept(journal: Journal) -> None:
    journal.save_profile(Profile(name="Ana Lima", linkedin_url="https://x/in/ana", phone="1"))
    assert journal.profile().name == "Ana Lima"
    journal.save_profile(Profile(name="Ana"))
    assert journal.profile() == Profile(name="Ana")


def test_entries_survive_reopening(tmp_path) -> None:
    path = tmp_path / "journal.json"
    first = Journal.open(path)
    entry = first.add(Entry(company="Ünïcode", stage=Stage.OFFER, notes="🙂"))
    assert Journal.open(path).get(entry.id) == entry
    assert "Ünïcode" in path.read_text(encoding="utf-8")


def test_search_looks_in_every_written_field() -> None:
    from coach.journal import matches

    entry = make_entry(
        "Café Ünïcode",
        Stage.FINAL,
        role="Lead",
        contact="Sam",
        notes="Long\nnotes",
        next_step="mock interview",
        feedback_text="clear answers",
        reflections={"q": "Learned GRAPHS"},
    )
    for needle in ("CAFÉ", "lead", "sam", "graphs", "final round", "notes", "mock", "clear"):
        assert matches(entry, needle), needle
    assert not matches(entry, "nothing like this")


def test_delete_takes_the_exact_id_never_a_longer_one(journal: Journal) -> None:
    # Two coaches delete the same entry: the second delete must not take
    # another entry whose id merely starts with the gone one's.
    journal.add(make_entry("Gone", id="e1"))
    journal.add(make_entry("Kept", id="e10"))
    journal.delete("e1")
    with pytest.raises(EntryNotFound):
        journal.delete("e1")
    assert [entry.company for entry in journal.entries()] == ["Kept"]


def test_profile_saves_from_two_coaches_merge_per_field(tmp_path) -> None:
    path = tmp_path / "journal.json"
    Journal.open(path).save_profile(Profile(name="Sam"))
    a, b = Journal.open(path), Journal.open(path)
    opened_a, opened_b = a.profile(), b.profile()
    a.save_profile(Profile(name="Sam", linkedin_url="https://linkedin.com/in/alice"), opened_a)
    saved = b.save_profile(Profile(name="Sam", phone="+1 555 0199"), opened_b)
    # Each coach changed a different field: both are kept, and B is told.
    assert Journal.open(path).profile() == Profile(
        name="Sam", linkedin_url="https://linkedin.com/in/alice", phone="+1 555 0199"
    )
    assert saved.merged == ["linkedin_url"] and saved.replaced == {}


def test_profile_field_changed_by_both_keeps_this_save_and_names_the_other(tmp_path) -> None:
    path = tmp_path / "journal.json"
    a, b = Journal.open(path), Journal.open(path)
    opened_a, opened_b = a.profile(), b.profile()
    a.save_profile(Profile(name="Alice", phone="1234"), opened_a)
    saved = b.save_profile(Profile(name="Bob"), opened_b)
    assert Journal.open(path).profile() == Profile(name="Bob", phone="1234")
    assert saved.replaced == {"name": "Alice"} and saved.merged == ["phone"]
    # B's next save builds on what is stored now: nothing more to merge.
    again = b.save_profile(Profile(name="Bob", phone="1234"), saved.profile)
    assert again.replaced == {} and again.merged == []


def test_a_file_given_as_the_data_folder_is_named_as_a_file(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(CoachError, match=r"notes.txt as the data folder: it is a file, not a fold"):
        Journal.open(a_file / "journal.json")
    with pytest.raises(CoachError, match=r"inside as the data folder: .*notes.txt is a file\."):
        Journal.open(a_file / "inside" / "journal.json")


def test_a_details_save_keeps_fields_coach_does_not_know(tmp_path: Path) -> None:
    # fz45: a newer version's field, or a hand edit's, lived on only in the .bak
    # after the next save of My details.
    import json

    path = tmp_path / "journal.json"
    Journal.open(path).save_profile(Profile(name="Sam"))
    data = json.loads(path.read_text(encoding="utf-8"))
    [(table, record)] = [(name, rows) for name, rows in data.items() if name == "profile"]
    [key] = record
    record[key] |= {"pronouns": "they/them", "signature": {"lines": ["Sam", "[x]"]}}
    path.write_text(json.dumps(data), encoding="utf-8")
    journal = Journal.open(path)
    journal.save_profile(Profile(name="Sam Reed", phone="1"), journal.profile())
    stored = json.loads(path.read_text(encoding="utf-8"))[table][key]
    assert stored["pronouns"] == "they/them"
    assert stored["signature"] == {"lines": ["Sam", "[x]"]}
    assert Journal.open(path).profile().name == "Sam Reed"
