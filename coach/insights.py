"""What the journal teaches: funnel counts, where rejections cluster, trends."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from coach.content import Content
from coach.insight_areas import AREA_OF_STAGE, Area, _area_counts, _top_area, stands_out
from coach.insight_words import (
    AREA_HEADLINE,
    AREA_SUGGESTION,
    NO_STANDOUT,
    SPREAD,
    STAGE_ENDING,
    _spread_reading,
    mixed_lately,
    sureness,
    then_and_now,
)
from coach.merge import counted_once
from coach.model import Entry, FeedbackStatus, ReplyStatus, Stage

# An entry as the journal keeps it (shared, read-only) or a plain one.
AnyEntry = TypeVar("AnyEntry", bound=Entry)

# Below this many entries a pattern is more likely chance than signal.
PATTERN_MIN_ENTRIES = 5


PATTERN_WINDOW = 8


# The funnel reading is shown from this many entries, marked tentative below
# PATTERN_MIN_ENTRIES.
READING_MIN_ENTRIES = 3


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
class Reading:
    """Where rejections cluster, what it suggests, and what to do next."""

    area: Area
    stage: Stage  # the stage whose diagnosis gives the next actions
    count: int  # rejections in the area
    total: int
    headline: str
    suggestion: str
    title: str
    body: str
    actions: tuple[str, ...]
    tentative: bool  # too few entries to call it a pattern
    stands_out: bool  # False: a spread, and `area` only leads it (maybe tied)
    # How sure the reading is, in one sentence, at any size of journal.
    sureness: str = ""
    # True: the newest few point elsewhere than the whole history, and the
    # reading follows them; `earlier` then ties the two together in words.
    follows_recent: bool = False
    earlier: str = ""


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


def funnel(entries: Sequence[Entry]) -> Funnel:
    """Rejections per stage, all seven stages, zeros included."""
    counts = Counter(entry.stage for entry in entries)
    total = len(entries)
    rows = tuple(
        FunnelRow(stage, counts[stage], counts[stage] / total if total else 0.0) for stage in Stage
    )
    return Funnel(rows, total)


def _newest(entries: Sequence[AnyEntry], window: int) -> list[AnyEntry]:
    # The newest few without sorting everything: a long journal has thousands.
    return heapq.nlargest(window, entries, key=lambda e: (e.date, e.created_at, e.id))


def _lead_stage(entries: Iterable[Entry], area: Area) -> Stage:
    stages = Counter(e.stage for e in entries if AREA_OF_STAGE[e.stage] == area)
    # Within the resume area, the more common of no reply / application
    # chooses the wording of the actions; ties go to the earlier stage.
    return max(
        (s for s in Stage if AREA_OF_STAGE[s] == area),
        key=lambda s: (stages[s], -list(Stage).index(s)),
    )


def _recent_lead(entries: Sequence[Entry], window: int) -> tuple[Area, int, int] | None:
    """The newest `window`'s cluster (area, count, shown), or None for a spread or no window."""
    if len(entries) <= window:
        return None
    recent = _newest(entries, window)
    areas = _area_counts(recent)
    area = _top_area(areas)
    return (area, areas[area], len(recent)) if stands_out(areas[area], len(recent)) else None


def diagnose(
    entries: Sequence[Entry], content: Content, window: int = PATTERN_WINDOW
) -> Reading | None:
    """Where the rejections cluster (or that they are spread) and the next actions.

    None under 3 entries. When no area stands out the reading still names the
    leading area, tentatively, so the next actions have somewhere to start.
    When the newest `window` cluster somewhere the whole history does not,
    the reading follows them: the person has moved on, and the old advice
    (say, a resume revamp for someone now reaching phone screens) would send
    them back to fix what already works.
    """
    total = len(entries)
    if total < READING_MIN_ENTRIES:
        return None
    areas = _area_counts(entries)
    area = _top_area(areas)
    count = areas[area]
    clear = stands_out(count, total)
    lead = _recent_lead(entries, window)
    if lead is not None and (not clear or lead[0] != area):
        return _recent_reading(entries, content, lead, area if clear else None, count)
    stage = _lead_stage(entries, area)
    diagnosis = content.diagnoses.get(stage)
    if not clear:
        headline, suggestion = _spread_reading(areas, area, total)
    else:
        many = f"All {total} of your" if count == total else f"{count} of your {total}"
        headline = f"{many} rejections came {AREA_HEADLINE[area]}"
        suggestion = AREA_SUGGESTION[area]
    tentative = total < PATTERN_MIN_ENTRIES
    return Reading(
        area=area,
        stage=stage,
        count=count,
        total=total,
        headline=headline,
        suggestion=suggestion,
        title=diagnosis.title if diagnosis else "",
        body=diagnosis.body if diagnosis else "",
        actions=diagnosis.actions if diagnosis else (),
        tentative=tentative,
        stands_out=clear,
        sureness=sureness(
            total, count, clear=clear, recent=False, window=window, tentative=tentative
        ),
    )


