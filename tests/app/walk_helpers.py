"""Helpers for driving the walk with Pilot."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path

import pytest
import textual.notifications
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea
from textual.widgets._toast import Toast

from coach.journal import Journal
from coach.paths import locate
from screens.app import CoachApp, make_app

NOW = datetime(2026, 11, 25, 10, 30)


def walk_app(tmp_path: Path) -> CoachApp:
    """An app over a real data folder (so the autosave file is real) and a fixed clock."""
    places = locate(tmp_path / "data")
    journal = Journal.open(places.journal)
    return make_app(journal=journal, places=places, clock=lambda: NOW)


async def type_into(pilot: Pilot, selector: str, text: str) -> None:
    """Replace a field's text the way typing would, then let events settle.

    Waits for the field first: keys sent just before may still be opening its screen.
    """
    await until(pilot, lambda: pilot.app.screen.query(selector))
    widget = pilot.app.screen.query_one(selector)
    if isinstance(widget, Input):
        widget.value = text
    elif isinstance(widget, TextArea):
        widget.text = text
    await pilot.pause()


async def open_walk(pilot: Pilot) -> None:
    """Home's n, then wait until the first step takes keys (its mood field has the focus).

    A key sent in the same burst as n can reach the app before the step is mounted
    and focused, and be lost: on a loaded machine the burst ("n", "enter") flaked.
    """
    from screens.walk.kindness import KindnessScreen

    await pilot.press("n")
    await until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, KindnessScreen) and isinstance(pilot.app.focused, Input)
        ),
    )


async def press_to(pilot: Pilot, key: str, screen: type) -> None:
    """Press a key that moves to another screen, then wait until that screen has the focus.

    The next key then lands on that screen, not on the one closing or on none.
    """
    await pilot.press(key)
    await until(
        pilot,
        lambda: isinstance(pilot.app.screen, screen) and pilot.app.screen.focused is not None,
    )


async def until(pilot: Pilot, condition: Callable[[], object]) -> None:
    """Let the app run until condition() holds: a thread has finished, a focus has landed.

    A loaded machine can take many rounds for what an idle one does in one pause.
    """
    for _ in range(200):
        await pilot.pause(0.05)
        if condition():
            return


def leave_unsaved(data_dir: Path, surfaces: dict[str, dict]) -> Path:
    """Autosaved typing as a coach that has since died would leave it (no lock held)."""
    import json
    import secrets

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / f"unsaved-{secrets.token_hex(6)}.json"
    path.write_text(json.dumps({"unsaved_version": 1, "surfaces": surfaces}))
    return path


def leave_walk(data_dir: Path, state: object) -> Path:
    """A walk left unfinished by a coach that died."""
    return leave_unsaved(data_dir, {"walk": {"kind": "walk", "values": state.to_record()}})


def unsaved_surfaces(data_dir: Path) -> dict[str, dict]:
    """Every surface held in any autosave file in the data folder."""
    import json

    found: dict[str, dict] = {}
    for path in data_dir.glob("unsaved-*.json"):
        found.update(json.loads(path.read_text())["surfaces"])
    return found


def shown_actions(screen: Screen[object]) -> set[str]:
    """The actions a screen's footer offers now (the bindings it shows)."""
    return {b.binding.action for b in screen.active_bindings.values() if b.binding.show}


async def each_in_one_app(
    pilot: Pilot, checks: Sequence[Callable[..., Awaitable[None]]], *args: object
) -> None:
    """Run each check in turn in the running app, each as if alone; a failing one names itself.

    Notices are cleared before a check, and the screens it opened are closed after it.
    An app's start, stop and the garbage it leaves cost about a fifth of a CPU-second.
    """
    app = pilot.app
    for check in checks:
        app.clear_notifications()
        base = len(app.screen_stack)
        try:
            await check(pilot, *args)
        except AssertionError as error:
            error.add_note(f"in the check {check.__name__!r}")
            raise
        while len(app.screen_stack) > base:
            await app.pop_screen()
            await pilot.pause()


def toasts_never_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stop the toasts' clock: a toast then goes only when coach takes it back.

    Without it, a machine stalled past a toast's 10 seconds let it time out by
    itself, and a test that it was taken back passed with nothing taking it back.
    """
    stopped = time.time()
    monkeypatch.setattr(textual.notifications, "time", lambda: stopped)
    monkeypatch.setattr(Toast, "_expire", lambda self: None)  # its own timer, on the loop's clock
