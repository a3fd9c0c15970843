"""The journal file keeps what SQLite promises: whole saves or none."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from coach import storage as storage_module
from coach.crypto import PLAIN, Codec, Sealer
from coach.errors import JournalBusy, JournalCorrupt, JournalWriteError
from coach.journal import Journal
from coach.model import Entry, Stage
from coach.storage import DurableStorage
from tests.conftest import make_entry
from tests.kill_rounds import kill_at_random_moments, save_forever

ROOT = Path(__file__).resolve().parents[2]


# The crash-safety guarantees hold for a plain and for an encrypted journal.
KINDS = ["plain", "encrypted"]
PASSPHRASE = "crash-test passphrase"


def codec_for(kind: str) -> Codec:
    return Sealer(PASSPHRASE) if kind == "encrypted" else PLAIN


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# -- permissions and files of our own -----------------------------------------


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_files_are_private_under_any_umask(tmp_path: Path, umask: int) -> None:
    seen_temp_modes: list[int] = []
    real_replace = os.replace

    def spying_replace(src: str | Path, dst: str | Path) -> None:
        seen_temp_modes.append(mode_of(Path(src)))
        real_replace(src, dst)

    old = os.umask(umask)
    try:
        journal = Journal.open(tmp_path / "data" / "journal.json")
        os.replace = spying_replace  # type: ignore[assignment]
        try:
            journal.add(make_entry())
        finally:
            os.replace = real_replace
    finally:
        os.umask(old)
    data = tmp_path / "data"
    assert mode_of(data) == 0o700
    assert mode_of(data / "journal.json") == 0o600
    assert mode_of(data / "journal.json.lock") & 0o077 == 0
    assert seen_temp_modes and all(m == 0o600 for m in seen_temp_modes)


def test_stale_temp_files_are_cleaned_at_start(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    Journal.open(path).add(make_entry())
    stale = tmp_path / ".journal.json.tmp-deadbeef"
    stale.write_text("half a save")
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("mine")
    Journal.open(path).add(make_entry("Second"))
    assert not stale.exists()
    assert unrelated.exists()


def test_a_symlinked_journal_keeps_its_link(tmp_path: Path) -> None:
    real = tmp_path / "synced" / "real.json"
    real.parent.mkdir()
    Journal.open(real).add(make_entry("First"))
    link = tmp_path / "data" / "journal.json"
    link.parent.mkdir()
    link.symlink_to(real)
    Journal.open(link).add(make_entry("Second"))
    assert link.is_symlink()
    assert {e.company for e in Journal.open(real).entries()} == {"First", "Second"}


def test_works_under_the_c_locale(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps([{"company": "Café Ünïon 日本", "stage": "final"}], ensure_ascii=False),
        encoding="utf-8",
    )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
    env.pop("PYTHONIOENCODING", None)
    base = [sys.executable, "-m", "coach", "--data-dir", str(tmp_path / "d")]
    run = subprocess.run([*base, "import", str(source)], env=env, capture_output=True)
    assert run.returncode == 0, run.stderr
    listing = subprocess.run([*base, "list"], env=env, capture_output=True)
    assert listing.returncode == 0, listing.stderr
    assert "Café Ünïon 日本".encode() in listing.stdout


def test_a_value_that_cannot_be_stored_leaves_the_file_identical(
    file_journal: Journal,
) -> None:
    file_journal.add(make_entry())
    path = file_journal.path
    assert path is not None
    before = path.read_bytes()
    bad = make_entry("Bad")
    bad.reflections = {"q": object()}  # type: ignore[dict-item]
    with pytest.raises(JournalWriteError, match="cannot be stored"):
        file_journal.add(bad)
    assert path.read_bytes() == before
    assert [e.company for e in file_journal.entries()] == ["Acme"]


# -- corrupt and unreadable journals --------------------------------------------


CORRUPTIONS: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda good: good[: len(good) // 2],
    "junk appended": lambda good: good + b"\x00garbage}",
    "empty": lambda good: b"",
    "not json": lambda good: b"hello, I am a text file\n",
    "not utf-8": lambda good: b"\xff\xfe" + good,
    "json but not a journal": lambda good: b"[1, 2, 3]",
}


@pytest.mark.parametrize("form", KINDS)
@pytest.mark.parametrize("kind", CORRUPTIONS)
def test_a_corrupt_journal_is_reported_and_never_touched(
    tmp_path: Path, kind: str, form: str
) -> None:
    path = tmp_path / "journal.json"
    codec = codec_for(form)
    journal = Journal.open(path, codec=codec)
    journal.add(make_entry("First"))
    journal.add(make_entry("Second"))  # so a .bak exists
    damaged = CORRUPTIONS[kind](path.read_bytes())
    path.write_bytes(damaged)
    with pytest.raises(JournalCorrupt) as caught:
        Journal.open(path, codec=codec)
    message = str(caught.value)
    assert str(path) in message
    assert "journal.json.bak" in message
    assert "The file was left as it was" in message
    with pytest.raises(JournalCorrupt):
        journal.add(make_entry("Third"))  # an open journal refuses too
    assert path.read_bytes() == damaged
    backup = Journal.open(tmp_path / "journal.json.bak", codec=codec)
    assert [e.company for e in backup.entries()] == ["First"]


def test_the_cli_explains_a_corrupt_journal_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "journal.json").write_text("{not json")
    run = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(data), "list"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert "cannot be read" in run.stderr and "not valid JSON" in run.stderr
    assert (data / "journal.json").read_text() == "{not json"


# -- outside changes and other writers --------------------------------------------


def test_an_outside_change_is_detected_and_both_versions_kept(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Ours"))
    # A sync tool puts back a different file (no newer generation of ours).
    data = json.loads(path.read_text())
    for record in data["entries"].values():
        record["company"] = "Theirs"
    time.sleep(0.01)
    path.write_text(json.dumps(data))
    journal.add(make_entry("New"))
    assert len(journal.conflict_copies) == 1
    kept = Journal.open(journal.conflict_copies[0])
    assert [e.company for e in kept.entries()] == ["Ours"]
    assert sorted(e.company for e in journal.entries()) == ["New", "Theirs"]
    assert mode_of(journal.conflict_copies[0]) == 0o600


def test_a_change_by_another_coach_is_built_on_not_treated_as_a_conflict(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.json"
    first, second = Journal.open(path), Journal.open(path)
    first.add(make_entry("One"))
    second.add(make_entry("Two"))
    first.add(make_entry("Three"))
    assert sorted(e.company for e in Journal.open(path).entries()) == [
        "One",
        "Three",
        "Two",
    ]
    assert first.conflict_copies == second.conflict_copies == []


def test_a_held_lock_makes_a_second_writer_wait_then_say_so(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    holder = DurableStorage(path)
    waiter = Journal.open(path, lock_timeout=0.3)
    before = path.read_bytes()
    with holder.transaction():
        started = time.monotonic()
        with pytest.raises(JournalBusy, match="in use by another coach"):
            waiter.add(make_entry())
        assert time.monotonic() - started >= 0.25
    assert path.read_bytes() == before
    waiter.add(make_entry())  # once free, it saves
    assert len(waiter) == 1


WRITER = textwrap.dedent(
    """
    import pathlib, sys, time
    from coach.journal import Journal
    from coach.model import Entry, Stage
    path, name, count = pathlib.Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    journal = Journal.open(path, lock_timeout=60)
    # The start barrier: neither imports until both are ready, so the imports overlap
    # (a slow start-up on a loaded machine could let one finish before the other began).
    (path.parent / f"ready-{name}").touch()
    deadline = time.monotonic() + 120
    while len(list(path.parent.glob("ready-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.001)
    for n in range(count):
        journal.import_entries([Entry(company=f"{name}-{n}", stage=Stage.NO_REPLY)])
    """
)


@pytest.mark.long_running
def test_two_processes_importing_one_by_one_keep_every_entry(tmp_path: Path) -> None:
    # 100 each, not 300: each import rewrites the whole file, so the cost grows with the
    # square of the count, and the barrier keeps the two overlapping all the same.
    path = tmp_path / "journal.json"
    Journal.open(path)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "100"], cwd=ROOT)
        for name in ("left", "right")
    ]
    for writer in writers:
        assert writer.wait(timeout=240) == 0
    entries = Journal.open(path).entries()
    assert len(entries) == 200
    assert len({e.company for e in entries}) == 200


# -- crash safety -----------------------------------------------------------------


@pytest.mark.long_running
@pytest.mark.parametrize("form", KINDS)
def test_sigkill_at_random_moments_never_loses_a_returned_save(tmp_path: Path, form: str) -> None:
    path = tmp_path / "journal.json"
    passphrase = PASSPHRASE if form == "encrypted" else None
    codec = codec_for(form)
    kill_at_random_moments(
        save_forever,
        (path, passphrase),
        lambda: [e.id for e in Journal.open(path, codec=codec).entries()],
        rounds=100,
        seed=20261125,
        longest_pause=0.03,
    )


# -- fault injection --------------------------------------------------------------


def count_calls(path: Path, name: str) -> int:
    """How many times one save calls os.<name>."""
    journal = Journal.open(path)
    real = getattr(os, name)
    calls = 0

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    setattr(os, name, counting)
    try:
        journal.add(make_entry("Counting"))
    finally:
        setattr(os, name, real)
    return calls


def test_a_failed_hard_link_still_keeps_a_backup_by_copying(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("First"))
    real = os.link

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(1, "Operation not permitted")

    os.link = no_links  # type: ignore[assignment]
    try:
        journal.add(make_entry("Second"))
    finally:
        os.link = real
    assert [e.company for e in Journal.open(tmp_path / "journal.json.bak").entries()] == ["First"]
    assert len(Journal.open(path)) == 2


@pytest.mark.parametrize("name", ["write", "fsync", "replace", "open"])
def test_a_failure_at_every_step_keeps_the_old_journal(tmp_path: Path, name: str) -> None:
    total = count_calls(tmp_path / "count" / "journal.json", name)
    assert total >= 1, f"a save never calls os.{name}; the test would prove nothing"
    for nth in range(1, total + 1):
        path = tmp_path / f"{name}-{nth}" / "journal.json"
        journal = Journal.open(path)
        journal.add(make_entry("Kept"))
        before = path.read_bytes()
        real = getattr(os, name)
        calls = 0

        def failing(
            *args: object, _real: Callable = real, _nth: int = nth, **kwargs: object
        ) -> object:
            nonlocal calls
            calls += 1
            if calls == _nth:
                raise OSError(28, "No space left on device")
            return _real(*args, **kwargs)

        setattr(os, name, failing)
        error: JournalWriteError | None = None
        try:
            journal.add(make_entry("Lost"))
        except JournalWriteError as caught:
            error = caught
        finally:
            setattr(os, name, real)
        after = path.read_bytes()
        if error is None:
            # Only the backup step failed: the save landed, and that is a warning.
            assert journal.storage.backup_failure == "No space left on device", (name, nth)
            assert sorted(e.company for e in Journal.open(path).entries()) == ["Kept", "Lost"]
        elif error.replaced:
            # Only the final folder fsync comes after the rename: the new file
            # is complete, and the person was told it may not be durable.
            assert sorted(e.company for e in Journal.open(path).entries()) == [
                "Kept",
                "Lost",
            ]
        else:
            assert "No space left" in str(error)
            assert after == before, f"os.{name} failing on call {nth} changed the file"
            assert "unchanged" in str(error)
        assert not list(path.parent.glob(".journal.json.tmp-*"))
        journal.add(make_entry("Retry"))  # the journal still works afterwards
        assert "Retry" in {e.company for e in Journal.open(path).entries()}


@pytest.mark.parametrize("links", [True, False], ids=["hard-link", "copy"])
def test_a_failed_save_leaves_the_backup_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("First"))
    journal.add(make_entry("Second"))  # the backup now holds "First" alone
    backup = tmp_path / "journal.json.bak"
    before = backup.read_bytes()
    if not links:
        monkeypatch.setattr(os, "link", _no_links)
    real_write = storage_module.write_atomically

    def full(target: Path, payload: bytes) -> None:
        if target.name == path.name:  # the journal fails, as on a full disk; a backup not
            raise OSError(28, "No space left on device")
        real_write(target, payload)

    monkeypatch.setattr(storage_module, "write_atomically", full)
    with pytest.raises(JournalWriteError, match="nothing was lost"):
        journal.add(make_entry("Third"))
    monkeypatch.setattr(storage_module, "write_atomically", real_write)
    assert backup.read_bytes() == before
    assert not os.path.samefile(backup, path)
    assert [e.company for e in Journal.open(backup).entries()] == ["First"]
    assert not [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_a_backup_that_cannot_be_made_leaves_a_landed_save_durable_and_says_only_that(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("First"))
    backup = tmp_path / "journal.json.bak"
    backup.unlink()
    (backup / "in-the-way").mkdir(parents=True)  # a folder where the backup goes
    synced: list[Path] = []
    real_fsync_dir = storage_module.fsync_dir

    def fsync_dir(folder: Path) -> None:
        synced.append(folder)
        real_fsync_dir(folder)

    monkeypatch.setattr(storage_module, "fsync_dir", fsync_dir)
    journal.add(make_entry("Second"))  # the save lands: no error
    assert synced == [tmp_path]  # and the rename was made durable all the same
    assert sorted(e.company for e in Journal.open(path).entries()) == ["First", "Second"]
    reason = journal.storage.backup_failure
    assert reason
    from coach.journal_backup import backup_not_updated

    said = backup_not_updated(backup, reason)
    assert "is saved" in said and "journal.json.bak" in said and "try saving again" not in said
    assert not [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name]
    backup.joinpath("in-the-way").rmdir()
    backup.rmdir()
    journal.add(make_entry("Third"))  # the way is clear again: the backup follows
    assert journal.storage.backup_failure is None
    assert sorted(e.company for e in Journal.open(backup).entries()) == ["First", "Second"]


def test_the_backups_own_rename_is_made_durable_once_it_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coach.files
    import coach.journal_backup

    path = tmp_path / "journal.json"
    backup = tmp_path / "journal.json.bak"
    journal = Journal.open(path)
    journal.add(make_entry("First"))
    journal.add(make_entry("Second"))  # the backup now holds First alone
    before_third = path.read_bytes()
    assert backup.read_bytes() != before_third
    # Each folder fsync, with what the backup held at that moment.
    seen: list[tuple[Path, bytes]] = []
    real_fsync_dir = coach.files.fsync_dir

    def fsync_dir(folder: Path) -> None:
        seen.append((folder, backup.read_bytes()))
        real_fsync_dir(folder)

    for module in (coach.files, storage_module, coach.journal_backup):
        monkeypatch.setattr(module, "fsync_dir", fsync_dir, raising=False)
    journal.add(make_entry("Third"))
    assert backup.read_bytes() == before_third
    # A folder fsync after the rename that made the backup: a power cut keeps it.
    assert (tmp_path, before_third) in seen


def _no_links(*args: object, **kwargs: object) -> None:
    raise OSError(1, "Operation not permitted")


def test_a_new_journal_file_needs_no_backup(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.json")
    assert isinstance(journal.add(Entry(company="A", stage=Stage.OFFER)), Entry)


# -- hand-edited journals -----------------------------------------------------------


def test_an_entry_with_a_bad_value_is_left_alone_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Good"))
    journal.add(make_entry("Edited", id="edited1"))
    data = json.loads(path.read_text())
    for record in data["entries"].values():
        if record["company"] == "Edited":
            record["mood_before"] = 42
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    reopened = Journal.open(path)
    assert [e.company for e in reopened.entries()] == ["Good"]
    assert path.read_bytes() == before  # reading changes nothing
    # Named by what a person knows it by too (rv22: an id alone).
    assert reopened.unreadable == [
        "entry edited1 (Edited, 2026-11-20): mood_before 42 is outside 0 to 10"
    ]
    reopened.add(make_entry("New"))
    kept = json.loads(path.read_text())["entries"].values()
    assert any(r["company"] == "Edited" and r["mood_before"] == 42 for r in kept)
    run = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "list"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and "Good" in run.stdout and "New" in run.stdout
    assert "could not be read" in run.stderr and "Traceback" not in run.stderr
    assert f"mend the field named in {path} with a text editor" in run.stderr


def test_a_journal_from_a_newer_coach_is_never_rewritten(tmp_path: Path) -> None:
    from coach.errors import NewerJournal

    path = tmp_path / "journal.json"
    Journal.open(path).add(make_entry())
    data = json.loads(path.read_text())
    data["_meta"]["1"]["schema"] = 99
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(NewerJournal, match="newer coach"):
        Journal.open(path)
    run = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "list"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1 and "newer coach" in run.stderr
    assert path.read_bytes() == before


def test_two_outside_changes_in_one_second_keep_two_copies(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Ours"))
    for name in ("First outside", "Second outside"):
        data = json.loads(path.read_text())
        for record in data["entries"].values():
            record["notes"] = name
        path.write_text(json.dumps(data) + " " * len(name))  # a different size each time
        journal.add(make_entry(name))
    assert len(journal.conflict_copies) == 2
    assert len(set(journal.conflict_copies)) == 2
    assert all(copy.exists() for copy in journal.conflict_copies)
