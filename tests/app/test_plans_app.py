"""Plans in the app, with Pilot: made at the close step, checked in on days later."""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from coach.dates import describe_day
from coach.journal import Journal
from coach.paths import locate
from coach.plans import Plan, PlanStatus
from coach.walk import WalkState
from screens.app import CoachApp, make_app
from screens.home.checkin import CheckInScreen
from screens.home.home import HomeScreen
from screens.journal.insights import InsightsScreen
from screens.walk.close import CloseScreen
from tests.app.walk_helpers import NOW, press_to, resume_walk, type_into, until, walk_to_close
from tests.conftest import make_entry
from tests.once import once_per_run

TOMORROW = NOW.date() + timedelta(days=1)
BRACKETS = "[b]bold[/b] [/ x] [@click=app.quit]q[/]"


def app_at(tmp_path: Path, when: datetime) -> CoachApp:
    """A fresh app over the same data folder, as if opened at `when` (a restart)."""
    places = locate(tmp_path / "data")
    return make_app(journal=Journal.open(places.journal), places=places, clock=lambda: when)


def journal_of(tmp_path: Path) -> Journal:
    return Journal.open(tmp_path / "data" / "journal.json")


async def answer(pilot, selector: str) -> None:
    """Press one of the check-in's buttons from the keyboard (focus it, then Enter)."""
    # The screen focuses its first button after a refresh; let that land
    # first, or (on a busy machine) it takes the focus back from ours.
    await pilot.pause()
    button = pilot.app.screen.query(selector).first(Button)
    button.active_effect_duration = 0  # no 0.2s press flash eating a quick second press
    button.focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def pick(pilot, index: int) -> None:
    buttons = list(pilot.app.screen.query_one("#plan-choice", RadioSet).query(RadioButton))
    buttons[index].value = True
    await pilot.pause()


async def test_a_walk_makes_a_plan_due_tomorrow(tmp_path: Path) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_close(pilot)
        close = app.screen
        idea = close.ideas[0]
        await pick(pilot, 0)  # picking an idea fills the fields, to change or keep
        assert close.query_one("#plan-when", Input).value == idea.when
        await type_into(pilot, "#plan-then", "compare my resume with one posting")
        await type_into(pilot, "#plan-due", "tomorrow")
        assert "tomorrow" in str(close.query_one("#plan-due-day", Static).render())
        assert close.values()["plan_due_on"] == TOMORROW.isoformat()  # the day the hint showed
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    [plan] = journal_of(tmp_path).plans()
    [entry] = journal_of(tmp_path).entries()
    assert (plan.entry_id, plan.due, plan.status) == (entry.id, TOMORROW, PlanStatus.OPEN)
    assert (plan.when, plan.then) == (idea.when, "compare my resume with one posting")
    assert plan.theme == idea.theme  # an edited idea keeps its theme
    assert entry.next_step == plan.text


async def test_the_due_field_says_what_it_means_and_what_is_wrong(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    app = app_at(tmp_path, NOW)  # Wednesday 25 November 2026
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        await pick(pilot, len(app.screen.ideas))  # my own plan
        await type_into(pilot, "#plan-when", "I wake up on Saturday")
        await type_into(pilot, "#plan-then", "")
        await type_into(pilot, "#plan-due", "saturday")
        assert "Sat 28 Nov" in str(app.screen.query_one("#plan-due-day", Static).render())
        await type_into(pilot, "#plan-due", "2026-11-20")
        # The live hint says what Enter will say, not "not a day I know yet".
        hint = str(app.screen.query_one("#plan-due-day", Static).render())
        assert "2026-11-20: that day has passed. Pick today or a day ahead." in hint
        await type_into(pilot, "#plan-due", "saturday")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)  # half a plan is explained, not saved
        assert "Say what you will do" in str(app.screen.query_one("#plan-error").render())
        await type_into(pilot, "#plan-then", "go for a run")
        await type_into(pilot, "#plan-due", "someday")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "is not a day I know" in str(app.screen.query_one("#plan-error").render())
        await type_into(pilot, "#plan-due", "in 3 days")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    [plan] = journal_of(tmp_path).plans()
    assert (plan.theme, plan.due, plan.text) == (
        "own",
        date(2026, 11, 28),
        "When I wake up on Saturday, I will go for a run.",
    )


