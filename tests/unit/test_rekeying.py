"""A `coach passphrase` stopped part way: nothing set aside, the state said, finished later."""

from __future__ import annotations

import getpass
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from coach import crypto, rekeying, sealing
from coach.cli import main
from coach.crypto import PASSPHRASE_ENV, Sealer
from coach.files import write_atomically
from coach.journal import Journal
from coach.rekeying import finish
from coach.unsaved import UnsavedStore
from coach.walk import WalkState
from tests.conftest import make_entry

NEW_ENV = "COACH_NEW_PASSPHRASE"


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(folder), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _cheap_key(passphrase: str, salt: bytes, params: crypto.KdfParams) -> tuple[bytes, bytes]:
    derived = hashlib.sha512(salt + passphrase.encode()).digest()
    return derived[:32], derived[32:48]


@pytest.fixture
def folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A journal sealed with "pw one", with a backup and a dead coach's unfinished walk."""
    # Cheap keys: only which passphrase opens what matters here, not scrypt's cost.
    monkeypatch.setattr(crypto, "derive_key", _cheap_key)
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("Acme"))
    journal.add(make_entry("Globex"))
    store = UnsavedStore(tmp_path)
    store.open()
    store.put("walk", WalkState(company="Sealco Unsaved").to_record(), kind="walk")
    store.close()
    monkeypatch.setenv(PASSPHRASE_ENV, "pw one")
    assert run(capsys, tmp_path, "encrypt")[0] == 0
    monkeypatch.setenv(NEW_ENV, "pw two")
    return tmp_path


def _stop_at_the_journal(monkeypatch: pytest.MonkeyPatch) -> None:
    """ctrl+c just as the journal, the last file, is about to be sealed anew."""
    real = sealing.write_atomically

    def write(path: Path, payload: bytes) -> None:
        if path.name == "journal.json":
            raise KeyboardInterrupt
        real(path, payload)

    monkeypatch.setattr(sealing, "write_atomically", write)


