"""`coach repair`: a damaged journal mended without losing its last save."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from tests.conftest import make_entry


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _journal_with(data: Path, *companies: str) -> Journal:
    journal = Journal.open(data / "journal.json")
    for company in companies:
        journal.add(make_entry(company))  # one save each, so the backup is one save old
    return journal


def _break_line_of(path: Path, company: str) -> bytes:
    """A hand edit's typo in the record of this company (a doubled comma)."""
    raw = path.read_bytes()
    needle = f'"company":{json.dumps(company)},'.encode()
    assert needle in raw
    damaged = raw.replace(needle, needle + b",")
    path.write_bytes(damaged)
    return damaged


def _companies(data: Path) -> list[str]:
    return sorted(e.company for e in Journal.open(data / "journal.json").entries())


def test_the_advice_never_copies_the_backup_over_the_last_save(capsys, tmp_path: Path) -> None:
    data = tmp_path / "my data"
    _journal_with(data, "First Co", "Second Co")
    _break_line_of(data / "journal.json", "First Co")
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1
    # Copying the backup in would lose Second Co, the last save's entry.
    assert "cp " not in err and "last good copy" not in err
    assert "one save older" in err
    assert f"coach --data-dir {shlex.quote(str(data))} repair" in err


def test_repair_keeps_the_last_save_and_takes_the_broken_record_from_the_backup(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    _journal_with(data, "First Co", "Second Co")
    damaged = _break_line_of(data / "journal.json", "First Co")
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0
    assert _companies(data) == ["First Co", "Second Co"]
    assert "Kept 1 record" in out
    assert "Took 1 record from the backup" in out and "First Co" in out
    aside = re.search(r"kept as (\S+)\.\n", out)
    assert aside is not None and Path(aside.group(1)).read_bytes() == damaged
    assert Journal.open(data / "journal.json").add(make_entry("Third Co"))  # saves again


def test_repair_does_not_bring_back_what_the_last_save_removed(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    journal = _journal_with(data, "Kept Co", "Gone Co", "Typo Co")
    gone = next(e for e in journal.entries() if e.company == "Gone Co")
    journal.delete(gone.id)  # the backup still holds Gone Co
    _break_line_of(data / "journal.json", "Typo Co")
    code, _, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0
    assert _companies(data) == ["Kept Co", "Typo Co"]


def test_a_record_the_backup_lacks_is_named_as_lost_and_kept_aside(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _journal_with(data, "Old Co", "New Co")
    _break_line_of(data / "journal.json", "New Co")  # the last save's own record
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    assert _companies(data) == ["Old Co"]
    assert "Could not recover line(s) 10" in out and "kept aside" in out


def test_repair_leaves_a_readable_journal_alone(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _journal_with(data, "Fine Co")
    before = (data / "journal.json").read_bytes()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0 and "reads fine" in out
    assert (data / "journal.json").read_bytes() == before
    assert not [p for p in data.iterdir() if "damaged" in p.name]


def test_an_emptied_journal_is_rebuilt_from_the_backup_and_nothing_unreadable_is_touched(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    _journal_with(data, "Only Co", "Later Co")
    (data / "journal.json").write_bytes(b"")
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0 and "Kept 0 records" in out and "Only Co" in out
    assert _companies(data) == ["Only Co"]  # all the one-save-older backup holds
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "journal.json").write_bytes(b"not json at all")
    code, _, err = run(capsys, "--data-dir", str(lone), "repair")
    assert code == 1 and "no readable backup" in err and "Nothing was changed" in err
    assert (lone / "journal.json").read_bytes() == b"not json at all"
    assert not [p for p in lone.iterdir() if "damaged" in p.name]