async def test_skipping_the_plan_saves_none(tmp_path: Path, left_at_close: WalkState) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        await pick(pilot, len(app.screen.ideas) + 1)  # no plan this time
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert journal_of(tmp_path).plans() == []
    assert journal_of(tmp_path).entries()[0].next_step == ""


async def test_typing_a_plan_with_none_picked_makes_it_your_own(
    tmp_path: Path, left_at_close: WalkState
) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await resume_walk(pilot, left_at_close)
        await type_into(pilot, "#plan-when", BRACKETS)
        await type_into(pilot, "#plan-then", BRACKETS)
        await type_into(pilot, "#plan-due", "today")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.is_mounted)
        # Made for today ("this evening"): not asked about until today is over (rv26).
        await until(pilot, lambda: app.screen.query("#home-plans"))
        line = str(app.screen.query_one("#home-plans").render())
        assert line == "Your next plan is for today. Done already? Press ctrl+p, then choose Plans."
        said = " ".join(str(n.message) for n in app._notifications)
        assert "coach will ask how it went tomorrow" in said, said
    [plan] = journal_of(tmp_path).plans()
    assert plan.when == BRACKETS and plan.theme == "own"
    assert plan.due == NOW.date()


async def _walk_a_plan_due_tomorrow(folder: Path) -> None:
    app = app_at(folder, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_close(pilot)
        await pick(pilot, 0)
        await type_into(pilot, "#plan-due", "tomorrow")
        await press_to(pilot, "ctrl+n", HomeScreen)


@pytest.fixture(scope="module")
def walked_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder where a walk made a plan due tomorrow: walked once per run."""
    folder = once_per_run(
        tmp_path_factory, "walked-plan", lambda f: asyncio.run(_walk_a_plan_due_tomorrow(f))
    )
    return folder / "data"


@pytest.fixture
def make_plan_due_tomorrow(walked_plan: Path) -> Callable[[Path], Plan]:
    """Each test's own copy of the walked data folder (the tests answer the plan)."""

    def make(tmp_path: Path) -> Plan:
        shutil.copytree(walked_plan, tmp_path / "data")
        [plan] = journal_of(tmp_path).plans()
        assert plan.due == TOMORROW
        return plan

    return make


TWO_DAYS_LATER = NOW + timedelta(days=2)


async def test_two_days_later_the_check_in_comes_first_and_done_is_kept(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    plan = make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)
        shown = str(app.screen.query_one(".checkin-text").render())
        assert shown == plan.text
        meta = str(app.screen.query_one(".checkin-meta").render())
        assert meta.startswith("For Acme · planned for yesterday, which has passed")
        # rv23: home behind it said the plan waits, and to reach it by ctrl+p.
        [home] = [screen for screen in app.screen_stack if isinstance(screen, HomeScreen)]
        behind = home.query("#home-plans")
        assert not behind or "waits" not in str(behind.first().render())
        assert app.focused is not None and app.focused.has_class("done")
        await pilot.press("enter")  # Done
        await pilot.pause()
        assert "Well done" in str(app.screen.query_one(".checkin-outcome").render())
        assert journal_of(tmp_path).get_plan(plan.id).status is PlanStatus.DONE
        await pilot.press("enter")  # "Back to home", focused once all are answered
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        line = str(app.screen.query_one("#home-plans").render())
        assert line == "You have carried through 1 plan so far."
    # A restart: nothing to ask about now; the plan stays done.
    again = app_at(tmp_path, TWO_DAYS_LATER)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, HomeScreen)
    saved = journal_of(tmp_path).get_plan(plan.id)
    assert (saved.status, saved.closed_on) == (PlanStatus.DONE, TWO_DAYS_LATER.date())


