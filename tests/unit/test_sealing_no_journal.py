"""decrypt, passphrase and repair on a data dir with no journal or a file; --remember --forget."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from tests.conftest import make_entry


@pytest.mark.parametrize("command", [["decrypt"], ["passphrase"]])
def test_a_mistyped_data_dir_is_no_journal_not_a_plain_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    nope = tmp_path / "nope"
    assert main(["--data-dir", str(nope), *command]) == 1
    said = capsys.readouterr()
    assert "There is no journal at" in said.err and "check --data-dir" in said.err, said
    assert "not encrypted" not in said.out + said.err
    assert not nope.exists()  # nothing created


def test_forget_on_a_mistyped_data_dir_says_there_is_no_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # closing22: it said "No passphrase was remembered for this journal." and exit 0,
    # as if the folder were there, so a typo in --data-dir went unseen.
    nope = tmp_path / "nope"
    assert main(["--data-dir", str(nope), "passphrase", "--forget"]) == 1
    said = capsys.readouterr()
    assert f"There is no data folder at {nope}" in said.err and "check --data-dir" in said.err
    assert "remembered" not in said.out
    assert not nope.exists()
    # A folder that is there (its journal gone or not) is answered as before.
    assert main(["--data-dir", str(tmp_path), "passphrase", "--forget"]) == 0
    assert "No passphrase was remembered" in capsys.readouterr().out


def test_a_plain_journal_is_still_said_to_be_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Journal.open(tmp_path / "journal.json").add(make_entry("Acme"))
    assert main(["--data-dir", str(tmp_path), "decrypt"]) == 0
    assert "is not encrypted; nothing to do" in capsys.readouterr().out


def test_remember_and_forget_together_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(tmp_path), "passphrase", "--remember", "--forget"])
    assert stop.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", [["decrypt"], ["passphrase"], ["repair"], ["passphrase", "--forget"]]
)
def test_a_file_given_as_the_data_dir_is_said_to_be_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    # rv43 D4: decrypt said "not encrypted; nothing to do" (exit 0), passphrase "not
    # encrypted", repair "the folder … does not exist" of a file given as --data-dir.
    afile = tmp_path / "notes.txt"
    afile.write_text("mine")
    assert main(["--data-dir", str(afile), *command]) == 1
    said = capsys.readouterr()
    assert "it is a file, not a folder" in said.err, said
    assert "not encrypted" not in said.out + said.err and "does not exist" not in said.err
    assert afile.read_text() == "mine"
