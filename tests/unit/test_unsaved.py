"""The per-coach autosave of typing not yet in the journal."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from coach.unsaved import UnsavedStore
from coach.unsaved_folder import clean_litter, editor_temp_path


def open_store(folder: Path) -> UnsavedStore:
    store = UnsavedStore(folder)
    store.open()
    return store


def test_a_flush_asks_the_surface_for_what_it_shows_now(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    shown = {"draft": "Dear An"}
    store.track("draft:x", lambda: dict(shown), kind="draft")
    shown["draft"] = "Dear Ana, thank you"  # typed after the last timer, before quit
    store.flush()
    written = json.loads(store.path.read_text())["surfaces"]["draft:x"]
    assert written["values"] == {"draft": "Dear Ana, thank you"}
    assert written["kind"] == "draft"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    store.close()


def test_a_flush_keeps_the_base_a_surface_saved_last_not_the_one_it_opened_with(
    tmp_path: Path,
) -> None:
    # rv51 D8: an entry screen saved and typed on; the autosave kept the base it
    # opened with, and once resumed its own save was taken for another coach's.
    store = open_store(tmp_path)
    shown: dict[str, str] | None = {"f-notes": "BASE MORE"}
    meta = {"kind": "entry", "base": {"notes": "BASE", "revision": 1}}
    store.track("entry:k1", lambda: shown, lambda: dict(meta))
    store.flush()
    shown = None  # saved: nothing unsaved, and the base moves on
    meta["base"] = {"notes": "BASE MORE", "revision": 2}
    store.flush()
    shown = {"f-notes": "BASE MORE AGAIN"}
    store.flush()
    written = json.loads(store.path.read_text())["surfaces"]["entry:k1"]
    assert written["base"] == {"notes": "BASE MORE", "revision": 2}
    assert written["kind"] == "entry"
    store.close()


def test_a_clean_surface_leaves_no_file(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    shown: dict[str, str] | None = {"name": "Sam"}
    store.track("profile", lambda: shown)
    store.flush()
    assert store.path.exists()
    shown = None  # saved to the journal: nothing unsaved any more
    store.flush()
    assert not store.path.exists()
    store.close()


def test_a_surface_that_fails_to_answer_keeps_what_it_last_showed(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    answers = iter([{"text": "kept"}])

    def provider() -> dict[str, str]:
        return next(answers)  # the second call raises, as an unmounted widget does

    store.track("entry:1", provider)
    store.flush()
    store.untrack("entry:1")
    store.flush()
    assert json.loads(store.path.read_text())["surfaces"]["entry:1"]["values"] == {"text": "kept"}


def test_a_running_coach_typing_is_never_offered_to_another(tmp_path: Path) -> None:
    first = open_store(tmp_path)
    first.put("walk", {"company": "Live Co"}, kind="walk")
    first.flush()
    second = open_store(tmp_path)
    leftovers, _ = second.leftovers()
    assert leftovers == []  # the first coach still runs: its walk is its own


def test_a_stopped_coach_typing_is_offered_and_adopted_once(tmp_path: Path) -> None:
    first = open_store(tmp_path)
    first.put("walk", {"company": "Gone Co"}, kind="walk")
    first.put("profile", {"name": "Sam"}, kind="profile")
    first.flush()
    first.close()  # quit (or killed: the lock goes with the process) with typing held
    second = open_store(tmp_path)
    [leftover], _ = second.leftovers()
    assert set(leftover.surfaces) == {"walk", "profile"}
    taken = second.adopt(leftover, "walk")
    assert taken is not None and taken["values"] == {"company": "Gone Co"}
    # Now held by the second (live) coach, so a third is not offered it.
    third = open_store(tmp_path)
    offered = {key for lo, _ in [third.leftovers()] for item in lo for key in item.surfaces}
    assert offered == {"profile"}
    second.discard(leftover, "profile")
    assert third.leftovers()[0] == []


def test_an_unreadable_autosave_is_set_aside_not_deleted(tmp_path: Path) -> None:
    (tmp_path / "unsaved-abc.json").write_text("{half")
    store = open_store(tmp_path)
    leftovers, damaged = store.leftovers()
    assert leftovers == []
    assert [d.path.name for d in damaged] == ["unsaved-abc.json.damaged"]
    assert (tmp_path / "unsaved-abc.json.damaged").read_text() == "{half"


def test_an_older_coach_walk_file_is_still_offered(tmp_path: Path) -> None:
    (tmp_path / "walk.json").write_text(json.dumps({"company": "Old Co", "step": "vent"}))
    store = open_store(tmp_path)
    [leftover], _ = store.leftovers()
    assert leftover.surfaces["walk"]["values"]["company"] == "Old Co"
    store.adopt(leftover, "walk")
    assert not (tmp_path / "walk.json").exists()
    assert store.get("walk")["values"]["company"] == "Old Co"


def test_editor_copies_of_stopped_coaches_are_cleaned_but_not_a_live_one(tmp_path: Path) -> None:
    live = open_store(tmp_path)
    mine = editor_temp_path(tmp_path, live.token)
    mine.write_text("open in vim right now")
    dead = editor_temp_path(tmp_path, "deadbeef0000")
    dead.write_text("private draft left by a killed coach")
    half = tmp_path / ".unsaved-deadbeef0000.json.tmp-1234"
    half.write_text("half")
    removed = clean_litter(tmp_path)
    assert set(removed) == {dead, half}
    assert mine.exists()


def test_lock_files_of_finished_coaches_are_removed_but_live_or_kept_ones_stay(
    tmp_path: Path,
) -> None:
    import fcntl
    import os

    data = tmp_path / "data"
    data.mkdir()
    stale = [data / f"unsaved-{n}.lock" for n in ("aaa", "bbb")]
    for lock in stale:
        lock.touch()
    live = data / "unsaved-live.lock"
    live_fd = os.open(live, os.O_RDWR | os.O_CREAT)
    fcntl.flock(live_fd, fcntl.LOCK_EX)  # a coach still running
    kept = data / "unsaved-kept.lock"
    kept.touch()
    (data / "unsaved-kept.json").write_text("{}", encoding="utf-8")  # typing still offered
    store = UnsavedStore(data)
    store.open()
    try:
        names = sorted(p.name for p in data.glob("unsaved-*.lock"))
        assert names == sorted([store.lock_path.name, live.name, kept.name])
    finally:
        store.close()
        os.close(live_fd)
    assert not store.lock_path.exists()  # nothing typed: its own goes at close too


def test_a_lock_is_only_removed_while_its_name_still_names_the_file_locked(
    tmp_path: Path,
) -> None:
    from coach.unsaved_locks import _names_this, lock_exclusive, lock_own, unlock

    path = tmp_path / "unsaved-x.lock"
    fd = lock_exclusive(path)
    assert fd is not None and _names_this(path, fd)
    path.unlink()  # another coach removed it between our open and our check
    path.touch()  # and a new coach made its own under the name
    assert not _names_this(path, fd)
    unlock(fd)
    own = lock_own(path)
    assert own is not None and _names_this(path, own)
    unlock(own)


def test_screens_closed_unchanged_leave_no_lock_behind_at_exit(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.track("profile", lambda: None, kind="profile")  # opened, nothing typed
    store.track("entry:e1", lambda: None, kind="entry", label="Acme")
    store.flush()
    store.untrack("profile")  # closed unchanged
    assert store.keys() == ["entry:e1"]
    store.forget("entry:e1")
    store.track("draft:e1", lambda: None, kind="draft")
    store.close()  # the app ends with the draft still open, unchanged
    assert list(tmp_path.glob("unsaved-*")) == []


def test_a_lock_with_typing_kept_stays_at_exit(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.track("draft:e1", lambda: {"draft": "Dear Ana"}, kind="draft")
    store.track("profile", lambda: None, kind="profile")
    store.untrack("profile")
    store.close()
    assert store.path.exists() and store.lock_path.exists()  # offered back next time


def test_typing_set_aside_earlier_is_named_with_the_way_to_get_it_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach.cli import main
    from coach.unsaved_aside import aside_notes

    (tmp_path / "unsaved-abc.json.damaged").write_text('{"surfaces": {"walk": {"values": {')
    store = open_store(tmp_path)
    store.bring_back()
    assert store.brought_back == [] and store.leftovers() == ([], [])
    (note,) = aside_notes(tmp_path)
    assert str(tmp_path / "unsaved-abc.json.damaged") in note and "text editor" in note
    assert main(["--data-dir", str(tmp_path), "locate"]) == 0
    assert "set aside:" in capsys.readouterr().out
    store.close()
