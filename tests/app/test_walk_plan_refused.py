"""A walk's plan the journal cannot keep (plans table damaged): said truly, never lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Static

from coach.plan_refused import NOT_SAVED_MARK
from coach.walk import WalkState
from screens.home.home import HomeScreen
from tests.app.test_plans_app import app_at, journal_of, pick
from tests.app.walk_helpers import NOW, resume_walk, type_into, until, walk_to_close
from tests.conftest import make_entry


def _damage_plans(tmp_path: Path) -> None:
    path = tmp_path / "data" / "journal.json"
    data = json.loads(path.read_text())
    data["plans"] = [{"id": "p1", "when": "I wake up", "then": "stretch"}]
    path.write_text(json.dumps(data))


def _said(app: object) -> str:
    return " ".join(n.message for n in app._notifications)  # type: ignore[attr-defined]


async def _own_plan(pilot: object) -> None:
    await pick(pilot, len(pilot.app.screen.ideas))  # type: ignore[attr-defined]
    await type_into(pilot, "#plan-when", "at 9 pm")
    await type_into(pilot, "#plan-then", "stretch")


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_close_step_says_plans_cannot_be_kept_and_keeps_the_walk(
    tmp_path: Path, left_at_close: WalkState, size: tuple[int, int]
) -> None:
    journal_of(tmp_path).add(make_entry("Old"))
    _damage_plans(tmp_path)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=size) as pilot:
        await resume_walk(pilot, left_at_close)
        close = app.screen
        warning = str(close.query_one("#plans-closed", Static).render())
        assert "Plans cannot be kept right now" in " ".join(warning.split())
        await _own_plan(pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen is close  # refused before the final save: nothing untrue said
        error = " ".join(str(close.query_one("#plan-error", Static).render()).split())
        assert "quit (ctrl+q) and run `coach repair`" in error
        walk_id = app.walks.walk.state.walk_id
        assert not journal_of(tmp_path).walk_finished(walk_id)  # offered again at start
        assert "nothing was saved" not in _said(app)


async def test_a_plan_refused_after_the_entry_is_saved_is_said_and_kept_in_its_notes(
    tmp_path: Path,
) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_close(pilot)
        await _own_plan(pilot)
        _damage_plans(tmp_path)  # by another program, after the step was shown
        await pilot.press("ctrl+n")
        await until(pilot, lambda: NOT_SAVED_MARK in _said(app))
        said = _said(app)
        assert "Your entry is saved; your plan is not." in said
        assert "nothing was saved" not in said
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))  # no quit to lose it
        await until(pilot, lambda: NOT_SAVED_MARK in journal_of(tmp_path).entries()[0].notes)
    [entry] = journal_of(tmp_path).entries()
    assert "t 9 pm, I will stretch." in entry.notes
    assert "By Sat 28 Nov." in entry.notes


async def test_a_plan_refused_with_its_entrys_notes_too_keeps_the_walk_and_says_so(
    tmp_path: Path,
) -> None:
    from coach.errors import CoachError
    from coach.walk import WalkState

    full = "No space left on device; nothing was saved."
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_close(pilot)
        await _own_plan(pilot)
        journal = app.journal

        def refuse(*args: object, **kwargs: object) -> None:
            raise CoachError(full)

        def save_plan(*args: object, **kwargs: object) -> None:
            journal.save_edit = refuse  # the disk fills as the plan is saved
            refuse()

        journal.save_plan = save_plan
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await until(pilot, lambda: "This walk is kept with your plan" in _said(app))
        said = _said(app)
        kept = app.typing.unsaved.get("walk")
    assert "kept in the entry's notes" not in said
    assert "Saved to your journal" not in said
    state = WalkState.from_record(kept["values"])
    assert (state.plan_when, state.plan_then) == ("at 9 pm", "stretch")
    assert NOT_SAVED_MARK not in state.notes  # a later finish that saves the plan adds none
    fresh = journal_of(tmp_path)
    assert not fresh.walk_finished(state.walk_id)  # so the next start offers it again
    assert fresh.entries()[0].notes == ""