def test_a_change_stopped_before_the_journal_is_said_kept_and_finished(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stop_at_the_journal(monkeypatch)
    code, _out, err = run(capsys, folder, "passphrase")
    assert code == 130
    assert "stopped part way" in err and "OLD passphrase" in err, err
    assert "journal.json.bak" in err and "unsaved-" in err
    monkeypatch.setattr(sealing, "write_atomically", write_atomically)
    (walk,) = folder.glob("unsaved-*.json")
    sealed_walk = walk.read_bytes()
    Sealer("pw two").decode(sealed_walk)  # the walk is under the new one, the journal not

    code, out, _ = run(capsys, folder, "locate")
    assert "stopped part way" in out and "OLD passphrase" in out
    # The app, opened with the old passphrase, must not set the walk aside as damaged.
    assert UnsavedStore(folder, codec=Sealer("pw one")).leftovers() == ([], [])
    assert walk.read_bytes() == sealed_walk and not list(folder.glob("*.damaged"))
    # The new passphrase does not open the journal yet: said, not the lost-passphrase advice.
    monkeypatch.setenv(PASSPHRASE_ENV, "pw two")
    code, _out, err = run(capsys, folder, "list")
    assert code == 1 and "stopped part way" in err and "mkdir" not in err, err

    # Finishing with another new passphrase would strand the walk: refused.
    monkeypatch.setenv(PASSPHRASE_ENV, "pw one")
    monkeypatch.setenv(NEW_ENV, "pw three")
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    code, _out, err = run(capsys, folder, "passphrase")
    assert code == 1 and "not the one it used" in err, err
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before

    monkeypatch.setenv(NEW_ENV, "pw two")
    code, out, err = run(capsys, folder, "passphrase")
    assert code == 0 and "The passphrase is changed" in out, err
    assert not (folder / rekeying.MARK).exists()
    monkeypatch.setenv(PASSPHRASE_ENV, "pw two")
    code, out, _ = run(capsys, folder, "locate")
    assert "part way" not in out and "encrypted:         yes" in out
    (leftover,), _ = UnsavedStore(folder, codec=Sealer("pw two")).leftovers()
    assert leftover.surfaces["walk"]["values"]["company"] == "Sealco Unsaved"


def test_a_change_stopped_after_the_journal_says_the_new_passphrase_opens_it(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hangup just after the journal: the mark is left, and says the new one opens it.
    monkeypatch.setattr(rekeying, "finish", lambda places: None)
    assert run(capsys, folder, "passphrase")[0] == 0
    monkeypatch.setattr(rekeying, "finish", finish)
    assert (folder / rekeying.MARK).exists()
    code, out, _ = run(capsys, folder, "locate")
    assert "NEW passphrase opens the journal" in out and "OLD" not in out, out
    # Another change from there is not held back by the old mark.
    monkeypatch.setenv(PASSPHRASE_ENV, "pw two")
    monkeypatch.setenv(NEW_ENV, "pw three")
    code, _out, err = run(capsys, folder, "passphrase")
    assert code == 0, err
    assert not (folder / rekeying.MARK).exists()


def test_ctrl_c_just_after_the_journal_says_the_change_is_made(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stops = [KeyboardInterrupt]

    def stop_once(places: object) -> None:
        if stops:
            raise stops.pop()
        finish(places)  # type: ignore[arg-type]

    monkeypatch.setattr(rekeying, "finish", stop_once)
    code, _out, err = run(capsys, folder, "passphrase")
    assert code == 130 and "the passphrase is changed" in err, err
    assert not (folder / rekeying.MARK).exists()


def test_ctrl_c_at_the_prompt_ends_the_line_and_says_nothing_changed(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(prompt: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.delenv(PASSPHRASE_ENV)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    monkeypatch.setattr(getpass, "getpass", interrupted)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, _out, err = run(capsys, folder, "passphrase")
    assert code == 130
    assert err.startswith("\n") and "nothing was changed" in err, repr(err)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


def _stop_at_the_first_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """ctrl+c as the first file is about to be sealed anew: the mark is there, nothing else."""

    def write(path: Path, payload: bytes) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(sealing, "write_atomically", write)


def test_a_change_that_sealed_nothing_can_be_dropped_and_decrypt_drops_it(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stop_at_the_first_file(monkeypatch)
    assert run(capsys, folder, "passphrase")[0] == 130
    monkeypatch.setattr(sealing, "write_atomically", write_atomically)
    assert (folder / rekeying.MARK).exists()
    # Nothing needs "pw two": a decrypt leaves no file under any key, and the mark goes.
    code, out, err = run(capsys, folder, "decrypt")
    assert code == 0, err
    assert not (folder / rekeying.MARK).exists()
    code, out, _ = run(capsys, folder, "locate")
    assert "part way" not in out and "OLD" not in out, out

    # Encrypt again, stop again, then change to another new passphrase than the stopped one.
    assert run(capsys, folder, "encrypt")[0] == 0
    _stop_at_the_first_file(monkeypatch)
    assert run(capsys, folder, "passphrase")[0] == 130
    monkeypatch.setattr(sealing, "write_atomically", write_atomically)
    code, out, _ = run(capsys, folder, "locate")
    assert "any new one" in out, out
    monkeypatch.setenv(NEW_ENV, "pw three")
    code, out, err = run(capsys, folder, "passphrase")
    assert code == 0 and "The passphrase is changed" in out, err
    assert not (folder / rekeying.MARK).exists()
    Sealer("pw three").decode((folder / "journal.json").read_bytes())


def test_files_under_a_stopped_change_are_never_stranded_by_decrypt_or_another_key(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stop_at_the_journal(monkeypatch)
    assert run(capsys, folder, "passphrase")[0] == 130
    monkeypatch.setattr(sealing, "write_atomically", write_atomically)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    code, _out, err = run(capsys, folder, "decrypt")
    assert code == 1 and "Finish it first" in err and "journal.json.bak" in err, err
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    # "pw two" lost: the refusal's last line moves those files aside, and then any new one works.
    monkeypatch.setenv(NEW_ENV, "pw three")
    code, _out, err = run(capsys, folder, "passphrase")
    assert code == 1 and "If that new passphrase is lost" in err, err
    command = err.strip().splitlines()[-1].strip()
    assert subprocess.run(command, shell=True, check=False).returncode == 0, command
    aside = folder.parent / f"{folder.name}.locked"
    moved = {p.name for p in aside.iterdir()}
    assert "journal.json.bak" in moved and "journal.json" not in moved, moved
    assert any(name.startswith("unsaved-") for name in moved), moved
    code, out, err = run(capsys, folder, "passphrase")
    assert code == 0 and "The passphrase is changed" in out, err
    assert not (folder / rekeying.MARK).exists()


def test_an_autosave_under_another_key_with_no_change_under_way_is_named_not_kept_silently(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (walk,) = folder.glob("unsaved-*.json")
    assert "other passphrase:" not in run(capsys, folder, "locate")[1]  # the journal's key
    typed = Sealer("pw one").decode(walk.read_bytes())
    walk.write_bytes(Sealer("pw two").encode(typed))  # copied in from another folder
    # `coach locate` has no passphrase, yet names it, and how to get it back.
    code, out, _ = run(capsys, folder, "locate")
    assert code == 0 and f"other passphrase:  Typing coach autosaved at {walk} " in out, out
    assert "put it back in the folder whose journal opens with its passphrase" in out
    store = UnsavedStore(folder, codec=Sealer("pw one"))
    assert store.leftovers() == ([], []) and store.other_key == [walk]
    assert walk.exists()  # kept as it is, not set aside
    (folder / rekeying.MARK).write_text("a change under way says why\n")
    assert store.leftovers() == ([], []) and store.other_key == []  # locate and home say it
    assert "other passphrase:" not in run(capsys, folder, "locate")[1]


def test_typing_set_aside_as_damaged_is_offered_once_it_opens_with_the_passphrase(
    folder: Path,
) -> None:
    # rv19: a stopped passphrase change set the walk aside; the change, finished, seals it anew.
    (walk,) = folder.glob("unsaved-*.json")
    aside = walk.with_name(walk.name + ".damaged")
    walk.rename(aside)
    store = UnsavedStore(folder, codec=Sealer("pw two"))
    store.bring_back()
    assert store.brought_back == [] and aside.exists()  # not under pw two: left, and named
    store = UnsavedStore(folder, codec=Sealer("pw one"))
    store.bring_back()
    assert store.brought_back == [walk] and not aside.exists()
    (leftover,), damaged = store.leftovers()
    assert damaged == [] and leftover.surfaces["walk"]["values"]["company"] == "Sealco Unsaved"
