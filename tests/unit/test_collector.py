"""The cycle collector stays still while big reads run, and comes back after the last."""

from __future__ import annotations

import gc
import threading

from coach.collector import collector_still


def test_the_collector_is_off_during_reads_and_back_after_the_last() -> None:
    assert gc.isenabled()
    inner_started, outer_may_end = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other_read() -> None:
        with collector_still():
            inner_started.set()
            outer_may_end.wait(5)
            seen.append(gc.isenabled())

    with collector_still():
        thread = threading.Thread(target=other_read)
        thread.start()
        inner_started.wait(5)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other read is still under way
    outer_may_end.set()
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what the reads made is set aside
    gc.unfreeze()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_still():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
