"""Where in the search a rejection points: the areas, their stages, and when one stands out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from coach.model import Entry, Stage


class Area(StrEnum):
    """Where in the search a rejection points: the brief's "free feedback" reading."""

    RESUME = "resume"
    PORTFOLIO = "portfolio"
    CONVERSATION = "conversation"
    TECHNICAL = "technical"
    FINAL = "final"
    OFFER = "offer"


# No reply and a no on the application both say the same thing: the resume
# is not getting past the first read.
AREA_OF_STAGE: dict[Stage, Area] = {
    Stage.NO_REPLY: Area.RESUME,
    Stage.APPLICATION: Area.RESUME,
    Stage.PORTFOLIO: Area.PORTFOLIO,
    Stage.PHONE_SCREEN: Area.CONVERSATION,
    Stage.TECHNICAL: Area.TECHNICAL,
    Stage.FINAL: Area.FINAL,
    Stage.OFFER: Area.OFFER,
}


AREA_ORDER: tuple[Area, ...] = (
    Area.RESUME,
    Area.PORTFOLIO,
    Area.CONVERSATION,
    Area.TECHNICAL,
    Area.FINAL,
    Area.OFFER,
)


def area_counts(entries: Iterable[Entry]) -> Counter[Area]:
    return Counter(AREA_OF_STAGE[entry.stage] for entry in entries)


# Areas where someone already talked to the person: reaching any of them
# means the resume (and portfolio) got them through the door.
INTERVIEW_AREAS: frozenset[Area] = frozenset(
    {Area.CONVERSATION, Area.TECHNICAL, Area.FINAL, Area.OFFER}
)


def interviewed(counts: Counter[Area]) -> int:
    """How many of the counted rejections came after someone talked to the person."""
    return sum(counts[area] for area in INTERVIEW_AREAS)


def leans_on_interviews(counts: Counter[Area]) -> bool:
    """On a spread: at least as many got an interview as were stopped before one.

    The brief reads the funnel forward: reaching a phone screen means the
    resume works, so such a spread is not read as a resume problem.
    """
    got_talks = interviewed(counts)
    return got_talks > 0 and got_talks * 2 >= sum(counts.values())


def top_area(counts: Counter[Area]) -> Area:
    """The area a reading starts from: a cluster if there is one, else the spread's lead.

    On a spread, ties go to the later area: reaching it shows the steps
    before it can work. A withdrawn offer goes last among equals, as it is
    mostly out of the person's hands and gives them nothing to practise.
    """
    pool = AREA_ORDER
    top = max(counts[area] for area in AREA_ORDER)
    if not stands_out(top, sum(counts.values())) and leans_on_interviews(counts):
        pool = tuple(area for area in AREA_ORDER if area in INTERVIEW_AREAS)
    return max(
        pool, key=lambda area: (counts[area], area is not Area.OFFER, AREA_ORDER.index(area))
    )


def stands_out(count: int, total: int) -> bool:
    """Whether one area holding `count` of `total` rejections is a cluster.

    The one rule shared by the reading and the recent pattern: more than half
    in one area. Half or less (a tie always is) is a spread: chance explains
    it as well as any single cause does.
    """
    return count * 2 > total
