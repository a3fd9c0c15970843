"""The append-log storage keeps every promise of the whole-file one, for big journals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coach.errors import JournalCorrupt, JournalWriteError
from coach.journal import Journal
from coach.journal_lines import serialize_by_line
from coach.log_storage import LogStorage
from coach.model import Entry, Stage
from tests.conftest import make_entry
from tests.kill_rounds import append_forever, kill_at_random_moments

ROOT = Path(__file__).resolve().parents[2]


def log_journal(path: Path, *, fold_at: float = 1000.0) -> Journal:
    """A journal that appends every save to the log (as a big journal does)."""
    return Journal(LogStorage(path, append_over=0, fold_at=fold_at))


def companies(journal: Journal) -> list[str]:
    return sorted(entry.company for entry in journal.entries())


def test_saves_append_to_the_log_and_leave_the_snapshot_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("First"))
    snapshot = path.read_bytes()
    second = journal.add(make_entry("Second"))
    edited = make_entry("Second, edited", id=second.id)
    journal.save(edited)
    journal.delete(journal.search("First")[0].id)
    assert path.read_bytes() == snapshot  # only the log grew
    log = path.with_name("journal.json.log")
    assert log.exists() and oct(os.stat(log).st_mode & 0o777) == "0o600"
    assert companies(log_journal(path)) == ["Second, edited"]
    assert companies(Journal.open(path)) == ["Second, edited"]


def test_a_line_cut_short_by_a_crash_is_ignored_then_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("Kept"))
    journal.add(make_entry("Also kept"))
    log = path.with_name("journal.json.log")
    with open(log, "ab") as handle:
        handle.write(b'{"g": 99, "set": {"entries": {"50": {"torn-marker')  # no newline
    reopened = log_journal(path)
    assert companies(reopened) == ["Also kept", "Kept"]
    reopened.add(make_entry("After the crash"))
    assert b"torn-marker" not in log.read_bytes()
    assert companies(log_journal(path)) == ["After the crash", "Also kept", "Kept"]


def test_a_damaged_line_in_the_middle_is_reported_and_nothing_changes(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("One"))
    journal.add(make_entry("Two"))
    log = path.with_name("journal.json.log")
    lines = log.read_bytes().split(b"\n")
    lines[1] = b"{not json"
    damaged = b"\n".join(lines)
    log.write_bytes(damaged)
    before = path.read_bytes()
    with pytest.raises(JournalCorrupt, match=r"journal\.json\.log .*: line 2 is not valid JSON"):
        log_journal(path)
    with pytest.raises(JournalCorrupt):
        journal.add(make_entry("Three"))
    assert log.read_bytes() == damaged
    assert path.read_bytes() == before


def test_folding_replaces_the_snapshot_and_removes_the_log(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path, fold_at=0.5)
    for n in range(12):
        journal.add(make_entry(f"Company {n}"))
    assert path.read_bytes().startswith(b"{\n")
    data = json.loads(path.read_text())  # still plain JSON
    assert len(data["entries"]) >= 1
    assert len(log_journal(path).entries()) == 12
    assert len(Journal.open(path).entries()) == 12


def test_a_crash_between_the_new_snapshot_and_removing_the_log_applies_nothing_twice(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("One"))
    journal.add(make_entry("Two"))
    log = path.with_name("journal.json.log")
    old_log = log.read_bytes()
    # Fold now (as a big enough log would), then put the old log back, as if
    # the process died before it could remove it.
    storage = journal.storage
    assert isinstance(storage, LogStorage)
    storage.fold_at = 0.0
    journal.delete(journal.search("One")[0].id)
    assert not log.exists()
    log.write_bytes(old_log)
    reopened = log_journal(path)
    assert companies(reopened) == ["Two"]  # "One" is not brought back by the stale log
    reopened.add(make_entry("Three"))
    assert companies(log_journal(path)) == ["Three", "Two"]
    assert reopened.conflict_copies == []


def test_an_outside_replacement_keeps_the_log_aside_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("In the snapshot"))
    storage = journal.storage
    assert isinstance(storage, LogStorage)
    storage.fold_at = 0.0
    journal.add(make_entry("Folded"))  # now both are in the snapshot
    storage.fold_at = 1000.0
    journal.add(make_entry("Only in the log"))
    # A sync tool puts back an older copy of the snapshot.
    data = json.loads(path.read_text())
    for record in data["entries"].values():
        record["notes"] = "theirs"
    time.sleep(0.01)
    path.write_text(json.dumps(data))
    journal.add(make_entry("New"))
    assert journal.conflict_copies, "our version must be kept beside theirs"
    kept = set()
    for copy in journal.conflict_copies:
        text = copy.read_text()
        kept |= {name for name in ("Only in the log",) if name in text}
    assert kept == {"Only in the log"}
    assert "New" in companies(log_journal(path))


def test_a_value_that_cannot_be_stored_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("Good"))
    log = path.with_name("journal.json.log")
    before = log.read_bytes()
    bad = make_entry("Bad")
    bad.reflections = {"q": object()}  # type: ignore[dict-item]
    with pytest.raises(JournalWriteError, match="cannot be stored"):
        journal.add(bad)
    assert log.read_bytes() == before
    assert companies(journal) == ["Good"]


def test_a_failing_fsync_leaves_no_half_line(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("Kept"))
    log = path.with_name("journal.json.log")
    before = log.read_bytes()

    def failing(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(JournalWriteError, match="No space left"):
        journal.add(make_entry("Lost"))
    monkeypatch.undo()
    assert log.read_bytes() == before
    journal.add(make_entry("Retry"))
    assert companies(log_journal(path)) == ["Kept", "Retry"]


def test_another_coach_appending_is_built_on(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    first, second = log_journal(path), log_journal(path)
    first.add(make_entry("One"))
    second.add(make_entry("Two"))
    first.add(make_entry("Three"))
    assert companies(log_journal(path)) == ["One", "Three", "Two"]
    assert first.conflict_copies == second.conflict_copies == []


def test_an_older_single_line_journal_is_laid_out_by_line_at_its_first_save(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path, fold_at=0.0)  # every save folds: all in the snapshot
    journal.add(make_entry("Old"))
    assert not path.with_name("journal.json.log").exists()
    path.write_text(json.dumps(json.loads(path.read_text())))  # one line, as before
    reopened = log_journal(path)
    reopened.add(make_entry("New"))
    assert path.read_bytes().startswith(b"{\n")
    assert companies(log_journal(path)) == ["New", "Old"]


def test_the_line_layout_is_plain_json() -> None:
    data = {"entries": {"1": {"company": 'a "b" \n c'}, "2": {}}, "_meta": {"1": {"schema": 1}}}
    assert json.loads(serialize_by_line(data)) == data
    assert json.loads(serialize_by_line({})) == {}


# -- searching and counting a record at a time ----------------------------------


def test_search_reads_a_record_at_a_time_and_agrees_with_the_full_read(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    names = ["Straße GmbH", "Kelvin Labs", "ACME [b]", 'Quote "q" Co', "Café Ünïon"]
    for n, name in enumerate(names):
        journal.add(make_entry(name, notes=f"note {n}", id=f"id{n}"))
    journal.save(make_entry("Renamed in the log", id="id0"))
    for needle in ["strasse", "kelvin", "[b]", "ünïon", "café", "renamed", "note 3", "zzz", "q"]:
        quick = Journal(LogStorage(path, append_over=0), check_now=False).search(needle)
        full = log_journal(path).search(needle)
        assert [e.id for e in quick] == [e.id for e in full], needle


def test_stats_entries_leave_the_long_texts_out(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("A", notes="long notes", reflections={"q": "answer"}))
    counted = Journal(LogStorage(path, append_over=0), check_now=False).entries_to_count()
    assert [(e.company, e.notes, e.reflections) for e in counted] == [("A", "", {})]


# -- crash safety, as for the whole-file storage ----------------------------------


@pytest.mark.long_running
def test_sigkill_at_random_moments_never_loses_a_returned_save(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    kill_at_random_moments(
        append_forever,
        (path,),
        lambda: [e.id for e in log_journal(path).entries()],
        rounds=40,
        seed=20261126,
        longest_pause=0.05,
    )


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from coach.journal import Journal
    from coach.log_storage import LogStorage
    from coach.model import Entry, Stage
    journal = Journal(LogStorage(Path(sys.argv[1]), append_over=0, fold_at=0.3))
    for n in range(int(sys.argv[3])):
        journal.add(Entry(company=f"{sys.argv[2]}-{n}", stage=Stage.NO_REPLY))
    """
)


