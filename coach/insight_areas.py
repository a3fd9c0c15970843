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


def _area_counts(entries: Iterable[Entry]) -> Counter[Area]:
    return Counter(AREA_OF_STAGE[entry.stage] for entry in entries)


def _top_area(counts: Counter[Area]) -> Area:
    # Ties go to the earlier area: an early stop hides every later stage, so
    # it is the one to fix first.
    return max(AREA_ORDER, key=lambda area: (counts[area], -AREA_ORDER.index(area)))


def stands_out(count: int, total: int) -> bool:
    """Whether one area holding `count` of `total` rejections is a cluster.

    The one rule shared by the reading and the recent pattern: more than half
    in one area. Half or less (a tie always is) is a spread: chance explains
    it as well as any single cause does.
    """
    return count * 2 > total
