"""A thread worker's screen is freed once closed: the pool thread does not hold on to it."""

from __future__ import annotations

import gc
import weakref

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

from screens.thread_work import forgetting
from tests.app.walk_helpers import until


class Reading(Screen[None]):
    """A screen that does its reading in a thread worker."""

    read = False

    def on_mount(self) -> None:
        self.run_worker(forgetting(self.read_aside), thread=True, group="reading")

    def read_aside(self) -> str:
        self.read = True
        return "done"


async def opened_and_closed(app: App[None], pilot: Pilot[None]) -> weakref.ref[Reading]:
    """A Reading screen opened, read in its thread, then closed: held weakly."""
    screen = Reading()
    await app.push_screen(screen)
    await app.workers.wait_for_complete()
    await until(pilot, lambda: screen.read and not app.workers)
    app.pop_screen()
    await until(pilot, lambda: app.screen is not screen)
    return weakref.ref(screen)


async def test_a_closed_screen_is_not_held_by_its_finished_thread_worker() -> None:
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        closed = await opened_and_closed(app, pilot)
        await pilot.pause()
        gc.collect()
        assert closed() is None, "the pool thread still holds the closed screen"


def test_forgetting_hands_back_what_the_work_returns() -> None:
    assert forgetting(lambda: 42)() == 42


class Handed:
    """What a screen hands its thread's work (a filter's entries): held weakly here."""


def test_the_work_lets_go_of_what_it_was_handed_once_done() -> None:
    """A finished worker keeps its work: what that holds waited for a full collection."""
    handed = Handed()
    seen: list[int] = []
    work = forgetting(lambda thing, n: seen.append(n), handed, 7)
    was = weakref.ref(handed)
    del handed
    assert was() is not None  # held until the work runs
    work()
    assert seen == [7]
    assert was() is None  # freed as soon as the work was done, with no collection
