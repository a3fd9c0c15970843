"""The cycle collector stays still while big reads run, and comes back after the last."""

from __future__ import annotations

import gc
import threading

from coach.collector import SET_ASIDE_OVER, collector_still


def test_the_collector_is_off_during_reads_and_back_after_the_last() -> None:
    assert gc.isenabled()
    inner_started, outer_may_end = threading.Event(), threading.Event()
    seen: list[bool] = []
    made: list[list[int]] = []

    def other_read() -> None:
        with collector_still():
            made.extend([n] for n in range(SET_ASIDE_OVER + 10))  # as a first big read does
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
    gc.unfreeze()  # (an app test in this process may have set some aside)
    gc.collect()
    gc.disable()
    try:
        with collector_still():
            pass
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0  # a read that made little sets nothing aside
    finally:
        gc.enable()
        gc.unfreeze()
