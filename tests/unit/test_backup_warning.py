"""A save that landed while its backup could not follow: the app warns, and says it is saved."""

from __future__ import annotations

import json
import types
from pathlib import Path

import pytest

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


def test_the_command_line_says_the_same_after_a_save_whose_backup_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach.cli import main

    data = tmp_path / "data"
    Journal.open(data / "journal.json").add(make_entry("First"))
    backup = data / "journal.json.bak"
    backup.unlink(missing_ok=True)
    (backup / "in-the-way").mkdir(parents=True)
    source = tmp_path / "in.json"
    source.write_text(json.dumps([{"company": "Second", "stage": "technical"}]))
    code = main(["--data-dir", str(data), "import", str(source)])
    out, err = capsys.readouterr()
    assert (code, out.strip()) == (0, "Imported 1 entry.")  # saved: no error, exit 0
    assert err.startswith("coach: Your change is saved. Only the backup") and str(backup) in err
    assert sorted(e.company for e in Journal.open(data / "journal.json").entries()) == [
        "First",
        "Second",
    ]
    backup.joinpath("in-the-way").rmdir()
    backup.rmdir()
    source.write_text(json.dumps([{"company": "Third", "stage": "final"}]))
    assert main(["--data-dir", str(data), "import", str(source)]) == 0
    assert "backup" not in capsys.readouterr().err  # the backup followed: nothing to say
