"""The check-in's ctrl+z: an undo whose save failed can be tried again; none left is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import JournalWriteError
from coach.journal_plans import JournalPlans
from coach.plans import PlanStatus
from screens.home.checkin import CheckInScreen
from tests.app.conftest import said
from tests.app.test_plans_app import answer, app_at, journal_of, seed_due_plans
from tests.app.walk_helpers import NOW, shown_actions, until


async def test_an_undo_that_could_not_be_saved_can_be_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rv-diff 9: the answer popped for the undo was not handed back when its save failed.
    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.answered) == 1)
        real = JournalPlans.save_plan

        def failing(self: object, plan: object) -> object:
            raise JournalWriteError(tmp_path / "data" / "journal.json", "the disk is full")

        monkeypatch.setattr(JournalPlans, "save_plan", failing)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: any(n.severity == "error" for n in app._notifications))
        await until(pilot, lambda: len(checkin.undoable) == 1)
        assert len(checkin.undoable) == 1
        assert checkin.answered  # still answered: nothing was taken back
        monkeypatch.setattr(JournalPlans, "save_plan", real)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: not checkin.answered)
    assert [plan.status for plan in journal_of(tmp_path).plans()] == [PlanStatus.OPEN]


async def test_ctrl_z_with_no_answer_to_take_back_says_so(tmp_path: Path) -> None:
    # Undo hides from the footer with nothing to take back; the key said nothing at all.
    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        assert "undo" not in shown_actions(checkin)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: "Nothing to undo here." in said(app))
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.undoable) == 1)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: not checkin.answered)
        assert said(app).count("Nothing to undo here.") == 1  # a real undo says "Undone"
    assert [plan.status for plan in journal_of(tmp_path).plans()] == [PlanStatus.OPEN]


async def test_an_undo_takes_back_only_its_own_answers_toast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Answers plan after plan at machine speed: a person reads each plan first, and an
    # Enter this fast would be taken as the last one pressed twice (test_checkin_fit.py).
    monkeypatch.setattr("screens.home.checkin.ENTER_AGAIN", 0)
    # Toasts were dropped by their words: one ctrl+z took back every "Saved … Ctrl+Z" toast,
    # though only the last answer was undone and the first could still be. Now the
    # second answer's toast takes the first's place (one "Saved" at a time), and the
    # undo of that answer takes back that toast; the first answer stays answered.
    seed_due_plans(tmp_path, 2)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.undoable) == 1)
        first = [note for note in app._notifications if note.title == "Saved"]
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.undoable) == 2)
        await pilot.pause()
        saved = [note for note in app._notifications if note.title == "Saved"]
        assert len(first) == 1 and len(saved) == 1 and saved != first
        await pilot.press("ctrl+z")
        await until(pilot, lambda: any(n.title == "Undone" for n in app._notifications))
        assert [note for note in app._notifications if note.title == "Saved"] == []
    statuses = sorted(plan.status.value for plan in journal_of(tmp_path).plans())
    assert statuses == sorted([PlanStatus.DONE.value, PlanStatus.OPEN.value])


async def test_leaving_the_check_in_takes_back_the_toast_that_offered_its_undo(
    tmp_path: Path,
) -> None:
    # rv11 2: "Done. Ctrl+Z takes it back." stayed on screen after the check-in closed,
    # though its undo had gone with it.
    seed_due_plans(tmp_path, 2)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.undoable) == 1)
        assert [n.title for n in app._notifications] == ["Saved"]
        await pilot.press("escape")  # later: the other plan waits
        await until(pilot, lambda: not isinstance(app.screen, CheckInScreen))
        assert [n for n in app._notifications if "Ctrl+Z" in n.message] == []
