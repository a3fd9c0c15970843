"""The close step's "By when?": the suggested day is a placeholder that typing replaces."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from coach.walk import WalkState
from screens.home.home import HomeScreen
from tests.app.test_plans_app import app_at, journal_of, pick
from tests.app.walk_helpers import NOW, resume_walk, type_into, until, walk_to_close


def _hint(app: object) -> str:
    return str(app.screen.query_one("#plan-due-day", Static).render())  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_a_day_typed_in_by_when_replaces_the_suggestion(
    tmp_path: Path, left_at_close: WalkState, size: tuple[int, int]
) -> None:
    # Reviewers: typing into the prefilled "in 3 days" made "in 3 daysFriday".
    app = app_at(tmp_path, NOW)  # Wednesday 25 November 2026
    async with app.run_test(size=size) as pilot:
        await resume_walk(pilot, left_at_close)
        await pick(pilot, len(app.screen.ideas))  # my own plan
        await type_into(pilot, "#plan-when", "I wake up")
        await type_into(pilot, "#plan-then", "go for a run")
        field = app.screen.query_one("#plan-due", Input)
        assert "Sat 28 Nov" in _hint(app)  # in 3 days, suggested
        field.focus()
        await pilot.pause()
        await pilot.press(*"Friday")
        await pilot.pause()
        assert field.value == "Friday" and "Fri 27 Nov" in _hint(app)
        await pilot.press("ctrl+u")  # cleared: the suggestion is back, and means its day
        await until(pilot, lambda: "Sat 28 Nov" in _hint(app))
        assert (field.value, field.placeholder) == ("", "in 3 days")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [plan] = journal_of(tmp_path).plans()
    assert plan.due == NOW.date() + timedelta(days=3)


async def test_an_ideas_own_day_is_its_suggestion_and_kept_when_left(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        dated = next((i for i, idea in enumerate(close.ideas) if idea.due), None)
        if dated is None:  # the shipped ideas for this stage name no day: give one one
            close.ideas[0] = replace(close.ideas[0], due="friday")
            dated = 0
        await pick(pilot, dated)
        field = close.query_one("#plan-due", Input)
        assert (field.value, field.placeholder) == ("", close.ideas[dated].due)
        assert close.values()["plan_due"] == close.ideas[dated].due


async def test_a_day_typed_for_an_idea_survives_going_back(tmp_path: Path) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_close(pilot)
        await pick(pilot, 0)
        await type_into(pilot, "#plan-due", "friday")
        await pilot.press("escape")  # back to the decide step, and on again
        await pilot.pause()
        await pilot.press("ctrl+n")
        await until(pilot, lambda: app.screen.query("#plan-due"))
        await pilot.pause()
        field = app.screen.query_one("#plan-due", Input)
        assert field.value in ("friday", "2026-11-27"), field.value  # as typed, or its day


def _dated_idea(close: object) -> int:
    """The first idea, given a day of its own other than the one in 3 days (Friday)."""
    ideas = close.ideas  # type: ignore[attr-defined]
    ideas[0] = replace(ideas[0], due="friday")
    return 0


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_hint_names_the_day_saved_as_the_choice_changes(
    tmp_path: Path, left_at_close: WalkState, size: tuple[int, int]
) -> None:
    # rv37 D1: an idea's "weekend" left the hint on "in 3 days"' day, and the plan was
    # saved for the weekend; "My own plan" after it kept the idea's day, never shown.
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=size) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        dated = _dated_idea(close)
        await pick(pilot, dated)
        saved = close.values()["plan_due_on"]
        assert saved != (NOW.date() + timedelta(days=3)).isoformat()
        day = f"{date.fromisoformat(saved):%a} {date.fromisoformat(saved).day}"
        assert day in _hint(app), (_hint(app), saved)
        await pick(pilot, len(close.ideas))  # my own plan: back to in 3 days, shown
        field = close.query_one("#plan-due", Input)
        assert (field.value, field.placeholder) == ("", "in 3 days")
        assert "Sat 28 Nov" in _hint(app)
        await type_into(pilot, "#plan-when", "I wake up")
        await type_into(pilot, "#plan-then", "go for a run")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [plan] = journal_of(tmp_path).plans()
    assert plan.due == NOW.date() + timedelta(days=3)


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_enter_in_by_when_goes_on(
    tmp_path: Path, left_at_close: WalkState, size: tuple[int, int]
) -> None:
    # rv37 D7: Enter there focused Back, and a second Enter left the step backwards.
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=size) as pilot:
        await resume_walk(pilot, left_at_close)
        await pick(pilot, len(app.screen.ideas))
        await type_into(pilot, "#plan-when", "I wake up")
        await type_into(pilot, "#plan-then", "go for a run")
        app.screen.query_one("#plan-due", Input).focus()
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [plan] = journal_of(tmp_path).plans()
    assert plan.due == NOW.date() + timedelta(days=3)


async def test_enter_in_by_when_with_half_a_plan_stays_and_says_why(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        await pick(pilot, len(close.ideas))
        await type_into(pilot, "#plan-when", "I wake up")
        close.query_one("#plan-due", Input).focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is close
        assert close.focused is not None and close.focused.id == "plan-then"
        assert "Or pick" in str(close.query_one("#plan-error", Static).render())


async def test_a_field_error_goes_once_the_words_are_changed(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    # rv38: "“fridya” is not a day I know" stayed under "friday" until the next Enter.
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        await pick(pilot, len(close.ideas))
        await type_into(pilot, "#plan-when", "I wake up")
        await type_into(pilot, "#plan-then", "go for a run")
        await type_into(pilot, "#plan-due", "fridya")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: "fridya" in str(close.query_one("#plan-error").render()))
        await type_into(pilot, "#plan-due", "friday")
        assert str(close.query_one("#plan-error", Static).render()) == ""


async def test_a_day_typed_for_my_own_plan_survives_a_look_at_an_idea(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    # rv39: the words came back with "My own plan", the day did not (saved as in 3 days).
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        await pick(pilot, len(close.ideas))  # my own plan
        await type_into(pilot, "#plan-when", "I wake up")
        await type_into(pilot, "#plan-then", "go for a run")
        await type_into(pilot, "#plan-due", "Friday")
        await pick(pilot, 0)  # a look at an idea
        assert app.walks.walk.snapshot()["plan_own_due"] == "Friday"  # autosaved aside
        await pick(pilot, len(close.ideas))  # back to my own plan
        assert close.query_one("#plan-due", Input).value == "Friday"
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [plan] = journal_of(tmp_path).plans()
    friday = NOW.date() + timedelta(days=(4 - NOW.weekday()) % 7 or 7)
    assert (plan.when, plan.due) == ("I wake up", friday)


async def test_half_a_plans_error_goes_at_the_first_key_and_stays_gone_while_typed(
    tmp_path: Path,
    left_at_close: WalkState,
) -> None:
    # rv38: "Say what you will do then…" stayed up while "stretch" was typed in "I will…".
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        await pick(pilot, len(close.ideas))
        await type_into(pilot, "#plan-when", "I wake up")
        close.query_one("#plan-due", Input).focus()
        await pilot.pause()
        await pilot.press("enter")
        error = close.query_one("#plan-error", Static)
        await until(pilot, lambda: "Or pick" in str(error.render()))
        assert close.focused is not None and close.focused.id == "plan-then"
        for letter in "stretch":  # each half-typed word: no error, old or new
            await pilot.press(letter)
            await pilot.pause()
            assert str(error.render()) == "", close.query_one("#plan-then", Input).value
        await pilot.press("enter", "enter")  # on to "By when?", then save and finish
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
    [plan] = journal_of(tmp_path).plans()
    assert (plan.when, plan.then) == ("I wake up", "stretch")
