"""write_target: what writing a file at a path would really touch, shared by export and Save."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from coach.write_target import write_target


def test_a_missing_name_is_free_and_a_file_exists(tmp_path: Path) -> None:
    free = write_target(tmp_path / "new.txt")
    assert (free.kind, free.exists, free.is_link, free.dangling) == (None, False, False, False)
    (tmp_path / "old.txt").write_text("x")
    old = write_target(tmp_path / "old.txt")
    assert (old.kind, old.exists, old.through) == (None, True, "")


def test_pipes_sockets_and_folders_are_named_never_files(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(tmp_path / "sock"))
        assert write_target(tmp_path / "sock").kind == "a socket"
    finally:
        listener.close()
    assert write_target(tmp_path / "fifo").kind == "a named pipe (FIFO)"
    assert write_target(tmp_path).kind == "a folder"
    # A link to a pipe is the pipe.
    (tmp_path / "to-fifo").symlink_to("fifo")
    linked = write_target(tmp_path / "to-fifo")
    assert linked.kind == "a named pipe (FIFO)" and not linked.exists


def test_a_link_leads_to_its_file_and_a_dangling_one_says_so(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("x")
    (tmp_path / "link.txt").symlink_to("real.txt")
    (tmp_path / "loose.txt").symlink_to("nowhere.txt")
    link = write_target(tmp_path / "link.txt")
    assert link.real == tmp_path.resolve() / "real.txt" and link.exists and link.is_link
    assert link.through == f" (a link to {link.real})"
    loose = write_target(tmp_path / "loose.txt")
    assert loose.dangling and loose.real == tmp_path.resolve() / "nowhere.txt"
