"""A big journal changed outside coach keeps the log's latest saves, and always says so."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import orjson
import pytest

from coach.cli import main
from coach.journal import Journal
from coach.log_storage import LogStorage
from coach.log_waiting import waiting, waiting_note
from coach.repair_files import repair_journal
from tests.conftest import make_entry

OTHER = " (other version)"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def big(path: Path, *, fold_at: float = 1000.0) -> Journal:
    """A journal that keeps its saves in the log, as one over 4 MiB does."""
    return Journal(LogStorage(path, append_over=0, fold_at=fold_at))


def companies(path: Path) -> list[str]:
    return sorted(entry.company for entry in Journal.open(path).entries())


def with_log(folder: Path) -> tuple[Path, Journal]:
    """Two entries in the snapshot; a new entry "Last Save" only in the log beside it."""
    folder.mkdir()
    path = folder / "journal.json"
    journal = big(path, fold_at=0.0)
    journal.add(make_entry("Kept Co", role="Role one"))
    journal.add(make_entry("Other Co", role="Role two"))
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    journal.add(make_entry("Last Save"))
    assert b"Last Save" not in path.read_bytes()
    return path, journal


def edit_by_hand(path: Path, old: bytes, new: bytes) -> None:
    """An outside change in place: a typo fixed in an editor (the size changes)."""
    raw = path.read_bytes()
    assert old in raw
    path.write_bytes(raw.replace(old, new, 1))


def test_a_hand_edit_of_another_record_is_said_everywhere_and_repair_merges(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _ = with_log(tmp_path / "d")
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    assert "Last Save" not in companies(path)  # the log no longer applies as it stands
    note = waiting_note(path, path.parent)
    assert note is not None and "1 record" in note and "repair" in note
    # Every command says so: list, and a search that finds nothing.
    code, out, err = run(capsys, "--data-dir", str(path.parent), "list", "--search", "Last")
    assert code == 0 and "repair" in err and "journal.json.log" in err
    code, out, err = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0, out
    assert "merged its saves back" in out and "Last Save" in out, out
    assert companies(path) == ["Kept Co", "Last Save", "Other Co"]
    roles = {e.company: e.role for e in Journal.open(path).entries()}
    assert roles["Other Co"] == "Role two, fixed by hand"  # the hand edit stays too
    assert waiting_note(path, path.parent) is None
    assert not path.with_name("journal.json.log").exists()
    code, out, err = run(capsys, "--data-dir", str(path.parent), "list")
    assert "repair" not in err
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert "reads fine" in out


def test_a_record_changed_both_in_coach_and_outside_keeps_both(tmp_path: Path) -> None:
    path, journal = with_log(tmp_path / "d")
    kept = next(e for e in journal.entries() if e.company == "Kept Co")
    journal.save(dataclasses.replace(kept, role="Role one, saved in coach"))
    edit_by_hand(path, b'"Role one"', b'"Role one, fixed by hand"')
    assert repair_journal(path) is not None
    roles = sorted((e.company, e.role) for e in Journal.open(path).entries())
    assert ("Kept Co", "Role one, saved in coach") in roles
    assert (f"Kept Co{OTHER}", "Role one, fixed by hand") in roles
    assert ("Last Save", "") in [(c, r or "") for c, r in roles]


def test_a_delete_in_coach_goes_and_is_said(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = with_log(tmp_path / "d")
    other = next(e for e in journal.entries() if e.company == "Other Co")
    journal.delete(other.id)
    edit_by_hand(path, b'"Role one"', b'"Role one, fixed by hand"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0
    assert re.search(r"Removed 1 record you had deleted in coach.*\n.*Other Co", out), out
    assert companies(path) == ["Kept Co", "Last Save"]


def test_a_restored_older_journal_file_gets_the_logs_saves_back(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    path = folder / "journal.json"
    journal = big(path, fold_at=0.0)
    journal.add(make_entry("First Co"))
    older = tmp_path / "older.json"
    shutil.copyfile(path, older)  # a backup of one's own, made here
    journal.add(make_entry("Second Co"))
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    journal.add(make_entry("Last Save"))
    shutil.copyfile(older, path)  # journal.json alone restored from that backup
    assert waiting(path).in_log == 1
    assert repair_journal(path) is not None
    # The restore took Second Co back out (that was the restore's doing); the log's save is back.
    assert companies(path) == ["First Co", "Last Save"]


def test_a_log_set_aside_by_an_earlier_save_is_merged_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _ = with_log(tmp_path / "d")
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    later = big(path)
    later.add(make_entry("After The Edit"))  # sets the log aside, as coach did before
    aside = list(path.parent.glob("journal.json.log.conflict-*"))
    assert len(aside) == 1
    assert waiting(path).set_aside == aside
    code, _, err = run(capsys, "--data-dir", str(path.parent), "stats")
    assert aside[0].name in err and "repair" in err
    # encrypt never seals it away nor calls it the person's: it asks for the repair first.
    code, out, err = run_encrypt(capsys, path.parent)
    assert code == 1 and "repair" in err and "saved or copied by you" not in err
    assert b"Last Save" in aside[0].read_bytes() and not aside[0].name.endswith("sealed")
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0, out
    assert companies(path) == ["After The Edit", "Kept Co", "Last Save", "Other Co"]
    assert not aside[0].exists()
    merged = list(path.parent.glob("journal.json.log.conflict-*.merged-*"))
    assert len(merged) == 1 and merged[0].name in out
    assert waiting_note(path, path.parent) is None
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert "reads fine" in out
    # Now encrypt goes ahead, and seals the merged copy too (coach wrote it).
    code, out, err = run_encrypt(capsys, path.parent)
    assert code == 0, err
    assert "saved or copied by you" not in err
    assert b"Last Save" not in merged[0].read_bytes()


def run_encrypt(capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[int, str, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COACH_PASSPHRASE", "a passphrase for tests")
        return run(capsys, "--data-dir", str(folder), "encrypt")


def test_a_file_synced_in_with_more_saves_still_keeps_the_log(tmp_path: Path) -> None:
    path, _ = with_log(tmp_path / "d")
    raw = orjson.loads(path.read_bytes())
    raw["_storage"]["1"]["generation"] = 999  # another machine saved many more times
    raw["entries"]["1"]["role"] = "Changed on the other machine"
    path.write_bytes(orjson.dumps(raw))
    later = big(path)
    later.add(make_entry("After The Sync"))  # once, this started a new log over the old one
    assert waiting(path).set_aside, "the log's saves must be kept, not written over"
    assert repair_journal(path) is not None
    assert "Last Save" in companies(path)


def test_a_log_folded_in_already_is_no_news(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = with_log(tmp_path / "d")
    log = path.with_name("journal.json.log")
    old_log = log.read_bytes()
    journal.storage.fold_at = 0.0  # type: ignore[attr-defined]
    journal.add(make_entry("Folded Too"))  # a fold: the log's saves go into the file
    assert not log.exists()
    log.write_bytes(old_log)  # as if the fold could not remove it
    assert waiting_note(path, path.parent) is None
    code, _, err = run(capsys, "--data-dir", str(path.parent), "list")
    assert code == 0 and "repair" not in err
    assert repair_journal(path) is None


def test_an_edit_in_coach_of_a_record_the_outside_change_left_alone_needs_no_copy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = with_log(tmp_path / "d")
    kept = next(e for e in journal.entries() if e.company == "Kept Co")
    journal.save(dataclasses.replace(kept, role="Role one, saved in coach"))
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0 and "Changed in both places" not in out, out
    assert re.search(r"Brought 1 record up to coach's latest save:\n.*Kept Co", out), out
    roles = sorted((e.company, e.role) for e in Journal.open(path).entries())
    assert roles == [
        ("Kept Co", "Role one, saved in coach"),
        ("Last Save", ""),
        ("Other Co", "Role two, fixed by hand"),
    ]


def test_a_delete_in_coach_of_a_record_changed_outside_keeps_it_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = with_log(tmp_path / "d")
    other = next(e for e in journal.entries() if e.company == "Other Co")
    journal.delete(other.id)
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0
    assert "Kept entry" in out and "Other Co" in out and "Delete it again" in out, out
    assert companies(path) == ["Kept Co", "Last Save", "Other Co"]


def big_with_log(folder: Path) -> tuple[Path, Journal]:
    """Sixty entries (far more than the first and last 64 KiB), then saves only in the log."""
    folder.mkdir()
    path = folder / "journal.json"
    journal = big(path, fold_at=0.0)
    notes = "Long notes about the interview. " * 100
    journal.import_entries(
        [make_entry(f"Co{n:02}", role=f"Role {n:02}", notes=notes) for n in range(60)]
    )
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    assert path.stat().st_size > 3 * 64 * 1024
    return path, journal


def edit_same_size(path: Path, old: bytes, new: bytes) -> None:
    """A hand edit in the middle of the file that keeps its size (one letter fixed)."""
    raw = path.read_bytes()
    at = raw.index(old)
    assert len(old) == len(new) and 64 * 1024 < at < len(raw) - 64 * 1024
    path.write_bytes(raw.replace(old, new, 1))
    assert len(path.read_bytes()) == len(raw)


def test_a_same_size_hand_edit_in_the_middle_is_never_overwritten_by_the_log(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = big_with_log(tmp_path / "d")
    by_name = {e.company: e for e in journal.entries()}
    journal.save(dataclasses.replace(by_name["Co30"], company="Co30 Ltd"))
    journal.delete(by_name["Co31"].id)
    edit_same_size(path, b'"Role 30"', b'"Role 3X"')
    edit_same_size(path, b'"Role 31"', b'"Role 3Y"')
    roles = {e.company: e.role for e in Journal.open(path).entries()}
    # The log is not replayed over the hand edits: they show, and the log's saves wait.
    assert roles["Co30"] == "Role 3X" and roles["Co31"] == "Role 3Y"
    note = waiting_note(path, path.parent)
    assert note is not None and "repair" in note
    code, out, err = run(capsys, "--data-dir", str(path.parent), "list", "--search", "Role 3X")
    assert code == 0 and "Co30" in out and "repair" in err
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0, out
    merged = sorted((e.company, e.role) for e in Journal.open(path).entries())
    # Both sides of the changed entry are kept, and the deleted-but-edited one stays.
    assert ("Co30 Ltd", "Role 30") in merged
    assert (f"Co30{OTHER}", "Role 3X") in merged
    assert ("Co31", "Role 3Y") in merged


def test_a_copy_of_a_big_folder_still_replays_its_log_by_the_whole_digest(tmp_path: Path) -> None:
    path, journal = big_with_log(tmp_path / "d")
    journal.add(make_entry("Only in the log"))
    copy = tmp_path / "copy"
    shutil.copytree(path.parent, copy)  # new inodes and times, the same bytes
    assert "Only in the log" in companies(copy / "journal.json")
    assert waiting_note(copy / "journal.json", copy) is None


def test_repair_of_a_journal_that_reads_fine_says_it_merged_not_repaired(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _ = with_log(tmp_path / "d")
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0, out
    first = out.splitlines()[0]
    assert first.startswith(f"The journal {path} reads fine.") and "merged back in now" in first
    assert "Repaired" not in out and "damaged" not in out and "still readable" not in out
    kept = list(path.parent.glob("journal.json.before-merge-????????-??????"))
    assert len(kept) == 1 and f"kept as {kept[0]}" in out
    assert b"Role two, fixed by hand" in kept[0].read_bytes()
    assert not list(path.parent.glob("*damaged*"))  # and no copy of the backup either
    assert not list(path.parent.glob("*.before-merge-*.bak"))
