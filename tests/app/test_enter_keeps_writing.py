"""Enter that goes on through a step's fields never drops what the person typed (rv38 N2, N3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, RadioSet, TextArea

from coach.walk import WalkState
from screens.walk.close import CloseScreen
from screens.walk.decide import DecideScreen
from screens.walk.reflect import ReflectScreen
from screens.walk.vent import VentScreen
from tests.app.test_plans_app import app_at, journal_of, pick
from tests.app.walk_helpers import (
    NOW,
    press_to,
    resume_walk,
    type_into,
    until,
    walk_left_at,
)


@pytest.fixture
def left_at_vent(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> WalkState:
    """tmp_path's data folder as a person left a walk at the vent (its entry saved)."""
    return walk_left_at(tmp_path_factory, tmp_path, "vent")


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_enter_enter_in_carry_forward_keeps_the_writing(
    tmp_path: Path, left_at_vent: WalkState, size: tuple[int, int]
) -> None:
    # rv38 N2: the first Enter put the focus on "Keep", and the second unticked it.
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=size) as pilot:
        await resume_walk(pilot, left_at_vent)
        vent = app.screen
        assert isinstance(vent, VentScreen)
        await type_into(pilot, "#vent", "so annoyed")
        keep = vent.query_one("#keep", Checkbox)
        keep.value = True
        vent.query_one("#carry-forward", Input).focus()
        await type_into(pilot, "#carry-forward", "rest")
        await pilot.press("enter")
        await pilot.pause()
        assert keep.value, "the Enter that leaves the field must not reach the box"
        await pilot.press("enter")
        await pilot.pause()
        assert keep.value
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        assert isinstance(app.screen.focused, TextArea)
        await press_to(pilot, "ctrl+n", DecideScreen)
        await pilot.press("down", "enter")  # not replying
        await press_to(pilot, "ctrl+n", CloseScreen)
        buttons = list(app.screen.query_one("#plan-choice", RadioSet).query("RadioButton"))
        buttons[-1].value = True  # no plan this time
        await pilot.pause()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: journal_of(tmp_path).entries())
    [entry] = journal_of(tmp_path).entries()
    assert entry.private_note == "so annoyed"


def _plan(app: object) -> tuple[str, str, str]:
    values = app.screen.values()  # type: ignore[attr-defined]
    return values["plan_choice"], values["plan_when"], values["plan_then"]


async def test_back_and_forth_then_enter_enter_keeps_my_own_plan(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    # rv38 N3: shown again, the list's cursor sat on the first idea, and Enter picked it.
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        own = len(app.screen.ideas)
        await pick(pilot, own)
        await type_into(pilot, "#plan-when", "at 9 pm")
        await type_into(pilot, "#plan-then", "stretch")
        await press_to(pilot, "escape", DecideScreen)
        await press_to(pilot, "ctrl+n", CloseScreen)
        choices = app.screen.query_one("#plan-choice", RadioSet)
        await pilot.press("enter")  # from the mood to the list
        await until(pilot, lambda: app.focused is choices)
        assert choices._selected == own  # the cursor is on what is chosen
        await pilot.press("enter")
        await pilot.pause()
        assert _plan(app) == ("own", "at 9 pm", "stretch")


async def test_a_look_at_an_idea_keeps_my_own_words_for_my_own_plan(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        own = len(app.screen.ideas)
        await pick(pilot, own)
        await type_into(pilot, "#plan-when", "at 9 pm")
        await type_into(pilot, "#plan-then", "stretch")
        await pick(pilot, 0)
        idea = app.screen.ideas[0]
        assert _plan(app) == ("idea-0", idea.when, idea.then)
        # Kept across Back and Next (and so in the autosave) while the idea is chosen.
        await press_to(pilot, "escape", DecideScreen)
        await press_to(pilot, "ctrl+n", CloseScreen)
        await pick(pilot, own)
        assert _plan(app) == ("own", "at 9 pm", "stretch")
