"""`coach import` of a file that is not there says so in words, as `coach check` does (rv44 #8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main


def test_importing_a_missing_file_names_it_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent.json"
    code = main(["import", str(missing), "--data-dir", str(tmp_path / "data")])
    err = capsys.readouterr().err
    assert code != 0
    assert f"Cannot read {missing}: there is no such file; check the name." in err
    assert "No such file or directory" not in err