async def test_not_yet_moves_the_plan_to_a_new_day(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    plan = make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)
        await answer(pilot, ".not-yet")
        field = app.screen.query_one(".new-due", Input)
        assert app.focused is field and field.value == "in 3 days"
        field.value = "sunday"
        await pilot.pause()
        assert "Sun 29 Nov" in str(app.screen.query_one(".new-due-day").render())
        await pilot.press("enter")
        await pilot.pause()
        assert "Moved to Sun 29 Nov. No rush." in str(
            app.screen.query_one(".checkin-outcome").render()
        )
        # Its line shows the day it has now, not the one it was asked about.
        meta = str(app.screen.query_one(".checkin-meta").render())
        assert meta.startswith("For Acme · now planned for Sun 29 Nov")
        assert "yesterday" not in meta
    moved = journal_of(tmp_path).get_plan(plan.id)
    assert (moved.status, moved.due) == (PlanStatus.OPEN, date(2026, 11, 29))
    # Restarted the same day: not asked again; on the new day: asked again.
    same_day = app_at(tmp_path, TWO_DAYS_LATER)
    async with same_day.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(same_day.screen, HomeScreen)
    new_day = app_at(tmp_path, datetime(2026, 11, 29, 9, 0))
    async with new_day.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(new_day.screen, CheckInScreen)


