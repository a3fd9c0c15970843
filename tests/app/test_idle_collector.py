"""Full collections wait for an idle moment after a screen closed, and free closed screens whole."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from textual.widgets import Footer, Header
from textual.widgets._footer import FooterKey

from coach.journal import Journal
from screens import collector
from screens.app import make_app
from screens.collector import IDLE_AFTER, LOOK_EVERY, IdleCollector
from screens.home.home import HomeScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW

# What a full collection frees is what these tests are about (tests/app/conftest.py).
pytestmark = pytest.mark.full_collections


async def test_closed_screens_are_freed_whole() -> None:
    """Textual kept every Header in the app's watchers, each replaced footer key in its footer's."""
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    kept: list[weakref.ref[Any]] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        # The warm-up sets aside (gc.freeze) what exists when it ends: for good.
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in ("g", "j", "i", "g"):
            await pilot.press(key)
            await until(pilot, lambda: not isinstance(app.screen, HomeScreen))
            await pilot.pause()
            kept += [weakref.ref(widget) for widget in app.screen.query(Header)]
            await pilot.press("escape")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen))
            await pilot.pause()
        # Home's footer makes its keys anew when home is shown again.
        kept += [weakref.ref(key) for key in app.screen.query_one(Footer).query(FooterKey)]
        await pilot.press("g")
        await until(pilot, lambda: not isinstance(app.screen, HomeScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()
        still_shown = {id(key) for key in app.screen.query(FooterKey)}
        app.opening.idle.collect_now()
        headers = [ref for ref in kept if isinstance(ref(), Header)]
        assert len(kept) > 4 and not headers, "a closed screen's header is still held"
        left = [ref() for ref in kept if ref() is not None]
        assert all(id(key) in still_shown for key in left), "a replaced footer key is still held"
        # What is on screen still works: its header follows the title.
        app.title = "renamed [b]"
        await pilot.pause()


class FakeScreen:
    """A screen as the idle collector sees it: something that can be held weakly."""


class FakeApp:
    """The app as the idle collector sees it: its screen stack."""

    def __init__(self) -> None:
        self.screen_stack: list[object] = [FakeScreen(), FakeScreen()]

    def set_interval(self, *args: object, **kwargs: object) -> None:
        """Timers are driven by hand here."""


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def watched(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[IdleCollector, FakeApp, Clock, list[float]]]:
    """An idle collector on a fake app and clock; the list notes each full collection."""
    app, clock, done = FakeApp(), Clock(), []
    monkeypatch.setattr(collector, "_last_busy", 0.0)
    idle = IdleCollector(app, clock=clock)  # type: ignore[arg-type]
    # Each full collection begins by letting go of what Textual keeps: noted here.
    monkeypatch.setattr(collector, "let_go_of_removed", lambda app: done.append(clock.now))
    threshold = gc.get_threshold()
    was_enabled = gc.isenabled()
    idle.start()
    gc.enable()
    yield idle, app, clock, done
    gc.set_threshold(*threshold)
    if not was_enabled:
        gc.disable()


def ticks(idle: IdleCollector, clock: Clock, seconds: float) -> None:
    """Let seconds pass, the collector looking on time."""
    for _ in range(round(seconds / LOOK_EVERY)):
        clock.now += LOOK_EVERY
        idle.look()


def test_no_full_collection_until_idle_after_a_screen_closed(
    watched: tuple[IdleCollector, FakeApp, Clock, list[float]],
) -> None:
    idle, app, clock, done = watched
    assert gc.get_threshold()[2] == collector.YOUNG_BEFORE_FULL
    ticks(idle, clock, 3)
    assert done == []  # idle, but nothing closed
    app.screen_stack.append(FakeScreen())
    ticks(idle, clock, 3)
    assert done == []  # a screen opened: its garbage is small and the person is reading
    app.screen_stack.pop()
    collector._last_busy = clock.now  # a page part arrived just now (busy)
    ticks(idle, clock, IDLE_AFTER - LOOK_EVERY)
    assert done == []  # too soon after the last busy moment
    ticks(idle, clock, 2 * LOOK_EVERY)
    assert len(done) == 1 and idle.collections == 1
    ticks(idle, clock, 3)
    assert len(done) == 1  # once per closing


def test_no_full_collection_while_held_or_paused(
    watched: tuple[IdleCollector, FakeApp, Clock, list[float]],
) -> None:
    idle, app, clock, done = watched
    ticks(idle, clock, 1)
    app.screen_stack.pop()
    clock.now += 2  # a look that came late: the UI thread was busy
    idle.look()
    ticks(idle, clock, IDLE_AFTER - LOOK_EVERY)
    assert done == []
    gc.disable()  # as while a big journal is read in a thread
    ticks(idle, clock, 2)
    assert done == []
    gc.enable()
    ticks(idle, clock, LOOK_EVERY)
    assert len(done) == 1


def test_no_full_collection_right_after_a_screen_closed(
    watched: tuple[IdleCollector, FakeApp, Clock, list[float]],
) -> None:
    """The key that closed a screen may be followed by the next: wait until the person is idle."""
    idle, app, clock, done = watched
    ticks(idle, clock, 3)  # long idle before, nothing busy
    app.screen_stack.pop()
    ticks(idle, clock, IDLE_AFTER)
    assert done == []  # the closing was seen at the first look: not idle since
    ticks(idle, clock, LOOK_EVERY)
    assert len(done) == 1


@pytest.fixture
def set_aside(
    monkeypatch: pytest.MonkeyPatch,
    watched: tuple[IdleCollector, FakeApp, Clock, list[float]],
) -> Iterator[tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]]]:
    """As watched, home alone counted as at rest; the list notes each gc.freeze."""
    idle, app, clock, done = watched
    home = app.screen_stack[:]
    idle.at_rest = lambda: app.screen_stack == home
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(collector, "_settled", False)
    yield idle, app, clock, done, frozen


def test_what_lives_at_home_is_set_aside_after_the_collection(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
) -> None:
    """Set aside, it is not walked by the next full collection: only what screens made since."""
    idle, app, clock, done, frozen = set_aside
    app.screen_stack.append(FakeScreen())
    ticks(idle, clock, 1)
    app.screen_stack.append(FakeScreen())  # a dialog over a screen, then both closed
    ticks(idle, clock, 1)
    del app.screen_stack[2:]
    ticks(idle, clock, 1)
    assert len(done) == 1 and len(frozen) == 1


def test_nothing_is_set_aside_while_a_screen_is_open_over_home(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
) -> None:
    """A screen set aside while open would never be freed once closed."""
    idle, app, clock, done, frozen = set_aside
    app.screen_stack.append(FakeScreen())
    app.screen_stack.append(FakeScreen())
    ticks(idle, clock, 1)
    app.screen_stack.pop()  # the dialog closed; its screen is still open
    ticks(idle, clock, 1)
    assert len(done) == 1 and frozen == []


def test_nothing_is_set_aside_while_a_closed_screen_is_still_held(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
) -> None:
    """A thread finishing may hold a closed screen a moment: set aside, it would never be freed."""
    idle, app, clock, done, frozen = set_aside
    app.screen_stack.append(FakeScreen())
    ticks(idle, clock, 1)
    held = app.screen_stack.pop()
    ticks(idle, clock, IDLE_AFTER + LOOK_EVERY)
    assert len(done) == 1 and frozen == []
    ticks(idle, clock, collector.LOOK_AGAIN_AFTER)  # looked at again a moment later
    assert len(done) == 2 and frozen == []
    del held
    ticks(idle, clock, collector.LOOK_AGAIN_AFTER)  # freed by then: set aside
    assert len(done) == 3 and len(frozen) == 1
    ticks(idle, clock, 3)
    assert len(done) == 3


def test_a_closed_screen_held_for_good_is_set_aside_with_home(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
) -> None:
    """Held for good, it is never freed anyway: it must not keep every later collection long."""
    idle, app, clock, done, frozen = set_aside
    app.screen_stack.append(FakeScreen())
    ticks(idle, clock, 1)
    held = app.screen_stack.pop()
    ticks(idle, clock, collector.HELD_FOR_GOOD - LOOK_EVERY)
    assert frozen == [] and 2 <= len(done) <= collector.HELD_FOR_GOOD
    ticks(idle, clock, 2)
    assert len(frozen) == 1 and held is not None
    looks = len(done)
    ticks(idle, clock, 5)
    assert len(done) == looks  # no more looks again


def test_setting_aside_stops_after_so_many_times(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What was set aside and later thrown away is never freed: that stays bounded."""
    idle, app, clock, done, frozen = set_aside
    monkeypatch.setattr(collector, "SET_ASIDE_AT_MOST", 3)
    for _ in range(5):
        app.screen_stack.append(FakeScreen())
        ticks(idle, clock, 1)
        app.screen_stack.pop()
        ticks(idle, clock, 1)
    assert len(done) == 5 and len(frozen) == 3


