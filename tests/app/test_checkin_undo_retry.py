"""The check-in's ctrl+z: an undo whose save failed stays on the stack, to be tried again."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import JournalWriteError
from coach.journal_plans import JournalPlans
from coach.plans import PlanStatus
from screens.home.checkin import CheckInScreen
from tests.app.test_plans_app import answer, app_at, journal_of, seed_due_plans
from tests.app.walk_helpers import NOW, until


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
