"""Plans in a real terminal: made at the end of a walk, checked in on when the day comes."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.journal import Journal
from coach.plans import Plan, PlanStatus
from tests.conftest import make_entry
from tests.e2e.terminal import HAS_TMUX, Terminal

pytestmark = pytest.mark.skipif(not HAS_TMUX, reason="needs tmux (.ci/run installs it)")

HOME = "I just got a rejection"
CHECK_IN = "Plans you made"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def open_on(terminals: list[Terminal], data: Path, day: date, expect: str) -> Terminal:
    """The app over data as if today were `day` (the clock injected, as in the Pilot tests)."""
    terminal = Terminal(day.isoformat(), str(data), module="tests.e2e.at_date")
    terminals.append(terminal)
    terminal.wait_for(expect)
    return terminal


def quit_and_wait(t: Terminal) -> None:
    t.press("C-q")
    deadline = time.monotonic() + 10
    while t.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not t.alive()


def test_a_plan_due_tomorrow_is_checked_in_on_two_days_later(
    terminals: list[Terminal], data: Path
) -> None:
    today = date.today()
    t = open_on(terminals, data, today, HOME)
    t.press("n")
    t.wait_for("How are you feeling right now")
    t.press("C-n")
    t.wait_for("Company (required)")
    t.type("Initech")
    t.press("C-n")
    t.wait_for("Step 3 of 7")  # the private vent
    t.press("C-n")
    t.wait_for("Step 4 of 7")  # reflect
    t.press("C-n")
    t.wait_for("Would you like to reply?")
    t.press("Down", "Enter", "C-n")
    t.wait_for("A next step, as an if-then plan")
    t.press("Tab", "Enter")  # the first idea, copied into the fields
    t.press("Tab", "Tab", "Tab")  # when, I will, by when
    t.press("C-u")
    t.type("tomorrow")
    t.wait_for("→ tomorrow")
    t.press("C-n")
    t.wait_for("Saved to your journal")
    quit_and_wait(t)
    [plan] = Journal.open(data / "journal.json").plans()
    assert (plan.due, plan.status) == (today + timedelta(days=1), PlanStatus.OPEN)

    later = open_on(terminals, data, today + timedelta(days=2), CHECK_IN)
    shown = later.screen()
    assert plan.when in shown and "For Initech · planned for yesterday" in shown
    later.press("Enter")  # Done has the focus
    later.wait_for("Well done for following through")
    later.press("Enter")  # Back to home
    later.wait_for(HOME)
    quit_and_wait(later)

    again = open_on(terminals, data, today + timedelta(days=2), HOME)
    time.sleep(1.0)  # the check-in would be pushed right after the first paint
    assert CHECK_IN not in again.screen()
    assert Journal.open(data / "journal.json").get_plan(plan.id).status is PlanStatus.DONE


def test_done_not_yet_and_let_go_each_survive_a_restart(
    terminals: list[Terminal], data: Path
) -> None:
    today = date.today()
    journal = Journal.open(data / "journal.json")
    entry = journal.add(make_entry("Globex", date=today - timedelta(days=5)))
    for n, then in enumerate(["update my resume", "practise one story", "email Ana"]):
        journal.save_plan(
            Plan(
                entry_id=entry.id,
                when="I sit down at my desk",  # no hour: asked from its day's start
                then=then,
                due=today - timedelta(days=3 - n),
                id=f"p{n}",
                created_at=datetime(2026, 1, 1, 9, 0),
            )
        )
    t = open_on(terminals, data, today, CHECK_IN)
    t.wait_for("email Ana")
    t.press("Enter")  # done: update my resume
    t.wait_for("Well done")
    t.press("Tab", "Enter")  # not yet: practise one story
    t.wait_for("press Enter")
    t.press("C-u")
    t.type("in 3 days")
    t.press("Enter")
    t.wait_for("No rush")
    t.press("Tab", "Tab", "Enter")  # let it go: email Ana
    t.wait_for("That is all for now")
    quit_and_wait(t)

    plans = {p.id: p for p in Journal.open(data / "journal.json").plans()}
    assert plans["p0"].status is PlanStatus.DONE
    assert (plans["p1"].status, plans["p1"].due) == (PlanStatus.OPEN, today + timedelta(days=3))
    assert plans["p2"].status is PlanStatus.DROPPED

    again = open_on(terminals, data, today, HOME)
    time.sleep(1.0)
    assert CHECK_IN not in again.screen()
    quit_and_wait(again)
    on_the_day = open_on(terminals, data, today + timedelta(days=3), CHECK_IN)
    shown = on_the_day.screen()
    assert "practise one story" in shown
    assert "update my resume" not in shown and "email Ana" not in shown
