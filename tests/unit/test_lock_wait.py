"""Waiting for another coach's lock on a thread: readers stay free, threads keep to themselves."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock

from coach.errors import JournalBusy
from coach.journal import Journal
from coach.storage import DurableStorage
from tests.conftest import make_entry


def waiting_in_thread(work: object) -> tuple[threading.Thread, dict[str, object]]:
    """Run work on a thread; what it returned or raised lands in the dict."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()  # type: ignore[operator]
        except Exception as error:  # the test looks at what was raised
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def until_waiting(thread: threading.Thread) -> None:
    # Sequencing only (no timing is asserted): give the thread the moment it
    # needs to reach the lock, whatever the outcome.
    thread.join(0.3)


def test_a_save_waiting_for_the_lock_does_not_hold_up_reading(tmp_path: Path) -> None:
    """The bug behind the frozen delete: the waiting thread kept the journal's
    reader guard, so the screen's next read waited until the save gave up."""
    journal = Journal.open(tmp_path / "journal.json", lock_timeout=3)
    entry = journal.add(make_entry("Lock Co"))
    other_coach = FileLock(str(tmp_path / "journal.json.lock"))
    other_coach.acquire()
    try:
        with pytest.raises(JournalBusy), journal.storage.no_wait():  # type: ignore[attr-defined]
            journal.delete(entry.id)
        thread, outcome = waiting_in_thread(lambda: journal.delete(entry.id))
        until_waiting(thread)
        assert [e.company for e in journal.entries()] == ["Lock Co"]  # read while it waits
        assert journal.get(entry.id).company == "Lock Co"
    finally:
        other_coach.release()
    thread.join(10)
    assert "error" not in outcome, outcome
    assert len(journal) == 0


def test_one_threads_quick_try_does_not_make_anothers_wait_give_up(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.json", lock_timeout=3)
    entry = journal.add(make_entry("Patient Co"))
    other_coach = FileLock(str(tmp_path / "journal.json.lock"))
    other_coach.acquire()
    try:
        with journal.storage.no_wait():  # type: ignore[attr-defined]
            # This thread asked not to wait; the one it starts did not.
            thread, outcome = waiting_in_thread(lambda: journal.delete(entry.id))
            until_waiting(thread)
    finally:
        other_coach.release()
    thread.join(10)
    assert "error" not in outcome, outcome
    assert len(journal) == 0


def test_two_threads_of_one_coach_never_share_a_transaction(tmp_path: Path) -> None:
    storage = DurableStorage(tmp_path / "journal.json")
    storage.write({"entries": {}})
    inside = threading.Event()
    leave = threading.Event()

    def hold() -> None:
        with storage.transaction():
            inside.set()
            leave.wait(10)

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    assert inside.wait(10)
    try:
        # Another thread of the same coach is mid-transaction: this one must
        # not take that for its own (and write without the lock).
        with pytest.raises(JournalBusy), storage.no_wait(), storage.transaction():
            pass
    finally:
        leave.set()
        holder.join(10)
    with storage.no_wait(), storage.transaction():
        pass  # once it is done, the lock is free again


def test_the_lock_waits_then_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.json", lock_timeout=0.2)
    other_coach = FileLock(str(tmp_path / "journal.json.lock"))
    other_coach.acquire()
    try:
        started = time.monotonic()
        with pytest.raises(JournalBusy, match="another coach"):
            journal.add(make_entry("Late Co"))
        assert time.monotonic() - started < 10  # a bound against hanging, not a speed target
    finally:
        other_coach.release()
