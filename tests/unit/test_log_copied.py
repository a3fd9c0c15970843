"""A copy of a big journal's folder keeps its latest saves (the log still belongs to it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orjson
import pytest

from coach.journal import Journal
from coach.log_base import head_for, stamp_of, whole_digest
from coach.log_storage import LogStorage
from tests.conftest import make_entry


def big(path: Path, *, check_now: bool = True) -> Journal:
    """A journal that appends every save to the log, as one over 4 MiB does."""
    return Journal(LogStorage(path, append_over=0, fold_at=1000.0), check_now=check_now)


def companies(journal: Journal) -> list[str]:
    return sorted(entry.company for entry in journal.entries())


def with_log(folder: Path) -> Path:
    """A journal with two entries in the snapshot and the latest save only in its log."""
    folder.mkdir()
    path = folder / "journal.json"
    journal = big(path)
    storage = journal.storage
    assert isinstance(storage, LogStorage)
    storage.fold_at = 0.0
    journal.add(make_entry("In the snapshot"))
    journal.add(make_entry("Also in the snapshot"))
    storage.fold_at = 1000.0
    journal.add(make_entry("Latest save"))
    assert "Latest save" not in path.read_text()  # only the log holds it
    return path


def copy_folder(source: Path, target: Path, *, keep_times: bool) -> Path:
    """The folder copied file by file (new inodes), as cp, rsync or a restore makes it."""
    target.mkdir()
    for item in source.iterdir():
        (shutil.copy2 if keep_times else shutil.copyfile)(item, target / item.name)
        if not keep_times:
            os.utime(target / item.name, ns=(10**18, 10**18))
    return target / "journal.json"


@pytest.mark.parametrize("keep_times", [True, False], ids=["cp -a", "plain cp"])
def test_a_copied_folder_has_the_latest_save_everywhere(tmp_path: Path, keep_times: bool) -> None:
    path = with_log(tmp_path / "home")
    copy = copy_folder(path.parent, tmp_path / "copy", keep_times=keep_times)
    assert os.stat(copy).st_ino != os.stat(path).st_ino
    expected = ["Also in the snapshot", "In the snapshot", "Latest save"]
    assert companies(Journal.open(copy)) == expected
    # The quick readers (search, counting, import) read the log too.
    assert [e.company for e in big(copy, check_now=False).search("latest")] == ["Latest save"]
    assert companies(Journal(LogStorage(copy), check_now=False)) == expected


def test_saves_and_imports_go_on_in_a_copy_with_no_conflict_copy(tmp_path: Path) -> None:
    path = with_log(tmp_path / "home")
    copy = copy_folder(path.parent, tmp_path / "copy", keep_times=False)
    journal = big(copy, check_now=False)
    result = journal.import_entries([make_entry("Imported in the copy")])
    assert [e.company for e in result.added] == ["Imported in the copy"]
    journal = big(copy)
    journal.add(make_entry("Saved in the copy"))
    assert not journal.conflict_copies
    assert not list(copy.parent.glob("*.conflict-*"))
    assert companies(Journal.open(copy)) == [
        "Also in the snapshot",
        "Imported in the copy",
        "In the snapshot",
        "Latest save",
        "Saved in the copy",
    ]


def test_a_log_head_written_before_the_digest_still_follows_a_copy_that_kept_the_times(
    tmp_path: Path,
) -> None:
    path = with_log(tmp_path / "home")
    log = path.with_name("journal.json.log")
    head, rest = log.read_bytes().split(b"\n", 1)
    old_head = {"base": orjson.loads(head)["base"]}  # as coach wrote it before
    log.write_bytes(orjson.dumps(old_head) + b"\n" + rest)
    os.utime(log, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns))
    copy = copy_folder(path.parent, tmp_path / "copy", keep_times=True)
    assert "Latest save" in companies(Journal.open(copy))


def test_an_outside_file_of_the_same_size_is_not_taken_for_a_copy(tmp_path: Path) -> None:
    path = with_log(tmp_path / "home")
    # Another snapshot of exactly the same size: one letter of a company changed.
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b"Also in the snapshot", b"Also in the snapshoT"))
    assert len(path.read_bytes()) == len(raw)
    journal = big(path)
    assert "Latest save" not in companies(journal)
    journal.add(make_entry("New"))
    # The log's save is kept beside it, never applied to a snapshot it was not made on.
    assert any("Latest save" in copy.read_text() for copy in journal.conflict_copies)


def test_the_head_names_the_file_it_was_stamped_from_only(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(b"{\n}\n")
    stamp = stamp_of(os.stat(path))
    with open(path, "rb") as handle:
        assert head_for(path, stamp) == {
            "base": list(stamp),
            "whole": whole_digest(handle.fileno()),
        }
    path.write_bytes(b"{\n }\n")  # replaced after it was stamped
    assert "whole" not in head_for(path, stamp)


def test_the_heads_digest_is_of_the_file_as_written_and_as_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_second_read(*args: object) -> None:
        raise AssertionError("a save read the whole journal again for its digest")

    # A save knows the digest from the bytes it wrote or read: no second read of a big file.
    monkeypatch.setattr("coach.log_base.whole_if_same", no_second_read)
    path = with_log(tmp_path / "home")  # the log started right after a fold: written bytes
    log = path.with_name("journal.json.log")

    def head_digest() -> str:
        return str(orjson.loads(log.read_bytes().split(b"\n", 1)[0])["whole"])

    with open(path, "rb") as handle:
        assert head_digest() == whole_digest(handle.fileno())
    log.unlink()
    journal = big(path)  # a new process: the digest comes from reading the file
    journal.add(make_entry("After reading"))
    with open(path, "rb") as handle:
        assert head_digest() == whole_digest(handle.fileno())
