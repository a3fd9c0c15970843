"""Edges of merging a log back after journal.json changed outside coach (found in review)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import orjson

from coach.journal import Journal
from coach.log_merge import merge_log
from coach.log_storage import LogStorage
from coach.log_waiting import waiting_note
from coach.repair_filled import readable
from tests.conftest import FIXED_NOW, make_entry

HEAD = orjson.dumps({"base": [1, 2, 3]}) + b"\n"


def log_of(*saves: dict) -> bytes:
    return HEAD + b"".join(orjson.dumps(save) + b"\n" for save in saves)


def test_an_old_log_never_deletes_by_key_alone() -> None:
    # A log written before digests ("was") removes key 12; another machine's
    # entry sits at that key now: it is kept and named, never deleted.
    data = {"entries": {"12": {"id": "other-machines", "company": "Theirs"}}}
    merge = merge_log(data, log_of({"g": 3, "set": {}, "del": {"entries": ["12"]}}))
    assert data["entries"]["12"]["id"] == "other-machines"
    assert merge.removed == []
    assert [record["id"] for _, record in merge.kept_despite_removal] == ["other-machines"]


def test_a_delete_kept_because_it_changed_outside_is_still_news(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(LogStorage(path, append_over=0, fold_at=0.0))
    journal.add(make_entry("Kept Co", role="Role one"))
    journal.add(make_entry("Other Co", role="Role two"))
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    other = next(e for e in journal.entries() if e.company == "Other Co")
    journal.delete(other.id)  # the log's only news: this delete
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b'"Role two"', b'"Role two, by hand"', 1))
    assert waiting_note(path, tmp_path) is not None


def test_a_key_of_other_digits_is_no_crash() -> None:
    data = {"plans": {"²": {"id": "p2", "text": "x"}, "5": {"id": "q", "text": "y"}}}
    merge = merge_log(data, log_of({"g": 3, "set": {"plans": {"5": {"id": "new"}}}, "del": {}}))
    assert [record["id"] for _, record in merge.added] == ["new"]
    assert len(data["plans"]) == 3


def test_an_unreadable_entry_kept_whole_gets_an_id_of_its_own() -> None:
    data = {"entries": {"1": {"id": "same", "stage": ["not", "a", "stage"]}}}
    mine = {"id": "same", "company": "Mine", "stage": "technical", "date": "2026-11-20"}
    merge_log(data, log_of({"g": 3, "set": {"entries": {"1": mine}}, "del": {}}))
    ids = [record["id"] for record in data["entries"].values()]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_a_half_read_stage_of_the_wrong_shape_is_filled_in() -> None:
    fields = readable("entries", {"company": "A", "stage": ["technical"]})
    assert fields["stage"] == "no_reply"


def test_a_log_set_aside_earlier_never_undoes_a_later_save(tmp_path: Path) -> None:
    import dataclasses

    from coach.repair_files import repair_journal

    path = tmp_path / "journal.json"
    journal = Journal(LogStorage(path, append_over=0, fold_at=0.0))
    journal.add(make_entry("Kept Co", role="Role one"))
    journal.add(make_entry("Other Co", role="Role two"))
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    kept = next(e for e in journal.entries() if e.company == "Kept Co")
    journal.save(dataclasses.replace(kept, role="older save"))
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b'"Role two"', b'"Role two, by hand"', 1))
    later = Journal(LogStorage(path, append_over=0, fold_at=1000.0))
    later.add(make_entry("Trigger"))  # sets the log holding "older save" aside
    assert list(tmp_path.glob("journal.json.log.conflict-*"))
    again = next(e for e in later.entries() if e.company == "Kept Co")
    later.save(dataclasses.replace(again, role="newest save"))
    assert repair_journal(path) is not None
    after = Journal.open(path)
    assert after.get(kept.id).role == "newest save"
    # The older text is not lost: it is kept beside it as the other version.
    roles = sorted(e.role for e in after.entries() if e.company.startswith("Kept Co"))
    assert roles == ["newest save", "older save"]


def old_log_and_file() -> tuple[dict, bytes]:
    """A file changed outside coach, and a log written before digests touching it every way."""
    from coach.journal_records import conflict_copy
    from coach.records import entry_to_record

    def entry(company: str, **fields: object) -> dict:
        return entry_to_record(make_entry(company, **fields))

    edited, copied, gone, changed_gone = (entry(c) for c in ("Edited", "Copied", "Gone", "Both"))
    same = entry("Same")
    copy_before = entry_to_record(conflict_copy(copied))
    data = {
        "entries": {
            "1": edited,
            "2": copied,
            "3": copy_before,  # the file's version of 2 is kept as a copy already
            "4": gone,
            "5": {**changed_gone, "role": "changed outside", "revision": 5},
            "6": same,
        },
        "profile": {"1": {"name": "Theirs"}},
    }
    saves = [
        {"g": 3, "set": {"entries": {"1": {**edited, "role": "in coach"}}}, "del": {}},
        {"g": 4, "set": {"entries": {"2": {**copied, "role": "in coach"}}}, "del": {}},
        {"g": 5, "set": {"entries": {"9": entry("New")}}, "del": {}},
        {"g": 6, "set": {"entries": {"4": gone}}, "del": {}},
        {"g": 7, "set": {"entries": {"5": changed_gone}}, "del": {}},
        {"g": 8, "set": {}, "del": {"entries": ["4", "5"]}},
        {"g": 9, "set": {"entries": {"6": {**same, "revision": 7}}}, "del": {}},
        {"g": 10, "set": {"profile": {"1": {"name": "Mine"}}}, "del": {}},
    ]
    return data, log_of(*saves) + b"[b]nothing reads{{\n"


def test_counting_what_waits_names_as_many_as_the_merge_does() -> None:
    from coach.log_news import news, pending

    data, raw = old_log_and_file()
    merge = merge_log({n: dict(t) for n, t in data.items()}, raw)
    named = [
        merge.added,
        merge.updated,
        merge.both_kept,
        merge.replaced,
        merge.removed,
        merge.kept_despite_removal,
        merge.unread,
    ]
    assert [len(found) for found in named] == [1, 0, 2, 1, 1, 1, 1]
    assert [copy is None for _, copy in merge.both_kept] == [False, True]
    assert news(data, raw) == sum(len(found) for found in named) == 7
    assert pending(data, raw)
    assert data["profile"]["1"]["name"] == "Theirs" and len(data["entries"]) == 6  # untouched


def test_saying_whether_saves_wait_looks_for_no_kept_copy(monkeypatch) -> None:
    # Looking through a 50,000-entry table for a kept copy of each entry an old
    # log edited made `pending` (run at each opening) take 11 s; a count needs none.
    import coach.journal_records
    from coach.log_news import news, pending

    def no_search(*_: object) -> None:
        raise AssertionError("a count looked for a kept copy")

    monkeypatch.setattr(coach.journal_records, "copy_kept_already", no_search)
    data, raw = old_log_and_file()
    assert pending(data, raw) and news(data, raw) == 7


class Counted(dict):
    """A table that counts how often it is walked whole."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        Counted.walks += 1
        return super().__iter__()

    def items(self):  # type: ignore[no-untyped-def]
        Counted.walks += 1
        return super().items()


