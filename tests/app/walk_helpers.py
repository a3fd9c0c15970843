"""Helpers for driving the walk with Pilot."""

from __future__ import annotations

import asyncio
import json
import shutil
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
from coach.walk import WalkState
from screens.app import CoachApp, make_app
from tests.once import once_per_run

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
    The app runs on this loop meanwhile, so a round is a plain sleep: a Pilot pause
    posts a message to every widget of the screen and waits for each (about 20 ms of
    CPU on an entry's form). Once the condition holds, a pause lets every widget
    settle, and the condition must hold still after it, as after a pause before.
    """
    for _ in range(200):
        await asyncio.sleep(0.05)
        if condition():
            await pilot.pause()
            if condition():
                return


async def resume_each(pilot: Pilot, count: int) -> list[str]:
    """Answer Resume (r) to each of `count` leftover questions in turn; their words, in order."""
    from screens.dialogs.resume import ResumeScreen

    app = pilot.app
    asked: list[str] = []
    for _ in range(count):
        await until(
            pilot,
            lambda: isinstance(app.screen, ResumeScreen) and app.screen.description not in asked,
        )
        asked.append(app.screen.description)  # type: ignore[attr-defined]
        await pilot.press("r")
    return asked


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


async def walk_to(pilot: Pilot, step: str) -> None:
    """Walk from home to a step as a person would: company Acme, not replying at Decide.

    Each key that changes the screen waits for the next screen to take keys: in one
    burst, a key could land before its screen was there and be lost (a loaded machine).
    """
    from screens.walk.close import CloseScreen
    from screens.walk.decide import DecideScreen
    from screens.walk.reflect import ReflectScreen
    from screens.walk.vent import VentScreen

    await open_walk(pilot)
    if step == "kindness":
        return
    await pilot.press("enter")
    await type_into(pilot, "#company", "Acme")
    for name, screen in (
        ("happened", None),
        ("vent", VentScreen),
        ("reflect", ReflectScreen),
        ("decide", DecideScreen),
        ("close", CloseScreen),
    ):
        if name == "close":
            await pilot.press("down", "enter")  # decide: not replying
        if screen is not None:
            await press_to(pilot, "ctrl+n", screen)
        if name == step:
            assert screen is None or isinstance(pilot.app.screen, screen), pilot.app.screen
            assert pilot.app.walks.walk.state.step == step  # type: ignore[attr-defined]
            return
    raise ValueError(f"no walk step {step!r} on the way to Close")


async def walk_to_close(pilot: Pilot) -> None:
    """Walk from home to the close step (company Acme, not replying)."""
    await walk_to(pilot, "close")


async def _walk_and_stop(folder: Path, step: str) -> None:
    """Walk to a step, then keep what a person stopping there leaves: the journal, the autosave."""
    app = walk_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to(pilot, step)
        walk = app.walks.walk
        assert walk is not None
        if step not in ("kindness", "happened"):  # the step before saved the entry
            await until(pilot, lambda: walk.state.entry_id)
            assert walk.state.entry_id and walk.state.saved_record
        assert app.flush_unsaved()
        values = unsaved_surfaces(folder / "data")["walk"]["values"]
        shutil.copy(folder / "data" / "journal.json", folder / "journal.json")
    (folder / "walk.json").write_text(json.dumps(values))


def walk_left_at(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, step: str) -> WalkState:
    """tmp_path's data folder as a person left a walk at a step, and that walk's saved state.

    Walked for real once per run (home, kindness, what happened, ...): the state holds
    what such a walk holds by then (the entry saved at the step before, its id, the
    record saved), not a state built by hand. Resume it with resume_walk.
    """
    made = once_per_run(
        tmp_path_factory, f"walk-left-at-{step}", lambda f: asyncio.run(_walk_and_stop(f, step))
    )
    data = tmp_path / "data"
    data.mkdir(parents=True, exist_ok=True)
    if (made / "journal.json").exists():
        shutil.copy(made / "journal.json", data / "journal.json")
    state = WalkState.from_record(json.loads((made / "walk.json").read_text()))
    if state.entry_id:  # the entry the walk saved is in the journal it left
        assert Journal.open(data / "journal.json").get(state.entry_id).company == state.company
    return state


async def resume_walk(pilot: Pilot, state: WalkState) -> None:
    """Pick the walk up as Resume does (walks.start), and wait until its step takes keys."""
    from screens.home.home import HomeScreen
    from screens.walk.step import StepScreen

    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.is_mounted)
    app.walks.start(state)  # type: ignore[attr-defined]
    await until(
        pilot,
        lambda: isinstance(app.screen, StepScreen) and app.screen.focused is not None,
    )
    assert app.walks.walk.state.step == state.step  # type: ignore[attr-defined]
