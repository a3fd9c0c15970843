"""`export -o`: `-` is stdout, a link is written through, and only a real file is replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from tests.conftest import make_entry


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    Journal.open(folder / "journal.json").add(make_entry("Kept Co"))
    return folder


@pytest.mark.parametrize("force", [False, True], ids=["asked", "forced"])
def test_a_named_pipe_is_refused_by_name_and_stays_a_pipe(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, force: bool
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, out, err = run(
        capsys, "--data-dir", str(data), "export", "-o", str(fifo), *(["--force"] if force else [])
    )
    assert code == 1 and out == ""
    assert "is a named pipe (FIFO), not a file" in err and "Nothing was written" in err
    assert "--force" not in err and "-o -" in err
    assert fifo.is_fifo()


@pytest.mark.parametrize("force", [False, True], ids=["asked", "forced"])
def test_a_folder_is_refused_without_offering_force(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, force: bool
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "export",
        "-o",
        str(folder),
        *(["--force"] if force else []),
    )
    assert code == 1 and "is a folder, not a file" in err and "--force" not in err
    assert str(folder / "coach-export.json") in err
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_link_to_a_pipe_is_refused_and_both_stay(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    fifo, link = tmp_path / "fifo", tmp_path / "out.json"
    os.mkfifo(fifo)
    link.symlink_to(fifo)
    code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", str(link), "--force")
    assert code == 1 and f"(a link to {fifo}) is a named pipe" in err
    assert link.is_symlink() and fifo.is_fifo()


def test_a_link_to_a_file_is_written_through_and_stays_a_link(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    synced = tmp_path / "sync" / "backup.json"
    synced.parent.mkdir()
    synced.write_text("last week's export")
    link = tmp_path / "backup.json"
    link.symlink_to(synced)
    code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", str(link))
    assert code == 1 and "already exists" in err and "--force" in err
    assert synced.read_text() == "last week's export"
    code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", str(link), "--force")
    assert code == 0 and f"through the link, to {synced}" in err
    assert link.is_symlink() and link.resolve() == synced
    assert "Kept Co" in synced.read_text()


def test_a_link_to_nothing_is_written_only_when_forced(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    target, link = tmp_path / "later.json", tmp_path / "out.json"
    link.symlink_to(target)
    code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", str(link))
    assert code == 1 and f"is a link to {target}, which is not there" in err
    assert not target.exists()
    code, _, _ = run(capsys, "--data-dir", str(data), "export", "-o", str(link), "--force")
    assert code == 0 and link.is_symlink() and "Kept Co" in target.read_text()


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown"])
def test_a_dash_is_standard_output_and_no_file_is_made(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--data-dir", str(data), "export", "--format", fmt, "-o", "-")
    assert code == 0 and "Kept Co" in out and "Wrote" not in err
    assert not (tmp_path / "-").exists()


def test_no_link_is_named_when_the_path_itself_is_no_link(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `..` in a relative path, or a linked folder on the way (/tmp on macOS): the file
    # named is the file written, so "through the link" would only puzzle.
    (tmp_path / "here").mkdir()
    (tmp_path / "real").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path / "here")
    for output in ("../rel.json", str(tmp_path / "linked" / "out.json")):
        code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", output)
        assert code == 0 and err == f"Wrote 1 entry to {output}.\n", err
    assert (tmp_path / "rel.json").is_file() and (tmp_path / "real" / "out.json").is_file()


def test_a_forced_export_through_a_link_makes_its_file_private_and_says_so(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    # The reviewer: -o LINK --force turned a 0644 file into 0600, and neither the
    # help nor the README said so.
    import os
    import stat

    shared = tmp_path / "shared.json"
    shared.write_text("old")
    shared.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(shared)
    code, _, _ = run(capsys, "--data-dir", str(data), "export", "-o", str(link), "--force")
    assert code == 0 and stat.S_IMODE(os.stat(shared).st_mode) == 0o600
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "0600" in said.split("--force", 2)[-1]  # the --force line itself
    assert "readable by you alone (0600)" in said
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    [line] = [line for line in readme.splitlines() if line.startswith("| `coach export")]
    assert "readable by you alone (0600)" in line and "through a link too" in line


def test_the_wrote_line_escapes_the_path_as_other_messages_do(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    # The reviewer's name cleared the terminal and set its title on "Wrote 3 entries to".
    evil = tmp_path / "evil\x1b[2J\x1b]0;PWNED\x07.json"
    code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", str(evil))
    assert code == 0 and evil.exists()
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\u001b[2J\\u001b]0;PWNED\\u0007.json" in err
    link = tmp_path / "link\x1b[31m.json"
    link.symlink_to(evil)
    code, _, err = run(capsys, "--data-dir", str(data), "export", "-o", str(link), "--force")
    assert code == 0 and "\x1b" not in err and "through the link" in err
