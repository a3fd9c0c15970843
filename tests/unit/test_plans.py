"""If-then plans: due dates, sentences, which ideas are offered, records, the journal's table."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from coach.content import check_content_dir, load_content
from coach.dates import UNKNOWN_YET, DateInputError, describe_day, due_hint, parse_due
from coach.errors import CoachError
from coach.insights import compute
from coach.journal import Journal
from coach.model import Stage
from coach.plan_record import plan_from_record, plan_to_record
from coach.plan_suggestions import PATTERN_PLANS_FROM, own_plan_example, suggest_plans
from coach.plans import (
    CHECKIN_LIMIT,
    Plan,
    PlanError,
    PlanIdea,
    PlanStatus,
    check_halves,
    due_for_checkin,
    let_go,
    mark_done,
    move_to,
    plan_meta,
    plan_sentence,
)
from coach.walk import WalkState, plan_from_walk
from screens.walk.step_screens import StepScreens
from tests.conftest import make_entry

TODAY = date(2026, 11, 25)  # a Wednesday


def make_plan(**fields: object) -> Plan:
    fields.setdefault("entry_id", "e1")
    fields.setdefault("when", "I sit down on Saturday morning")
    fields.setdefault("then", "compare my resume with three postings")
    fields.setdefault("due", TODAY)
    fields.setdefault("created_at", datetime(2026, 11, 20, 9, 0))
    return Plan(**fields)  # type: ignore[arg-type]


# -- due dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", TODAY),
        ("today", TODAY),
        ("tomorrow", date(2026, 11, 26)),
        ("saturday", date(2026, 11, 28)),
        ("Sat", date(2026, 11, 28)),
        ("on saturday", date(2026, 11, 28)),
        ("wednesday", date(2026, 12, 2)),  # a weekday is the next one, never today
        ("in 3 days", date(2026, 11, 28)),
        ("in a week", date(2026, 12, 2)),
        ("in 2 weeks", date(2026, 12, 9)),
        ("in twelve days", date(2026, 12, 7)),  # the counts as the email reader reads them
        ("next week", date(2026, 11, 30)),  # its Monday
        ("the weekend", date(2026, 11, 28)),
        ("  In   3  DAYS ", date(2026, 11, 28)),
        ("2026-12-01", date(2026, 12, 1)),
        ("friday", date(2026, 11, 27)),  # the coming one
        ("next friday", date(2026, 12, 4)),  # the Friday of next week, not in two days
        ("next monday", date(2026, 11, 30)),
        ("next wed", date(2026, 12, 2)),
        ("31/12/2026", date(2026, 12, 31)),  # day first: only one way to read it
        ("31.12.2026", date(2026, 12, 31)),
        ("12/31/2026", date(2026, 12, 31)),  # month first, just as clear
        ("5/5/2027", date(2027, 5, 5)),
    ],
)
def test_due_dates_as_people_say_them(typed: str, expected: date) -> None:
    assert parse_due(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("someday", "is not a day I know"),
        ("2026-11-24", "that day has passed"),
        ("yesterday", "“yesterday”: that day has passed. Pick today or a day ahead."),
        ("last friday", r"“last friday” \(Fri 20 Nov\): that day has passed"),
        ("in 400 days", "more than a year away"),
        # Read, though past any date: it said "not a day I know" (rv12).
        ("in 9999 days", "“in 9999 days” is more than a year away"),
        ("in 3000000 days", "“in 3000000 days” is more than a year away"),
        ("in 999999999 weeks", "more than a year away"),
        ("3000000 days ago", "has passed"),
        ("[b]", "is not a day I know"),
        ("03/04/2027", "could be 3 April or 4 March. .* 2027-04-03 or 2027-03-04"),
        ("2027-02-30", "not on the calendar .* like 2026-12-01"),
        ("31/02/2027", "not on the calendar. Try a date like 2026-12-01"),
    ],
)
def test_a_due_date_that_cannot_be_used_says_why(typed: str, says: str) -> None:
    with pytest.raises(DateInputError, match=says):
        parse_due(typed, TODAY)


def test_days_are_described_plainly() -> None:
    assert describe_day(TODAY, TODAY) == "today"
    assert describe_day(TODAY + timedelta(days=1), TODAY) == "tomorrow"
    assert describe_day(TODAY - timedelta(days=1), TODAY) == "yesterday"
    assert describe_day(date(2026, 11, 28), TODAY) == "Sat 28 Nov"
    assert describe_day(date(2027, 1, 4), TODAY) == "Mon 4 Jan 2027"


# -- the plan itself ------------------------------------------------------------------


def test_the_two_halves_make_one_if_then_sentence() -> None:
    assert plan_sentence("I sit down", "stretch.") == "When I sit down, I will stretch."
    assert plan_sentence("when I wake", "I will   run") == "When I wake, I will run."
    assert plan_sentence("After lunch", "i'll call Ana") == "After lunch, I'll call Ana."
    # rv34: clock cues read now, so people type them; "When at 7:30" read wrong.
    assert plan_sentence("at 7:30", "run") == "At 7:30, I will run."
    assert plan_sentence("noon", "run") == "At noon, I will run."
    assert plan_sentence("7pm on Friday", "run") == "At 7pm on Friday, I will run."
    assert plan_sentence("tonight", "run") == "Tonight, I will run."
    assert plan_sentence("whenever I sit down", "run") == "Whenever I sit down, I will run."
    assert plan_sentence("saturday", "run") == "Saturday, I will run."
    assert plan_sentence("saturday morning", "run") == "Saturday morning, I will run."
    assert plan_sentence("monday comes", "run") == "When monday comes, I will run."
    assert plan_sentence("i wake up", "run") == "When I wake up, I will run."
    assert plan_sentence("in the evening", "run") == "In the evening, I will run."
    assert plan_sentence("5 replies are in", "run") == "When 5 replies are in, I will run."
    # rv35: "this", "next", "tomorrow" open a cue only before a time.
    assert plan_sentence("this happens again", "run") == "When this happens again, I will run."
    assert (
        plan_sentence("next rejection arrives", "run") == "When next rejection arrives, I will run."
    )
    assert plan_sentence("tomorrow comes", "run") == "When tomorrow comes, I will run."
    assert plan_sentence("this evening", "run") == "This evening, I will run."
    assert plan_sentence("next week", "run") == "Next week, I will run."
    assert plan_sentence("every Monday", "run") == "Every Monday, I will run."
    assert plan_sentence("tomorrow after lunch", "run") == "Tomorrow after lunch, I will run."


def test_half_a_plan_is_explained() -> None:
    with pytest.raises(PlanError, match="Say what you will do"):
        check_halves("I wake up", "  ")
    with pytest.raises(PlanError, match="Say when"):
        check_halves("", "run")
    with pytest.raises(PlanError, match="both halves"):
        check_halves("", "")


def test_done_let_go_and_not_yet_change_only_what_they_say() -> None:
    plan = make_plan()
    done = mark_done(plan, TODAY)
    assert (done.status, done.closed_on, done.due) == (PlanStatus.DONE, TODAY, plan.due)
    gone = let_go(plan, TODAY)
    assert (gone.status, gone.closed_on) == (PlanStatus.DROPPED, TODAY)
    later = move_to(plan, date(2026, 11, 30))
    assert (later.status, later.due, later.id) == (PlanStatus.OPEN, date(2026, 11, 30), plan.id)
    assert plan.status is PlanStatus.OPEN  # the original is untouched


def test_the_check_in_asks_about_at_most_three_open_plans_that_are_due() -> None:
    plans = [make_plan(due=TODAY - timedelta(days=n), id=f"p{n}") for n in range(5)]
    plans.append(make_plan(due=TODAY + timedelta(days=1), id="future"))
    plans.append(make_plan(due=TODAY - timedelta(days=9), id="done", status=PlanStatus.DONE))
    plans.append(make_plan(due=TODAY - timedelta(days=9), id="gone", status=PlanStatus.DROPPED))
    asked = due_for_checkin(plans, TODAY)
    assert len(asked) == CHECKIN_LIMIT == 3
    assert [p.id for p in asked] == ["p4", "p3", "p2"]  # the longest-waiting first


def test_a_plan_made_for_its_own_day_is_asked_about_from_the_next_day() -> None:
    from coach.plan_insights import home_line

    # rv26: "When I sit down this evening" made at 10:30 was asked about at once.
    state = WalkState(plan_choice="own", plan_when="I sit down this evening")
    state.plan_then, state.plan_due = "note the questions I was asked", "today"
    plan = plan_from_walk(state, "e1", TODAY, made_at=datetime(2026, 11, 25, 10, 30, 5))
    assert plan is not None and plan.created_at == datetime(2026, 11, 25, 10, 30, 5)
    assert not plan.is_due(TODAY) and due_for_checkin([plan], TODAY) == []
    assert home_line([plan], TODAY).startswith("Your next plan is for today. Done already?")
    tomorrow = TODAY + timedelta(days=1)
    assert plan.is_due(tomorrow) and "waits for your answer" in (home_line([plan], tomorrow) or "")
    # Made ahead for a later day, it is asked about on that day, as before.
    assert make_plan(due=TODAY).is_due(TODAY)


def test_the_plans_day_is_the_one_its_hint_showed_even_after_midnight() -> None:
    # rv32: "tomorrow" typed at 23:58 on Friday, saved after midnight, became Sunday.
    friday, saturday = date(2026, 11, 27), date(2026, 11, 28)
    state = WalkState(plan_choice="own", plan_when="I wake up", plan_then="write to Sam")
    state.update({"plan_due": "tomorrow", "plan_due_on": saturday.isoformat()})
    plan = plan_from_walk(state, "e1", saturday, made_at=datetime(2026, 11, 28, 0, 0, 7))
    assert plan is not None and plan.due == saturday
    # Resumed, the field shows that day, so it cannot drift either.
    again = WalkState.from_record(state.to_record())
    assert (again.plan_due, again.plan_due_on) == ("2026-11-28", "2026-11-28")
    # Typed again, the day is read again; a day now past is refused, not moved on.
    state.update({"plan_due": "in 2 days"})
    moved = plan_from_walk(state, "e1", friday)
    assert state.plan_due_on == "" and moved is not None and moved.due == date(2026, 11, 29)
    with pytest.raises(DateInputError, match="passed"):
        plan_from_walk(again, "e1", date(2026, 11, 30))


@pytest.mark.parametrize(
    ("when", "first_asked"),
    [
        # fz18: made ahead for Sunday evening, it was asked about on Sunday morning.
        ("I sit down on Sunday evening", datetime(2026, 11, 30, 0, 0)),
        ("I get home on Friday night", datetime(2026, 11, 30, 0, 0)),
        ("I have eaten dinner", datetime(2026, 11, 30, 0, 0)),
        ("I go to bed", datetime(2026, 11, 30, 0, 0)),
        ("it is 7.30pm", datetime(2026, 11, 30, 0, 0)),
        ("the clock says 19:00", datetime(2026, 11, 30, 0, 0)),
        ("I sit down on Sunday afternoon", datetime(2026, 11, 29, 18, 0)),
        ("I have had lunch", datetime(2026, 11, 29, 18, 0)),
        ("it is 2 pm", datetime(2026, 11, 29, 18, 0)),
        ("I make my coffee on Sunday morning", datetime(2026, 11, 29, 12, 0)),
        ("I sit down before lunch", datetime(2026, 11, 29, 12, 0)),
        ("it is 9am", datetime(2026, 11, 29, 12, 0)),
        ("I get out of bed", datetime(2026, 11, 29, 12, 0)),
        ("I open my laptop", datetime(2026, 11, 29, 0, 0)),
    ],
)
def test_a_plan_is_asked_about_once_the_part_of_its_day_it_names_is_over(
    when: str, first_asked: datetime
) -> None:
    from coach.plan_insights import home_line

    sunday = date(2026, 11, 29)
    plan = make_plan(when=when, due=sunday)  # made on the Friday before
    assert plan.asked_from == first_asked
    just_before = first_asked - timedelta(minutes=1)
    assert not plan.is_due(just_before) and due_for_checkin([plan], just_before) == []
    assert plan.is_due(first_asked) and due_for_checkin([plan], first_asked) == [plan]
    if just_before.date() == sunday:  # on its own day, before its time: still ahead
        assert home_line([plan], just_before).startswith("Your next plan is for today")
    # A bare day (`coach plans`, home's line without the hour): at some hour of it.
    assert plan.is_due(first_asked.date()) and not plan.is_due(first_asked.date() - timedelta(1))


@pytest.mark.parametrize(
    ("when", "part"),
    [
        # rv32 #5: a clock time gives its part of the day...
        ("at 7:30pm", "evening"),
        ("it is 7.30 p.m.", "evening"),
        ("at 12am", "evening"),
        ("at 00:15", "evening"),
        ("at 20h", "evening"),
        ("at 07:30", "morning"),
        ("at six am", "morning"),
        ("at 12pm", "afternoon"),
        ("at noon", "afternoon"),
        ("at midnight", "evening"),
        ("at 12:30 on Saturday", "afternoon"),
        ("at 12", "afternoon"),
        # ...and one with no am or pm the later half, unless the words beside it choose.
        ("at 7:30", "evening"),
        ("at 8 o'clock", "evening"),
        ("at half past seven", "evening"),
        ("after 3", "afternoon"),
        ("at 7:30 before work", "morning"),
        ("at 9 after breakfast", "morning"),
        ("at 7 in the morning", "morning"),
        # Words for the end of the day, waking, meals and work.
        ("the kids are in bed", "evening"),
        ("after dinner", "evening"),
        ("I finish work", "evening"),
        ("the early hours", "evening"),
        ("first thing", "morning"),
        ("before work", "morning"),
        ("I wake up after a good night's sleep", "morning"),
        ("I have slept on it", "morning"),
        ("before I leave work", "evening"),
        # rv34: these still named no time, so they were asked from the start of their day.
        ("at dinnertime", "evening"),
        ("after tea", "evening"),
        ("by end of day", "evening"),
        ("by close of business", "evening"),
        ("when I leave the office", "evening"),
        ("at 0:30", "evening"),
        ("when I get up from my desk at 5", "evening"),
        ("a cup of tea", ""),
        ("before I leave for work", "morning"),
        ("when I wake up from my nap", "afternoon"),
        ("I have a late lunch", "afternoon"),
        ("after lunch, before dinner", "evening"),
        # Numbers that are no hour, and cues it cannot place: no time named.
        ("I have sent 3 applications", ""),
        ("I have saved £7.50", ""),
        ("at one point", ""),
        ("I am home", ""),
        ("I hear back", ""),
    ],
)
def test_a_cue_names_its_part_of_the_day_by_the_clock_or_by_what_a_day_holds(
    when: str, part: str
) -> None:
    from coach.plan_time import part_of_day

    assert part_of_day(when) == part
    # One it cannot place is asked about as a plan naming no time is: on its day.
    sunday = date(2026, 11, 29)
    first = make_plan(when=when, due=sunday).asked_from
    assert (first == datetime(2026, 11, 29, 0, 0)) is (part == "")


@pytest.mark.parametrize(
    ("when", "made", "first_asked"),
    [
        # rv32: "I wake up" typed at 15:33 for today was due at once, "from noon today".
        ("I wake up", datetime(2026, 11, 28, 15, 33), datetime(2026, 11, 29, 0, 0)),
        ("I wake up", datetime(2026, 11, 28, 12, 0), datetime(2026, 11, 29, 0, 0)),
        ("I wake up", datetime(2026, 11, 28, 11, 59), datetime(2026, 11, 28, 12, 0)),
        ("I have had lunch", datetime(2026, 11, 28, 18, 30), datetime(2026, 11, 29, 0, 0)),
        ("I have had lunch", datetime(2026, 11, 28, 13, 0), datetime(2026, 11, 28, 18, 0)),
        ("I open my laptop", datetime(2026, 11, 28, 8, 0), datetime(2026, 11, 29, 0, 0)),
        # Made the day before, the part of its own day is what counts.
        ("I wake up", datetime(2026, 11, 27, 23, 0), datetime(2026, 11, 28, 12, 0)),
    ],
)
def test_a_plan_made_for_today_is_never_asked_about_before_it_was_made(
    when: str, made: datetime, first_asked: datetime
) -> None:
    plan = make_plan(when=when, due=date(2026, 11, 28), created_at=made)
    assert plan.asked_from == first_asked
    assert plan.asked_from > made and not plan.is_due(made)


def test_not_yet_for_a_plan_whose_day_has_passed_may_move_it_to_today() -> None:
    from coach.plan_time import earliest_new_day

    friday, saturday = date(2026, 11, 27), date(2026, 11, 28)
    made = datetime(2026, 11, 25, 9, 0)
    morning = datetime(2026, 11, 28, 9, 0)
    # rv32: a Friday evening plan asked on Saturday morning refused "today".
    evening = "I sit down on Friday evening"
    assert earliest_new_day(evening, made, morning) == saturday
    assert parse_due("this evening", saturday, earliest=saturday) == saturday
    moved = make_plan(when=evening, due=friday, created_at=made)
    assert move_to(moved, saturday).asked_from > morning  # not asked again at once
    # A morning plan, asked after noon: today's morning is over, so tomorrow.
    assert earliest_new_day("I wake up", made, morning) == saturday
    assert earliest_new_day("I wake up", made, datetime(2026, 11, 28, 13, 0)) == date(2026, 11, 29)
    # Naming no time, today would bring it straight back: refused, and the reason is true.
    assert earliest_new_day("I open my laptop", made, morning) == date(2026, 11, 29)
    with pytest.raises(DateInputError, match="asked about again at once"):
        parse_due("today", saturday, earliest=date(2026, 11, 29))


def test_a_time_with_no_am_or_pm_is_said_to_be_read_as_the_later_one() -> None:
    from coach.plan_cue import clock_note

    # rv34: "at 7:30" for Sunday was asked on Monday, and nothing said why.
    assert clock_note("at 7:30") == (
        "“7:30” has no am or pm, so coach read it as pm; to change that, add am or pm with "
        "“Change plan…” on its entry."
    )
    # rv35: twelve with no am or pm is midday, on any clock; nothing to say.
    assert clock_note("at 12") == ""
    assert clock_note("at 12:30 on Saturday") == ""
    assert clock_note("after 5").startswith("“5” has no am or pm")
    assert clock_note("at half past seven").startswith("“half past seven” has no am or pm")
    for chosen in ("at 7:30 before work", "at 7pm", "the kids are in bed", "I open my laptop"):
        assert clock_note(chosen) == ""


def test_not_yet_for_a_plan_asked_early_never_moves_it_before_its_day() -> None:
    from coach.plan_time import earliest_new_day

    # rv34: asked early from the palette, "not yet" took "in 3 days" (Tue) for a
    # Saturday plan, and "today" for a plan for tomorrow.
    now = datetime(2026, 11, 28, 6, 40)
    saturday = date(2026, 12, 5)
    assert earliest_new_day("On Saturday morning", now, now, saturday) == date(2026, 12, 6)
    night = datetime(2026, 11, 28, 21, 40)
    sleep = "after a good night's sleep"
    assert earliest_new_day(sleep, night, night, date(2026, 11, 29)) == date(2026, 11, 30)
    evening = "the kids are in bed"  # for tonight, asked at 9 pm: tomorrow at the soonest
    assert earliest_new_day(evening, now, night, night.date()) == date(2026, 11, 29)
    # A plan whose time has come is as before: the day passed, today may do.
    made = datetime(2026, 11, 25, 9, 0)
    assert earliest_new_day(evening, made, now, date(2026, 11, 27)) == now.date()
    said = "It is planned for Sat 5 Dec already"
    with pytest.raises(DateInputError, match=said):
        parse_due("in 3 days", now.date(), earliest=date(2026, 12, 6), refused=said)
    # Its line says its day as it was made: "now planned for" is for a plan moved.
    plan = make_plan(when="On Saturday morning", due=saturday)
    assert plan_meta(plan, "Acme", now.date(), moved=False) == (
        "For Acme · planned for Sat 5 Dec · Plans of your own"
    )
    assert "now planned for Sat 5 Dec" in plan_meta(plan, "Acme", now.date())


def test_asked_for_plans_too_early_the_palette_says_when_the_next_is_asked() -> None:
    from coach.plan_insights import nothing_waiting

    sunday = date(2026, 11, 29)
    evening = make_plan(when="I sit down on Sunday evening", due=sunday)
    afternoon = make_plan(when="I have had lunch", due=sunday)
    at_nine = datetime(2026, 11, 29, 21, 0)  # the evening plan is for today, asked tomorrow
    assert nothing_waiting([evening], at_nine) == (
        "No plans are waiting for an answer yet. Coach asks about the next one tomorrow."
    )
    assert nothing_waiting([evening, afternoon], datetime(2026, 11, 29, 10, 0)).endswith(
        "the next one from 6 pm today."
    )
    assert nothing_waiting([], at_nine) == "No plans are waiting for an answer yet."


def test_a_record_round_trips_and_bad_fields_are_named() -> None:
    plan = make_plan(status=PlanStatus.DONE, closed_on=TODAY, theme="resume")
    assert plan_from_record(plan_to_record(plan)) == plan
    record = plan_to_record(plan)
    assert set(record) >= {"id", "entry_id", "when", "then", "due", "status", "theme"}
    for field, value, says in [
        ("due", "soon", "due 'soon' is not a date"),
        ("status", "failed", "status 'failed' is not one of"),
        ("theme", "karma", "theme 'karma' is not one of"),
        ("then", "", "then is missing; a plan needs what you will do"),
        ("when", " ", "when is missing; a plan needs its cue"),
        ("entry_id", "", "entry_id is missing"),
    ]:
        with pytest.raises(PlanError, match=says):
            plan_from_record({**record, field: value})
    with pytest.raises(PlanError, match="a plan's fields should be here"):
        plan_from_record(["not", "a", "plan"])


# -- which ideas the close step offers ---------------------------------------------


def test_a_short_journal_gets_the_stages_own_first_plans() -> None:
    content = load_content().content
    entries = [make_entry(stage=Stage.TECHNICAL)]
    ideas = suggest_plans(Stage.TECHNICAL, entries, content)
    assert ideas[: len(content.stage_plans[Stage.TECHNICAL])] == list(
        content.stage_plans[Stage.TECHNICAL]
    )
    assert len(ideas) >= 2


def test_from_the_fifth_entry_the_journals_pattern_leads() -> None:
    content = load_content().content
    entries = [make_entry(f"Co{n}", Stage.NO_REPLY) for n in range(PATTERN_PLANS_FROM - 1)]
    entries.append(make_entry("Last", Stage.TECHNICAL))
    ideas = suggest_plans(Stage.TECHNICAL, entries, content)
    assert ideas[0] == content.diagnoses[Stage.NO_REPLY].plans[0]  # resume, from the pattern
    short = suggest_plans(Stage.TECHNICAL, entries[1:], content)
    assert short[0] == content.stage_plans[Stage.TECHNICAL][0]


def test_the_walks_ideas_set_aside_what_a_done_plan_fixed_as_insights_do(tmp_path: Path) -> None:
    content = load_content().content
    # Twenty silences, the resume rewritten on 20 October, then ten mostly screens.
    silences = [make_entry(f"S{n}", Stage.NO_REPLY, date=date(2026, 10, 1 + n)) for n in range(20)]
    # (the newest 8 a spread, so only the done plan can turn the reading from the resume)
    since = [Stage.PHONE_SCREEN, Stage.PHONE_SCREEN, Stage.NO_REPLY, Stage.PHONE_SCREEN] * 2
    since[4] = Stage.TECHNICAL
    since += [Stage.TECHNICAL, Stage.PHONE_SCREEN]
    later = [make_entry(f"L{n}", s, date=date(2026, 10, 21 + n)) for n, s in enumerate(since)]
    entries = [*silences, *later]
    fixed = make_plan(then="rewrite my resume summary", theme="resume", due=date(2026, 10, 20))
    fixed = mark_done(fixed, date(2026, 10, 20))
    resume = content.diagnoses[Stage.NO_REPLY].plans[0]
    assert suggest_plans(Stage.TECHNICAL, entries, content)[0] == resume
    ideas = suggest_plans(Stage.TECHNICAL, entries, content, plans=[fixed])
    reading = compute(entries, content, TODAY, [fixed]).reading
    assert reading is not None and reading.stage is Stage.PHONE_SCREEN
    assert ideas[0] == content.diagnoses[Stage.PHONE_SCREEN].plans[0]
    assert all(idea.theme != "resume" for idea in ideas)
    # The walk's close step hands the journal's plans in.
    journal = Journal.open(tmp_path / "journal.json")
    for entry in entries:
        journal.add(entry)
    journal.save_plan(fixed)
    walk = SimpleNamespace(
        host=SimpleNamespace(journal=journal, content=content),
        state=WalkState(stage="technical"),
        today=TODAY,
        _entry=lambda: make_entry("Now", Stage.TECHNICAL),
    )
    assert StepScreens._plan_ideas(walk) == ideas  # type: ignore[arg-type]


def test_a_request_for_feedback_is_offered_once_and_not_when_the_reply_asks() -> None:
    content = load_content().content
    final = [make_entry(stage=Stage.FINAL)]

    def feedback(ideas: list[PlanIdea]) -> int:
        return sum(idea.theme == "feedback" for idea in ideas)

    assert feedback(suggest_plans(Stage.FINAL, final, content)) == 1
    asked = suggest_plans(Stage.FINAL, final, content, reply_asks_feedback=True)
    assert feedback(asked) == 0 and len(asked) >= 2
    # The own plan's example fits a final round: no resume homework.
    assert "resume" not in own_plan_example(Stage.FINAL)
    assert "resume" in own_plan_example(Stage.APPLICATION)


def test_every_shipped_diagnosis_and_stage_has_at_least_two_plans() -> None:
    content = load_content().content
    for stage in Stage:
        assert len(content.diagnoses[stage].plans) >= 2
        assert len(content.stage_plans[stage]) >= 2
        for idea in (*content.diagnoses[stage].plans, *content.stage_plans[stage]):
            parse_due(idea.due, TODAY)
            assert idea.text.startswith("When ")


PLANS_FILE = """+++
type = "plans"
+++