def test_two_processes_appending_keep_every_entry(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    log_journal(path)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "150"], cwd=ROOT)
        for name in ("left", "right")
    ]
    for writer in writers:
        assert writer.wait(timeout=240) == 0
    entries = log_journal(path).entries()
    assert len({e.company for e in entries}) == 300
    assert isinstance(entries[0], Entry) and entries[0].stage is Stage.NO_REPLY


def test_a_save_appends_only_the_records_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    for n in range(30):
        journal.add(make_entry(f"Company {n}"))
    journal.entries()  # the cache is built, as in the app
    log = path.with_name("journal.json.log")
    kept = journal.search("Company 7")[0]
    edited = make_entry("Company 7, edited", id=kept.id)
    journal.save(edited)
    journal.save(make_entry("Brand new"))
    *_, edit_line, new_line = log.read_bytes().splitlines()
    edit_change, new_change = json.loads(edit_line), json.loads(new_line)
    assert [r["company"] for r in edit_change["set"]["entries"].values()] == ["Company 7, edited"]
    assert [r["company"] for r in new_change["set"]["entries"].values()] == ["Brand new"]
    # Each record once, under a key of its own, as a fresh read sees them.
    again = log_journal(path)
    names = [entry.company for entry in again.entries()]
    assert len(names) == 31 and "Company 7" not in names and "Company 7, edited" in names
    assert len({entry.id for entry in again.entries()}) == 31


