"""An encrypt that stopped part way (sealed backup, plain journal): said, finished, or set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main
from coach.crypto import PASSPHRASE_ENV, KdfParams, Sealer, file_is_sealed
from coach.journal import Journal
from tests.conftest import make_entry

# Cheap keys: only which passphrase opens what matters here.
FAST = KdfParams(log_n=10)


def half_sealed_folder(folder: Path, passphrase: str = "first words") -> Path:
    """A folder as a killed `coach encrypt` leaves it: the backup sealed, the journal plain."""
    journal = Journal.open(folder / "journal.json")
    journal.add(make_entry("Acme"))
    journal.add(make_entry("Globex"))  # a second save: the backup holds Acme
    backup = folder / "journal.json.bak"
    backup.write_bytes(Sealer(passphrase, FAST).encode(backup.read_bytes()))
    return backup


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.endswith(".lock")}


def test_locate_says_an_encrypt_stopped_part_way_not_that_it_is_plain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    half_sealed_folder(tmp_path)
    assert main(["locate", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "encrypted:         no" not in out
    assert "`coach encrypt` stopped part way" in out and "journal.json.bak" in out
    assert "same passphrase" in out and "--set-aside-sealed" in out


def test_encrypt_with_another_passphrase_says_why_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    half_sealed_folder(tmp_path)
    before = _files(tmp_path)
    monkeypatch.setenv(PASSPHRASE_ENV, "a new one")
    assert main(["encrypt", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "the passphrase is wrong" not in err, err
    assert "stopped part way" in err and "is not the one that run used" in err, err
    assert "Nothing was changed" in err and "--set-aside-sealed" in err
    assert _files(tmp_path) == before


def test_encrypt_with_the_first_passphrase_finishes_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    half_sealed_folder(tmp_path)
    monkeypatch.setenv(PASSPHRASE_ENV, "first words")
    assert main(["encrypt", "--data-dir", str(tmp_path)]) == 0
    assert "Encrypted 1 file" in capsys.readouterr().out
    assert file_is_sealed(tmp_path / "journal.json")
    assert main(["list", "--data-dir", str(tmp_path)]) == 0
    assert "Globex" in capsys.readouterr().out


def test_a_lost_first_passphrase_sets_the_sealed_backup_aside_and_deletes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = half_sealed_folder(tmp_path).read_bytes()
    typed = tmp_path / "unsaved-ab12.json"  # a coach's autosave, sealed by that run too
    typed.write_bytes(Sealer("first words", FAST).encode(b'{"surfaces": {}}'))
    monkeypatch.setenv(PASSPHRASE_ENV, "a new one")
    assert main(["encrypt", "--set-aside-sealed", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    (aside,) = tmp_path.glob("sealed-aside-*-journal.json.bak")
    assert aside.read_bytes() == sealed  # renamed, never rewritten or deleted
    assert f"Set aside journal.json.bak as {aside.name}" in out
    assert file_is_sealed(tmp_path / "journal.json")
    assert main(["list", "--data-dir", str(tmp_path)]) == 0  # opens with the new one
    assert "Globex" in capsys.readouterr().out
    assert main(["locate", "--data-dir", str(tmp_path)]) == 0
    located = " ".join(capsys.readouterr().out.split())
    assert "encrypted: yes" in located
    # rv28: locate and home named none of the files renamed here.
    (typed_aside,) = tmp_path.glob("sealed-aside-*-unsaved-ab12.json")
    assert f"set aside at {typed_aside}." in located
    assert "rename the file back to unsaved-ab12.json, and coach offers it back" in located
    assert f"it is at {aside}, and coach does not read it" in located
    assert "rename the file back to journal.json.bak." in located


def test_set_aside_is_refused_where_nothing_is_half_sealed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    Journal.open(tmp_path / "journal.json").add(make_entry("Acme"))
    before = _files(tmp_path)
    monkeypatch.setenv(PASSPHRASE_ENV, "a new one")
    assert main(["encrypt", "--set-aside-sealed", "--data-dir", str(tmp_path)]) == 1
    assert "nothing to set aside" in capsys.readouterr().err
    assert _files(tmp_path) == before


def test_a_sealed_autosave_in_a_folder_opened_plain_is_left_for_the_encrypt_to_finish(
    tmp_path: Path,
) -> None:
    """A coach opened on a half-sealed folder must not call the sealed walk damaged."""
    from coach.unsaved import UnsavedStore
    from coach.walk import WalkState

    half_sealed_folder(tmp_path)
    sealer = Sealer("first words", FAST)
    store = UnsavedStore(tmp_path, codec=sealer)  # the walk, sealed by that encrypt
    store.open()
    store.put("walk", WalkState(company="Contoso [b]x[/b]").to_record(), kind="walk")
    store.close()
    (path,) = tmp_path.glob("unsaved-*.json")
    sealed = path.read_bytes()
    found, damaged = UnsavedStore(tmp_path).leftovers()  # the app, opened plain
    assert (found, damaged) == ([], [])
    assert path.read_bytes() == sealed and not list(tmp_path.glob("*.damaged"))
    # Once the encrypt is finished, the walk is offered back.
    (leftover,), _ = UnsavedStore(tmp_path, codec=sealer).leftovers()
    assert leftover.surfaces["walk"]["values"]["company"] == "Contoso [b]x[/b]"


def test_the_way_back_for_a_set_aside_file_never_renames_onto_one_there_now(
    tmp_path: Path,
) -> None:
    from coach.unsaved_aside import aside_notes

    # rv32 #7: after any save a newer journal.json.bak is there; "rename the file back
    # to journal.json.bak" would replace it.
    stamp = "sealed-aside-20261127-233927-"
    for name in ("journal.json.bak", "unsaved-ab12.json", "walk.json"):
        (tmp_path / (stamp + name)).write_bytes(Sealer("first words", FAST).encode(b"{}"))
    notes = " ".join(aside_notes(tmp_path))
    assert "rename the file back to journal.json.bak." in notes  # nothing in the way
    assert "rename the file back to unsaved-ab12.json," in notes
    (tmp_path / "journal.json.bak").write_text("{}")
    (tmp_path / "unsaved-ab12.json").write_text("{}")
    (tmp_path / "walk.json").write_text("{}")
    (tmp_path / "journal.json.conflict-set-aside-bak-2").write_text("{}")  # taken too
    notes = " ".join(aside_notes(tmp_path))
    assert "rename the file back to journal.json.bak" not in notes
    assert "rename the file back to unsaved-ab12.json" not in notes
    # A legacy walk.json has no other name coach reads: it waits for the one there now to go.
    assert "rename the file back to walk.json once the one there now is gone" in notes
    assert (
        "rename the file to journal.json.conflict-set-aside-bak-3 (a file named journal.json.bak is"
        in notes
    )
    assert "renaming this one to that name would replace it" in notes
    assert notes.count("coach offers it back") == 2  # once for each autosave (rv34: twice)
    assert (
        "rename the file to unsaved-ab12-2.json (a file named unsaved-ab12.json is there" in notes
    )
