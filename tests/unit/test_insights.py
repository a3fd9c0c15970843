"""The insights over a known journal: funnel, reading, pattern, trends, follow-ups."""

from __future__ import annotations

from datetime import date

import pytest

from coach.content import Content, load_content
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
)
from coach.model import Entry, FeedbackStatus, ReplyStatus, Stage
from coach.stats_text import bar, format_stats, sparkline
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


def test_ties_go_to_the_earlier_stage_and_few_entries_give_no_reading(content: Content) -> None:
    tie = [at(Stage.TECHNICAL, 1), at(Stage.PORTFOLIO, 2), at(Stage.OFFER, 3)]
    reading = diagnose(tie, content)
    assert reading is not None and reading.area is Area.PORTFOLIO
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
        "All of your last 6 ended with no reply: the resume is the most likely thing to revamp."
    )
    silence = [*only_silence, at(Stage.TECHNICAL, 20), at(Stage.FINAL, 21)]
    assert recent_pattern(silence).startswith("6 of your last 8 ended with no reply: ")
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
    assert "No reply         4  " + "█" * 30 in text
    assert "Offer            0\n" in text
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
