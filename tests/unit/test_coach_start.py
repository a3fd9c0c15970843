"""A starting coach claims its folder before reading its form: no encrypt or decrypt under it."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from filelock import FileLock

from coach.cli import main
from coach.coach_start import claim_folder
from coach.crypto import PASSPHRASE_ENV, Sealer, file_is_sealed
from coach.errors import JournalBusy
from coach.journal import Journal
from coach.paths import locate
from coach.unsaved import UnsavedStore
from screens import launch
from tests.conftest import make_entry


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    Journal.open(data / "journal.json").add(make_entry("Plainfold Ltd"))
    return data


def _app_that_runs(monkeypatch: pytest.MonkeyPatch, while_open: Any) -> list[Any]:
    """make_app replaced by an app whose run() is `while_open` (home, or the lock screen)."""
    seen: list[Any] = []

    def fake_make_app(**kwargs: Any) -> Any:
        seen.append(kwargs)
        return SimpleNamespace(
            typing=SimpleNamespace(claimed=None, not_saved=0, rescued=None),
            driver_class=None,
            unsaved=None,
            return_code=0,
            opened_note="",
            run=lambda: seen.append(while_open()),
        )

    monkeypatch.setattr(launch, "make_app", fake_make_app)
    return seen


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


def test_encrypt_refuses_while_a_coach_shows_its_first_screen(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def encrypt() -> tuple[int, str]:
        monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
        return _cli(capsys, "--data-dir", str(folder), "encrypt")

    seen = _app_that_runs(monkeypatch, encrypt)
    launch.run_app(locate(folder))
    code, err = seen[-1]
    assert code == 1 and "Another coach is running" in err
    assert not file_is_sealed(folder / "journal.json")  # the coach's plain view still holds
    # Once that coach ends, its claim is let go.
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert _cli(capsys, "--data-dir", str(folder), "encrypt")[0] == 0


def test_decrypt_refuses_while_a_coach_waits_at_its_lock_screen(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert _cli(capsys, "--data-dir", str(folder), "encrypt")[0] == 0

    def decrypt() -> tuple[int, str]:
        monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
        return _cli(capsys, "--data-dir", str(folder), "decrypt")

    seen = _app_that_runs(monkeypatch, decrypt)
    monkeypatch.delenv(PASSPHRASE_ENV)  # the app asks: its lock screen
    launch.run_app(locate(folder))
    assert seen[0]["locked"] is True
    code, err = seen[-1]
    assert code == 1 and "Another coach is running" in err
    assert file_is_sealed(folder / "journal.json")


def test_a_coach_starting_during_encrypt_waits_for_it_and_lets_go_when_it_cannot(
    folder: Path,
) -> None:
    places = locate(folder)
    running = FileLock(folder / "journal.json.lock")  # encrypt holds it while it works
    running.acquire()
    said: list[str] = []
    try:
        with pytest.raises(JournalBusy):
            claim_folder(places, wait=0, say=said.append)
    finally:
        running.release()
    # rv19: the terminal stayed blank for the whole seal; the wait is said at once.
    assert len(said) == 1 and said[0].startswith("Waiting for another coach")
    assert not list(folder.glob("unsaved-*.lock"))  # its own claim was let go
    store = claim_folder(places, wait=0, say=said.append)
    assert store is not None and len(said) == 1  # nothing to wait for: nothing said
    store.close()


def test_typing_autosaved_unencrypted_in_a_sealed_folder_is_offered_not_set_aside(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert _cli(capsys, "--data-dir", str(folder), "encrypt")[0] == 0
    # What a coach from before the claim wrote after the folder was sealed under it.
    plain = folder / "unsaved-0123456789ab.json"
    walk = {"kind": "walk", "values": {"company": "RACE1"}}
    plain.write_text(json.dumps({"unsaved_version": 1, "surfaces": {"walk": walk}}))
    store = UnsavedStore(folder, codec=Sealer("pw1"))
    store.open()
    try:
        leftovers, damaged = store.leftovers()
    finally:
        store.close()
    assert damaged == []
    [leftover] = leftovers
    assert leftover.was_unencrypted
    assert leftover.surfaces["walk"]["values"]["company"] == "RACE1"
    assert file_is_sealed(plain) and b"RACE1" not in plain.read_bytes()


@pytest.mark.parametrize("command", [[], ["list"], ["repair"], ["locate"]])
def test_a_folder_that_cannot_be_searched_is_one_clear_line(
    folder: Path,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_exists = Path.exists

    def exists(path: Path, **kwargs: Any) -> bool:
        if path.parent == folder:  # as under /proc/1/root, or another user's home
            raise PermissionError(13, "Permission denied", str(path))
        return real_exists(path, **kwargs)

    monkeypatch.setattr(Path, "exists", exists)
    monkeypatch.setattr(launch, "make_app", lambda **_: pytest.fail("no screen may open"))
    code, err = _cli(capsys, "--data-dir", str(folder), *command)
    assert code == 1
    [line] = err.strip().splitlines()
    assert f"The data folder {folder} cannot be used: Permission denied" in line
    assert "Traceback" not in err
