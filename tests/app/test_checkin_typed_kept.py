"""Days typed for "not yet" on plans the check-in does not show are kept, not written over."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Input

from coach.model import Stage
from coach.plans import Plan
from screens.home.checkin import CheckInScreen
from screens.home.checkin_typing import CHECKIN_KEY, CHECKIN_META, typed_value
from screens.home.home import HomeScreen
from tests.app.test_nothing_lost import stopped
from tests.app.walk_helpers import NOW, leave_unsaved, unsaved_surfaces, until, walk_app
from tests.conftest import make_entry

LATER = NOW.date() + timedelta(days=5)


async def test_a_day_left_for_a_plan_not_yet_due_outlives_another_plans_checkin(
    tmp_path: Path,
) -> None:
    # rv47 D0 (checkin): one key holds every plan's typed day; the check-in for the plan
    # due today autosaved only its own rows under it, and the other plan's day was gone.
    app = walk_app(tmp_path)
    due = app.journal.add(make_entry("Due Co", Stage.FINAL))
    ahead = app.journal.add(make_entry("Ahead Co", Stage.FINAL))
    app.journal.save_plan(Plan(entry_id=due.id, when="I open my laptop", then="a", due=NOW.date()))
    later = app.journal.save_plan(Plan(entry_id=ahead.id, when="I wake", then="b", due=LATER))
    # Typed yesterday, asked early from the palette, and left when that coach stopped.
    left = {later.id: typed_value("friday", LATER)}
    leave_unsaved(tmp_path / "data", {CHECKIN_KEY: {**CHECKIN_META, "values": left}})
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        await pilot.press("escape")  # not now
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+q")
    stopped(app)
    kept = unsaved_surfaces(tmp_path / "data").get(CHECKIN_KEY, {}).get("values", {})
    assert kept.get(later.id) == typed_value("friday", LATER)


async def test_two_stopped_coaches_days_for_one_plan_are_both_offered_and_kept(
    tmp_path: Path,
) -> None:
    # fz45: two coaches each stopped with a different "not yet" day for the same plan;
    # the next start kept the file read last and dropped the other day without a word.
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Due Co", Stage.FINAL))
    plan = app.journal.save_plan(
        Plan(entry_id=entry.id, when="I open my laptop", then="a", due=NOW.date())
    )
    data = tmp_path / "data"
    for typed, at in (("friday", "T09:05:00"), ("in 5 days", "T11:40:00")):
        record = {**CHECKIN_META, "saved_at": NOW.date().isoformat() + at}
        values = {plan.id: typed_value(typed, NOW.date())}
        leave_unsaved(data, {CHECKIN_KEY: {**record, "values": values}})
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        field = app.screen.query_one(".new-due", Input)
        assert field.value == "in 5 days"  # the last typed, in its field
        said = str(app.screen.query_one(".checkin-left").render())
        assert "“in 5 days” (typed 11:40, in the field)" in said
        assert "“friday” (typed 09:05)" in said
        await pilot.press("escape")  # not now: both wait for next time
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+q")
    stopped(app)
    kept = unsaved_surfaces(data)[CHECKIN_KEY]["values"][plan.id]
    assert {kept["typed"], *(one["typed"] for one in kept["also"])} == {"friday", "in 5 days"}


async def test_the_plan_answered_with_one_of_two_days_left_takes_both_away(
    tmp_path: Path,
) -> None:
    # The other day's line stayed under the answered plan, naming a day no longer asked.
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Due Co", Stage.FINAL))
    plan = app.journal.save_plan(
        Plan(entry_id=entry.id, when="I open my laptop", then="a", due=NOW.date())
    )
    data = tmp_path / "data"
    for typed, at in (("friday", "T09:05:00"), ("in 5 days", "T11:40:00")):
        record = {**CHECKIN_META, "saved_at": NOW.date().isoformat() + at}
        values = {plan.id: typed_value(typed, NOW.date())}
        leave_unsaved(data, {CHECKIN_KEY: {**record, "values": values}})
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        await pilot.press("enter")  # the field's day, the last typed
        await until(pilot, lambda: plan.id in app.screen.answered)
        await pilot.pause()
        assert not app.screen.query(".checkin-left")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+q")
    stopped(app)
    assert CHECKIN_KEY not in unsaved_surfaces(data)
    assert app.journal.get_plan(plan.id).due == NOW.date() + timedelta(days=5)
