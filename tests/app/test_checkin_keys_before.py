"""Keys read before the check-in was drawn never answer it (rv47 D6: a stray Enter marked Done).

They were typed for home, and home takes them (rv51 D1).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from textual import events

from coach.model import Stage
from coach.plans import PlanStatus
from screens.home.checkin import CheckInScreen
from screens.journal.journal import JournalScreen
from tests.app.test_plans_app import app_at, journal_of
from tests.app.walk_helpers import until
from tests.conftest import make_entry
from tests.unit.test_plans import make_plan


async def test_an_enter_read_before_the_checkin_showed_does_not_answer_it(
    tmp_path: Path,
) -> None:
    # rv47 D6: j / glo Down Enter, typed blind for the journal, reached the check-in as it
    # appeared, and Enter pressed the Done it opens on.
    journal = journal_of(tmp_path)
    journal.add(make_entry("Globex", Stage.APPLICATION, id="e1"))
    journal.save_plan(make_plan(id="pmon1111", when="I sit down", due=date(2026, 11, 23)))
    app = app_at(tmp_path, datetime(2026, 11, 28, 10, 0))
    typed_blind = [events.Key(key, None) for key in ("down", "enter")]  # read before it showed
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        checkin = app.screen
        for key in typed_blind:
            app.focused.post_message(key)  # type: ignore[union-attr]
        # rv51 D1: they were home's, so home takes them (Down Enter: the journal) and the
        # check-in steps aside until home shows again; dropped, they vanished unseen.
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        stepped_aside = checkin not in app.screen_stack
    plan = journal_of(tmp_path).get_plan("pmon1111")
    assert plan.status is PlanStatus.OPEN
    assert stepped_aside
