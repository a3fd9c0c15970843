"""The insights over a known journal: funnel, reading, pattern, trends, follow-ups."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date

import pytest

from coach.content import Content, load_content
from coach.insight_basis import fix_marks
from coach.insight_words import sureness
from coach.insights import (
    Area,
    compute,
    diagnose,
    feedback_counts,
    funnel,
    insights_to_record,
    mood_change,
    per_month,
    per_week,
    reapply_due,
    recent_pattern,
    stands_out,
)
from coach.model import Entry, FeedbackStatus, ReplyStatus, Stage
from coach.plans import Plan, PlanStatus
from coach.stats_text import bar, format_stats, sparkline, weathered_line
from tests.conftest import make_entry

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


def at(stage: Stage, day: int, month: int = 11, **fields: object) -> Entry:
    return make_entry(f"Co {stage} {month}-{day}", stage, date=date(2026, month, day), **fields)


def known_journal() -> list[Entry]:
    """Ten entries: six silent or turned down on paper, then a spread."""
    return [
        at(Stage.NO_REPLY, 24, mood_before=2, mood_after=5, feedback=FeedbackStatus.REQUESTED),
        at(Stage.NO_REPLY, 22, mood_before=4, mood_after=4),
        at(Stage.APPLICATION, 20, mood_before=6, mood_after=3, feedback=FeedbackStatus.RECEIVED),
        at(Stage.NO_REPLY, 18, reapply_after=date(2026, 11, 25)),
        at(Stage.NO_REPLY, 10, reapply_after=date(2026, 11, 26)),
        at(Stage.APPLICATION, 3, reapply_after=date(2026, 6, 1)),
        at(Stage.PHONE_SCREEN, 28, 10, mood_before=5),
        at(Stage.TECHNICAL, 15, 10, feedback=FeedbackStatus.REQUESTED),
        at(Stage.PORTFOLIO, 1, 9),
        at(Stage.FINAL, 1, 1),
    ]


def test_funnel_counts_every_stage_including_zeros() -> None:
    result = funnel(known_journal())
    assert [row.stage for row in result.rows] == list(Stage)
    assert {row.stage: row.count for row in result.rows} == {
        Stage.NO_REPLY: 4,
        Stage.APPLICATION: 2,
        Stage.PORTFOLIO: 1,
        Stage.PHONE_SCREEN: 1,
        Stage.TECHNICAL: 1,
        Stage.FINAL: 1,
        Stage.OFFER: 0,
    }
    assert result.total == 10
    assert result.largest == 4
    assert result.count(Stage.NO_REPLY) == 4
    assert funnel([]).total == 0 and funnel([]).largest == 0


def test_reading_points_at_the_resume_with_content_actions(content: Content) -> None:
    reading = diagnose(known_journal(), content)
    assert reading is not None
    assert reading.area is Area.RESUME
    assert reading.stage is Stage.NO_REPLY
    assert (reading.count, reading.total) == (6, 10)
    assert "resume" in reading.suggestion
    assert reading.actions == content.diagnoses[Stage.NO_REPLY].actions
    assert not reading.tentative


@pytest.mark.parametrize(
    ("stages", "area", "words"),
    [
        ([Stage.PORTFOLIO] * 3 + [Stage.NO_REPLY], Area.PORTFOLIO, "portfolio"),
        ([Stage.PHONE_SCREEN] * 3 + [Stage.FINAL], Area.CONVERSATION, "behavioural"),
        ([Stage.TECHNICAL] * 2 + [Stage.FINAL], Area.TECHNICAL, "technical"),
        ([Stage.FINAL] * 3, Area.FINAL, "feedback"),
        ([Stage.OFFER] * 3, Area.OFFER, "not about you"),
    ],
)
def test_reading_follows_the_cluster(
    content: Content, stages: list[Stage], area: Area, words: str
) -> None:
    reading = diagnose([at(stage, 1) for stage in stages], content)
    assert reading is not None
    assert reading.area is area
    assert words in reading.suggestion
    assert reading.tentative  # under five entries


def test_ties_go_to_the_later_stage_and_few_entries_give_no_reading(content: Content) -> None:
    # Reaching a technical round shows the portfolio got them in; a withdrawn
    # offer gives nothing to practise, so it goes last among equals.
    tie = [at(Stage.TECHNICAL, 1), at(Stage.PORTFOLIO, 2), at(Stage.OFFER, 3)]
    reading = diagnose(tie, content)
    assert reading is not None and reading.area is Area.TECHNICAL
    assert diagnose(tie[:2], content) is None


def test_recent_pattern_reads_the_newest_eight() -> None:
    entries = known_journal()
    assert recent_pattern(entries[:4]) is None
    # Newest eight: the six resume-area ones, the phone screen, the technical.
    line = recent_pattern(list(reversed(entries)))
    assert line is not None
    assert line.startswith("6 of your last 8 ended before any conversation")
    assert "resume" in line
    only_silence = [at(Stage.NO_REPLY, day) for day in range(1, 7)]
    assert recent_pattern(only_silence) == (
        "All of your last 6 ended in silence: the resume is the most likely thing to revamp."
    )
    silence = [*only_silence, at(Stage.TECHNICAL, 20), at(Stage.FINAL, 21)]
    assert recent_pattern(silence).startswith("6 of your last 8 ended in silence: ")
    spread = [at(stage, n + 1) for n, stage in enumerate(Stage)]
    assert "spread across the funnel" in recent_pattern(spread)
    assert "spread across" in recent_pattern(spread, window=2)  # 1 of 2 is no pattern
    half = [*only_silence[:4], *(at(Stage.FINAL, 10 + n) for n in range(4))]
    assert "spread across" in recent_pattern(half)
    newest = [at(Stage.TECHNICAL, 20), at(Stage.PHONE_SCREEN, 21), at(Stage.TECHNICAL, 22)]
    assert recent_pattern([*only_silence[:3], *newest], window=3) == (
        "2 of your last 3 ended after a technical interview: you are getting through "
        "screens; practise the technical round the way it is run."
    )


def test_rejections_per_week_and_month() -> None:
    entries = known_journal()
    weeks = per_week(entries, TODAY, weeks=4)
    assert [w.start for w in weeks] == [
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
        date(2026, 11, 23),
    ]
    assert [w.count for w in weeks] == [1, 1, 3, 1]
    months = per_month(entries, TODAY, months=14)
    assert months[0].label == "2025-10" and months[-1].label == "2026-11"
    counts = {m.label: m.count for m in months}
    assert counts["2026-11"] == 6 and counts["2026-10"] == 2
    assert counts["2026-09"] == 1 and counts["2026-01"] == 1
    assert sum(counts.values()) == 10


def test_mood_before_and_after() -> None:
    mood = mood_change(known_journal())
    assert mood.rated == 3  # the entry with only a mood before is left out
    assert mood.before_average == pytest.approx(4.0)
    assert mood.after_average == pytest.approx(4.0)
    assert (mood.improved, mood.same, mood.lower) == (1, 1, 1)
    assert mood_change([]).before_average is None


def test_feedback_requests_and_answers() -> None:
    feedback = feedback_counts(known_journal())
    assert (feedback.requested, feedback.received) == (3, 1)
    assert feedback.ratio == pytest.approx(1 / 3)
    assert feedback_counts([]).ratio is None


def test_reapply_due_includes_today_and_not_tomorrow() -> None:
    due = reapply_due(known_journal(), TODAY)
    assert [e.reapply_after for e in due] == [date(2026, 6, 1), date(2026, 11, 25)]


def test_compute_and_the_stats_text_and_json(content: Content) -> None:
    entries = known_journal()
    entries[0].reply.status = ReplyStatus.SENT
    insights = compute(entries, content, TODAY)
    assert insights.weathered == 10
    record = insights_to_record(insights)
    assert record["funnel"]["no_reply"] == 4 and record["funnel"]["offer"] == 0
    assert record["reading"]["area"] == "resume"
    assert record["replies"]["sent"] == 1
    assert len(record["reapply_due"]) == 2
    text = format_stats(insights)
    assert "Rejections weathered: 10" in text
    assert "Never heard back     4  " + "█" * 30 in text
    assert "Offer                0\n" in text
    assert "asked 3 times, answered 1 time" in text


def test_empty_stats_are_kind(content: Content) -> None:
    text = format_stats(compute([], content, TODAY))
    assert "No rejections logged yet." in text


def test_bars_and_sparklines() -> None:
    assert bar(0, 5, 10) == ""
    assert bar(1, 100, 10) == "█"
    assert bar(5, 5, 10) == "█" * 10
    assert sparkline([0, 0]) == "▁▁"
    assert sparkline([0, 4, 8]) == "▁▄█"


def dated(stages: list[Stage]) -> list[Entry]:
    """One entry per stage, a day apart, in the order given."""
    return [at(stage, n + 1) for n, stage in enumerate(stages)]


def test_more_than_half_in_one_area_is_the_one_rule_for_standing_out() -> None:
    assert stands_out(5, 8) and stands_out(2, 3) and stands_out(1, 1)
    assert not stands_out(4, 8)  # half is a tie at best
    assert not stands_out(3, 8)


def test_a_tie_is_a_spread_in_the_reading_and_the_pattern_alike(content: Content) -> None:
    # The new-user trial: technical and final tied at 3 of 8.
    tied = dated([Stage.TECHNICAL] * 3 + [Stage.FINAL] * 3 + [Stage.NO_REPLY, Stage.PORTFOLIO])
    reading = diagnose(tied, content)
    assert reading is not None and not reading.stands_out
    assert reading.headline == (
        "Your 8 rejections are spread across the funnel, so no single stage stands out yet"
    )
    assert reading.suggestion == (
        "6 of them got at least as far as a phone or recruiter screen, so your resume already "
        "gets you interviews; 3 each came after a technical interview and after a final round; "
        "reaching the later one shows the steps before it can work, so a tentative first step is "
        "to ask for feedback and look at fit"
    )
    assert reading.area is Area.FINAL  # the actions still have somewhere to start
    assert recent_pattern(tied) == (
        "Your last 8 rejections are spread across the funnel: no single stage stands out yet."
    )
    text = " ".join(format_stats(compute(tied, content, TODAY)).split())  # unwrapped
    assert "3 of your 8" not in text
    # Said once: the recent line would repeat the reading about the same 8 entries.
    assert text.count("no single stage stands out yet") == 1
    assert text.count("spread across the funnel") == 1


def test_a_leader_short_of_half_is_named_tentatively(content: Content) -> None:
    stages = [Stage.TECHNICAL] * 3 + [Stage.FINAL] * 2 + [Stage.NO_REPLY, Stage.OFFER]
    reading = diagnose(dated(stages), content)
    assert reading is not None and not reading.stands_out
    assert reading.suggestion.startswith(
        "6 of them got at least as far as a phone or recruiter screen, so your resume already "
        "gets you interviews; 3 of those came after a technical interview, more than at any "
        "other stage, so a "
    )
    paper = [Stage.NO_REPLY, Stage.APPLICATION, Stage.PORTFOLIO, Stage.PORTFOLIO, Stage.FINAL]
    two_way = diagnose(dated(paper), content)
    assert two_way is not None
    assert two_way.suggestion == (
        "2 each came with no reply or a no on the application alone and after people looked "
        "at your portfolio; "
        "reaching the later one shows the steps before it can work, so a tentative first step is "
        "to improve the portfolio"
    )
    level = diagnose(dated([Stage.NO_REPLY, Stage.PORTFOLIO, Stage.FINAL, Stage.OFFER]), content)
    assert level is not None and level.area is Area.FINAL
    assert "reaching the later one shows" not in level.suggestion  # the offer is not named as a tie


def test_a_clear_cluster_stands_out_in_both(content: Content) -> None:
    clear = dated([Stage.TECHNICAL] * 5 + [Stage.FINAL, Stage.NO_REPLY, Stage.PORTFOLIO])
    reading = diagnose(clear, content)
    assert reading is not None and reading.stands_out
    assert reading.headline == "5 of your 8 rejections came after a technical interview"
    assert recent_pattern(clear).startswith("5 of your last 8 ended after a technical interview")
    every = diagnose(dated([Stage.FINAL] * 3), content)
    assert (
        every is not None and every.headline == "All 3 of your rejections came after a final round"
    )
    assert insights_to_record(compute(clear, content, TODAY))["reading"]["stands_out"] is True


def test_reading_and_pattern_agree_on_any_journal_they_both_see_whole(content: Content) -> None:
    # Up to eight entries, the pattern's window holds the whole journal, so
    # the two must reach the same verdict.
    rng = random.Random(7)
    for _ in range(300):
        stages = [rng.choice(list(Stage)) for _ in range(rng.randint(5, 8))]
        entries = dated(stages)
        reading = diagnose(entries, content)
        pattern = recent_pattern(entries)
        assert reading is not None and pattern is not None
        assert reading.stands_out == ("spread across the funnel" not in pattern), stages
        assert reading.stands_out == ("spread across the funnel" not in reading.headline)


def test_a_window_of_one_has_no_pattern() -> None:
    assert recent_pattern(dated([Stage.NO_REPLY] * 6), window=1) is None


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8])
def test_counts_read_naturally_for_one_and_many(content: Content, size: int) -> None:
    entries = dated([Stage.FINAL] * size)
    entries[0].feedback = FeedbackStatus.RECEIVED
    entries[0].mood_before, entries[0].mood_after = 3, 6
    text = format_stats(compute(entries, content, TODAY))
    assert "(s)" not in text
    assert not re.search(r"\b1 (rejections|times|entries|weeks|months)\b", text), text
    assert not re.search(r"\b(all|All) 1\b|\bof 1 rejections\b", text), text
    assert weathered_line(1) == (
        "Rejections weathered: 1. You came through it, and you wrote it down."
    )


def test_a_spread_that_reaches_interviews_is_not_read_as_a_resume_problem(
    content: Content,
) -> None:
    # rv13 item 2: a no on paper, a silence, two screens, a final and an offer.
    stages = [Stage.APPLICATION, Stage.NO_REPLY, Stage.PHONE_SCREEN, Stage.PHONE_SCREEN]
    reading = diagnose(dated([*stages, Stage.FINAL, Stage.OFFER]), content)
    assert reading is not None and not reading.stands_out
    assert reading.area is Area.CONVERSATION
    assert reading.actions == content.diagnoses[Stage.PHONE_SCREEN].actions
    assert "your resume already gets you interviews" in reading.suggestion
    assert "revamp" not in reading.suggestion
    # More stopped before any talk than after: the resume still leads.
    early = diagnose(dated([Stage.NO_REPLY] * 3 + [Stage.APPLICATION, Stage.FINAL]), content)
    assert early is not None and early.area is Area.RESUME


def history_then_lately() -> list[Entry]:
    """rv13 item 1: eight silences, then six phone screens, oldest first."""
    return [at(Stage.NO_REPLY, n + 1, 9) for n in range(8)] + [
        at(Stage.PHONE_SCREEN, n + 1, 10) for n in range(6)
    ]


def test_the_reading_follows_a_recent_pattern_that_differs_and_says_so(
    content: Content,
) -> None:
    entries = history_then_lately()
    reading = diagnose(entries, content)
    assert reading is not None and reading.follows_recent
    assert reading.area is Area.CONVERSATION
    assert reading.headline == "6 of your last 8 ended after a phone screen"
    assert "resume" not in reading.actions[0]
    assert reading.actions == content.diagnoses[Stage.PHONE_SCREEN].actions
    assert reading.earlier.startswith(
        "Earlier, most of them (8 of all 14) came with no reply or a no on the application"
    )
    assert "your resume now gets you conversations" in reading.earlier
    assert reading.sureness.startswith("How sure: fairly")
    insights = compute(entries, content, TODAY)
    assert insights.pattern is None  # the headline is the recent line; no second verdict
    text = " ".join(format_stats(insights).split())
    assert "revamp" not in text and "Match your resume" not in text
    assert insights_to_record(insights)["reading"]["follows_recent"] is True
    # The same entries in any order read the same.
    assert diagnose(list(reversed(entries)), content) == reading
    # A short history has no separate "lately": the whole reading stands.
    assert not diagnose(entries[-8:], content).follows_recent


def test_a_spread_history_follows_a_clear_recent_lean(content: Content) -> None:
    old = dated([Stage.NO_REPLY, Stage.PORTFOLIO, Stage.FINAL, Stage.OFFER] * 2)
    new = [at(Stage.TECHNICAL, 20 + n) for n in range(6)]
    reading = diagnose([*old, *new], content)
    assert reading is not None and reading.follows_recent and reading.area is Area.TECHNICAL
    assert reading.earlier.startswith("Across all 14, no single stage stands out")


def test_a_mixed_recent_stretch_is_tied_to_the_headline(content: Content) -> None:
    # rv13 item 11: nine screens, then two on paper, a technical and a silence.
    stages = (
        [Stage.PHONE_SCREEN] * 9
        + [Stage.APPLICATION, Stage.TECHNICAL]
        + [
            Stage.APPLICATION,
            Stage.NO_REPLY,
        ]
    )
    insights = compute(dated(stages), content, TODAY)
    assert insights.reading is not None and not insights.reading.follows_recent
    assert insights.reading.headline.startswith("9 of your 13 rejections came after a phone")
    assert insights.pattern == (
        "Your last 8 are more mixed: 4 of them still came after a phone or recruiter screen, "
        "and no other stage stands out, so the reading above, from all 13, still holds."
    )
    assert insights.reading.sureness == "How sure: quite. 9 of 13 is a steady pattern."
    # The walk's own line (the newest eight alone) is unchanged.
    assert "spread across the funnel" in recent_pattern(dated(stages))


@pytest.mark.parametrize(
    ("stages", "start"),
    [
        ([Stage.FINAL] * 3, "Only a few entries"),
        ([Stage.FINAL] * 4 + [Stage.NO_REPLY], "How sure: fairly. 4 of 5"),
        ([Stage.FINAL] * 8 + [Stage.NO_REPLY] * 2, "How sure: quite. 8 of 10"),
        (
            [Stage.FINAL, Stage.NO_REPLY, Stage.PORTFOLIO, Stage.TECHNICAL, Stage.OFFER],
            "How sure: not",
        ),
    ],
)
def test_the_reading_says_how_sure_it_is_at_every_size(
    content: Content, stages: list[Stage], start: str
) -> None:
    insights = compute(dated(stages), content, TODAY)
    assert insights.reading is not None and insights.reading.sureness.startswith(start)
    assert insights.reading.sureness in " ".join(format_stats(insights).split())


@pytest.mark.parametrize(
    ("total", "count", "said"),
    [
        # rv14: 3243 of 5000 was a lean "a few more entries will firm up".
        (5000, 3243, "How sure: quite. 3243 of 5000 is a clear lean; it would take 1486 more"),
        (100, 52, "How sure: fairly. 52 of 100 is a narrow lean; a few entries elsewhere"),
        (7, 4, "How sure: fairly. 4 of 7 is a lean worth acting on; a few more entries will"),
    ],
)
def test_how_sure_weighs_the_number_of_entries_as_well_as_the_share(
    total: int, count: int, said: str
) -> None:
    text = sureness(total, count, clear=True, recent=False, window=8, tentative=False)
    assert text.startswith(said)
    if total >= 30:
        assert "firm it up" not in text


@pytest.mark.parametrize("size", [1, 2])
def test_stats_says_it_is_too_early_under_three(content: Content, size: int) -> None:
    text = format_stats(compute(dated([Stage.FINAL] * size), content, TODAY))
    assert f"With {size} so far, it is too early to read a pattern." in text


def six_months() -> list[Entry]:
    """rv22 item 1: a summer of silence, an autumn of phone screens, then one mixed week."""
    summer = [at(Stage.NO_REPLY, 1 + n % 28, 6 + n % 3) for n in range(60)]
    autumn = [at(Stage.PHONE_SCREEN, 1 + n % 28, 9 + n % 3) for n in range(30)]
    autumn += [at(Stage.TECHNICAL, 1 + n % 28, 9 + n % 3) for n in range(6)]
    autumn += [at(Stage.APPLICATION, 2 + n % 27, 9 + n % 3) for n in range(8)]
    week = [Stage.NO_REPLY, Stage.APPLICATION, Stage.PORTFOLIO, Stage.TECHNICAL, Stage.FINAL]
    week += [Stage.NO_REPLY, Stage.APPLICATION, Stage.PHONE_SCREEN]
    return [*summer, *autumn, *(at(stage, 29) for stage in week)]


def test_a_long_journal_is_read_over_its_last_months_not_its_newest_week(
    content: Content,
) -> None:
    entries = six_months()
    insights = compute(entries, content, TODAY)
    reading = insights.reading
    assert reading is not None and not reading.follows_recent
    # 31 of the 52 since September were phone screens: not the summer's silence.
    assert reading.area is Area.CONVERSATION
    assert reading.headline == (
        "Since September, 31 of your 52 rejections came after a phone or recruiter screen"
    )
    assert reading.since == date(2026, 9, 1)
    assert reading.earlier == (
        "Before September, all 60 came with no reply or a no on the application alone; "
        "the reading rests on the 52 since, which say more about where you are stopped now."
    )
    assert reading.sureness.startswith("How sure: quite. 31 of 52 is a clear lean")
    # Beside it, the last four weeks (22), as a bare majority of them would lead it.
    assert insights.pattern == (
        "Your last 22 are more mixed: 11 of them still came after a phone or recruiter "
        "screen, and no other stage stands out, so the reading above, from the 52 since "
        "September, still holds."
    )
    text = " ".join(format_stats(insights).split())
    assert "revamp" not in text and "Match your resume" not in text
    assert insights_to_record(insights)["reading"]["since"] == "2026-09-01"


def test_last_months_too_thin_to_stand_for_the_journal_leave_it_read_whole(
    content: Content,
) -> None:
    # Nineteen in the last three months: fewer than the months need, so all are read.
    entries = [at(Stage.NO_REPLY, 1 + n % 28, 5 + n % 3) for n in range(30)]
    entries += [at(Stage.PHONE_SCREEN, 1 + n % 28, 9 + n % 3) for n in range(19)]
    reading = diagnose(entries, content)
    assert reading is not None and reading.since is None and reading.scope == "all 49"
    # As before the months were read: the newest 8 are screens, against all 49.
    assert reading.headline == "All of your last 8 ended after a phone screen"
    assert reading.earlier.startswith("Earlier, most of them (30 of all 49) came with no reply")


def fixed_resume(done: date, status: PlanStatus = PlanStatus.DONE, theme: str = "resume") -> Plan:
    return Plan(
        entry_id="x",
        when="I finish dinner",
        then="rewrite my resume summary",
        due=done,
        theme=theme,
        status=status,
        closed_on=done if status is PlanStatus.DONE else None,
    )


def after_a_resume_fix() -> list[Entry]:
    """Twenty silences, the resume rewritten on 20 Oct, then ten mostly phone screens."""
    before = [at(Stage.NO_REPLY, 1 + n, 10) for n in range(20)]
    since = [Stage.PHONE_SCREEN, Stage.PHONE_SCREEN, Stage.NO_REPLY, Stage.PHONE_SCREEN]
    since += [Stage.TECHNICAL, Stage.PHONE_SCREEN, Stage.NO_REPLY, Stage.PHONE_SCREEN]
    since += [Stage.TECHNICAL, Stage.PHONE_SCREEN]
    return [*before, *(at(stage, 21 + n, 10) for n, stage in enumerate(since))]


def test_a_done_resume_plan_leaves_the_older_silences_out_of_the_reading(
    content: Content,
) -> None:
    entries = after_a_resume_fix()
    # Without the plan: 22 of 30 on paper, and the newest 8 a spread.
    assert diagnose(entries, content).area is Area.RESUME
    reading = diagnose(entries, content, plans=[fixed_resume(date(2026, 10, 20))])
    assert reading is not None and reading.area is Area.CONVERSATION
    assert reading.headline == (
        "Since 20 October, 6 of your 10 rejections came after a phone or recruiter screen"
    )
    assert reading.earlier == (
        'You did your plan to "rewrite my resume summary" on 20 October: the 20 that came '
        "with no reply or a no on the application alone before it say little about what "
        "you send now, so the reading rests on the 10 since."
    )
    # Open or let-go plans, and a plan that fixes something else, change nothing.
    for plan in (
        fixed_resume(date(2026, 10, 20), PlanStatus.OPEN),
        fixed_resume(date(2026, 10, 20), PlanStatus.DROPPED),
        fixed_resume(date(2026, 10, 20), theme="interview"),
    ):
        assert diagnose(entries, content, plans=[plan]).area is Area.RESUME


def test_a_resume_plan_done_too_lately_to_judge_says_so(content: Content) -> None:
    entries = after_a_resume_fix()
    reading = diagnose(entries, content, plans=[fixed_resume(date(2026, 10, 27))])
    assert reading is not None and reading.area is Area.RESUME and reading.since is None
    assert reading.earlier == (
        'You did your plan to "rewrite my resume summary" on 27 October; 3 rejections '
        "since is too few to tell yet whether it changed where you are stopped."
    )
    reading = diagnose(entries, content, plans=[fixed_resume(date(2026, 10, 30))])
    assert reading is not None and reading.earlier.endswith(
        "on 30 October; no rejection has come since, so it is too early to tell whether it "
        "changed where you are stopped."
    )


@pytest.mark.parametrize("silent", [5, 6])
def test_a_long_journals_newest_few_take_over_its_months_only_when_they_agree_decisively(
    content: Content, silent: int
) -> None:
    # Five of eight can come by chance over months of screens; six of eight is a change.
    entries = six_months()[:-8]
    week = [Stage.NO_REPLY] * silent + [Stage.TECHNICAL] * (8 - silent)
    entries += [at(stage, 29) for stage in week]
    insights = compute(entries, content, TODAY)
    reading = insights.reading
    assert reading is not None
    if silent == 6:
        assert reading.follows_recent and reading.area is Area.RESUME
        assert reading.earlier.startswith("Earlier, most of them (30 of the 52 since September)")
        return
    assert not reading.follows_recent and reading.area is Area.CONVERSATION
    # The newest 8's lean is said beside what the last four weeks (22 here) show,
    # as a bare majority of those would take the reading over too (fz12).
    assert insights.pattern == (
        "5 of your last 8 ended in silence. Over the last four weeks, 10 of 22 still came "
        "after a phone or recruiter screen, so the reading above, from the 52 since "
        "September, still holds; if the next ones lean the same way, it will follow them."
    )


def test_a_change_that_has_held_for_weeks_leads_a_long_journal(content: Content) -> None:
    # Technical rounds through the newest weeks, then one mixed week at the very end.
    entries = six_months()[:-8] + [at(Stage.TECHNICAL, 20 + n % 9) for n in range(20)]
    week = [Stage.NO_REPLY, Stage.APPLICATION, Stage.PORTFOLIO, Stage.TECHNICAL, Stage.FINAL]
    entries += [at(stage, 29) for stage in [*week, Stage.NO_REPLY, Stage.APPLICATION]]
    entries.append(at(Stage.PHONE_SCREEN, 29))
    reading = diagnose(entries, content)
    assert reading is not None and reading.follows_recent and reading.area is Area.TECHNICAL
    assert re.fullmatch(
        r"\d+ of your last \d\d ended after a technical interview", reading.headline
    )
    assert reading.total > 8


def test_a_resume_plan_answered_late_is_read_from_its_own_day(content: Content) -> None:
    # rv23: a plan for 20 Oct answered Done at a start on 27 Nov (the check-in waits for
    # the next start) cut the reading at 27 Nov, and every no since the fix counted as
    # before it. The day the work was planned for is the day read; an early Done stands.
    late = replace(fixed_resume(date(2026, 10, 20)), closed_on=date(2026, 11, 27))
    reading = diagnose(after_a_resume_fix(), content, plans=[late])
    assert reading is not None and reading.area is Area.CONVERSATION
    assert reading.headline.startswith("Since 20 October, 6 of your 10 rejections")
    assert reading.earlier.startswith(
        'You did your plan to "rewrite my resume summary", set for 20 October (you marked '
        "it done on 27 November): the 20 that came with no reply"
    )
    early = replace(fixed_resume(date(2026, 10, 27)), closed_on=date(2026, 10, 20))
    reading = diagnose(after_a_resume_fix(), content, plans=[early])
    assert reading is not None and reading.earlier.startswith(
        'You did your plan to "rewrite my resume summary" on 20 October: the 20'
    )
    assert fix_marks([late]) == ((late.id, date(2026, 10, 20)),)


def silence_then_a_resume_fix() -> list[Entry]:
    """rv23: 60 silences from May to July, 30 in September and October, the resume
    redone on 20 October, then ten mostly phone screens."""
    summer = [at(Stage.NO_REPLY, 1 + n % 28, 5 + n % 3) for n in range(60)]
    autumn = [at(Stage.NO_REPLY, 1 + n % 28, 9) for n in range(15)]
    autumn += [at(Stage.NO_REPLY, 1 + n % 19, 10) for n in range(15)]
    return [*summer, *autumn, *after_a_resume_fix()[20:]]


def test_a_done_fix_in_a_long_journal_counts_every_rejection_before_it(
    content: Content,
) -> None:
    # rv23 item 7a: "the 30 that came before it" of 90, and the months note dropped.
    entries = silence_then_a_resume_fix()
    reading = diagnose(entries, content, plans=[fixed_resume(date(2026, 10, 20))])
    assert reading is not None and reading.earlier.startswith(
        'You did your plan to "rewrite my resume summary" on 20 October: the 90 that came '
        "with no reply"
    )
    # Too lately to judge, the months stay the basis, and what they leave out is said.
    reading = diagnose(entries, content, plans=[fixed_resume(date(2026, 10, 30))])
    assert reading is not None and reading.since == date(2026, 8, 1)
    assert reading.earlier.startswith("Before August, all 60 came with no reply")
    assert reading.earlier.endswith(
        "on 30 October; no rejection has come since, so it is too early to tell whether it "
        "changed where you are stopped."
    )


@pytest.mark.parametrize(("old", "said"), [(1, "the one rejection"), (2, "both"), (3, "all 3")])
def test_one_or_two_entries_before_the_months_are_not_said_as_all(
    content: Content, old: int, said: str
) -> None:
    # rv23 item 7b: "Before September, all 1 came with no reply".
    entries = [at(Stage.NO_REPLY, 1 + n, 3) for n in range(old)]
    entries += [at(Stage.PHONE_SCREEN, 1 + n, 9 + n % 3) for n in range(20)]
    reading = diagnose(entries, content)
    assert reading is not None and reading.since == date(2026, 9, 1)
    assert reading.earlier.startswith(f"Before September, {said} came with no reply"), (
        reading.earlier
    )


def test_an_entry_dated_in_the_future_does_not_move_the_months(content: Content) -> None:
    # rv23 item 7c: one date hand-edited to March 2027 read the whole journal instead.
    entries = six_months()
    entries[0] = replace(entries[0], date=date(2027, 3, 15))
    reading = compute(entries, content, TODAY).reading
    assert reading is not None and reading.since == date(2026, 9, 1)
    assert reading.scope == "the 53 since September"  # the 52 and the misdated one


def test_an_entry_dated_in_the_future_does_not_move_the_last_four_weeks(
    content: Content,
) -> None:
    # The newest weeks beside a months reading count back from today, as the months do.
    entries = six_months()
    reading = compute(entries, content, TODAY).reading
    entries[0] = replace(entries[0], date=date(2027, 3, 15))
    misdated = compute(entries, content, TODAY).reading
    assert reading is not None and misdated is not None
    assert misdated.beside == reading.beside + 1 > 8  # the misdated one is among the newest


def test_one_old_entry_does_not_switch_the_rules_a_journal_is_read_by(content: Content) -> None:
    # fz15: 23 entries in the months were read by the short rules (five of the newest
    # eight took the reading over); one entry from March switched them to the long ones.
    months = [at(Stage.PHONE_SCREEN, 1 + n, 11) for n in range(15)]
    newest = [Stage.NO_REPLY] * 5 + [Stage.PHONE_SCREEN] * 3
    months += [at(stage, 20 + n, 11) for n, stage in enumerate(newest)]
    alone = diagnose(months, content)
    with_old = diagnose([at(Stage.FINAL, 3, 3), *months], content)
    assert alone is not None and with_old is not None
    assert not alone.follows_recent and alone.area is Area.CONVERSATION
    assert (with_old.follows_recent, with_old.area) == (alone.follows_recent, alone.area)
    assert with_old.beside == alone.beside == 23


def test_quiet_last_weeks_leave_a_long_journal_to_six_of_its_newest_eight(
    content: Content,
) -> None:
    # rv28: with two entries in the last four weeks, "the last four weeks" were the
    # newest 8 again, so 5 of 8 took a long journal's reading over after all.
    months = [at(Stage.APPLICATION, 1 + n, 9) for n in range(12)]
    newest = [at(Stage.TECHNICAL, day, 10) for day in (12, 14, 16, 18, 20)]
    newest += [at(Stage.APPLICATION, 22, 10), at(Stage.APPLICATION, 10), at(Stage.APPLICATION, 20)]
    five = diagnose(months + newest, content)
    assert five is not None  # 20 in three months: read by the long rules
    assert not five.follows_recent and five.area is Area.RESUME and five.beside == 8
    newest[-3] = at(Stage.TECHNICAL, 22, 10)
    six = diagnose(months + newest, content)
    assert six is not None and six.follows_recent
