"""Importing into a big journal appends without reading it whole, and keeps every promise."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import orjson
import pytest

from coach.errors import JournalWriteError, NewerJournal
from coach.journal import Journal
from coach.journal_lines import serialize_by_line
from coach.log_commands import fold_log
from coach.log_storage import LogStorage
from tests.conftest import make_entry
from tests.kill_rounds import import_forever, kill_at_random_moments

ROOT = Path(__file__).resolve().parents[2]


def unread(path: Path) -> Journal:
    """A journal as `coach import` opens it: big (every save appends), nothing read yet."""
    return Journal(LogStorage(path, append_over=0, fold_at=1000.0), check_now=False)


def started(path: Path, count: int = 5) -> list[str]:
    journal = Journal(LogStorage(path, append_over=0, fold_at=1000.0))
    ids = [
        journal.add(make_entry(f"Company {n}", date=date(2026, 11, n + 1))).id for n in range(count)
    ]
    return ids


def log_lines(path: Path) -> list[dict]:
    log = path.with_name(path.name + ".log")
    return [orjson.loads(line) for line in log.read_bytes().splitlines()] if log.exists() else []


def test_an_import_is_one_appended_line_and_nothing_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    started(path)
    lines_before = len(log_lines(path))
    journal = unread(path)
    result = journal.import_entries([make_entry("Newcomer")])
    assert [e.company for e in result.added] == ["Newcomer"]
    assert journal.storage._data is None  # the journal was never read whole
    change = log_lines(path)[-1]
    assert len(log_lines(path)) == lines_before + 1
    assert [r["company"] for r in change["set"]["entries"].values()] == ["Newcomer"]
    companies = sorted(e.company for e in Journal.open(path).entries())
    assert companies == sorted(["Newcomer", *(f"Company {n}" for n in range(5))])


def test_twins_are_skipped_by_id_and_by_what_they_describe(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    ids = started(path)
    same_id = make_entry("Renamed", id=ids[0])
    same_rejection = make_entry("COMPANY 2", date=date(2026, 11, 3))  # other case, same day
    other_day = make_entry("Company 2", date=date(2026, 10, 3))
    result = unread(path).import_entries([same_id, same_rejection, other_day])
    assert [e.company for e in result.skipped] == ["Renamed", "COMPANY 2"]
    assert [e.company for e in result.added] == ["Company 2"]
    again = unread(path).import_entries([make_entry("Company 2", date=date(2026, 10, 3))])
    assert not again.added  # the twin just added is found too (it is in the log)


HAND = {"id": "hand-made", "company": "Hand Co", "stage": "technical", "date": "2026-11-21"}
LONG_ROLE = "r" * 400


@pytest.mark.parametrize(
    ("record", "twin_fields"),
    [
        ({**HAND, "date": "2026-W47-6"}, {}),  # an ISO week day, the same day as 2026-11-21
        ({**HAND, "date": " 2026-11-21 "}, {}),
        ({**HAND, "date": "20261121"}, {}),
        ({**HAND, "id": " spaced-id "}, {"id": "spaced-id", "date": date(2026, 10, 1)}),
        # The day far along the line, past what is looked at first.
        (
            {
                "id": "x",
                "company": "Hand Co",
                "stage": "technical",
                "role": LONG_ROLE,
                "date": "2026-11-21",
            },
            {"role": LONG_ROLE},
        ),
        # Keys in another order, the day after a long text.
        (
            {
                "notes": "x" * 500,
                "date": "2026-11-21",
                "stage": "technical",
                "company": "Hand Co",
                "id": "y",
            },
            {},
        ),
    ],
)
@pytest.mark.parametrize("indexed", [False, True], ids=["lines", "word index"])
def test_a_hand_written_record_is_still_found_as_a_twin(
    tmp_path: Path, record: dict, twin_fields: dict, indexed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    started(path)
    data = LogStorage(path).read()
    assert data is not None
    data["entries"]["77"] = record
    path.write_bytes(serialize_by_line(data))
    path.with_name("journal.json.log").unlink()
    if indexed:
        assert unread(path).refresh_search_index()
        monkeypatch.setattr("coach.log_commands.scan", _no_line_reading)
    twin = make_entry("hand co", **{"date": date(2026, 11, 21), **twin_fields})
    result = unread(path).import_entries([twin])
    assert result.skipped == [twin] and not result.added


def _no_line_reading(*args: object, **kwargs: object) -> None:
    raise AssertionError("read a line at a time, though the word index was up to date")


def test_an_import_through_the_word_index_reads_only_possible_twins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    ids = started(path)
    assert unread(path).refresh_search_index()
    in_log = unread(path).import_entries([make_entry("In the log", date=date(2025, 5, 5))])
    monkeypatch.setattr("coach.log_commands.scan", _no_line_reading)
    same_id = make_entry("Renamed", id=ids[0])
    same_rejection = make_entry("COMPANY 2", date=date(2026, 11, 3))
    twin_in_log = make_entry("in the LOG", date=date(2025, 5, 5))
    new = [make_entry(f"New {n}", date=date(2026, 11, 3)) for n in range(3)]
    result = unread(path).import_entries([same_id, same_rejection, twin_in_log, *new])
    assert [e.company for e in result.skipped] == ["Renamed", "COMPANY 2", "in the LOG"]
    assert [e.company for e in result.added] == ["New 0", "New 1", "New 2"]
    journal = Journal.open(path)
    companies = sorted(e.company for e in journal.entries())
    expected = [f"Company {n}" for n in range(5)] + ["In the log"] + [f"New {n}" for n in range(3)]
    assert companies == sorted(expected)  # no key used twice, nothing overwritten
    assert in_log.added and not journal.unreadable


def test_an_import_through_the_word_index_takes_a_key_no_entry_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    started(path)
    fold_log(path)  # every entry in the snapshot, none a possible twin below
    assert unread(path).refresh_search_index()
    monkeypatch.setattr("coach.log_commands.scan", _no_line_reading)
    result = unread(path).import_entries([make_entry("Lonely", date=date(2020, 1, 1))])
    assert [e.company for e in result.added] == ["Lonely"]
    assert len(Journal.open(path).entries()) == 6


def test_an_import_after_a_hand_edit_reads_lines_not_the_old_index(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    started(path)
    assert unread(path).refresh_search_index()
    data = LogStorage(path).read()
    assert data is not None
    data["entries"]["77"] = {**HAND, "id": "hand-added"}
    path.write_bytes(serialize_by_line(data))  # the log's changes folded in by hand
    path.with_name("journal.json.log").unlink()
    result = unread(path).import_entries([make_entry("x", id="hand-added")])
    assert not result.added and [e.id for e in result.skipped] == ["hand-added"]


def test_a_journal_from_a_newer_coach_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    started(path)
    data = LogStorage(path).read()
    assert data is not None
    data["_meta"]["1"]["schema"] = 999
    path.write_bytes(serialize_by_line(data))
    path.with_name("journal.json.log").unlink()
    before = path.read_bytes()
    with pytest.raises(NewerJournal):
        unread(path).import_entries([make_entry("Newcomer")])
    assert path.read_bytes() == before
    assert not path.with_name("journal.json.log").exists()


def test_a_failed_append_adds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.json"
    started(path)
    log = path.with_name("journal.json.log")
    before = (path.read_bytes(), log.read_bytes())

    def failing(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(JournalWriteError):
        unread(path).import_entries([make_entry("Newcomer")])
    monkeypatch.undo()
    assert (path.read_bytes(), log.read_bytes()) == before
    assert "Newcomer" not in {e.company for e in Journal.open(path).entries()}


IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from coach.journal import Journal
    from coach.log_storage import LogStorage
    from coach.model import Entry, Stage
    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for n in range(count):
        storage = LogStorage(path, append_over=0, fold_at=1000.0, lock_timeout=60)
        journal = Journal(storage, check_now=False)
        result = journal.import_entries([Entry(company=f"{name}-{n}", stage=Stage.NO_REPLY)])
        assert result.added, "an import went the long way or found a twin"
        sys.stdout.write(result.added[0].id + "\\n")
        sys.stdout.flush()
    """
)