def test_an_old_log_editing_many_entries_walks_the_table_a_few_times_not_once_each() -> None:
    # Each entry both changed looked for a kept copy through the whole table, and
    # each copy for a free key: 126 s for coach repair at 20,000 entries.
    from coach.records import entry_to_record

    records = {
        str(n): entry_to_record(make_entry(f"Co {n}", created_at=FIXED_NOW + timedelta(minutes=n)))
        for n in range(1, 41)
    }
    saves = [
        {
            "g": 2 + n,
            "set": {"entries": {str(n): {**records[str(n)], "role": "in coach"}}},
            "del": {},
        }
        for n in range(1, 21)
    ]
    table = Counted(records)
    Counted.walks = 0
    merge = merge_log({"entries": table}, log_of(*saves))
    assert len(merge.both_kept) == 20 and all(copy for _, copy in merge.both_kept)
    assert len(table) == 60
    assert Counted.walks <= 4


def test_a_kept_copy_is_read_whole_only_for_a_like_company(monkeypatch) -> None:
    # An import stamps thousands of entries with one created_at: each was parsed.
    import coach.journal_records as journal_records
    from coach.records import entry_to_record

    same_time = [entry_to_record(make_entry(f"Co {n}")) for n in range(200)]
    table = {str(n): record for n, record in enumerate(same_time)}
    theirs = {**same_time[7], "role": "by hand"}
    table["999"] = entry_to_record(journal_records.conflict_copy(theirs))
    parsed = []
    real = journal_records.entry_from_record
    monkeypatch.setattr(
        journal_records, "entry_from_record", lambda record: parsed.append(1) or real(record)
    )
    kept = journal_records.copy_kept_already(table, "7", theirs)
    assert kept is not None and kept.company == "Co 7 (other version)"
    assert len(parsed) == 1


def test_the_count_matches_the_merge_on_many_random_old_logs() -> None:
    # news() classifies without copying; on any mix of edits it must name as many as the merge.
    import random

    from coach.log_news import news
    from coach.records import entry_to_record

    shuffled = random.Random(7)
    for _ in range(400):
        records = {
            str(n): entry_to_record(
                make_entry(f"Co {n % 4}", created_at=FIXED_NOW + timedelta(minutes=n % 3))
            )
            for n in range(1, 9)
        }
        plans = {"1": {"id": "p1", "entry_id": "x", "when": "w", "then": "t", "due": "2026-11-20"}}
        data = {"entries": dict(records), "plans": dict(plans)}
        saves = []
        for g in range(2, 2 + shuffled.randint(1, 8)):
            key = str(shuffled.randint(1, 11))
            roll = shuffled.random()
            base = records.get(key) or entry_to_record(make_entry(f"New {key}"))
            if roll < 0.5:
                saves.append(
                    {"g": g, "set": {"entries": {key: {**base, "role": f"r{g}"}}}, "del": {}}
                )
            elif roll < 0.7:
                saves.append({"g": g, "set": {}, "del": {"entries": [key]}})
            elif roll < 0.85:
                then = shuffled.choice(["t", "t2"])
                plan = {**plans["1"], "then": then, "status": "done"}
                saves.append({"g": g, "set": {"plans": {"1": plan}}, "del": {}})
            else:
                saves.append({"g": g, "set": {"entries": {key: base}}, "del": {}})
        if shuffled.random() < 0.3:  # the file changed outside too
            data["entries"]["2"] = {**records["2"], "notes": "by hand"}
        raw = log_of(*saves)
        merge = merge_log({n: dict(t) for n, t in data.items()}, raw)
        named = [
            merge.added,
            merge.updated,
            merge.both_kept,
            merge.plans_kept,
            merge.replaced,
            merge.removed,
            merge.kept_despite_removal,
            merge.unread,
        ]
        assert news(data, raw) == sum(len(found) for found in named), saves
