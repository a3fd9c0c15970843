"""The parsed-entry cache: parse once, share read-only, keep in step with every change."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date
from pathlib import Path

import pytest

from coach.entry_cache import EntryCache, SharedEntryError, thawed
from coach.journal import Journal
from coach.model import Entry, Stage
from coach.records import entry_from_record
from tests.conftest import make_entry


class CountingParse:
    """entry_from_record, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, record: dict) -> Entry:
        self.calls += 1
        return entry_from_record(record)


def counted_journal(journal: Journal) -> CountingParse:
    parse = CountingParse()
    journal._cache = EntryCache(parse)
    return parse


def test_entries_are_parsed_once_and_a_save_parses_only_what_changed(journal: Journal) -> None:
    for n in range(20):
        journal.add(make_entry(f"Company {n}", id=f"id{n:02d}"))
    parse = counted_journal(journal)
    assert len(journal.entries()) == 20
    assert parse.calls == 20
    journal.entries()
    journal.search("company 1")
    assert parse.calls == 20  # nothing changed, nothing parsed again
    edited = journal.get("id05")
    edited.company = "Renamed"
    journal.save(edited)
    assert [e.company for e in journal.entries() if e.id == "id05"] == ["Renamed"]
    journal.add(make_entry("New one", id="new"))
    journal.delete("id07")
    entries = journal.entries()
    assert parse.calls == 22  # the edited one and the new one
    assert len(entries) == 20 and "id07" not in {e.id for e in entries}


def test_cached_entries_cannot_be_changed_in_place(journal: Journal) -> None:
    journal.add(make_entry("Acme", reflections={"q": "a"}))
    shared = journal.entries()[0]
    with pytest.raises(SharedEntryError):
        shared.company = "Changed"
    with pytest.raises(SharedEntryError):
        shared.reply.draft = "Changed"
    with pytest.raises(SharedEntryError):
        shared.reflections["q"] = "changed"
    with pytest.raises(SharedEntryError):
        shared.reply.parts.append(shared.reply.parts[0] if shared.reply.parts else None)
    assert journal.entries()[0].company == "Acme"
    assert journal.entries()[0].reflections == {"q": "a"}


def test_copies_of_cached_entries_are_ordinary_and_equal(journal: Journal) -> None:
    original = make_entry("Acme", reflections={"q": "a"})
    journal.add(original)
    shared = journal.entries()[0]
    assert shared == original and original == shared
    for made in (
        copy.deepcopy(shared),
        copy.copy(shared),
        thawed(shared),
        dataclasses.replace(shared, role="Designer"),
        journal.get(original.id),
    ):
        assert type(made) is Entry and type(made.reply).__name__ == "ReplyPlan"
        made.company = "Changed"
        made.reflections["q"] = "b"
        made.reply.draft = "x"
    assert journal.entries()[0] == original


def test_indexes_answer_what_the_screens_ask(journal: Journal) -> None:
    journal.add(make_entry("Old", date=date(2026, 1, 1), reapply_after=date(2026, 6, 1)))
    journal.add(make_entry("Mid", stage=Stage.FINAL, date=date(2026, 5, 1)))
    journal.add(make_entry("New", date=date(2026, 11, 1), reapply_after=date(2027, 1, 1)))
    assert [e.company for e in journal.newest(2)] == ["New", "Mid"]
    assert [e.company for e in journal.reapply_due(date(2026, 11, 25))] == ["Old"]
    assert [e.company for e in journal.search(stage=Stage.FINAL)] == ["Mid"]
    searchable = journal.with_search_text()
    assert [e.company for e in searchable.entries] == ["New", "Mid", "Old"]
    assert searchable.texts[1].startswith("mid\n")
    assert all(text == text.casefold() for text in searchable.texts)


def test_a_change_by_another_process_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    ours, theirs = Journal.open(path), Journal.open(path)
    ours.add(make_entry("Ours"))
    assert [e.company for e in theirs.entries()] == ["Ours"]
    theirs.add(make_entry("Theirs", date=date(2026, 11, 21)))
    assert [e.company for e in ours.entries()] == ["Theirs", "Ours"]


def test_an_unreadable_record_is_reported_and_never_written_over(journal: Journal) -> None:
    from coach.errors import CoachError

    journal.add(make_entry("Good"))
    data = journal.storage.read()
    data["entries"]["99"] = {"id": "broken", "company": "Bad", "stage": "wizard"}
    journal.storage.write(data)
    assert [e.company for e in journal.entries()] == ["Good"]
    assert journal.unreadable and "broken" in journal.unreadable[0]
    with pytest.raises(CoachError, match="cannot be read"):
        journal.save(make_entry("Fixed", id="broken"))
    assert [e.company for e in journal.entries()] == ["Good"]
    assert journal.storage.read()["entries"]["99"]["stage"] == "wizard"


def test_home_and_insights_name_the_same_entries_due_for_reapplying(journal: Journal) -> None:
    from coach.insights import reapply_due

    # Same day, company case differing, today itself, and one not yet due.
    journal.add(make_entry("Beta", date=date(2026, 1, 1), reapply_after=date(2026, 6, 1)))
    journal.add(make_entry("alpha", date=date(2026, 2, 1), reapply_after=date(2026, 6, 1)))
    journal.add(make_entry("Early", date=date(2026, 3, 1), reapply_after=date(2026, 5, 1)))
    journal.add(make_entry("Today", date=date(2026, 4, 1), reapply_after=date(2026, 11, 25)))
    journal.add(make_entry("Later", date=date(2026, 4, 2), reapply_after=date(2026, 11, 26)))
    journal.add(make_entry("Never", date=date(2026, 4, 3)))
    today = date(2026, 11, 25)
    home = [e.company for e in journal.reapply_due(today)]
    assert home == [e.company for e in reapply_due(journal.entries(), today)]
    assert home == ["Early", "alpha", "Beta", "Today"]


def test_shared_entries_are_one_tuple_until_the_journal_changes(journal: Journal) -> None:
    """A big journal's screen gets no copy of 50,000 entries (young collections walk each copy)."""
    journal.add(make_entry("Old", date=date(2026, 1, 1)))
    journal.add(make_entry("New", date=date(2026, 11, 1)))
    shared = journal.entries_shared()
    assert isinstance(shared, tuple) and [e.company for e in shared] == ["New", "Old"]
    assert journal.entries_shared() is shared
    assert journal.with_search_text().entries is shared
    listed = journal.entries()
    listed.clear()  # entries() is the caller's own list, as before
    assert len(journal.entries()) == 2
    journal.add(make_entry("Newest", date=date(2026, 11, 20)))
    assert [e.company for e in journal.entries_shared()] == ["Newest", "New", "Old"]
