"""The funnel reading: where rejections cluster, how sure it is, and the recent pattern."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from coach.content import Content
from coach.insight_areas import AREA_OF_STAGE, Area, area_counts, stands_out, top_area
from coach.insight_basis import Basis, basis
from coach.insight_words import (
    AREA_HEADLINE,
    AREA_SUGGESTION,
    NO_STANDOUT,
    SPREAD,
    STAGE_ENDING,
    lean_too_few,
    mixed_lately,
    spread_reading,
    sureness,
    then_and_now,
)
from coach.model import Entry, Stage
from coach.plans import Plan

# An entry as the journal keeps it (shared, read-only) or a plain one.
AnyEntry = TypeVar("AnyEntry", bound=Entry)

# Below this many entries a pattern is more likely chance than signal.
PATTERN_MIN_ENTRIES = 5


PATTERN_WINDOW = 8


# A long journal's newest weeks: a change that has held this long leads the
# reading by a bare majority, as the newest 8 do in a short journal.
LATELY_DAYS = 28


def lately(entries: Sequence[Entry], today: date | None = None) -> int:
    """How many entries came in the newest LATELY_DAYS (counted back from the newest).

    With `today`, from the newest not after it (a misdated entry moves nothing).
    """
    newest = max(e.date for e in entries)
    if today is not None:
        newest = min(newest, today)
    return sum(1 for e in entries if (newest - e.date).days < LATELY_DAYS)


# The share of the newest few that must agree to take over the reading of a long
# journal's months. Over months even a minor stage gives five of eight now and
# then by chance (a fifth of the entries does about once in a hundred weeks of
# eight); six of eight is ten times rarer, and a real change soon shows in the
# months themselves. A short journal's newest few lead from a bare majority.
DECISIVE = 0.75


# The funnel reading is shown from this many entries, marked tentative below
# PATTERN_MIN_ENTRIES.
READING_MIN_ENTRIES = 3


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
    # True: the newest few point elsewhere than the entries read (basis), and the
    # reading follows them; `earlier` then ties the two together in words.
    follows_recent: bool = False
    earlier: str = ""
    # Where the entries the reading rests on start when that is not the whole
    # journal (insight_basis.Basis.since), and those entries in words ("all 14",
    # "the 104 since September").
    since: date | None = None
    scope: str = ""
    # How many of the newest entries the line beside the reading counts, by the
    # rule that would let them take the reading over: a long journal's last four
    # weeks when they hold more than the newest few (their bare majority would),
    # else the newest few (pattern_beside).
    beside: int = PATTERN_WINDOW


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
    areas = area_counts(recent)
    area = top_area(areas)
    return (area, areas[area], len(recent)) if stands_out(areas[area], len(recent)) else None


def _advice(content: Content, stage: Stage) -> dict[str, str | tuple[str, ...]]:
    """The title, body and next actions of a stage's diagnosis (empty without one)."""
    diagnosis = content.diagnoses.get(stage)
    if diagnosis is None:
        return {"title": "", "body": "", "actions": ()}
    return {"title": diagnosis.title, "body": diagnosis.body, "actions": diagnosis.actions}