async def test_not_yet_explains_a_day_it_cannot_use(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    plan = make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer(pilot, ".not-yet")
        app.screen.query_one(".new-due", Input).value = "2020-01-01"
        await pilot.pause()
        # Said as soon as it is typed, as Enter says it.
        assert "that day has passed. Pick tomorrow" in str(
            app.screen.query_one(".new-due-day").render()
        )
        await pilot.press("enter")
        await pilot.pause()
        assert "that day has passed. Pick tomorrow" in str(
            app.screen.query_one(".new-due-day").render()
        )
    assert journal_of(tmp_path).get_plan(plan.id).due == TOMORROW  # unchanged


async def test_not_yet_refuses_today_as_its_hint_says(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    plan = make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer(pilot, ".not-yet")
        app.screen.query_one(".new-due", Input).value = "today"
        await pilot.pause()
        assert "type tomorrow or later" in str(app.screen.query_one(".new-due-day").render())
        await pilot.press("enter")
        await pilot.pause()
        assert "type tomorrow or later" in str(app.screen.query_one(".new-due-day").render())
        assert not app.screen.answered and not app.screen.pending
    assert journal_of(tmp_path).get_plan(plan.id).due == TOMORROW  # unchanged


async def test_let_it_go_means_it_never_comes_up_again(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    plan = make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer(pilot, ".let-go")
        outcome = str(app.screen.query_one(".checkin-outcome").render())
        assert outcome.startswith("Let go. That is a fine choice too")
    assert journal_of(tmp_path).get_plan(plan.id).status is PlanStatus.DROPPED
    later = app_at(tmp_path, NOW + timedelta(days=30))
    async with later.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(later.screen, HomeScreen)


def titles(app: CoachApp) -> list[str]:
    """The titles of the toasts the app holds now."""
    return [note.title for note in app._notifications]


def toasts_on_screen(app: CoachApp) -> list[object]:
    """The toasts drawn on the screen now."""
    from textual.widgets._toast import Toast

    return list(app.screen.query(Toast))


def seed_due_plans(tmp_path: Path, count: int) -> Journal:
    journal = journal_of(tmp_path)
    entry = journal.add(make_entry(BRACKETS, id="e1"))
    for n in range(count):
        journal.save_plan(
            Plan(
                entry_id=entry.id,
                when=f"{BRACKETS} {n}",
                then="stretch",
                due=NOW.date() - timedelta(days=n),
                id=f"p{n}",
            )
        )
    return journal


async def test_never_more_than_three_and_escape_leaves_them_for_later(tmp_path: Path) -> None:
    seed_due_plans(tmp_path, 5)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)
        texts = [str(w.render()) for w in app.screen.query(".checkin-text")]
        assert len(texts) == 3
        assert texts[0] == f"When {BRACKETS} 4, I will stretch."  # literal, oldest first
        assert BRACKETS in str(app.screen.query_one(".checkin-meta").render())
        words = " ".join(str(w.render()) for w in app.screen.query(Static)).lower()
        assert not re.search(r"\b(overdue|fail\w*|missed|late|should)\b", words)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        # Left for later, home says they wait and how to reach them again.
        line = str(app.screen.query_one("#home-plans").render())
        assert line.startswith("5 plans you made wait for your answer"), line
    assert all(p.status is PlanStatus.OPEN for p in journal_of(tmp_path).plans())


async def test_the_check_in_works_at_40x12(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Enter plan after plan at machine speed; a person reads each plan first, and an
    # Enter this fast would be taken as the last one pressed twice (its own test:
    # test_checkin_fit.py).
    monkeypatch.setattr("screens.home.checkin.ENTER_AGAIN", 0)
    seed_due_plans(tmp_path, 3)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)
        await pilot.pause()
        # rv19: it opened at the top with the frame focused (the heading kept in view for
        # rv14), and Enter did nothing until Tab. The first Done is focused and in view at
        # once (this plan is too long for the heading to fit above it at 40x12).
        frame = app.screen.query_one("#checkin")
        done = app.focused
        assert isinstance(done, Button) and done.has_class("done")
        assert frame.content_region.contains_region(done.region)
        for _ in range(3):
            focused = app.focused
            assert isinstance(focused, Button) and focused.has_class("done")
            await pilot.press("enter")
            await pilot.pause()
        assert app.focused is app.screen.query_one("#checkin-close")
    assert all(p.status is PlanStatus.DONE for p in journal_of(tmp_path).plans())


async def test_insights_count_plans_in_plain_sentences(tmp_path: Path) -> None:
    seed_due_plans(tmp_path, 2)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer(pilot, ".done")
        await answer(pilot, ".let-go")
        await pilot.press("escape")
        await pilot.pause()
        app.go("insights")
        await until(pilot, lambda: app.screen.query("#insights-plan-themes"))
        assert isinstance(app.screen, InsightsScreen)
        said = str(app.screen.query_one("#insights-plans").render())
        assert said.startswith("You made 2 plans: 1 done, 1 let go.")
        themes = str(app.screen.query_one("#insights-plan-themes").render())
        assert "Plans of your own: 2 made, 1 done, 1 let go." in themes


async def test_the_check_in_comes_before_the_offer_to_resume_a_walk(tmp_path: Path) -> None:
    from screens.dialogs.resume import ResumeScreen
    from tests.app.walk_helpers import leave_walk

    seed_due_plans(tmp_path, 1)
    leave_walk(tmp_path / "data", WalkState(step="vent", company="Hooli"))
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)


async def test_the_palette_asks_again_or_says_nothing_is_waiting(tmp_path: Path) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.plans.check_in(quiet=False)
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        said = "No plans are waiting for an answer yet."  # and when the next is, if any
        assert any(said == str(n.message) for n in app._notifications)
        seed_due_plans(tmp_path, 1)
        app.journal = journal_of(tmp_path)
        app.plans.check_in(quiet=False)
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)


