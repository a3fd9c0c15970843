"""Commands that only read never create a journal, and an export never replaces a file unasked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.log_storage import LogStorage
from tests.conftest import make_entry


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


READS = [["list"], ["stats"], ["plans"], ["export"], ["show", "abc"], ["draft", "abc"]]


@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_a_mistyped_data_dir_is_said_and_nothing_is_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    typo = tmp_path / "my-jurnal"
    code, out, err = run(capsys, "--data-dir", str(typo), *command)
    assert code == 1 and out == ""
    assert f"There is no journal at {typo / 'journal.json'}" in err
    assert "check --data-dir or COACH_DATA_DIR" in err and "Nothing was created" in err
    assert not typo.exists()


def test_an_empty_folder_stays_empty(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 1 and "run `coach` to start your journal" in err
    assert list(tmp_path.iterdir()) == []


def test_saves_left_beside_a_missing_journal_are_named_with_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(LogStorage(path, append_over=0, fold_at=0.0))
    journal.add(make_entry("In the file"))
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    journal.add(make_entry("In the log"))
    path.unlink()
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 1 and "The journal is empty" not in out
    assert "(journal.json.bak, journal.json.log)" in err, err
    assert "put it back" in err and "repair" in err
    assert not path.exists()
    # The way out it gives works: the backup in place, then repair merges the log.
    path.write_bytes(path.with_name("journal.json.bak").read_bytes())
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "repair")
    assert code == 0, out
    companies = {e.company for e in Journal.open(path).entries()}
    assert "In the log" in companies


def test_repair_with_no_journal_says_what_is_there_and_the_way_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The reviewer: repair said only "There is no journal ... to repair." beside a
    # backup, a log and typing not yet saved.
    path = tmp_path / "journal.json"
    journal = Journal(LogStorage(path, append_over=0, fold_at=0.0))
    journal.add(make_entry("In the file"))
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    journal.add(make_entry("In the log"))
    path.unlink()
    (tmp_path / "unsaved-0123abcd.json").write_text("{}")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "repair")
    assert code == 1 and out == ""
    said = " ".join(err.split())
    assert re.search(r"journal\.json\.bak: the backup, an older copy, from .* with \d+ entr", said)
    assert "journal.json.log: saves made since the journal was last rewritten" in said
    assert "unsaved-0123abcd.json: typing not yet saved" in said
    assert "If you moved or renamed journal.json, put it back." in said
    assert "copy journal.json.bak to journal.json; then `coach --data-dir" in said
    assert "repair` merges the log back in" in said
    assert "Nothing was changed" in said
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing made, nothing moved


def test_repair_with_no_journal_names_the_last_repairs_copy_as_a_way_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Only the backup was offered, an older state than the copy a repair kept (rv-fz 5).
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("Old Co"))
    journal.add(make_entry("New Co"))
    for name in ("20261120-080000", "20261126-093015", "20261126-093015.bak"):
        (tmp_path / f"journal.json.damaged-{name}").write_text("{}")
    (tmp_path / "journal.json").unlink()
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "repair")
    said = " ".join(err.split())
    assert code == 1
    assert (
        "journal.json.damaged-20261126-093015 is the journal as a repair found it, damaged, "
        "at 2026-11-26 09:30: if that is later than the backup, copy it to journal.json "
        "instead, and `coach --data-dir"
    ) in said
    assert "copy journal.json.bak to journal.json" in said  # still the first way back
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_repair_in_a_folder_with_nothing_of_coachs_says_check_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "repair")
    assert code == 1 and "nothing of coach's is in" in err and "check --data-dir" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "typo"), "repair")
    assert code == 1 and "does not exist" in err and not (tmp_path / "typo").exists()


def test_export_never_replaces_a_file_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    Journal.open(data / "journal.json").add(make_entry("Kept Co"))
    good = tmp_path / "good.json"
    good.write_text("my last good export")
    code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", str(good))
    assert code == 1 and "already exists" in err and "--force" in err
    assert good.read_text() == "my last good export"
    code, _, err = run(
        capsys, "--data-dir", str(data), "export", "--format", "csv", "-o", str(good), "--force"
    )
    assert code == 0 and "Wrote 1 entry" in err
    assert "Kept Co" in good.read_text()
    fresh = tmp_path / "fresh.md"
    code, _, _ = run(
        capsys, "--data-dir", str(data), "export", "--format", "markdown", "-o", str(fresh)
    )
    assert code == 0 and "Kept Co" in fresh.read_text()


@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_a_journal_link_to_a_disk_not_mounted_is_said_and_nothing_is_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    # rv-diff 4: a dangling journal.json link must not get an empty journal at its target.
    data, target = tmp_path / "d", tmp_path / "mnt" / "journal.json"
    data.mkdir()
    (data / "journal.json").symlink_to(target)
    code, out, err = run(capsys, "--data-dir", str(data), *command)
    assert code == 1 and out == ""
    assert f"is a link to {target}, which is not there" in err and "Nothing was created" in err
    assert not target.parent.exists() and list(data.iterdir()) == [data / "journal.json"]


def test_a_data_folder_link_to_nothing_is_said_as_such(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    link, target = tmp_path / "dd", tmp_path / "gone"
    link.symlink_to(target)
    code, _, err = run(capsys, "--data-dir", str(link), "list")
    assert code == 1 and f"is a link to {target}, which is not there" in err
    assert "File exists" not in err and not target.exists()


def test_a_folder_that_does_not_exist_is_not_called_maybe_the_right_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "typo"), "list")
    assert code == 1 and "does not exist" in err and "If this is the right folder" not in err


def test_an_import_through_a_journal_link_to_nothing_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data, target = tmp_path / "d", tmp_path / "mnt" / "journal.json"
    data.mkdir()
    target.parent.mkdir()
    (data / "journal.json").symlink_to(target)
    source = tmp_path / "in.csv"
    source.write_text("company,role,date,stage\nNewImport,Dev,2026-11-20,application\n")
    code, _out, err = run(capsys, "--data-dir", str(data), "import", str(source))
    assert code == 1 and "which is not there" in err
    assert list(target.parent.iterdir()) == []


def test_an_empty_data_dir_or_output_is_refused_not_read_as_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reviewer: --data-dir "$UNSET" used the real journal; -o "" wrote to stdout.
    real = tmp_path / "real"
    Journal.open(real / "journal.json").add(make_entry("Real Co"))
    monkeypatch.setenv("COACH_DATA_DIR", str(real))
    source = tmp_path / "in.json"
    source.write_text('[{"company": "Typo Co", "stage": "no_reply", "date": "2026-11-20"}]')
    code, out, err = run(capsys, "--data-dir", "", "import", str(source))
    assert code == 1 and "--data-dir is empty" in err and out == ""
    assert [e.company for e in Journal.open(real / "journal.json").entries()] == ["Real Co"]
    code, out, err = run(capsys, "export", "-o", "")
    assert code == 1 and "--output is empty" in err and out == ""


def test_import_from_standard_input_is_refused_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", "-")
    assert code == 1 and "not standard input" in err and "No such file" not in err
    assert not (tmp_path / "d").exists()
