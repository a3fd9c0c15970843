"""Full collections of the cycle collector: when the person is idle, not as a screen opens."""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from textual.screen import Screen

# A full collection on its own only after this many young ones (Python's own
# rhythm is 10). It is the safety valve for a person who never pauses: each
# screen Textual builds is garbage with cycles once closed, and only a full
# collection frees it.
YOUNG_BEFORE_FULL = 200
# Seconds with the UI thread free and no page part arriving: the person is reading.
IDLE_AFTER = 0.5
# How often the app looks whether it is idle (a look costs microseconds).
LOOK_EVERY = 0.25
# Times the idle collections may set what lives aside (gc.freeze). What was
# set aside and is later thrown away with cycles is never freed: lines home
# drew and has replaced since, about 100-200 objects a screen closed. Past
# this many screens closed, collections go on without setting aside.
SET_ASIDE_AT_MOST = 1000
# A closed screen still held is looked at again this many seconds later; one
# held this long after closing is taken to live on, and is set aside with home.
LOOK_AGAIN_AFTER = 1.0
HELD_FOR_GOOD = 5.0
_last_busy = 0.0
# Start-up's set-aside (IdleCollector.settle) happens once a process: a second
# app in the same process (tests, the bench) would set aside the garbage the
# first left in the oldest generation, never to be freed.
_settled = False


class CollectorHost(Protocol):
    """The app as the idle collector sees it: its screens, and its timers."""

    @property
    def screen_stack(self) -> list[Screen[Any]]:
        """The screens open, the top one last."""
        ...

    def set_interval(self, interval: float, callback: Callable[[], object], *, name: str) -> Any:
        """Call callback every interval seconds."""
        ...


def busy() -> None:
    """Note that something just happened on screen: no full collection for a moment."""
    global _last_busy
    _last_busy = time.monotonic()


def hold_full_collections() -> None:
    """Leave full collections to idle moments; young ones go on as Python has them.

    A full collection walked everything made since start-up: 40 to 135 ms
    with the UI thread held, and opening a screen makes enough objects to
    set one off in the middle of it.
    """
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, YOUNG_BEFORE_FULL)


def let_go_of_removed(app: CollectorHost) -> None:
    """Drop what Textual keeps of widgets already removed, so a collection frees them.

    Textual 8 keeps a watcher for each `watch()` and `data_bind()` on the
    watched object until that value next changes (Textualize/textual#6666):
    every Header ever shown stays in the app's "title" watchers, and each
    footer key a footer replaces stays in its footer's. Textual drops a
    closing widget's watchers itself when the value changes; this does the
    same now. And StylesCache.get_inner_outer is an lru_cache on a method, so
    it holds the last 1,024 widgets' styles caches, with every line they drew.
    """
    from textual._styles_cache import StylesCache

    nodes: list[object] = [app]
    for screen in app.screen_stack:
        nodes.extend(screen.walk_children(with_self=True))
    for node in nodes:
        watchers = getattr(node, "__watchers", None)
        if not isinstance(watchers, dict):
            continue
        for watching in watchers.values():
            watching[:] = [
                (watcher, callback)
                for watcher, callback in watching
                if watcher is app or (not watcher._closing and watcher.is_attached)
            ]
    StylesCache.get_inner_outer.cache_clear()