def diagnose(
    entries: Sequence[Entry],
    content: Content,
    window: int = PATTERN_WINDOW,
    plans: Sequence[Plan] = (),
    today: date | None = None,
) -> Reading | None:
    """Where the rejections cluster (or that they are spread) and the next actions.

    None under 3 entries. When no area stands out the reading still names the
    leading area, tentatively, so the next actions have somewhere to start.
    A long journal is read over its last few months, and a done plan that
    fixed what the reading points at leaves out the rejections before it
    (insight_basis). When the newest `window` cluster somewhere those do not,
    the reading follows them: the person has moved on, and the old advice
    (say, a resume revamp for someone now reaching phone screens) would send
    them back to fix what already works.
    """
    if len(entries) < READING_MIN_ENTRIES:
        return None
    base = basis(entries, plans, today)
    read = base.entries
    total = len(read)
    areas = area_counts(read)
    area = top_area(areas)
    count = areas[area]
    clear = stands_out(count, total)
    lead = _recent_lead(read, window)
    beside = window
    if base.long:
        if lead is not None and lead[1] < lead[2] * DECISIVE:
            lead = None  # shown beside the reading, not over the months it rests on
        # A change that has held for weeks shows in the newest weeks as a whole, by
        # a bare majority only when they hold more than the newest few: else they
        # are the newest few, which lead from DECISIVE (rv28: 5 of 8 came back here).
        weeks = lately(read, today)
        beside = max(window, weeks)
        if weeks > window:
            lead = _recent_lead(read, weeks) or lead
    if lead is not None and (not clear or lead[0] != area):
        return _recent_reading(read, content, lead, area if clear else None, count, base)
    stage = _lead_stage(read, area)
    if not clear:
        headline, suggestion = spread_reading(areas, area, total)
    else:
        many = f"All {total} of your" if count == total else f"{count} of your {total}"
        headline = f"{many} rejections came {AREA_HEADLINE[area]}"
        suggestion = AREA_SUGGESTION[area]
    if base.since_words:
        headline = f"{base.since_words}, {headline[0].lower()}{headline[1:]}"
    tentative = total < PATTERN_MIN_ENTRIES
    return Reading(
        area=area,
        stage=stage,
        count=count,
        total=total,
        headline=headline,
        suggestion=suggestion,
        **_advice(content, stage),
        tentative=tentative,
        stands_out=clear,
        sureness=sureness(
            total, count, clear=clear, recent=False, window=window, tentative=tentative
        ),
        earlier=base.note,
        since=base.since,
        scope=base.scope,
        beside=beside,
    )


def _recent_reading(
    entries: Sequence[Entry],
    content: Content,
    lead: tuple[Area, int, int],
    whole: Area | None,
    whole_count: int,
    base: Basis,
) -> Reading:
    """The reading from the newest few, tied to what it rests on in one sentence."""
    area, count, shown = lead
    recent = _newest(entries, shown)
    stage = _lead_stage(recent, area)
    line = _cluster_line(recent, area, count, shown)
    headline, _, suggestion = line.rstrip(".").partition(": ")
    return Reading(
        area=area,
        stage=stage,
        count=count,
        total=shown,
        headline=headline,
        suggestion=suggestion,
        **_advice(content, stage),
        tentative=False,
        stands_out=True,
        sureness=sureness(
            len(entries), count, clear=True, recent=True, window=shown, tentative=False
        ),
        follows_recent=True,
        earlier=then_and_now(whole, area, base.scope, whole_count, shown),
        since=base.since,
        scope=base.scope,
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
    areas = area_counts(recent)
    area = top_area(areas)
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
    few = window
    if reading is not None:
        window = max(window, reading.beside)  # the newest the reading would follow
    line = recent_pattern(entries, window)
    if (
        reading is not None
        and not reading.stands_out
        and line is not None
        and SPREAD in line
        and reading.total <= window
    ):
        return None  # the very entries the reading just called a spread: said once
    if reading is None or line is None or reading.total <= window or not reading.stands_out:
        return line
    recent = _newest(entries, window)
    if window > few:
        # A long journal's newest few leaning elsewhere, short of DECISIVE, inside
        # four weeks that do not: both said, and which entries each counts.
        newest = _newest(recent, few)
        areas = area_counts(newest)
        lean = top_area(areas)
        if lean != reading.area and stands_out(areas[lean], few):
            still = sum(1 for e in recent if AREA_OF_STAGE[e.stage] == reading.area)
            weeks = (reading.area, still, window)
            return lean_too_few(_cluster_line(newest, lean, areas[lean], few), reading.scope, weeks)
    if SPREAD not in line:
        # Leaning elsewhere without taking the reading over: a long journal's
        # newest few short of DECISIVE. Said as such, not as a second verdict.
        if top_area(area_counts(recent)) != reading.area:
            return lean_too_few(line, reading.scope)
        return line
    still = sum(1 for e in recent if AREA_OF_STAGE[e.stage] == reading.area)
    return mixed_lately(reading.area, still, len(recent), reading.scope)
