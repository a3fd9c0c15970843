"""`coach` and `coach draft ID` with no terminal say so in one line and exit 1, never hang."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from coach import cli
from coach.journal import Journal
from tests.conftest import make_entry


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _no_screens(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the app was started with no terminal")


@pytest.fixture
def entry_id(tmp_path: Path) -> str:
    journal = Journal.open(tmp_path / "journal.json")
    entry = make_entry("Acme")
    journal.add(entry)
    return entry.id


@pytest.mark.parametrize("missing", ["stdin", "stderr"])
def test_no_terminal_on_either_side_is_said_and_nothing_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, entry_id: str, missing: str
) -> None:
    from textual.app import App

    monkeypatch.setattr(App, "run", _no_screens)
    for name in ("stdin", "stderr"):
        monkeypatch.setattr(sys, name, io.StringIO() if name == missing else _Terminal())
    for command, instead in (([], "`coach list`"), (["draft", entry_id[:4]], "`coach show")):
        code = cli.main(["--data-dir", str(tmp_path), *command])
        err = sys.stderr.getvalue()  # type: ignore[attr-defined]
        assert code == 1
        assert "need a terminal" in err and instead in err, err
        assert f"standard {'input' if missing == 'stdin' else 'error'} is not one." in err
        sys.stderr.seek(0)
        sys.stderr.truncate()


def test_with_a_terminal_the_app_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, entry_id: str
) -> None:
    from textual.app import App

    started: list[str | None] = []
    monkeypatch.setattr(App, "run", lambda app, *_a, **_k: started.append(app.opening.draft_id))
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(sys, "stderr", _Terminal())
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # `coach > file` draws on stderr: fine
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert cli.main(["--data-dir", str(tmp_path), "draft", entry_id]) == 0
    assert started == [None, entry_id]


def test_a_script_running_coach_gets_the_line_at_once(tmp_path: Path, entry_id: str) -> None:
    # The reviewer's case: nothing attached, so the app would wait for keys for ever.
    for command in ([], ["draft", entry_id]):
        done = subprocess.run(
            [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), *command],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and "need a terminal" in done.stderr
        assert "\x1b" not in done.stderr


@pytest.mark.parametrize("stdout_is_terminal", [True, False])
def test_coach_2_to_a_file_in_a_terminal_shows_the_line_on_stdout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stdout_is_terminal: bool
) -> None:
    # `coach 2>file` (or 2>/dev/null) in a terminal: stderr is the stream that is not
    # one, so the refusal must also reach the screen through stdout.
    from textual.app import App

    monkeypatch.setattr(App, "run", _no_screens)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(sys, "stdout", _Terminal() if stdout_is_terminal else io.StringIO())
    assert cli.main(["--data-dir", str(tmp_path)]) == 1
    out = sys.stdout.getvalue()  # type: ignore[attr-defined]
    err = sys.stderr.getvalue()  # type: ignore[attr-defined]
    assert "standard error is not one." in err
    if stdout_is_terminal:
        assert out.count("\n") == 1 and "standard error is not one." in out
    else:
        assert out == ""  # `coach 2>e >o` from a script: one copy, where errors go
