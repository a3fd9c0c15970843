"""Without a terminal, encrypt and passphrase say what is really missing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.crypto import PASSPHRASE_ENV, file_is_sealed
from coach.journal import Journal
from tests.conftest import make_entry


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.delenv("COACH_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115


def test_encrypt_on_a_plain_journal_asks_for_a_terminal_not_an_unlock(
    tmp_path: Path, no_terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    Journal.open(tmp_path / "journal.json").add(make_entry("Plain"))
    before = (tmp_path / "journal.json").read_bytes()
    assert main(["encrypt", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is encrypted" not in err
    assert "`coach encrypt` needs a terminal to ask for the new passphrase" in err
    assert PASSPHRASE_ENV in err and "Nothing was changed" in err
    assert (tmp_path / "journal.json").read_bytes() == before


def test_passphrase_with_the_current_one_set_names_the_new_one_as_missing(
    tmp_path: Path,
    no_terminal: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    Journal.open(tmp_path / "journal.json").add(make_entry("Sealed"))
    assert main(["encrypt", "--data-dir", str(tmp_path)]) == 0
    before = (tmp_path / "journal.json").read_bytes()
    capsys.readouterr()
    assert main(["passphrase", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is encrypted and there is no terminal" not in err
    assert "cannot ask for the new passphrase without a terminal" in err
    assert "COACH_NEW_PASSPHRASE" in err
    assert (tmp_path / "journal.json").read_bytes() == before
    assert file_is_sealed(tmp_path / "journal.json")
    # Opening still says what it always did: the journal is encrypted.
    monkeypatch.delenv(PASSPHRASE_ENV)
    assert main(["list", "--data-dir", str(tmp_path)]) == 1
    assert "The journal is encrypted and there is no terminal" in capsys.readouterr().err


def test_encrypt_on_a_new_folder_says_it_started_an_encrypted_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    folder = tmp_path / "new"
    assert main(["encrypt", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Started a new, encrypted journal" in out and "already" not in out
    assert file_is_sealed(folder / "journal.json")
    assert main(["encrypt", "--data-dir", str(folder)]) == 0
    assert "was already encrypted" in capsys.readouterr().out  # the second time it was


@pytest.mark.parametrize("where", ["journal", "log"])
def test_encrypt_refuses_a_journal_that_cannot_be_read_and_names_repair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    from coach.log_storage import LogStorage

    path = tmp_path / "journal.json"
    storage = LogStorage(path, append_over=0, fold_at=0.0)
    journal = Journal(storage)
    journal.add(make_entry("Oracle"))
    storage.fold_at = 1000.0
    journal.add(make_entry("In the log"))
    broken = path if where == "journal" else path.with_name("journal.json.log")
    raw = broken.read_bytes()
    damaged = raw.replace(b"Oracle", b'Ora"cle') if where == "journal" else raw[:-2] + b"x\n"
    assert damaged != raw
    broken.write_bytes(damaged)
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert main(["--data-dir", str(tmp_path), "encrypt"]) == 1
    _, err = capsys.readouterr()
    assert f"{broken} cannot be read" in err and "Nothing was encrypted" in err
    assert f"coach --data-dir {tmp_path} repair" in err
    assert not file_is_sealed(path) and broken.read_bytes() == damaged
    assert not any(file_is_sealed(p) for p in tmp_path.iterdir() if p.is_file())
