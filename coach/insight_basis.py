"""Which entries the reading rests on: all of them, the last months, or those since a fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from coach.date_words import MONTH_NAMES
from coach.insight_areas import AREA_OF_STAGE, Area, area_counts, top_area
from coach.insight_words import AREA_HEADLINE
from coach.model import Entry
from coach.plans import Plan, PlanStatus, carried_out_on
from coach.wording import counted

# A long journal is read over its newest entry's month and the two before it
# (two to three months). A search changes over months (a new resume, another
# kind of role), so half a year back is mostly a search the person has left;
# and a few months hold enough entries that one mixed week (eight or ten
# entries for a busy searcher) cannot flip the advice back and forth. Whole
# calendar months keep the window, and its words ("since September"), still
# from one day to the next.
RECENT_MONTHS = 3

# Below this many entries in those months, they are too thin to stand in for
# the whole journal, which is then read as a whole (as every short journal is).
# From this many, the journal is read by the long rules (Basis.long), whether or
# not anything came before the months.
RECENT_MIN = 20

# Entries since a done fix needed to read them alone: the newest-few window.
SINCE_FIX_MIN = 8

# A done plan's theme, and the area of rejections it answers, only where the
# link is plain: a rewritten resume speaks to silence and no's on paper, and a
# reworked portfolio to no's after a look at it. Practising interviews could
# answer a phone screen or a technical round alike, so it narrows nothing.
FIXES: dict[str, Area] = {"resume": Area.RESUME, "portfolio": Area.PORTFOLIO}


@dataclass(frozen=True)
class Basis:
    """The entries a reading rests on, and how to say where they start."""

    entries: Sequence[Entry]
    # The first day read, or the day a fix was done (those after it are read);
    # None: the whole journal.
    since: date | None = None
    since_words: str = ""  # "Since September", or "" for the whole journal
    # One sentence on the entries left out, or on a fix too recent to judge.
    note: str = ""
    # A long journal read over its last months: its newest few take the reading
    # over only when they agree decisively (insight_reading.DECISIVE).
    long: bool = False

    @property
    def scope(self) -> str:
        """ "all 14", or "the 104 since September"."""
        if self.since is None:
            return f"all {len(self.entries)}"
        return f"the {len(self.entries)} {self.since_words[0].lower()}{self.since_words[1:]}"


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def _month_words(start: date, newest: date) -> str:
    month = MONTH_NAMES[start.month - 1]
    return f"Since {month}" if start.year == newest.year else f"Since {month} {start.year}"


def _day_words(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]}"


def _recent_months(entries: Sequence[Entry], today: date | None) -> Basis:
    # A day past today (a hand edit, a clock set wrong) would anchor the months
    # on the future and leave out nearly every entry that is really recent (rv23).
    newest = max(e.date for e in entries)
    if today is not None:
        newest = min(newest, today)
    start = _months_back(newest, RECENT_MONTHS - 1)
    inside = [e for e in entries if e.date >= start]
    if len(inside) < RECENT_MIN:
        return Basis(entries)
    if len(inside) == len(entries):
        # Months enough to read by the long rules, nothing before them to leave out.
        # The rules are for the many entries of those months, whatever came before:
        # one old entry switched a journal of 21 over (fz15).
        return Basis(entries, long=True)
    older = [e for e in entries if e.date < start]
    areas = area_counts(older)
    area = top_area(areas)
    words = _month_words(start, newest)
    many = f"{areas[area]} of {len(older)}"
    if areas[area] == len(older):
        many = {1: "the one rejection", 2: "both"}.get(len(older), f"all {len(older)}")
    note = (
        f"Before {words.removeprefix('Since ')}, {many} came "
        f"{AREA_HEADLINE[area]}; the reading rests on the {len(inside)} since, which say "
        "more about where you are stopped now."
    )
    return Basis(inside, start, words, note, long=True)


def _latest_fix(plans: Sequence[Plan], area: Area, after: date) -> tuple[Plan, date] | None:
    """The done plan that most recently fixed `area`, finished after `after`."""
    done = [
        (plan, carried_out_on(plan))
        for plan in plans
        if plan.status is PlanStatus.DONE and FIXES.get(plan.theme) is area
    ]
    done = [(plan, day) for plan, day in done if day > after]
    return max(done, key=lambda pair: pair[1]) if done else None


def _since_fix(basis: Basis, plans: Sequence[Plan], entries: Sequence[Entry]) -> Basis:
    """The basis cut to the time since a done plan fixed what it points at.

    What came before the fix is counted over all `entries`, not only the months
    the basis holds: the note stands for every one of them (rv23: "the 40 that
    came before it" of 140, the months note that named the other 100 replaced).
    """
    area = top_area(area_counts(basis.entries))
    fix = _latest_fix(plans, area, min(e.date for e in basis.entries))
    if fix is None:
        return basis
    plan, day = fix
    # From the day after: a no that came the day the plan was done answered
    # an application sent before it.
    since = [e for e in basis.entries if e.date > day]
    if not any(e.date <= day and AREA_OF_STAGE[e.stage] is area for e in basis.entries):
        return basis  # none of the evidence came before the fix: it changes nothing
    done = f'You did your plan to "{plan.then}" on {_day_words(day)}'
    if plan.closed_on is not None and plan.closed_on > day:
        # Answered late: the reading counts from the plan's day, and says why that day.
        done = (
            f'You did your plan to "{plan.then}", set for {_day_words(day)} (you marked it '
            f"done on {_day_words(plan.closed_on)})"
        )
    if len(since) < SINCE_FIX_MIN:
        few = (
            f"{counted(len(since), 'rejection')} since is too few to tell yet"
            if since
            else "no rejection has come since, so it is too early to tell"
        )
        note = f"{done}; {few} whether it changed where you are stopped."
        # The reading still rests on the months: what they left out is still said.
        note = f"{basis.note} {note}" if basis.note else note
        return Basis(basis.entries, basis.since, basis.since_words, note, basis.long)
    before = sum(1 for e in entries if e.date <= day and AREA_OF_STAGE[e.stage] is area)
    note = (
        f"{done}: the {before} that came {AREA_HEADLINE[area]} before it say little about "
        f"what you send now, so the reading rests on the {len(since)} since."
    )
    return Basis(since, day, f"Since {_day_words(day)}", note, basis.long)


def basis(entries: Sequence[Entry], plans: Sequence[Plan] = (), today: date | None = None) -> Basis:
    """The entries the reading rests on: recent months of a long journal, then since a fix.

    With `today`, the months end at the newest entry not after it.
    """
    return _since_fix(_recent_months(entries, today), plans, entries)


def fix_marks(plans: Sequence[Plan]) -> tuple[tuple[str, date], ...]:
    """The done plans a reading can rest on, to tell a reading worked out ahead is stale."""
    return tuple(
        sorted(
            (plan.id, carried_out_on(plan))
            for plan in plans
            if plan.status is PlanStatus.DONE and plan.theme in FIXES
        )
    )
