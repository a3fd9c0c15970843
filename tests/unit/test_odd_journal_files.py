"""journal.json that is a folder, a pipe or a dangling link: a fitting message, never a hang."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from coach.cli import main
from coach.editor_text import read_editor_file
from coach.journal import Journal
from tests.conftest import make_entry


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run coach in a thread, so a command that would hang fails the test instead."""
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(main(list(args))), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():
        # Let the stuck open() go (a writer end), then fail: it hung.
        fifo = Path(args[1]) / "journal.json"
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail(f"coach {' '.join(args)} hung on the journal")
    return result[0], capsys.readouterr().err


@pytest.mark.parametrize("command", ["list", "repair", "export", "stats"])
def test_a_pipe_in_the_journals_place_is_named_and_never_read(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(tmp_path / "journal.json")
    code, err = _cli(capsys, "--data-dir", str(tmp_path), command)
    assert code == 1
    assert "it is a named pipe (FIFO), not a file" in err
    assert "text editor" not in err


@pytest.mark.parametrize("command", ["list", "repair"])
def test_a_folder_in_the_journals_place_gets_advice_that_fits(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "journal.json").mkdir()
    code, err = _cli(capsys, "--data-dir", str(tmp_path), command)
    assert code == 1
    assert "it is a folder, not a file" in err and "move that away or rename it" in err
    assert "text editor" not in err and "repair`" not in err


def test_a_link_into_a_missing_folder_is_told_to_fix_the_link_not_to_edit_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "journal.json").symlink_to(tmp_path / "gone" / "journal.json")
    code, err = _cli(capsys, "--data-dir", str(tmp_path), "list")
    assert code == 1
    assert "which is not there" in err and "point the link" in err
    assert "text editor" not in err and "repair" not in err
    code, err = _cli(capsys, "--data-dir", str(tmp_path), "repair")
    assert code == 1 and "which is not there" in err and "point the link" in err
    assert not (tmp_path / "gone").exists()


def test_counts_agree_with_their_verbs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "1 part that is not UTF-8" in (read_editor_file(b"ok \xff ok").warning)
    assert "2 parts that are not UTF-8" in (read_editor_file(b"ok \xff \xfe ok").warning)
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("Fine Co"))
    path = tmp_path / "journal.json"
    path.write_bytes(path.read_bytes().replace(b'"stage":"technical"', b'"stage":"nope"'))
    assert main(["--data-dir", str(tmp_path), "list"]) == 0
    err = capsys.readouterr().err
    assert "1 entry in the journal could not be read and was left as it is" in err


def test_the_editor_warning_names_the_controls_it_found() -> None:
    # The reviewer: "4 control characters such as NUL" of a file with ESC and BEL only.
    warning = read_editor_file(b"a\x1b[31mb\x07c\x1b[0m\n").warning
    assert "3 control codes (ESC, BEL; removed)" in warning and "NUL" not in warning
    assert "(NUL; removed)" in read_editor_file(b"a\x00b\n").warning