async def test_a_half_typed_plan_survives_going_back_and_a_resume(tmp_path: Path) -> None:
    from tests.app.walk_helpers import unsaved_surfaces

    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_close(pilot)
        await type_into(pilot, "#plan-when", "I wake up [b]")
        await type_into(pilot, "#plan-due", "next week")
        await pilot.press("escape")  # back to the decide step
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        assert app.screen.query_one("#plan-when", Input).value == "I wake up [b]"
        assert app.screen.query_one("#plan-due", Input).value == "next week"
        assert app.flush_unsaved()
        values = unsaved_surfaces(tmp_path / "data")["walk"]["values"]
        state = WalkState.from_record(values)
        # Resumed, the day is the one "next week" meant when typed (rv32: no drift).
        assert (state.plan_choice, state.plan_when, state.plan_due) == (
            "own",
            "I wake up [b]",
            "2026-11-30",
        )
    assert journal_of(tmp_path).plans() == []  # nothing saved as a plan until the walk ends


async def test_a_failed_save_says_so_and_the_plan_can_be_answered_again(
    tmp_path: Path, monkeypatch
) -> None:
    from coach.errors import CoachError

    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)

        def refuse(plan: Plan) -> Plan:
            raise CoachError("The journal is locked by another coach [/x].")

        monkeypatch.setattr(app.journal, "save_plan", refuse)
        await answer(pilot, ".done")
        assert any("locked by another coach [/x]" in str(n.message) for n in app._notifications)
        assert app.screen.query(".checkin-buttons")  # still there, nothing claimed
        monkeypatch.undo()
        await answer(pilot, ".done")
        assert "Well done" in str(app.screen.query_one(".checkin-outcome").render())
    assert journal_of(tmp_path).get_plan("p0").status is PlanStatus.DONE


async def test_a_plan_answered_in_another_coach_is_never_silently_overwritten(
    tmp_path: Path,
) -> None:
    from coach.plans import mark_done

    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        other = journal_of(tmp_path)  # a second coach, open on the same journal
        other.save_plan(mark_done(other.get_plan("p0"), NOW.date()))
        await answer(pilot, ".let-go")
        await until(
            pilot, lambda: "Another coach" in str(app.screen.query_one(".checkin-outcome").render())
        )
        said = str(app.screen.query_one(".checkin-outcome").render())
        assert "already marked it done today" in said
        assert journal_of(tmp_path).get_plan("p0").status is PlanStatus.DONE  # the first answer
        assert app.screen.query(".checkin-buttons")  # to change it, knowingly
        await answer(pilot, ".let-go")
        assert "Let go" in str(app.screen.query_one(".checkin-outcome").render())
    assert journal_of(tmp_path).get_plan("p0").status is PlanStatus.DROPPED


async def test_a_plan_moved_in_another_coach_shows_its_new_day(tmp_path: Path) -> None:
    from coach.plans import move_to

    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        before = str(app.screen.query_one(".checkin-meta").render())
        assert "which has passed" in before or "planned for today" in before
        other = journal_of(tmp_path)  # a second coach moves it to a week on
        later = NOW.date() + timedelta(days=7)
        other.save_plan(move_to(other.get_plan("p0"), later))
        await answer(pilot, ".done")
        await until(
            pilot, lambda: "Another coach" in str(app.screen.query_one(".checkin-outcome").render())
        )
        meta = str(app.screen.query_one(".checkin-meta").render())
        assert f"now planned for {describe_day(later, NOW.date())}" in meta
        assert "passed" not in meta


async def test_a_plan_changed_in_another_coach_shows_its_new_words(tmp_path: Path) -> None:
    # rv37 D4: the day in the row followed, the words did not ("At 10 am" stayed).
    from coach.plans import edit_plan

    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        other = journal_of(tmp_path)
        later = NOW.date() + timedelta(days=7)
        stored = other.get_plan("p0")
        other.save_plan(edit_plan(stored, "at 9 pm", stored.then, later, NOW))
        await answer(pilot, ".done")
        await until(
            pilot, lambda: "already" in str(app.screen.query_one(".checkin-outcome").render())
        )
        text = str(app.screen.query_one(".checkin-text").render())
        assert text == "At 9 pm, I will stretch.", text
        said = " ".join(str(app.screen.query_one(".checkin-outcome").render()).split())
        assert "changed this plan to “At 9 pm, I will stretch.” and moved it to" in said, said