## After one silence

```toml
stage = "no_reply"
plans = [
{plans}
]
```
"""


@pytest.mark.parametrize(
    ("plans", "says"),
    [
        ('  { when = "a", then = "b", theme = "resume" },', "needs at least 2 plans"),
        (
            '  { when = "a", then = "b", theme = "karma" },\n'
            '  { when = "c", then = "d", theme = "resume" },',
            "theme 'karma' is not one of",
        ),
        (
            '  { when = "a", then = "", theme = "resume" },\n'
            '  { when = "c", then = "d", theme = "resume" },',
            "then is missing",
        ),
        (
            '  { when = "a", then = "b", theme = "resume", due = "someday" },\n'
            '  { when = "c", then = "d", theme = "resume" },',
            "due:",
        ),
        (
            '  { when = "a", then = "b", theme = "resume", colour = "red" },\n'
            '  { when = "c", then = "d", theme = "resume" },',
            "unknown field 'colour'",
        ),
        ('  "When I wake, I will run",\n  "x",', "must be a table"),
    ],
)
def test_content_check_names_a_bad_plan(tmp_path: Path, plans: str, says: str) -> None:
    (tmp_path / "plans.md").write_text(PLANS_FILE.format(plans=plans), encoding="utf-8")
    problems = check_content_dir(tmp_path)
    assert len(problems) == 1
    assert says in problems[0].message
    assert problems[0].line == 9  # the `plans = [` line


def test_a_diagnosis_without_plans_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "d.md").write_text(
        '+++\ntype = "diagnoses"\n+++\n\n## A\n\n```toml\nstage = "offer"\n'
        'sources = [{ author = "A", year = 2001, title = "T" }]\n```\n\nText.\n\n- x\n',
        encoding="utf-8",
    )
    [problem] = check_content_dir(tmp_path)
    assert "needs at least 2 plans" in problem.message


# -- the journal's plans table ------------------------------------------------------


def test_the_journal_keeps_plans_beside_entries(journal: Journal) -> None:
    entry = journal.add(make_entry())
    plan = journal.save_plan(make_plan(entry_id=entry.id, id="pabc123"))
    journal.save_plan(make_plan(entry_id=entry.id, id="pxyz789"))
    assert {p.id for p in journal.plans()} == {"pabc123", "pxyz789"}
    assert journal.get_plan("pab") == plan
    journal.save_plan(mark_done(plan, TODAY))  # replaces, never adds a twin
    assert len(journal.plans()) == 2
    assert journal.get_plan("pabc123").status is PlanStatus.DONE
    assert [e.id for e in journal.entries()] == [entry.id]


def test_an_answer_never_silently_replaces_another_coachs_answer(tmp_path: Path) -> None:
    from coach.journal_plans import PlanAnsweredElsewhere

    first = Journal.open(tmp_path / "journal.json")
    shown = first.save_plan(make_plan(id="pabc123"))
    second = Journal.open(tmp_path / "journal.json")  # another coach, showing the same plan
    first.save_plan(mark_done(shown, TODAY))
    # By its date: the journal keeps no clock, and the plan's day is not today (rv37 D5).
    said = "already marked it done on Wed 25 Nov"
    with pytest.raises(PlanAnsweredElsewhere, match=said) as caught:
        second.save_plan(let_go(shown, TODAY))
    assert caught.value.stored.status is PlanStatus.DONE
    assert second.get_plan("pabc123").status is PlanStatus.DONE  # the first answer stands
    # Chosen knowingly, over the answer now shown, the change is saved.
    second.save_plan(let_go(caught.value.stored, TODAY))
    assert first.get_plan("pabc123").status is PlanStatus.DROPPED


def test_a_plan_id_that_fits_none_or_many_is_a_clear_error(journal: Journal) -> None:
    journal.save_plan(make_plan(id="pabc1"))
    journal.save_plan(make_plan(id="pabc2"))
    with pytest.raises(CoachError, match="More than one plan id starts with 'pabc'"):
        journal.get_plan("pabc")
    with pytest.raises(CoachError, match="No plan has the id 'nope'"):
        journal.get_plan("nope")
    with pytest.raises(CoachError, match="Give a plan id"):
        journal.get_plan("  ")


def test_plans_survive_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "journal.json"
    Journal.open(path).save_plan(make_plan(id="pkeep"))
    assert Journal.open(path).get_plan("pkeep").when == "I sit down on Saturday morning"


def test_an_unreadable_plan_is_noted_and_left_alone(journal: Journal) -> None:
    journal.save_plan(make_plan(id="pgood"))
    data = journal.storage.read()
    data["plans"]["7"] = {"id": "pbad", "due": "soon"}
    data["plans"]["8"] = ["not", "a", "plan"]
    journal.storage.write(data)
    assert [p.id for p in journal.plans()] == ["pgood"]
    assert len(journal.unreadable_plans) == 2 and "pbad" in journal.unreadable_plans[0]
    journal.save_plan(make_plan(id="pnew"))  # a save leaves the odd records as they were
    assert journal.storage.read()["plans"]["7"] == {"id": "pbad", "due": "soon"}
    assert journal.storage.read()["plans"]["8"] == ["not", "a", "plan"]
    assert {p.id for p in journal.plans()} == {"pgood", "pnew"}


def test_a_plans_table_of_the_wrong_shape_is_reported_not_fatal(journal: Journal) -> None:
    data = journal.storage.read()
    data["plans"] = ["oops"]
    journal.storage.write(data)
    assert journal.plans() == [] and "not an object" in journal.unreadable_plans[0]
    with pytest.raises(CoachError, match="'plans' table"):
        journal.save_plan(make_plan())


def test_importing_plans_skips_ones_already_there(journal: Journal) -> None:
    first = make_plan(id="p1")
    added, skipped = journal.import_plans([first, make_plan(id="p2")])
    assert [p.id for p in added] == ["p1", "p2"] and skipped == []
    added, skipped = journal.import_plans([first])
    assert added == [] and skipped == [first]


def test_the_due_hint_names_the_day_or_says_why_not() -> None:
    # Both "when" fields (the walk's plan, the check-in's "not yet") show this.
    assert due_hint("saturday", TODAY) == (date(2026, 11, 28), "→ Sat 28 Nov")
    assert due_hint("", TODAY) == (TODAY, "→ today")
    assert due_hint("2026-11-20", TODAY) == (
        None,
        "2026-11-20: that day has passed. Pick today or a day ahead.",
    )
    assert due_hint("satur[b]", TODAY) == (None, UNKNOWN_YET)
    assert "2026-12-01" in UNKNOWN_YET  # a form that works, named while typing
    # Typed in full but unclear: the hint says at once what Enter would.
    assert "2027-04-03" in due_hint("03/04/2027", TODAY)[1]
    assert due_hint("next fri", TODAY) == (date(2026, 12, 4), "→ Fri 4 Dec")


def test_moving_a_plan_with_the_day_left_empty_asks_for_one() -> None:
    # The reviewer: an empty "Not yet" field said "That is today", which reads oddly.
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(DateInputError, match="Type the day to move it to: tomorrow or later"):
        parse_due("  ", TODAY, earliest=tomorrow)
    with pytest.raises(DateInputError, match="asked about again at once"):
        parse_due("today", TODAY, earliest=tomorrow)
    assert parse_due("", TODAY) == TODAY  # a new plan's empty day is today, as its hint says


def test_deleting_an_entry_takes_its_plans_and_undo_brings_them_back(journal: Journal) -> None:
    entry = journal.add(make_entry(id="e1"))
    other = journal.add(make_entry(id="e2", company="Other"))
    journal.save_plan(make_plan(entry_id=entry.id, id="pone"))
    journal.save_plan(mark_done(make_plan(entry_id=entry.id, id="ptwo"), TODAY))
    journal.save_plan(make_plan(entry_id=other.id, id="pother"))
    assert journal.plan_count(entry.id) == 2
    removed = journal.delete(entry.id)
    assert [p.id for p in journal.plans()] == ["pother"]  # none left belonging to nothing
    assert journal.plan_count(entry.id) == 0
    journal.save(removed)  # the undo: the entry, then its plans
    assert journal.restore_plans(entry.id) == 2
    assert {p.id for p in journal.plans_for(entry.id)} == {"pone", "ptwo"}
    assert journal.get_plan("ptwo").status is PlanStatus.DONE
    assert journal.restore_plans(entry.id) == 0  # once


@pytest.mark.parametrize("big", [False, True])
def test_undo_of_a_delete_writes_the_entry_and_its_plans_in_one_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, big: bool
) -> None:
    from coach.errors import JournalWriteError
    from coach.log_storage import LogStorage

    path = tmp_path / "journal.json"

    def opened() -> Journal:
        # big: a journal whose saves go to the append log (over 4 MiB in real use).
        return (
            Journal(LogStorage(path, append_over=0, fold_at=1000.0)) if big else Journal.open(path)
        )

    journal = opened()
    entry = journal.add(make_entry(id="e1"))
    journal.add(make_entry(id="e2", company="Other"))
    journal.save_plan(make_plan(entry_id=entry.id, id="pone"))
    journal.save_plan(make_plan(entry_id=entry.id, id="ptwo"))
    removed = journal.delete(entry.id)
    writes: list[int] = []
    write = journal._write  # the one place the journal writes

    def failing_once(*args: object, **tables: object) -> None:
        writes.append(1)
        if len(writes) == 1:
            raise JournalWriteError(path, "No space left on device")
        write(*args, **tables)  # type: ignore[arg-type]

    monkeypatch.setattr(journal, "_write", failing_once)
    with pytest.raises(JournalWriteError):
        journal.restore_deleted(removed)  # the disk was full: neither went in
    assert {p.id for p in opened().plans()} == set()
    journal.restore_deleted(removed)  # tried again: the plans were still kept for it
    assert len(writes) == 2  # the entry and its plans in one write: never one without the other
    again = opened()  # what a coach that stops now leaves on disk
    assert again.get("e1").company == entry.company
    assert {p.id for p in again.plans_for("e1")} == {"pone", "ptwo"}


def test_a_damaged_plans_table_does_not_stop_a_delete(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry(id="e1"))
    data = journal.storage.read()
    data["plans"] = ["not", "a", "table"]
    journal.storage.write(data)
    journal.delete(entry.id)
    assert len(journal) == 0
    assert journal.storage.read()["plans"] == ["not", "a", "table"]


def test_a_count_of_days_past_any_date_is_said_to_be_out_of_range() -> None:
    assert due_hint("in 9999 days", TODAY) == (
        None,
        "“in 9999 days” is more than a year away. Pick a day within the next year, "
        "small and soon works best.",
    )


class _Host:
    """The app as the palette's Plans sees it: its journal, its clock, what it shows."""

    def __init__(self, journal: Journal, now: datetime) -> None:
        self.journal = journal
        self.now = now
        self.screen_stack: list[object] = []
        self.pushed: list[object] = []
        self.said: list[str] = []

    def clock(self) -> datetime:
        return self.now

    def notify(self, message: str, **_: object) -> None:
        self.said.append(message)

    def push_screen(self, screen: object, callback: object = None) -> None:
        self.pushed.append(screen)


