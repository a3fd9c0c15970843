"""A plan's day follows the day its words name, or the two disagreeing is said (rv44 #1, #2)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.dates import parse_due
from coach.journal import Journal
from coach.plan_cue_day import disagreement, fits, named_day
from tests.unit.test_plans import make_plan
from tests.unit.test_plans_cli_and_files import run, seeded

MONDAY = date(2026, 11, 23)
WEEK = [MONDAY + timedelta(days=n) for n in range(7)]  # Mon 23 … Sun 29 Nov 2026


@pytest.mark.parametrize(
    ("when", "named"),
    [
        ("I finish dinner on Monday", "monday"),
        ("I finish lunch on Tuesday", "tuesday"),
        ("at Wednesday's standup", "wednesday"),
        ("I sit down next Friday", "next friday"),
        ("I sit down this weekend", "weekend"),
        ("I make my coffee tomorrow morning", "tomorrow"),
        ("I sit down this evening", "today"),
        ("tonight after dinner", "today"),
        # A limit or a day passed is not the plan's day; two days are no one day.
        ("I have not heard back by Friday", ""),
        ("I get the results before the weekend", ""),
        ("after Monday's call", ""),
        ("the day after tomorrow", ""),
        ("Monday or Tuesday", ""),
        ("I wake up", ""),
    ],
)
def test_the_day_a_cue_names(when: str, named: str) -> None:
    assert named_day(when) == named


def test_this_weekend_is_this_one_on_every_day_of_the_week() -> None:
    # rv44 #2: on a Saturday "this weekend" was a week away, against the plan's words.
    saturday, sunday = WEEK[5], WEEK[6]
    for today in WEEK:
        expected = today if today in (saturday, sunday) else saturday
        for typed in ("weekend", "this weekend", "the weekend", "by the weekend"):
            assert parse_due(typed, today) == expected, (typed, today)
        assert parse_due("next weekend", today) == saturday + timedelta(days=7), today


def test_a_weekend_day_not_today_when_today_will_not_do() -> None:
    # "Not yet" on a Saturday: Sunday is still this weekend; on a Sunday, the next one.
    saturday, sunday = WEEK[5], WEEK[6]
    assert parse_due("weekend", saturday, earliest=sunday) == sunday
    assert parse_due("this weekend", sunday, earliest=sunday + timedelta(days=1)) == date(
        2026, 12, 5
    )
    assert parse_due("weekend", WEEK[2], earliest=WEEK[3]) == saturday


def test_a_day_that_is_not_the_one_the_words_name_is_said() -> None:
    saturday = WEEK[5]
    said = disagreement("I finish dinner on Monday", saturday, saturday)
    assert said == "The plan's words say Monday, but its day is today: make them agree."
    assert disagreement("I finish dinner on Monday", date(2026, 12, 7), saturday) == ""
    assert disagreement("I sit down this weekend", WEEK[6], saturday) == ""
    assert fits("weekend", saturday, saturday) and not fits("weekend", WEEK[0], saturday)
    # Words kept from another day: their "tomorrow" meant that day's.
    assert disagreement("I wake up tomorrow", saturday, saturday, relative=False) == ""


def test_plans_edit_moves_the_day_to_the_one_new_words_name(capsys, tmp_path) -> None:
    data = tmp_path / "data"
    seeded(data)
    code, out, _ = run(
        capsys, "plans", "edit", "pdue111", "--when", "I finish dinner on Monday",
        "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0, out
    stored = Journal.open(data / "journal.json").get_plan("pdue111")
    assert stored.due.weekday() == 0 and stored.due > date.today(), stored.due


def test_plans_edit_refuses_a_day_the_words_contradict(capsys, tmp_path) -> None:
    data = tmp_path / "data"
    journal = seeded(data)
    before = journal.get_plan("plater22")
    not_tuesday = "tomorrow" if date.today().weekday() != 0 else "in 2 days"
    code, _, err = run(
        capsys, "plans", "edit", "plater22", "--when", "I finish lunch on Tuesday",
        "--on", not_tuesday, "--data-dir", str(data),
    )  # fmt: skip
    assert code != 0
    assert "The plan's words say Tuesday, but its day is " in err
    assert "give --on tuesday, or other words with --when. Nothing changed." in err
    assert Journal.open(data / "journal.json").get_plan("plater22") == before


def test_plans_edit_keeps_a_day_that_fits_and_words_of_another_day(capsys, tmp_path) -> None:
    data = tmp_path / "data"
    journal = seeded(data)
    today = date.today()
    monday = today + timedelta(days=14 - today.weekday())  # a Monday, two weeks on or so
    journal.save_plan(make_plan(id="pmon444", when="I wake up", due=monday))
    # Made yesterday for "tomorrow", now today: its kept words are not read again.
    journal.save_plan(make_plan(id="ptom555", when="I wake up tomorrow", due=today))
    args = ("--data-dir", str(data))
    assert run(capsys, "plans", "edit", "pmon444", "--when", "on Monday", *args)[0] == 0
    assert run(capsys, "plans", "edit", "ptom555", "--then", "call Sam", *args)[0] == 0
    assert run(capsys, "plans", "edit", "ptom555", "--on", "in 5 days", *args)[0] == 0
    stored = Journal.open(data / "journal.json")
    assert stored.get_plan("pmon444").due == monday
    assert stored.get_plan("ptom555").due == today + timedelta(days=5)


def test_plans_edit_leaves_the_day_of_a_plan_done(capsys, tmp_path) -> None:
    # A done plan has no day to move: new words naming Monday reword it only.
    data = tmp_path / "data"
    seeded(data)
    before = Journal.open(data / "journal.json").get_plan("pold333")
    code, out, _ = run(
        capsys, "plans", "edit", "pold333", "--when", "I finish dinner on Monday",
        "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0, out
    after = Journal.open(data / "journal.json").get_plan("pold333")
    assert (after.when, after.due) == ("I finish dinner on Monday", before.due)
