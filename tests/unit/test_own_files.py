"""Exports and saved replies never land on coach's own files, in any format or spelling."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.paths import locate, own_file_kind, own_file_refusal
from tests.conftest import make_entry

OWN_NAMES = [
    "journal.json",
    "journal.json.bak",
    "journal.json.lock",
    "journal.json.words",
    ".journal.json.tmp-1a2b3c4d",
    "unsaved-abc.json",
    "unsaved-abc.lock",
    "walk.json",
    ".coach-editing-x1.txt",
]


def _journal(data: Path) -> bytes:
    Journal.open(data / "journal.json").add(make_entry("Kept"))
    return (data / "journal.json").read_bytes()


def _assert_refused_and_untouched(code: int, err: str, target: Path, before: bytes | None) -> None:
    assert code == 1
    assert "one of coach's own files" in err
    assert "Nothing was written" in err
    assert (target.read_bytes() if target.exists() else None) == before


@pytest.mark.parametrize("fmt", ["json", "markdown", "csv"])
@pytest.mark.parametrize("name", OWN_NAMES)
def test_export_refuses_coachs_own_files_in_every_format(
    tmp_path: Path, name: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    _journal(data)
    target = data / name
    before = target.read_bytes() if target.exists() else None
    code = main(["export", "--format", fmt, "--output", str(target), "--data-dir", str(data)])
    _assert_refused_and_untouched(code, capsys.readouterr().err, target, before)
    assert [e.company for e in Journal.open(data / "journal.json").entries()] == ["Kept"]


def test_export_refuses_a_relative_path_under_coach_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    journal = _journal(data)
    backup = (data / "journal.json.bak").read_bytes()
    monkeypatch.setenv("COACH_DATA_DIR", str(data))
    monkeypatch.chdir(data)
    for name in ("journal.json", "journal.json.bak", "./sub/../journal.json"):
        (data / "sub").mkdir(exist_ok=True)
        code = main(["export", "--output", name])
        assert code == 1, name
        assert "Nothing was written" in capsys.readouterr().err
    assert (data / "journal.json").read_bytes() == journal
    assert (data / "journal.json.bak").read_bytes() == backup


def test_export_refuses_links_to_the_journal_and_a_linked_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    journal = _journal(data)
    soft = tmp_path / "innocent.json"
    soft.symlink_to(data / "journal.json")
    hard = tmp_path / "hard.json"
    os.link(data / "journal.json", hard)
    linked_dir = tmp_path / "via-link"
    linked_dir.symlink_to(data)
    for target, data_flag in (
        (soft, data),
        (hard, data),
        (linked_dir / "journal.json", data),
        (data / "journal.json", linked_dir),
    ):
        code = main(["export", "--output", str(target), "--data-dir", str(data_flag)])
        err = capsys.readouterr().err
        assert code == 1, target
        assert "coach's journal" in err
    assert (data / "journal.json").read_bytes() == journal


def test_files_beside_a_linked_journal_are_its_own(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "journal.json").symlink_to(synced / "journal.json")
    places = locate(tmp_path / "d")
    for name in ("journal.json.words", "journal.json.bak", ".journal.json.words.tmp-1a2b"):
        assert own_file_kind(places, synced / name) is not None, name
    assert own_file_kind(places, synced / "notes.json") is None


def test_an_ordinary_file_in_the_data_folder_is_still_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    _journal(data)
    target = data / "export.json"
    assert main(["export", "--output", str(target), "--data-dir", str(data)]) == 0
    assert '"Kept"' in target.read_text()
    places = locate(data)
    assert own_file_kind(places, data / "drafts" / "reply-acme.txt") is None
    assert own_file_refusal(places, tmp_path / "journal.json", "the reply") is None


def test_the_refusal_names_the_journal_and_the_backup(tmp_path: Path) -> None:
    places = locate(tmp_path / "d")
    journal = own_file_refusal(places, places.journal, "the reply")
    assert journal is not None and "is coach's journal" in journal
    assert "the reply there" in journal
    backup = own_file_refusal(places, tmp_path / "d" / "journal.json.bak", "the reply")
    assert backup is not None and "backup of coach's journal" in backup