def test_a_plan_done_early_can_be_answered_from_the_palette_while_coach_asks_as_before() -> None:
    from screens.home.checkin import CheckInScreen
    from screens.home.plan_checkin import PlanCheckIn

    journal = Journal.in_memory()
    entry = journal.add(make_entry("Acme", id="e1"))
    made = datetime(2026, 11, 25, 9, 0)
    evening = Plan(
        entry_id=entry.id, when="the kids are in bed", then="write", due=date(2026, 11, 28)
    )
    later = Plan(entry_id=entry.id, when="I open my laptop", then="call", due=date(2026, 11, 30))
    for plan in (later, evening):
        plan.created_at = made
        journal.save_plan(plan)
    night = datetime(2026, 11, 28, 21, 30)  # the evening plan done that very night
    host = _Host(journal, night)
    checkin = PlanCheckIn(host, None, SimpleNamespace(unsaved=None))  # type: ignore[arg-type]
    checkin.check_in()  # on opening: nothing is asked before its time
    assert host.pushed == [] and due_for_checkin(journal.plans(), night) == []
    checkin.check_in(quiet=False)  # the palette's Plans: the soonest asked first
    [screen] = host.pushed
    assert isinstance(screen, CheckInScreen)
    assert [plan.id for plan, _ in screen.plans] == [evening.id, later.id]
    assert screen.asks == "tomorrow"
    from screens.home.checkin import intro

    said = intro([p.due for p, _ in screen.plans], night.date(), screen.asks)
    assert said.startswith("2 plans you made are for today and Mon 30 Nov; coach would ask")
    assert "Done already?" in said
    # With no open plan at all, the palette says so and opens nothing.
    empty = _Host(Journal.in_memory(), night)
    nothing = PlanCheckIn(empty, None, SimpleNamespace(unsaved=None))  # type: ignore[arg-type]
    shown: list[object] = []
    nothing.show_plans_line = lambda line=None: shown.append(line)  # type: ignore[method-assign]
    nothing.check_in(quiet=False)
    assert empty.pushed == [] and empty.said == ["No plans are waiting for an answer yet."]
    # rv34 #6: home's line is read again, as another coach may have answered the plan.
    assert shown == [None]


