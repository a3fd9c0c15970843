"""What the plans show: made, done, let go, by theme, and what came after a plan was done."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coach.dates import describe_day
from coach.insight_areas import AREA_OF_STAGE, AREA_ORDER
from coach.model import Entry
from coach.plans import THEMES, Plan, PlanStatus
from coach.wording import counted


@dataclass(frozen=True)
class ThemeCounts:
    """Plans made for one theme, and how they ended so far."""

    theme: str
    label: str
    made: int
    done: int
    let_go: int


@dataclass(frozen=True)
class AfterDone:
    """For plans that were done: where the first rejection dated after their done day came.

    Compared with the rejection the plan was made for, by area of the funnel
    (no reply and a no on the application count as the same place).
    """

    further: int  # the next no came later in the funnel
    same: int
    earlier: int
    none_since: int  # no rejection logged since the plan was done


@dataclass(frozen=True)
class PlanSummary:
    """Counts, never a score."""

    made: int
    done: int
    let_go: int
    open: int
    themes: tuple[ThemeCounts, ...]
    after_done: AfterDone
    overdue: int = 0  # open plans whose day has passed: not "still ahead"


def _place(entry: Entry) -> int:
    return AREA_ORDER.index(AREA_OF_STAGE[entry.stage])


def after_done(plans: Sequence[Plan], entries: Sequence[Entry]) -> AfterDone:
    """Where the next rejection came after each done plan, against the one it was made for."""
    if not any(plan.status is PlanStatus.DONE for plan in plans):
        return AfterDone(0, 0, 0, 0)  # (no look at every entry: insights shows on the UI thread)
    by_id = {entry.id: entry for entry in entries}
    further = same = earlier = none_since = 0
    for plan in plans:
        if plan.status is not PlanStatus.DONE or plan.entry_id not in by_id:
            continue
        start = by_id[plan.entry_id]
        # Only a no dated after the day it was marked done surely came after it: one
        # dated before, or that day, may have come first (rv44 #4: a no of the 27th was
        # credited to a plan marked done on the 28th).
        finished = plan.closed_on or plan.due
        later = [e for e in entries if e.id != start.id and e.date > finished]
        if not later:
            none_since += 1
            continue
        following = min(later, key=lambda e: (e.date, e.created_at, e.id))
        step = _place(following) - _place(start)
        if step > 0:
            further += 1
        elif step == 0:
            same += 1
        else:
            earlier += 1
    return AfterDone(further, same, earlier, none_since)


def summarise(
    plans: Sequence[Plan], entries: Sequence[Entry], today: date | None = None
) -> PlanSummary:
    """Every plan counted by how it ended and by theme (themes in a fixed order).

    With `today`, open plans whose day has passed are counted as overdue.
    """
    statuses = Counter(plan.status for plan in plans)
    themes = []
    for theme in [*THEMES, *sorted({p.theme for p in plans} - set(THEMES))]:
        mine = [plan for plan in plans if plan.theme == theme]
        if not mine:
            continue
        done = sum(1 for plan in mine if plan.status is PlanStatus.DONE)
        let_go = sum(1 for plan in mine if plan.status is PlanStatus.DROPPED)
        themes.append(ThemeCounts(theme, THEMES.get(theme, theme), len(mine), done, let_go))
    return PlanSummary(
        made=len(plans),
        done=statuses[PlanStatus.DONE],
        let_go=statuses[PlanStatus.DROPPED],
        open=statuses[PlanStatus.OPEN],
        themes=tuple(themes),
        after_done=after_done(plans, entries),
        overdue=0
        if today is None
        else sum(1 for p in plans if p.status is PlanStatus.OPEN and p.due < today),
    )


def summary_sentences(summary: PlanSummary) -> list[str]:
    """The plans in plain, kind sentences; nothing is graded."""
    if not summary.made:
        return [
            "No plans yet. At the end of a walk you can make one small if-then plan; "
            "they show up here."
        ]
    parts = [f"{summary.done} done"] if summary.done else []
    if summary.let_go:
        parts.append(f"{summary.let_go} let go")
    ahead = summary.open - summary.overdue
    if summary.overdue:
        parts.append(f"{summary.overdue} past {'its' if summary.overdue == 1 else 'their'} day")
    if ahead:
        parts.append(f"{ahead} still ahead")
    lines = [f"You made {counted(summary.made, 'plan')}: {', '.join(parts)}."]
    if summary.done:
        lines.append(
            f"{counted(summary.done, 'plan')} carried through: each one is a step you took, "
            "not just one you thought about."
        )
    if summary.let_go:
        lines.append("Letting a plan go is part of planning; it makes room for one that fits.")
    return lines


def theme_sentence(counts: ThemeCounts) -> str:
    """ "Resume: 2 made, 1 done, 1 let go." """
    parts = [f"{counts.made} made"]
    if counts.done:
        parts.append(f"{counts.done} done")
    if counts.let_go:
        parts.append(f"{counts.let_go} let go")
    return f"{counts.label}: {', '.join(parts)}."


def after_done_sentences(after: AfterDone) -> list[str]:
    """What came next after plans were done, as counts in words.

    Each says what is compared: the first rejection dated after the day a plan was
    marked done, against the rejection the plan was made for.
    """
    lines = []
    first = "The first rejection dated after the day a plan was marked done came"
    if after.further:
        lines.append(
            f"{first} further along the funnel than the one the plan was made for, "
            f"{_times(after.further)}: you got further than before."
        )
    if after.same:
        lines.append(
            f"{first} at the same stage of the funnel as the one the plan was made for, "
            f"{_times(after.same)}; one step rarely moves the funnel on its own, so that "
            "is common."
        )
    if after.earlier:
        # Not "earlier": that reads as sooner in time (rv22 item 8); this is the funnel.
        plan = "the plan" if after.earlier == 1 else "those plans"
        lines.append(
            f"{first} at an earlier stage of the funnel than the one the plan was made for, "
            f"{_times(after.earlier)}; different roles stop people at different stages, so "
            f"on its own that says little about {plan}."
        )
    if after.none_since:
        each = "it was" if after.none_since == 1 else "each was"
        lines.append(
            f"After {counted(after.none_since, 'done plan')}, no rejection dated after the "
            f"day {each} marked done has been logged."
        )
    return lines


# How home says to reach the check-in after Later: the palette's Plans item.
CHECKIN_AGAIN = "press ctrl+p, then choose Plans"


def home_line(plans: Sequence[Plan], now: date | datetime, *, asking: bool = False) -> str | None:
    """One line for home: plans waiting for an answer, carried through, and the next one.

    now: the app's clock (a plan is asked about once its time of day is over),
    or a bare day. asking: the check-in that asks about them is open over home,
    so the line behind it does not send the person to look for it (rv23).
    """
    today = now.date() if isinstance(now, datetime) else now
    done = sum(1 for plan in plans if plan.status is PlanStatus.DONE)
    # A plan for this evening is ahead until its time is over (Plan.is_due): "for today".
    ahead = sorted(p.due for p in plans if p.status is PlanStatus.OPEN and not p.is_due(now))
    # Left for later on the check-in (Esc), a plan whose time has come is still waiting.
    # Not "its day has come": an evening plan is asked the morning after its day.
    waits = [] if asking else [plan.due for plan in plans if plan.is_due(now)]
    waiting = len(waits)
    parts = []
    if waiting == 1:
        day = describe_day(waits[0], today)
        parts.append(f"A plan you made for {day} waits for your answer: {CHECKIN_AGAIN}.")
    elif waiting:
        parts.append(f"{waiting} plans you made wait for your answer: {CHECKIN_AGAIN}.")
    if done:
        parts.append(f"You have carried through {counted(done, 'plan')} so far.")
    if ahead:
        early = ""
        if ahead[0] <= today and not asking and not waiting:
            # Its time not over (an evening plan at 9 pm): it may be done already.
            early = f" Done already? {CHECKIN_AGAIN[0].upper()}{CHECKIN_AGAIN[1:]}."
        parts.append(f"Your next plan is for {describe_day(ahead[0], today)}.{early}")
    return " ".join(parts) or None


def nothing_waiting(plans: Sequence[Plan], now: datetime) -> str:
    """Said when the palette's Plans finds none to ask about: and when the next one is."""
    from coach.plan_time import asked_words

    ahead = [p.asked_from for p in plans if p.status is PlanStatus.OPEN and not p.is_due(now)]
    said = "No plans are waiting for an answer yet."
    if ahead:
        # A plan for this evening is for today, yet asked about tomorrow: say so.
        said += f" Coach asks about the next one {asked_words(min(ahead), now.date())}."
    return said


def _times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count} times")


def summary_to_record(summary: PlanSummary) -> dict[str, Any]:
    """Plain JSON-ready data for `coach stats --json`."""
    after = summary.after_done
    return {
        "made": summary.made,
        "done": summary.done,
        "let_go": summary.let_go,
        "open": summary.open,
        "overdue": summary.overdue,
        "by_theme": {
            t.theme: {"made": t.made, "done": t.done, "let_go": t.let_go} for t in summary.themes
        },
        "after_done": {
            "further": after.further,
            "same": after.same,
            "earlier": after.earlier,
            "none_since": after.none_since,
        },
    }


def format_plan_stats(summary: PlanSummary) -> str:
    """The plans section of `coach stats`."""
    lines = ["", "Plans:", *summary_sentences(summary)]
    lines += [f"  {theme_sentence(counts)}" for counts in summary.themes]
    lines += after_done_sentences(summary.after_done)
    return "\n".join(lines) + "\n"