@pytest.mark.parametrize("indexed", [False, True], ids=["lines", "word index"])
def test_two_processes_importing_keep_every_entry(tmp_path: Path, indexed: bool) -> None:
    path = tmp_path / "journal.json"
    started(path, 1)
    assert unread(path).refresh_search_index() if indexed else True
    writers = [
        subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), name, "60"], cwd=ROOT)
        for name in ("left", "right")
    ]
    for writer in writers:
        assert writer.wait(timeout=240) == 0
    entries = Journal.open(path).entries()
    assert len(entries) == 121
    assert len({e.id for e in entries}) == 121


@pytest.mark.parametrize("indexed", [False, True], ids=["lines", "word index"])
def test_sigkill_mid_import_never_loses_a_returned_import(tmp_path: Path, indexed: bool) -> None:
    path = tmp_path / "journal.json"
    started(path, 1)
    assert unread(path).refresh_search_index() if indexed else True
    kill_at_random_moments(
        import_forever,
        (path,),
        lambda: [e.id for e in Journal.open(path).entries()],
        rounds=25,
        seed=20261126,
        longest_pause=0.03,
    )


def test_a_maybe_twin_holding_a_huge_number_is_read_the_ordinary_way(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    started(path)
    data = LogStorage(path).read()
    assert data is not None
    data["entries"]["77"] = {**HAND, "mood_before": 123}
    raw = serialize_by_line(data).replace(b'"mood_before":123', b'"mood_before":' + b"9" * 5000)
    path.write_bytes(raw)
    path.with_name("journal.json.log").unlink()
    twin = make_entry("hand co", date=date(2026, 11, 21))
    result = unread(path).import_entries([twin])
    assert result.skipped == [twin] and not result.added
    assert b"9" * 5000 in path.read_bytes()  # the record is left as it was


def test_an_import_sets_aside_a_log_of_another_file_that_holds_saves(tmp_path: Path) -> None:
    # rv-diff 1: a file synced from a machine that saved more often does not match the log,
    # and its save count is above the log's: the log is set aside, never emptied.
    path = tmp_path / "journal.json"
    started(path)
    log = path.with_name("journal.json.log")
    waiting = log.read_bytes()
    data = LogStorage(path).read()
    assert data is not None
    data["_storage"]["1"]["generation"] = 10
    data["entries"] = {"1": {**HAND, "id": "other-machine"}}
    path.write_bytes(serialize_by_line(data))
    result = unread(path).import_entries([make_entry("Newcomer")])
    assert [e.company for e in result.added] == ["Newcomer"]
    kept = [p.read_bytes() for p in tmp_path.glob("journal.json.log.conflict-*")]
    assert kept == [waiting]
    companies = {e.company for e in Journal.open(path).entries()}
    assert companies == {"Hand Co", "Newcomer"}
