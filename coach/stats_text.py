"""The insights as plain text for `coach stats`, with the funnel drawn in bars."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date

from coach.date_words import MONTHS
from coach.insights import READING_MIN_ENTRIES, Insights, PeriodCount
from coach.wording import counted

BAR = "█"
SPARK = " ▁▂▃▄▅▆▇█"


def bar(count: int, largest: int, width: int) -> str:
    """A bar of up to width blocks; any count above zero shows at least one."""
    if count <= 0 or largest <= 0:
        return ""
    return BAR * max(1, round(width * count / largest))


def sparkline(counts: list[int]) -> str:
    """One character per count, taller for more."""
    largest = max(counts, default=0)
    if largest == 0:
        return "▁" * len(counts)
    steps = len(SPARK) - 1
    return "".join(SPARK[round(steps * c / largest)] if c else "▁" for c in counts)


def weathered_line(count: int) -> str:
    """A warm sentence about how many rejections the person has come through."""
    if count == 0:
        return "No rejections logged yet."
    if count == 1:
        return "Rejections weathered: 1. You came through it, and you wrote it down."
    return f"Rejections weathered: {count}. You came through every one of them."


def mood_line(insights: Insights) -> str:
    """Mood before vs after the walk, in words."""
    mood = insights.mood
    if not mood.rated or mood.before_average is None or mood.after_average is None:
        return "Mood: not enough ratings yet (rate before and after the walk to see this)."
    return (
        f"Mood: {mood.before_average:.1f} before the walk, {mood.after_average:.1f} after "
        f"(out of 10); better afterwards {mood.improved} of {times(mood.rated)}."
    )


def times(count: int) -> str:
    """ "1 time", "3 times"."""
    return counted(count, "time")


def _wrap(text: str, indent: str = "") -> list[str]:
    # Long guidance sentences read badly past 78 columns in a terminal.
    return textwrap.wrap(text, 78, initial_indent=indent, subsequent_indent=" " * len(indent))


def feedback_line(insights: Insights) -> str:
    """Feedback requests and answers, in words."""
    feedback = insights.feedback
    if not feedback.requested:
        return "Feedback: not asked for yet."
    return f"Feedback: asked {times(feedback.requested)}, answered {times(feedback.received)}."


def replies_line(insights: Insights) -> str:
    """Replies sent, chosen against, and drafted, in words."""
    replies = insights.replies
    return (
        f"Replies: {replies.sent} sent, {replies.not_replying} no message (by choice), "
        f"{replies.drafted} drafted."
    )


def chart_ends(periods: Sequence[PeriodCount], *, months: bool) -> tuple[str, str]:
    """What the first and last bars of a time chart stand for ("week of 7 Sep", "Nov 2026")."""
    if not periods:
        return "", ""

    def name(day: date) -> str:
        if months:
            return f"{MONTHS[day.month - 1]} {day.year}"
        return f"week of {day.day} {MONTHS[day.month - 1]}"

    return name(periods[0].start), name(periods[-1].start)


def too_early_line(count: int) -> str:
    """Why there is no reading yet, for a journal of 1 or 2 entries."""
    return (
        f"With {count} so far, it is too early to read a pattern. After "
        f"{READING_MIN_ENTRIES} or more, this shows what to work on."
    )


def format_stats(insights: Insights, *, bar_width: int = 30) -> str:
    """Every number from the insights screen as plain text."""
    lines = [weathered_line(insights.weathered)]
    if not insights.weathered:
        lines.append("Add one with `coach` and the numbers will start here.")
        return "\n".join(lines) + "\n"
    lines += ["", "Where the rejections came (the funnel):"]
    largest = insights.funnel.largest
    for row in insights.funnel.rows:
        lines.append(
            f"  {row.stage.label:<17}{row.count:>5}  {bar(row.count, largest, bar_width)}".rstrip()
        )
    reading = insights.reading
    if reading is None:
        lines += ["", *_wrap(too_early_line(insights.weathered))]
    else:
        lines += ["", *_wrap(f"{reading.headline}: {reading.suggestion}.")]
        if reading.earlier:
            lines += _wrap(reading.earlier)
        if reading.sureness:
            lines += _wrap(f"({reading.sureness})")
        if reading.actions:
            lines.append("Next actions:")
            for action in reading.actions:
                lines += _wrap(action, "  - ")
    if insights.pattern:
        lines += ["", *_wrap(insights.pattern)]
    weekly = [p.count for p in insights.weekly]
    monthly = [p.count for p in insights.monthly]
    lines += [
        "",
        f"Last {len(weekly)} weeks:  {sparkline(weekly)}  ({sum(weekly)} in all)",
        f"Last {len(monthly)} months: {sparkline(monthly)}  ({sum(monthly)} in all)",
        "",
        mood_line(insights),
        feedback_line(insights),
        replies_line(insights),
    ]
    if insights.reapply_due:
        lines += ["", "Ready to apply again:"]
        for entry in insights.reapply_due:
            when = entry.reapply_after.isoformat() if entry.reapply_after else ""
            lines.append(f"  {entry.summary()}  (after {when})")
    return "\n".join(lines) + "\n"
