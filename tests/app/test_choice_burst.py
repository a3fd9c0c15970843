"""A choice made by keys (RadioSet, Checkbox) and ctrl+n in one burst: Next reads the new choice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Checkbox, RadioButton, RadioSet, Static

from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.walk.close import CloseScreen
from screens.walk.decide import DecideScreen
from screens.walk.happened import HappenedScreen
from screens.walk.reflect import ReflectScreen
from screens.walk.step import StepResult, StepScreen
from screens.walk.vent import VentScreen
from tests.app.test_tab_burst import burst
from tests.app.walk_helpers import open_walk, press_to, type_into, walk_app


async def until_settled(pilot: Pilot, done: Callable[[], object]) -> None:
    """Let the app work through the burst until done() holds (rounds, no clock)."""
    for _ in range(200):
        await pilot.pause()
        if done():
            return


class Choices(StepScreen):
    """A step with a checkbox and a radio set, as the walk's steps have."""

    def compose(self) -> ComposeResult:
        yield Checkbox("Ask for feedback", id="ask")
        with RadioSet(id="reply"):
            yield RadioButton("Yes", value=True)
            yield RadioButton("No")

    def values(self) -> dict[str, Any]:
        return {
            "ask": self.query_one("#ask", Checkbox).value,
            "reply": self.query_one("#reply", RadioSet).pressed_index,
        }


async def test_keys_that_change_a_choice_are_taken_before_next() -> None:
    app = make_app(journal=Journal.in_memory())
    results: list[StepResult | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for keys in (["space", "ctrl+n"], ["tab", "down", "enter", "ctrl+n"]):
            app.push_screen(Choices(), results.append)
            await until_settled(pilot, lambda: isinstance(app.focused, Checkbox))
            count = len(results)
            burst(app, keys)
            await until_settled(pilot, lambda: len(results) > count)  # noqa: B023
    assert [r.values if r else None for r in results] == [
        {"ask": True, "reply": 0},
        {"ask": False, "reply": 1},
    ]


async def test_no_reply_chosen_in_one_burst_goes_on_without_a_reply(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await type_into(pilot, "#company", "Initech")
        app.screen.query_one("#stage", RadioSet).query(RadioButton)[
            list(Stage).index(Stage.APPLICATION)
        ].value = True
        await press_to(pilot, "ctrl+n", VentScreen)
        await press_to(pilot, "ctrl+n", ReflectScreen)
        await press_to(pilot, "ctrl+n", DecideScreen)
        assert "Yes" in str(app.screen.query(RadioButton)[0].label)
        burst(app, ["down", "enter", "ctrl+n"])
        await until_settled(pilot, lambda: not isinstance(app.screen, DecideScreen))
        assert isinstance(app.screen, CloseScreen)
        summary = str(app.screen.query_one("#summary").render())
        assert "no message, by your choice" in summary


class Pane(Screen[None]):
    """A screen whose Down a focused scroll pane, with nothing to scroll, leaves to it."""

    BINDINGS = [Binding("down", "note", "Note")]

    def __init__(self) -> None:
        super().__init__()
        self.noted = 0

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="pane"):
            yield Static("short")

    def on_mount(self) -> None:
        self.query_one("#pane").focus()

    def action_note(self) -> None:
        self.noted += 1


async def test_a_widgets_own_key_with_nothing_to_do_still_reaches_the_screen() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = Pane()
        app.push_screen(pane)
        await until_settled(pilot, lambda: isinstance(app.focused, VerticalScroll))
        burst(app, ["down"])
        await until_settled(pilot, lambda: pane.noted)
        assert pane.noted == 1
