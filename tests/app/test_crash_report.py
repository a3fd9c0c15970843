"""A crash must not print the person's journal: no local variables in the report."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CRASHING_APP = textwrap.dedent(
    """
    from pathlib import Path

    import screens.app
    from coach.journal import Journal
    from screens.app import CoachApp

    HERE = Path(screens.app.__file__).parent

    class Crashing(CoachApp):
        CSS_PATH = [str(HERE / name) for name in CoachApp.CSS_PATH]

        def on_mount(self) -> None:
            private_note = " ".join(["MY", "SECRET", "JOURNAL", "TEXT"])
            raise RuntimeError("boom " + str(len(private_note)))

    Crashing(journal=Journal.in_memory()).run(headless=True, size=(80, 24))
    """
)


def test_a_crash_report_shows_no_local_variables(tmp_path: Path) -> None:
    script = tmp_path / "crashing.py"
    script.write_text(CRASHING_APP)
    run = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    report = run.stdout + run.stderr
    assert "RuntimeError" in report and "boom 22" in report  # the crash is reported
    assert "MY SECRET JOURNAL TEXT" not in report