async def test_two_quick_answers_to_one_plan_keep_the_first(tmp_path: Path) -> None:
    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckInScreen)
        screen.query_one(".done", Button).press()
        screen.query_one(".let-go", Button).press()  # before the first is saved
        await pilot.pause()
    assert journal_of(tmp_path).get_plan("p0").status is PlanStatus.DONE


async def test_a_big_journal_is_never_read_on_the_ui_thread_for_the_check_in(
    tmp_path: Path, monkeypatch
) -> None:
    import threading

    from coach.log_storage import LogStorage

    monkeypatch.setattr("coach.journal.QUICK_LOAD_BYTES", 0)  # every file counts as big
    seed_due_plans(tmp_path, 2)
    readers: list[str] = []
    load = LogStorage._load_from_disk

    def spied(self: LogStorage) -> object:
        readers.append(threading.current_thread().name)
        return load(self)

    monkeypatch.setattr(LogStorage, "_load_from_disk", spied)
    places = locate(tmp_path / "data")
    journal = Journal.open(places.journal, lazy=True)
    app = make_app(journal=journal, places=places, clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        assert isinstance(app.screen, CheckInScreen)
        assert BRACKETS in str(app.screen.query_one(".checkin-meta").render())
    assert readers and threading.main_thread().name not in readers


async def test_at_40x12_every_check_in_answer_is_on_screen_and_the_focused_one_in_view(
    tmp_path: Path,
) -> None:
    seed_due_plans(tmp_path, 2)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await pilot.pause()
        frame = app.screen.query_one("#checkin").content_region
        for row in app.screen.query(".checkin-buttons"):
            for button in row.query(Button):
                # Whole, inside the frame: not cut by its right edge.
                assert button.region.width >= len(str(button.label)) + 2
                assert button.virtual_region.right <= row.virtual_region.right
                assert row.virtual_region.right <= frame.right
        # Tab walks every answer of both plans from the first Done, each in view.
        seen = []
        for _ in range(6):
            focused = app.focused
            assert isinstance(focused, Button)
            seen.append(str(focused.label))
            region = focused.region
            assert region.width > 0 and frame.contains_region(region), (str(focused.label), region)
            await pilot.press("tab")
            await pilot.pause()
        assert seen == ["Done", "Not yet", "Let it go"] * 2
    assert all(p.status is PlanStatus.OPEN for p in journal_of(tmp_path).plans())


async def test_the_arrows_move_along_the_answers_and_ctrl_z_takes_done_back(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    # The reviewer's steps: Right then Enter, meaning "Not yet", marked the plan
    # done, and nothing took it back.
    plan = make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        # The screen focuses its first Done after a refresh: let that land first.
        await pilot.pause()
        await pilot.pause()
        assert app.focused is not None and app.focused.has_class("done")
        await pilot.press("right")
        await pilot.pause()
        assert app.focused.has_class("not-yet")
        await pilot.press("right", "right")  # no wrap round to Done
        assert app.focused.has_class("let-go")
        await pilot.press("left", "left")
        assert app.focused.has_class("done")
        await pilot.press("enter")  # Done, by mistake
        await until(pilot, lambda: plan.id in checkin.answered)
        assert journal_of(tmp_path).get_plan(plan.id).status is PlanStatus.DONE
        assert any("Ctrl+Z takes it back" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: checkin.query(".checkin-buttons"))
        stored = journal_of(tmp_path).get_plan(plan.id)
        assert (stored.status, stored.due, stored.closed_on) == (PlanStatus.OPEN, TOMORROW, None)
        assert app.focused is not None and app.focused.has_class("done")
        await pilot.press("right", "enter")  # what was meant: Not yet, a day asked for
        await pilot.pause()
        assert isinstance(app.focused, Input) and app.focused.has_class("new-due")
        await pilot.press("enter")  # "in 3 days"
        await until(pilot, lambda: plan.id in checkin.answered)
    moved = journal_of(tmp_path).get_plan(plan.id)
    assert (moved.status, moved.due) == (PlanStatus.OPEN, TWO_DAYS_LATER.date() + timedelta(days=3))


async def test_the_check_in_keeps_its_footer_keys_after_a_dialog_over_it(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    # Textual's plain Footer makes every key anew when its screen comes back;
    # thrown away after the idle collector set them aside, they are never freed.
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    from screens.dialogs.confirm import ConfirmScreen

    make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await pilot.pause()
        before = list(checkin.query_one(Footer).query(FooterKey))
        assert before
        app.push_screen(ConfirmScreen("Over the check-in?"))
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is checkin)
        await pilot.pause()
        after = list(checkin.query_one(Footer).query(FooterKey))
        assert len(after) == len(before) and all(a is b for a, b in zip(after, before, strict=True))


async def test_right_right_enter_in_one_burst_lets_the_plan_go(
    tmp_path: Path, make_plan_due_tomorrow: Callable[[Path], Plan]
) -> None:
    # tmux send-keys (or a held key) hands the keys over at once: the second
    # Right saw the focus not yet moved, and Enter answered "Not yet".
    from tests.app.test_tab_burst import burst, settled

    plan = make_plan_due_tomorrow(tmp_path)
    app = app_at(tmp_path, TWO_DAYS_LATER)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await pilot.pause()
        await pilot.pause()
        assert app.focused is not None and app.focused.has_class("done")
        burst(app, ["right", "right", "enter"])
        await settled(pilot, app)
        await until(pilot, lambda: plan.id in checkin.answered)
    assert journal_of(tmp_path).get_plan(plan.id).status is PlanStatus.DROPPED


async def test_each_answer_is_taken_back_in_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Answers plan after plan at machine speed: a person reads each plan first, and an
    # Enter this fast would be taken as the last one pressed twice (test_checkin_fit.py).
    monkeypatch.setattr("screens.home.checkin.ENTER_AGAIN", 0)
    # The reviewer's steps: Done, Done, ctrl+z, ctrl+z took back only the second.
    seed_due_plans(tmp_path, 3)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.answered) == 1)
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.answered) == 2)
        # One "Saved" toast: the second answer's took the first's place (they piled
        # up over the plan still to answer).
        # Both were posted by now: once they are handled, one is left (not after
        # a long wait, or the first would have timed out by itself).
        await pilot.pause()
        await pilot.pause()
        assert titles(app) == ["Saved"]
        await until(pilot, lambda: len(toasts_on_screen(app)) == 1)
        assert len(toasts_on_screen(app)) == 1
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(checkin.answered) == 1)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: not checkin.answered)
        # Each undo said so; the newer "Undone" replaced the older.
        await pilot.pause()
        await pilot.pause()
        assert titles(app) == ["Undone"]
    statuses = [plan.status for plan in journal_of(tmp_path).plans()]
    assert statuses == [PlanStatus.OPEN] * 3


async def test_the_saved_toast_names_the_undo_key_the_keymap_gave(tmp_path: Path) -> None:
    # With undo moved to ctrl+u the toast still said "Ctrl+Z takes it back".
    from tests.app.test_settings import settings

    config = settings(tmp_path, '[keymap]\nundo = "ctrl+u"\n')
    seed_due_plans(tmp_path, 2)
    places = locate(tmp_path / "data")
    app = make_app(
        journal=Journal.open(places.journal), places=places, clock=lambda: NOW, config=config
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.answered) == 1)
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["Done. Ctrl+U takes it back."]
        await pilot.press("ctrl+u")  # the key it names undoes
        await until(pilot, lambda: not checkin.answered)
        assert not checkin.answered