class _Store:
    """The autosave as the check-in's typed days see it."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values: dict[str, str] | None = values

    def get(self, key: str) -> dict[str, object] | None:
        return None if self.values is None else {"values": dict(self.values)}

    def put(self, key: str, values: dict[str, str], **_: object) -> None:
        self.values = dict(values)

    def forget(self, key: str) -> None:
        self.values = None


def test_a_day_typed_for_a_plan_asked_early_waits_while_the_plan_is_open() -> None:
    from screens.home.plan_checkin import PlanCheckIn

    journal = Journal.in_memory()
    entry = journal.add(make_entry("Acme", id="e1"))
    made = datetime(2026, 11, 25, 9, 0)
    ahead = Plan(
        entry_id=entry.id, when="the kids are in bed", then="write", due=date(2026, 11, 28)
    )
    closed = Plan(entry_id=entry.id, when="I wake", then="call", due=date(2026, 11, 27))
    for plan in (ahead, closed):
        plan.created_at = made
        journal.save_plan(plan)
    journal.save_plan(mark_done(closed, date(2026, 11, 27)))  # answered elsewhere
    store = _Store({ahead.id: "monday", closed.id: "friday"})
    typing = SimpleNamespace(unsaved=store, flush_unsaved=lambda: None)
    host = _Host(journal, datetime(2026, 11, 28, 9, 0))
    checkin = PlanCheckIn(host, None, typing)  # type: ignore[arg-type]
    checkin.check_in()  # on opening, nothing due: the early plan's typed day is kept
    assert store.values == {ahead.id: "monday"}
    checkin.check_in(quiet=False)  # the palette asks early: the day is back in its field
    assert host.pushed[-1].typed == {ahead.id: "monday"}
