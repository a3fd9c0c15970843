"""Entry revisions: a save based on an older version merges and never silently wins."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from coach.journal import Journal
from coach.model import Stage
from tests.conftest import make_entry


def two_coaches(tmp_path: Path) -> tuple[Journal, Journal]:
    path = tmp_path / "data" / "journal.json"
    return Journal.open(path), Journal.open(path)


def test_fields_changed_on_one_side_each_merge(tmp_path: Path) -> None:
    first, second = two_coaches(tmp_path)
    opened = first.add(make_entry("Acme", notes="first notes"))
    base = copy.deepcopy(opened)
    theirs = second.get(opened.id)
    their_base = copy.deepcopy(theirs)
    theirs.reply.draft = "Dear Ana, thank you."
    second.save_edit(theirs, base=their_base)
    mine = copy.deepcopy(base)
    mine.role = "Designer"
    saved = first.save_edit(mine, base=base)
    stored = Journal.open(tmp_path / "data" / "journal.json").get(opened.id)
    assert stored.role == "Designer"
    assert stored.reply.draft == "Dear Ana, thank you."  # not silently dropped
    assert saved.merged == ["reply_draft"] and saved.conflict_copy is None


def test_a_field_changed_on_both_sides_keeps_both_and_says_so(tmp_path: Path) -> None:
    first, second = two_coaches(tmp_path)
    opened = first.add(make_entry("Acme"))
    base = copy.deepcopy(opened)
    theirs = second.get(opened.id)
    their_base = copy.deepcopy(theirs)
    theirs.notes = "their notes"
    second.save_edit(theirs, base=their_base)
    mine = copy.deepcopy(base)
    mine.notes = "my notes"
    saved = first.save_edit(mine, base=base)
    assert saved.conflicts == ["notes"]
    assert saved.conflict_copy is not None
    notes = sorted(e.notes for e in Journal.open(tmp_path / "data" / "journal.json").entries())
    assert notes == ["my notes", "their notes"]


def test_clashes_over_the_same_two_texts_keep_one_copy_of_each(tmp_path: Path) -> None:
    # Two coaches with stale forms (each based on the entry as first opened) save in turn.
    first, second = two_coaches(tmp_path)
    opened = first.add(make_entry("Tyrell"))
    base = copy.deepcopy(opened)

    def save(journal: Journal, notes: str):  # type: ignore[no-untyped-def]
        mine = copy.deepcopy(base)
        mine.notes = notes
        return journal.save_edit(mine, base=base)

    save(second, "B's notes")
    assert save(first, "A's notes").conflict_copy is not None  # B's text kept as a copy
    assert not save(second, "B's notes").copy_kept_before  # A's text kept as a copy
    again = save(first, "A's notes")
    # B's text is kept already: the person is pointed at that copy, and no new one is made.
    assert again.conflicts == ["notes"] and again.copy_kept_before
    assert again.conflict_copy is not None and again.conflict_copy.notes == "B's notes"
    save(second, "B's notes")
    save(first, "A's other notes")  # a new text: B's is kept already
    save(second, "B's last notes")  # a new text on this side too: A's other notes kept
    entries = Journal.open(tmp_path / "data" / "journal.json").entries()
    notes = sorted(e.notes for e in entries)
    assert notes == ["A's notes", "A's other notes", "B's last notes", "B's notes"]
    assert sum(e.company == "Tyrell" for e in entries) == 1


def test_a_hand_edit_while_an_entry_is_open_is_merged(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "data" / "journal.json")
    opened = journal.add(make_entry("Acme", stage=Stage.FINAL))
    base = copy.deepcopy(opened)
    path = tmp_path / "data" / "journal.json"
    data = json.loads(path.read_text())
    for record in data["entries"].values():
        record["contact"] = "Edited by hand"  # no revision bump: a text editor
    path.write_text(json.dumps(data))
    mine = copy.deepcopy(base)
    mine.next_step = "Practise system design"
    journal.save_edit(mine, base=base)
    stored = journal.get(opened.id)
    assert (stored.contact, stored.next_step) == ("Edited by hand", "Practise system design")


def test_a_save_without_a_base_on_an_older_revision_keeps_the_newer_one(tmp_path: Path) -> None:
    first, second = two_coaches(tmp_path)
    stale = first.add(make_entry("Acme"))
    newer = second.get(stale.id)
    newer.notes = "saved elsewhere"
    second.save(newer)
    stale.notes = "stale copy"
    first.save(stale)
    notes = sorted(e.notes for e in Journal.open(tmp_path / "data" / "journal.json").entries())
    assert notes == ["saved elsewhere", "stale copy"]


def test_every_save_counts_a_revision(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "data" / "journal.json")
    entry = journal.add(make_entry())
    assert entry.revision == 0
    journal.save(entry)
    journal.save(entry)
    assert journal.get(entry.id).revision == 2
    assert entry.revision == 2  # the caller holds the revision on disk


def test_a_finished_walk_is_recorded_in_the_same_write(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "data" / "journal.json")
    path = tmp_path / "data" / "journal.json"
    entry = journal.add(make_entry())
    before = json.loads(path.read_text())["_storage"]["1"]["generation"]
    journal.save_edit(entry, base=copy.deepcopy(entry), finished_walk="walk-1")
    after = json.loads(path.read_text())["_storage"]["1"]["generation"]
    assert after == before + 1  # one write holds the entry and the mark
    assert journal.walk_finished("walk-1") and not journal.walk_finished("walk-2")


def test_a_clash_copy_is_not_counted_as_another_rejection(tmp_path: Path) -> None:
    from datetime import date

    from coach.content import load_content
    from coach.insights import compute

    first, second = two_coaches(tmp_path)
    opened = first.add(make_entry("Acme", stage=Stage.FINAL))
    first.add(make_entry("Globex", stage=Stage.TECHNICAL, date=date(2026, 10, 2)))
    base = copy.deepcopy(opened)
    theirs = second.get(opened.id)
    their_base = copy.deepcopy(theirs)
    theirs.company = "Acme Corp"  # a clash in the company itself
    second.save_edit(theirs, base=their_base)
    mine = copy.deepcopy(base)
    mine.company = "ACME"
    saved = first.save_edit(mine, base=base)
    assert saved.conflict_copy is not None
    entries = Journal.open(tmp_path / "data" / "journal.json").entries()
    assert len(entries) == 3  # both versions kept for the person to choose
    content = load_content().content
    insights = compute(entries, content, date(2026, 11, 26))
    assert insights.weathered == 2
    assert insights.funnel.count(Stage.FINAL) == 1
    # Once the person deletes the entry itself, the copy is the rejection.
    first.delete(opened.id)
    entries = Journal.open(tmp_path / "data" / "journal.json").entries()
    assert compute(entries, content, date(2026, 11, 26)).weathered == 2


def test_an_entry_saved_back_after_a_delete_is_never_overwritten_by_an_older_copy(
    tmp_path: Path,
) -> None:
    first, second = two_coaches(tmp_path)
    opened = first.add(make_entry("Acme", notes="first"))
    opened = first.save(opened)  # revision 1, as both coaches read it
    stale = copy.deepcopy(second.get(opened.id))
    first.delete(opened.id)
    back = copy.deepcopy(opened)
    back.notes = "saved back after the delete"
    first.save(back)  # an edit of a deleted entry puts it back
    stale.notes = "an older copy's notes"
    second.save(stale)  # same revision as before the delete: must not just win
    notes = sorted(e.notes for e in Journal.open(tmp_path / "data" / "journal.json").entries())
    assert notes == ["an older copy's notes", "saved back after the delete"]