def test_the_warm_up_sets_aside_what_home_loaded_once(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
) -> None:
    """What start-up loaded lives on: set aside then, the first idle collection walks less."""
    idle, _app, clock, done, frozen = set_aside
    ticks(idle, clock, 1)
    idle.settle()
    assert len(frozen) == 1 and idle.set_aside == 1 and done == []
    idle.settle()  # once a process: a later call would set aside what screens left since
    assert len(frozen) == 1


def test_the_warm_up_sets_nothing_aside_while_a_screen_is_open(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
) -> None:
    """The journal opened before a big journal's warm-up ended would never be freed once closed."""
    idle, app, clock, done, frozen = set_aside
    app.screen_stack.append(FakeScreen())
    ticks(idle, clock, 1)
    idle.settle()
    assert frozen == []
    app.screen_stack.pop()
    ticks(idle, clock, 1)
    assert len(done) == 1 and len(frozen) == 1  # the first idle collection at home does it


def test_the_warm_up_sets_nothing_aside_while_a_closed_screen_lives(
    set_aside: tuple[IdleCollector, FakeApp, Clock, list[float], list[bool]],
) -> None:
    """A screen closed and not yet freed (its cycles wait for a full collection) is left out."""
    idle, app, clock, _done, frozen = set_aside
    app.screen_stack.append(FakeScreen())
    ticks(idle, clock, 1)
    held = app.screen_stack.pop()
    idle.settle()
    assert frozen == [] and held is not None
