"""A save that landed while its backup could not follow: the app warns, and says it is saved."""

from __future__ import annotations

import types
from pathlib import Path

from coach.journal import Journal
from screens.saving import Saving
from tests.conftest import make_entry


def test_a_landed_save_whose_backup_failed_is_told_as_saved_with_a_warning(
    tmp_path: Path,
) -> None:
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("First"))
    backup = tmp_path / "journal.json.bak"
    backup.unlink()
    (backup / "in-the-way").mkdir(parents=True)
    told: list[tuple[str, dict]] = []
    outcome: list[str] = []

    class Host:
        is_running = True

        def notify(self, message: str, **options: object) -> None:
            told.append((message, options))

    host = Host()
    host.journal = journal  # type: ignore[attr-defined]
    saving = Saving(host, typing=types.SimpleNamespace())  # type: ignore[arg-type]
    saving.save_soon(
        lambda: journal.add(make_entry("Second")),
        lambda _: outcome.append("done"),
        lambda error: outcome.append(f"failed: {error}"),
    )
    assert outcome == ["done"]
    [(message, options)] = told
    assert options["severity"] == "warning" and options["markup"] is False
    assert message.startswith("Your change is saved.") and str(backup) in message