class IdleCollector:
    """Runs the full collection a moment after the last thing happened on screen."""

    def __init__(
        self,
        app: CollectorHost,
        clock: Callable[[], float] = time.monotonic,
        at_rest: Callable[[], bool] = lambda: False,
    ) -> None:
        self.app = app
        self.clock = clock
        # Whether only the first screen (home) is open: what lives then lives long.
        self.at_rest = at_rest
        # Every screen seen open, and when each closed one was first seen
        # closed: one still held a moment (by a thread finishing, say) must not
        # be set aside with home, or it would never be freed.
        self._screens_alive: weakref.WeakSet[Screen[Any]] = weakref.WeakSet()
        self._closed_at: weakref.WeakKeyDictionary[Screen[Any], float] = weakref.WeakKeyDictionary()
        self.set_aside = 0
        # When to collect again because a closed screen was still held.
        self._again_at: float | None = None
        # The screens seen open since the last full collection: one closed
        # since leaves garbage with cycles, which only a full collection frees.
        self._screens_seen: set[int] = set()
        self._looked = clock()
        # When a look last came late (the UI thread busy drawing or mounting),
        # or found the screens changed: a screen just closed or opened.
        self._held_at = 0.0
        self._screens_last: set[int] = set()
        # The longest full collection at idle so far, in seconds, and the UI
        # thread's own CPU time in the longest by that (the bench prints both).
        self.longest = 0.0
        self.longest_cpu = 0.0
        self.collections = 0

    def start(self) -> None:
        """Look every LOOK_EVERY seconds for an idle moment."""
        hold_full_collections()
        self.app.set_interval(LOOK_EVERY, self.look, name="idle collector")

    def _screens_now(self) -> set[int]:
        self._screens_alive.update(self.app.screen_stack)
        return {id(screen) for screen in self.app.screen_stack}

    def look(self) -> None:
        """A full collection, if the person has been idle and a screen closed since the last."""
        now = self.clock()
        screens = self._screens_now()
        closed = bool(self._screens_seen - screens)
        self._screens_seen |= screens
        changed, self._screens_last = screens != self._screens_last, screens
        held = now - self._looked > LOOK_EVERY * 1.5
        self._looked = now
        # A closing is not yet idle: the key that closed a screen may be the
        # first of several (back, then the next place), and a full collection
        # straight after it held the next key. The person is idle only once
        # IDLE_AFTER has passed since the screens last changed.
        if held or changed:
            self._held_at = now
        if now - max(_last_busy, self._held_at) < IDLE_AFTER:
            return
        if not gc.isenabled():
            return  # paused on purpose: a big journal read in a thread, or a smooth scroll
        # Only after a screen closed: that is what leaves garbage with cycles.
        # Other churn (a thread building the word index, say) is left to
        # Python's own rhythm, whose pauses grow with the heap rather than
        # walking a growing heap at every idle moment.
        again = self._again_at is not None and now >= self._again_at
        if not closed and not again:
            return
        self.collect_now()

    def collect_now(self) -> None:
        """Let go of what Textual keeps of removed widgets, then one full collection.

        At home, what is left then is set aside from later full collections
        (gc.freeze): home and what the app keeps, which live on. Each full
        collection walked all of it again, 60-90 ms, where now it walks what
        the screens opened since made: a key pressed meanwhile waits for it.
        """
        started, cpu = time.perf_counter(), time.thread_time()
        let_go_of_removed(self.app)
        gc.collect()
        now = self.clock()
        lingering = self._closed_screens_held(now)
        # (Not gc.get_freeze_count(): it counts the set-aside one by one, which
        # took 20-30 ms with 600,000 of them at 50,000 entries.)
        if not lingering and self.at_rest() and self.set_aside < SET_ASIDE_AT_MOST:
            gc.freeze()
            self.set_aside += 1
        self._again_at = now + LOOK_AGAIN_AFTER if lingering else None
        self.longest = max(self.longest, time.perf_counter() - started)
        self.longest_cpu = max(self.longest_cpu, time.thread_time() - cpu)
        self.collections += 1
        self._screens_seen = self._screens_now()

    def settle(self) -> None:
        """Once start-up's warm-up is done, set aside what the app has loaded by then, if safe.

        Modules, styles, the guidance, insights worked out ahead: they live as
        long as the app, yet the first full collection walked them all again.
        Only with home alone on screen and every closed screen freed: a screen
        set aside while open, or closed and not yet freed, would never be
        freed. Otherwise the first idle collection at home sets it all aside.
        """
        global _settled
        if _settled:
            return
        _settled = True
        gc.collect(1)  # the young garbage first (a full collection would hold the UI)
        open_now = self._screens_now()
        if any(id(screen) not in open_now for screen in self._screens_alive):
            return
        if self.at_rest() and self.set_aside < SET_ASIDE_AT_MOST:
            gc.freeze()
            self.set_aside += 1

    def _closed_screens_held(self, now: float) -> bool:
        """Whether a screen closed under HELD_FOR_GOOD ago is still held after the collection."""
        open_now = {id(screen) for screen in self.app.screen_stack}
        held = False
        for screen in list(self._screens_alive):
            if id(screen) in open_now:
                self._closed_at.pop(screen, None)
            elif now - self._closed_at.setdefault(screen, now) < HELD_FOR_GOOD:
                held = True
            else:
                self._screens_alive.discard(screen)  # lives on: set aside with home
        return held
