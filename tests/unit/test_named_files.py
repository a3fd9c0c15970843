"""Paths a person names or drops: unquoted like a shell would, never a pipe or a device read."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.cli import main
from coach.dropped_path import dropped_eml_file, dropped_existing_path
from coach.email_reader import dropped_eml_path


def _pipe(path: Path, done: threading.Event) -> Path:
    os.mkfifo(path)

    def unblock() -> None:
        # Only a safety net so a regression fails instead of hanging the suite.
        if not done.wait(20):
            with open(path, "wb") as writer:
                writer.write(b"")

    threading.Thread(target=unblock, daemon=True).start()
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """Named pipes nobody writes to (pipe.eml, pipe.json); if opened, a late writer frees them."""
    done = threading.Event()
    _pipe(tmp_path / "pipe.json", done)
    yield _pipe(tmp_path / "pipe.eml", done)
    done.set()


def test_gnome_terminal_quoting_and_the_forms_that_already_worked() -> None:
    expected = Path("/tmp/rv eml/it's rejection.eml")
    for dropped in (
        "'/tmp/rv eml/it'\\''s rejection.eml'",  # GNOME Terminal / VTE
        "/tmp/rv\\ eml/it\\'s\\ rejection.eml",  # backslash escapes
        '"/tmp/rv eml/it\'s rejection.eml"',  # double quotes
        "file:///tmp/rv%20eml/it%27s%20rejection.eml",
        "/tmp/rv eml/it's rejection.eml",  # plain, with spaces and a lone quote
        "  '/tmp/rv eml/it'\\''s rejection.eml'\n",
    ):
        assert dropped_eml_file(dropped) == expected, dropped
        assert dropped_eml_path(dropped) == expected, dropped
    assert dropped_eml_file("/tmp/my mail.eml") == Path("/tmp/my mail.eml")
    assert dropped_eml_file("~/x.eml") == Path("~/x.eml").expanduser()
    assert dropped_eml_file("Hi Sam,\nthanks") is None
    assert dropped_eml_file("/tmp/notes.txt") is None


def test_only_a_full_path_on_disk_counts_as_a_dropped_folder(tmp_path: Path) -> None:
    folder = tmp_path / "rv eml"
    folder.mkdir()
    assert dropped_existing_path(f"'{folder}'") == folder
    assert dropped_existing_path(str(folder)) == folder
    assert dropped_existing_path(str(tmp_path / "gone")) is None
    assert dropped_existing_path("Thanks") is None


def _not_files(tmp_path: Path, fifo: Path) -> list[tuple[Path, str]]:
    folder = tmp_path / "rv eml"
    folder.mkdir()
    sock_path = tmp_path / "s.eml"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    return [
        (fifo, "is a named pipe, not a file"),
        (folder, "is a folder; give an .eml file"),
        (Path("/dev/zero"), "is a device, not a file"),
        (sock_path, "is a socket, not a file"),
    ]


def test_from_email_refuses_what_is_not_a_file(
    tmp_path: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path, said in _not_files(tmp_path, fifo):
        assert main(["from-email", str(path)]) == 1, path
        err = capsys.readouterr().err
        assert f"{path} {said}" in err, err


def test_import_refuses_what_is_not_a_file(
    tmp_path: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    json_pipe = tmp_path / "pipe.json"
    cases = [*_not_files(tmp_path, fifo), (json_pipe, "is a named pipe, not a file")]
    for path, said in cases:
        assert main(["import", str(path), "--data-dir", str(data)]) == 1, path
        err = capsys.readouterr().err
        assert said.split(";")[0] in err, err
        assert "Nothing was imported" in err or "give an .eml" in err, err
    assert not (data / "journal.json").exists()
