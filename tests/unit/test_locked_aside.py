"""A lost passphrase: the advice, run exactly as written, leaves a folder that opens fresh."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from coach.cli import main
from coach.crypto import PASSPHRASE_ENV, file_is_sealed
from coach.journal import Journal
from coach.paths import locate
from coach.sealing import journal_is_sealed
from tests.conftest import make_entry


def test_the_command_the_advice_gives_sets_every_locked_file_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "my data"  # a space, so the command must quote the folder
    journal = Journal.open(folder / "journal.json")
    journal.add(make_entry("First"))
    journal.add(make_entry("Second"))  # a second save leaves journal.json.bak
    (folder / "unsaved-0123abcd.json").write_text('{"walk": {"values": {"company": "Co"}}}')
    (tmp_path / "my data.locked").mkdir()  # an earlier one is never written into
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert main(["--data-dir", str(folder), "encrypt"]) == 0
    sealed = {p.name: p.read_bytes() for p in folder.iterdir() if file_is_sealed(p)}
    assert {"journal.json", "journal.json.bak", "unsaved-0123abcd.json"} <= set(sealed)
    capsys.readouterr()

    monkeypatch.setenv(PASSPHRASE_ENV, "not it")
    assert main(["--data-dir", str(folder), "list"]) == 1
    # The command is the advice's last line, whole (rv19: wrapped mid-sentence, it was
    # copied as broken shell lines); run exactly as printed.
    err = capsys.readouterr().err
    assert "this command:\n    mkdir " in err
    command = err.rstrip("\n").splitlines()[-1].strip()
    subprocess.run(["sh", "-c", command], check=True)

    places = locate(folder)
    assert not journal_is_sealed(places)
    assert not [p.name for p in folder.iterdir() if file_is_sealed(p)]
    aside = tmp_path / "my data.locked-2"
    assert {p.name: p.read_bytes() for p in aside.iterdir() if p.name in sealed} == sealed
    assert not any((tmp_path / "my data.locked").iterdir())
    assert main(["--data-dir", str(folder), "list"]) == 1
    assert "There is no journal" in capsys.readouterr().err  # not "locked": a fresh start


def test_a_running_coachs_lock_alone_names_no_pattern_that_will_match_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    Journal.open(folder / "journal.json").add(make_entry("First"))
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert main(["--data-dir", str(folder), "encrypt"]) == 0
    lock = folder / "unsaved-0123abcd.lock"  # the coach showing the advice holds it
    lock.write_text("")
    monkeypatch.setenv(PASSPHRASE_ENV, "not it")
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "list"]) == 1
    command = capsys.readouterr().err.rstrip("\n").splitlines()[-1].strip()
    assert "unsaved-" not in command, command
    lock.unlink()  # that coach quits, then the command is run
    subprocess.run(["sh", "-c", command], check=True)
    assert not journal_is_sealed(locate(folder))


@pytest.mark.parametrize("name", ["jobs [2026]", "a*b?", "plain"])
def test_a_plain_journal_beside_a_locked_one_is_said_whatever_the_folder_is_called(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """rv48 #7: a folder name holding [ ] was read as a pattern, and nothing was said."""
    from coach.locked_aside import unlocked_beside_locked

    aside = tmp_path / f"{name}.locked"
    Journal.open(aside / "journal.json").add(make_entry("Old"))
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    assert main(["--data-dir", str(aside), "encrypt"]) == 0
    folder = tmp_path / name
    Journal.open(folder / "journal.json").add(make_entry("Fresh"))
    places = locate(folder)
    said = unlocked_beside_locked(places, journal_is_sealed(places))
    assert said is not None and str(aside) in said
