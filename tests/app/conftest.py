"""Fixtures the app tests share: steady pictures, kept notices, a walk left at a step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, TextArea

from coach.walk import WalkState
from tests.app.callback_count import counted_by
from tests.app.walk_helpers import walk_left_at


@pytest.fixture(autouse=True)
def no_blinking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cursor shows exactly when its field has the focus: no blink phase to race.

    A blink tick queued before a test switched blinking off could still flip the
    cursor once on a loaded machine, so the picture changed from run to run. In
    every app test: each blink redrew its field, and every widget under the field's
    line, twice a second of the test's wall time, whatever the test was doing (about
    a tenth of an app test's CPU on a loaded machine). No test is about the blink.
    """
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@pytest.fixture(autouse=True)
def notices_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every notice an app posts is kept for `said`, even after its toast has timed out.

    A 4-second toast could expire before a test on a loaded machine looked for it.
    """
    from textual.notifications import Notifications

    add, clear = Notifications.add, Notifications.clear

    def adding(self: Notifications, notification: object) -> object:
        self.__dict__.setdefault("said", []).append(str(notification.message))  # type: ignore[attr-defined]
        return add(self, notification)  # type: ignore[arg-type]

    def clearing(self: Notifications) -> object:
        self.__dict__["said"] = []
        return clear(self)

    monkeypatch.setattr(Notifications, "add", adding)
    monkeypatch.setattr(Notifications, "clear", clearing)


@pytest.fixture(autouse=True)
def journal_not_watched(monkeypatch: pytest.MonkeyPatch) -> None:
    """An open journal does not look for outside changes on its own during a test.

    On a loaded machine its 2-second look could reread the file between a
    test's change from "another coach" and its next key, and move the rows
    under the cursor. The test of that look sets its own interval.
    """
    import screens.journal.journal_loading as journal_loading

    monkeypatch.setattr(journal_loading, "DISK_CHECK_SECONDS", 3600.0)


@pytest.fixture(autouse=True)
def young_collections_only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The idle collector collects the young generations only, but where a test is about it.

    A full collection walks all a test worker holds (every module, and what earlier
    tests left), so each one the idle collector ran cost more than the test's own
    work as the worker aged: about a tenth of the app tests' time. What the app
    does around it (letting go of removed widgets, setting aside at home) still
    runs. A test of what a full collection frees is marked `full_collections`.
    """
    if request.node.get_closest_marker("full_collections"):
        return
    import screens.collector as collector

    monkeypatch.setattr(collector, "gc", _YoungOnly())


class _YoungOnly:
    """The gc module as the idle collector uses it, with collect() kept to generation 1."""

    def __getattr__(self, name: str) -> object:
        import gc

        return getattr(gc, name)

    def collect(self, generation: int = 2) -> int:
        import gc

        return gc.collect(min(generation, 1))

    def freeze(self) -> None:
        """Nothing is set aside for good: with no full collection first, garbage would be."""


def said(app: App[object]) -> list[str]:
    """Every notice the app posted since its notices were last cleared, shown or timed out."""
    return list(app._notifications.__dict__.get("said", []))


# What each app's stylesheet parsed, shared by every app a test worker starts.
_PARSED: dict[tuple, list] = {}


@pytest.fixture(autouse=True, scope="session")
def css_parsed_once_per_worker() -> Iterator[None]:
    """Each piece of CSS is parsed once per worker, not once per app.

    Every app parses the CSS of the app and of each widget again (a tenth of an app
    test's time). The rules depend only on the CSS, where it came from and the theme's
    variables, so an app with the same three gets the rules another app parsed. CSS
    that fails to parse is not kept, so it fails in every app.
    """
    from textual.css.stylesheet import Stylesheet

    parse = Stylesheet._parse_rules

    def parsed(self: Stylesheet, css: str, read_from: object, *args: object, **kw: object) -> list:
        key = (
            css,
            read_from,
            args,
            tuple(sorted(kw.items())),
            tuple(sorted(self._variables.items())),
        )
        if key not in _PARSED:
            _PARSED[key] = parse(self, css, read_from, *args, **kw)  # type: ignore[arg-type]
        return _PARSED[key]

    Stylesheet._parse_rules = parsed  # type: ignore[method-assign]
    yield
    Stylesheet._parse_rules = parse  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def rule_sets_hashed_in_c() -> Iterator[None]:
    """A rule set's hash is its identity, computed in C rather than by a Python method.

    Styling a widget looks each of the app's ~330 rules up in a set
    (Stylesheet.apply), calling RuleSet.__hash__ (``return id(self)``) millions of
    times in a run: about half an app test's time went there. object.__hash__ is
    the same identity hash, so every lookup finds what it found before.
    """
    from textual.css.model import RuleSet

    own = RuleSet.__dict__["__hash__"]
    RuleSet.__hash__ = object.__hash__  # type: ignore[method-assign,assignment]
    yield
    RuleSet.__hash__ = own  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def callbacks_counted_from_their_code() -> Iterator[None]:
    """Textual counts a fresh callback's parameters from its code, not with inspect.signature.

    Every call_later wraps its callback in a new partial, and Pilot waits on each widget
    with a new closure at every pause and key, so Textual's count (kept on the callable)
    ran inspect.signature thousands of times a test. The count is the same number
    (tests/app/test_callback_count.py), so every callback gets the same arguments.
    """
    import textual._callback as callback
    import textual.reactive as reactive

    own = callback.count_parameters
    callback.count_parameters = reactive.count_parameters = counted_by(own)
    yield
    callback.count_parameters = reactive.count_parameters = own


@pytest.fixture
def left_at_close(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> WalkState:
    """tmp_path's data folder as a person left a walk at Close (its entry saved), and the walk.

    For tests of the close step itself: resume_walk starts the app there, not home.
    """
    return walk_left_at(tmp_path_factory, tmp_path, "close")
