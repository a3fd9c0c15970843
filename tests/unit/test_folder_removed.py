"""The data folder removed under a running coach: its lock, its mode and its journal come back."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from coach.journal import Journal
from coach.model import Stage
from coach.unsaved import UnsavedStore
from tests.conftest import make_entry


def test_a_live_coachs_typing_is_not_offered_once_its_folder_was_removed(tmp_path: Path) -> None:
    # rv47 D1: the lock went with the folder and was never made again, so a second
    # coach offered the live one's typing as left by a coach that stopped.
    folder = tmp_path / "data"
    live = UnsavedStore(folder)
    live.open()
    live.put("profile:aa", {"name": "Alpha"}, kind="profile")
    live.flush()
    shutil.rmtree(folder)
    live.put("profile:aa", {"name": "Alpha Beta"}, kind="profile")
    live.flush()
    other = UnsavedStore(folder)
    other.open()
    leftovers, _ = other.leftovers()
    assert leftovers == []
    assert live.lock_path.exists()


def test_a_save_that_finds_its_folder_gone_makes_it_private_and_keeps_the_journal(
    tmp_path: Path,
) -> None:
    # rv47 D1: the folder came back 0755, the journal began empty, and the entries
    # were only in a conflict copy nothing named.
    folder = tmp_path / "data"
    journal = Journal.open(folder / "journal.json")
    journal.add(make_entry("Globex", Stage.TECHNICAL, id="e1"))
    shutil.rmtree(folder)
    journal.add(make_entry("Initech", Stage.TECHNICAL, id="e2"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    again = Journal.open(folder / "journal.json")
    assert sorted(e.company for e in again.entries()) == ["Globex", "Initech"]
    assert journal.storage.found_gone == [folder / "journal.json"]  # type: ignore[attr-defined]
    assert not list(folder.glob("journal.json.conflict-*"))


def test_coach_locate_names_an_earlier_version_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # rv47 D1: a kept journal.json.conflict-* was said once, by the save, and then nowhere.
    from coach.cli import main

    folder = tmp_path / "data"
    Journal.open(folder / "journal.json").add(make_entry("Globex", Stage.TECHNICAL, id="e1"))
    copy = folder / "journal.json.conflict-20261128-153630-2"
    copy.write_text("{}")
    assert main(["locate", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"earlier version:   {copy}" in out
