"""A damaged journal's error reads the backup only when its message is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

import coach.errors
from coach.errors import JournalCorrupt


def test_the_backup_is_described_only_when_the_message_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rv-diff 8: every such error scanned the whole backup, even where only .reason was used.
    backup = tmp_path / "journal.json.bak"
    backup.write_text('{"_meta": {"1": {"schema": 1}}}')
    looked: list[Path] = []
    real = coach.errors.backup_note
    monkeypatch.setattr(coach.errors, "backup_note", lambda b: looked.append(b) or real(b))
    error = JournalCorrupt(tmp_path / "journal.json", "it is not valid JSON", backup)
    assert error.reason == "it is not valid JSON" and looked == []
    message = str(error)
    assert "Do not copy the backup journal.json.bak" in message and "an older copy" in message
    assert str(error) == message and looked == [backup]  # made once
