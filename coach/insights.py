"""What the journal teaches: funnel counts, where rejections cluster, trends."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from coach.content import Content
from coach.insight_areas import Area, stands_out
from coach.insight_basis import fix_marks
from coach.insight_reading import (
    PATTERN_MIN_ENTRIES,
    PATTERN_WINDOW,
    READING_MIN_ENTRIES,
    AnyEntry,
    Reading,
    diagnose,
    pattern_beside,
    recent_pattern,
)
from coach.merge import counted_once
from coach.model import Entry, FeedbackStatus, ReplyStatus, Stage
from coach.plans import Plan

# Re-exported: callers and tests import the reading from here, as before the split.
__all__ = [
    "PATTERN_MIN_ENTRIES",
    "PATTERN_WINDOW",
    "READING_MIN_ENTRIES",
    "Area",
    "Reading",
    "diagnose",
    "recent_pattern",
    "stands_out",
]


@dataclass(frozen=True)
class FunnelRow:
    """How many rejections came at one stage."""

    stage: Stage
    count: int
    share: float  # of all entries, 0.0 to 1.0


@dataclass(frozen=True)
class Funnel:
    """Rejections per stage, every stage present in funnel order."""

    rows: tuple[FunnelRow, ...]
    total: int

    def count(self, stage: Stage) -> int:
        """Rejections at this stage."""
        return next(row.count for row in self.rows if row.stage == stage)

    @property
    def largest(self) -> int:
        """The biggest single count (for scaling bars)."""
        return max((row.count for row in self.rows), default=0)


@dataclass(frozen=True)
class PeriodCount:
    """Rejections in one week (starting Monday) or one calendar month."""

    start: date
    label: str
    count: int


@dataclass(frozen=True)
class MoodChange:
    """Mood before and after the walk, over entries that have both."""

    rated: int  # entries with both moods
    before_average: float | None
    after_average: float | None
    improved: int
    same: int
    lower: int


@dataclass(frozen=True)
class FeedbackCounts:
    """Feedback requests and how many were answered."""

    requested: int  # asked, whether or not an answer came
    received: int

    @property
    def ratio(self) -> float | None:
        """Share of requests answered; None when none were made."""
        return self.received / self.requested if self.requested else None


@dataclass(frozen=True)
class ReplyCounts:
    """What the person did about replying."""

    sent: int
    not_replying: int
    drafted: int
    undecided: int


@dataclass(frozen=True)
class Insights:
    """Everything the insights screen and `coach stats` show."""

    weathered: int
    funnel: Funnel
    reading: Reading | None
    pattern: str | None
    weekly: tuple[PeriodCount, ...]
    monthly: tuple[PeriodCount, ...]
    mood: MoodChange
    feedback: FeedbackCounts
    replies: ReplyCounts
    reapply_due: tuple[Entry, ...] = field(default_factory=tuple)
    # The done plans the reading took into account (insight_basis.fix_marks).
    fixes: tuple[tuple[str, date], ...] = ()


def funnel(entries: Sequence[Entry]) -> Funnel:
    """Rejections per stage, all seven stages, zeros included."""
    counts = Counter(entry.stage for entry in entries)
    total = len(entries)
    rows = tuple(
        FunnelRow(stage, counts[stage], counts[stage] / total if total else 0.0) for stage in Stage
    )
    return Funnel(rows, total)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def per_week(entries: Iterable[Entry], today: date, weeks: int = 12) -> tuple[PeriodCount, ...]:
    """Rejections in each of the last `weeks` weeks (Monday starts), oldest first."""
    this_week = _week_start(today)
    starts = [this_week - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    counts: Counter[date] = Counter()
    # Count days first: far fewer distinct days than entries in a long journal.
    for day, count in Counter(entry.date for entry in entries).items():
        counts[_week_start(day)] += count
    return tuple(PeriodCount(s, f"week of {s.isoformat()}", counts[s]) for s in starts)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def per_month(entries: Iterable[Entry], today: date, months: int = 12) -> tuple[PeriodCount, ...]:
    """Rejections in each of the last `months` calendar months, oldest first."""
    this_month = _month_start(today)
    starts = [_months_back(this_month, n) for n in range(months - 1, -1, -1)]
    counts: Counter[date] = Counter()
    for day, count in Counter(entry.date for entry in entries).items():
        counts[_month_start(day)] += count
    return tuple(PeriodCount(s, s.strftime("%Y-%m"), counts[s]) for s in starts)


def mood_change(entries: Iterable[Entry]) -> MoodChange:
    """Mood before vs after, over entries where both were rated."""
    pairs = [
        (e.mood_before, e.mood_after)
        for e in entries
        if e.mood_before is not None and e.mood_after is not None
    ]
    if not pairs:
        return MoodChange(0, None, None, 0, 0, 0)
    return MoodChange(
        rated=len(pairs),
        before_average=sum(b for b, _ in pairs) / len(pairs),
        after_average=sum(a for _, a in pairs) / len(pairs),
        improved=sum(1 for b, a in pairs if a > b),
        same=sum(1 for b, a in pairs if a == b),
        lower=sum(1 for b, a in pairs if a < b),
    )


def feedback_counts(entries: Iterable[Entry]) -> FeedbackCounts:
    """How many times feedback was asked for, and how many answers came."""
    statuses = Counter(entry.feedback for entry in entries)
    received = statuses[FeedbackStatus.RECEIVED]
    return FeedbackCounts(statuses[FeedbackStatus.REQUESTED] + received, received)


def reply_counts(entries: Iterable[Entry]) -> ReplyCounts:
    """Replies sent, decided against, drafted and not yet decided."""
    statuses = Counter(entry.reply.status for entry in entries)
    return ReplyCounts(
        sent=statuses[ReplyStatus.SENT],
        not_replying=statuses[ReplyStatus.NOT_REPLYING],
        drafted=statuses[ReplyStatus.DRAFTED],
        undecided=statuses[ReplyStatus.UNDECIDED],
    )


def reapply_due(entries: Iterable[AnyEntry], today: date) -> list[AnyEntry]:
    """Entries whose "reapply after" date has come, the longest-waiting first."""
    due = [e for e in entries if e.reapply_after is not None and e.reapply_after <= today]
    return sorted(due, key=lambda e: (e.reapply_after, e.company.casefold()))


def reading_of(
    entries: Sequence[Entry],
    content: Content,
    plans: Sequence[Plan] = (),
    today: date | None = None,
) -> Reading | None:
    """The reading insights show: each rejection counted once, and done fixes set aside.

    The walk's plan ideas come from it too, so the two never disagree (a walk
    offering to rewrite the resume a done plan already rewrote).
    """
    return diagnose(counted_once(entries), content, plans=plans, today=today)


def compute(
    entries: Sequence[Entry], content: Content, today: date, plans: Sequence[Plan] = ()
) -> Insights:
    """Every insight over the entries, as of today.

    Done plans let the reading leave out rejections that came before the fix.
    """
    reading = reading_of(entries, content, plans, today)
    entries = counted_once(entries)
    return Insights(
        weathered=len(entries),
        funnel=funnel(entries),
        reading=reading,
        pattern=pattern_beside(entries, reading),
        weekly=per_week(entries, today),
        monthly=per_month(entries, today),
        mood=mood_change(entries),
        feedback=feedback_counts(entries),
        replies=reply_counts(entries),
        reapply_due=tuple(reapply_due(entries, today)),
        fixes=fix_marks(plans),
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def insights_to_record(insights: Insights) -> dict[str, Any]:
    """Plain JSON-ready data for `coach stats --json`."""
    reading = insights.reading
    mood = insights.mood
    return {
        "weathered": insights.weathered,
        "funnel": {row.stage.value: row.count for row in insights.funnel.rows},
        "reading": None
        if reading is None
        else {
            "area": reading.area.value,
            "stage": reading.stage.value,
            "count": reading.count,
            "total": reading.total,
            "headline": reading.headline,
            "suggestion": reading.suggestion,
            "title": reading.title,
            "actions": list(reading.actions),
            "tentative": reading.tentative,
            "stands_out": reading.stands_out,
            "sureness": reading.sureness,
            "follows_recent": reading.follows_recent,
            "earlier": reading.earlier,
            "since": reading.since.isoformat() if reading.since else None,
        },
        "pattern": insights.pattern,
        "per_week": [{"start": p.start.isoformat(), "count": p.count} for p in insights.weekly],
        "per_month": [{"month": p.label, "count": p.count} for p in insights.monthly],
        "mood": {
            "rated": mood.rated,
            "before_average": _rounded(mood.before_average),
            "after_average": _rounded(mood.after_average),
            "improved": mood.improved,
            "same": mood.same,
            "lower": mood.lower,
        },
        "feedback": {
            "requested": insights.feedback.requested,
            "received": insights.feedback.received,
        },
        "replies": {
            "sent": insights.replies.sent,
            "not_replying": insights.replies.not_replying,
            "drafted": insights.replies.drafted,
            "undecided": insights.replies.undecided,
        },
        "reapply_due": [
            {
                "id": e.id,
                "company": e.company,
                "role": e.role,
                "reapply_after": e.reapply_after.isoformat() if e.reapply_after else None,
            }
            for e in insights.reapply_due
        ],
    }