def _recent_reading(
    entries: Sequence[Entry],
    content: Content,
    lead: tuple[Area, int, int],
    whole: Area | None,
    whole_count: int,
) -> Reading:
    """The reading from the newest few, tied to the whole history in one sentence."""
    area, count, shown = lead
    recent = _newest(entries, shown)
    stage = _lead_stage(recent, area)
    diagnosis = content.diagnoses.get(stage)
    line = _cluster_line(recent, area, count, shown)
    headline, _, suggestion = line.rstrip(".").partition(": ")
    return Reading(
        area=area,
        stage=stage,
        count=count,
        total=shown,
        headline=headline,
        suggestion=suggestion,
        title=diagnosis.title if diagnosis else "",
        body=diagnosis.body if diagnosis else "",
        actions=diagnosis.actions if diagnosis else (),
        tentative=False,
        stands_out=True,
        sureness=sureness(
            len(entries), count, clear=True, recent=True, window=shown, tentative=False
        ),
        follows_recent=True,
        earlier=then_and_now(whole, area, len(entries), whole_count, shown),
    )


def recent_pattern(entries: Sequence[Entry], window: int = PATTERN_WINDOW) -> str | None:
    """A line such as "6 of your last 8 ended with no reply: ..."; None under 5 entries.

    Looks at the newest `window` entries whatever order they are given in. A
    window under 2 has no pattern to find, so it gives None too.
    """
    if len(entries) < PATTERN_MIN_ENTRIES or window < 2:
        return None
    recent = _newest(entries, window)
    shown = len(recent)
    areas = _area_counts(recent)
    area = _top_area(areas)
    count = areas[area]
    # A spread is still worth saying: it tells the person nothing single is
    # wrong, in the same words the reading uses.
    if not stands_out(count, shown):
        return f"Your last {shown} rejections are {SPREAD}: {NO_STANDOUT}."
    return _cluster_line(recent, area, count, shown)


def _cluster_line(recent: Sequence[Entry], area: Area, count: int, shown: int) -> str:
    stages = Counter(e.stage for e in recent if AREA_OF_STAGE[e.stage] == area)
    if len(stages) == 1:
        (stage,) = stages
        ending = STAGE_ENDING[stage]
    elif area == Area.RESUME:
        ending = "ended before any conversation (never heard back, or a no on the application)"
    else:
        ending = f"came {AREA_HEADLINE[area]}"
    lead = "All of" if count == shown else f"{count} of"
    return f"{lead} your last {shown} {ending}: {AREA_SUGGESTION[area]}."


def pattern_beside(
    entries: Sequence[Entry], reading: Reading | None, window: int = PATTERN_WINDOW
) -> str | None:
    """The recent line as the insights page shows it under the reading.

    None when the reading already follows the newest few (its headline is
    this line). When the whole history has a cluster and the newest few are
    a spread, the line says how the two fit instead of a second verdict.
    """
    if reading is not None and reading.follows_recent:
        return None
    line = recent_pattern(entries, window)
    if reading is None or line is None or len(entries) <= window or not reading.stands_out:
        return line
    if SPREAD not in line:
        return line
    recent = _newest(entries, window)
    still = sum(1 for e in recent if AREA_OF_STAGE[e.stage] == reading.area)
    return mixed_lately(reading.area, still, len(recent), reading.total)


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


def compute(entries: Sequence[Entry], content: Content, today: date) -> Insights:
    """Every insight over the entries, as of today."""
    entries = counted_once(entries)
    reading = diagnose(entries, content)
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