def test_saves_find_the_right_record_after_another_coach_wrote(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    mine, theirs = log_journal(path), log_journal(path)
    first = mine.add(make_entry("First"))
    mine.entries()
    theirs.add(make_entry("Theirs"))  # a key the first coach has not seen
    mine.save(make_entry("Mine"))
    mine.save(make_entry("First, edited", id=first.id))
    assert companies(log_journal(path)) == ["First, edited", "Mine", "Theirs"]


def test_an_unreadable_record_with_the_id_is_never_written_over_or_doubled(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("Fine"))
    data = Journal(LogStorage(path, append_over=0)).storage.read()
    data["entries"]["9"] = {"id": "broken-one", "company": "Broken", "stage": "no-such-stage"}
    path.write_bytes(serialize_by_line(data))
    path.with_name("journal.json.log").unlink(missing_ok=True)
    reopened = log_journal(path)
    reopened.entries()
    assert reopened.unreadable  # skipped, and noted
    with pytest.raises(Exception, match="cannot be read"):
        reopened.save(make_entry("Broken, retyped", id="broken-one"))
    assert "no-such-stage" in path.read_text()


def test_the_first_read_of_the_file_runs_with_the_cycle_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The schema check reads the file before the entries are parsed: a
    # collection in the middle of it held the UI thread for 83 ms at 50k.
    import gc

    path = tmp_path / "journal.json"
    Journal.open(path).add(make_entry("Acme"))
    journal = Journal(LogStorage(path, append_over=0), check_now=False)
    seen: list[bool] = []
    original = LogStorage._load_from_disk

    def spy(self: LogStorage) -> object:
        seen.append(gc.isenabled())
        return original(self)

    monkeypatch.setattr(LogStorage, "_load_from_disk", spy)
    assert [e.company for e in journal.entries()] == ["Acme"]
    assert seen and not any(seen)
    assert gc.isenabled()


def test_it_says_when_the_next_save_may_rewrite_the_journal_whole(tmp_path: Path) -> None:
    # The app moves such a save off the UI thread: at 50,000 entries a fold takes seconds.
    path = tmp_path / "journal.json"
    small = Journal(LogStorage(path, append_over=1 << 30))
    small.add(make_entry("Small"))
    assert not small.storage.rewrite_is_near()  # under append_over: always a quick rewrite
    storage = LogStorage(path, append_over=0, fold_at=1000.0)
    journal = Journal(storage)
    journal.add(make_entry("Big enough"))
    assert not storage.rewrite_is_near()  # a fold is a thousand snapshots away
    storage.fold_at = 0.0001  # now any save folds
    assert storage.rewrite_is_near()
    journal.add(make_entry("Folds"))
    assert not path.with_name("journal.json.log").exists()


@pytest.mark.parametrize("keep_times", [True, False], ids=["cp -a", "cp"])
def test_a_copied_data_folder_keeps_the_saves_in_its_log(tmp_path: Path, keep_times: bool) -> None:
    import shutil

    path = tmp_path / "a" / "journal.json"
    journal = log_journal(path)
    journal.add(make_entry("In the snapshot"))
    journal.add(make_entry("Only in the log"))
    assert path.with_name("journal.json.log").exists()
    # A backup and restore, or a move to another computer: every file gets a new inode.
    copy = tmp_path / "b"
    shutil.copytree(path.parent, copy, copy_function=shutil.copy2 if keep_times else shutil.copy)
    moved = copy / "journal.json"
    assert companies(Journal.open(moved)) == ["In the snapshot", "Only in the log"]
    quick = Journal(LogStorage(moved, append_over=0), check_now=False).search("Only in the log")
    assert [e.company for e in quick] == ["Only in the log"]
    later = log_journal(moved)
    later.add(make_entry("After the move"))
    assert later.conflict_copies == []  # nothing changed outside coach: no "earlier version"
    after = companies(Journal.open(moved))
    assert after == ["After the move", "In the snapshot", "Only in the log"]
