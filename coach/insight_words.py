"""How the insights are said: a headline, a suggestion and a first step for each area."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from coach.insight_areas import AREA_ORDER, Area
from coach.model import Stage

# What a cluster in each area suggests, in one line (the brief's table, then
# our own reading for the later stages).
AREA_SUGGESTION: dict[Area, str] = {
    Area.RESUME: "the resume is the most likely thing to revamp",
    Area.PORTFOLIO: "your resume works; the portfolio is what to improve",
    Area.CONVERSATION: (
        "your resume and portfolio work; practise phone-screen and behavioural answers"
    ),
    Area.TECHNICAL: (
        "you are getting through screens; practise the technical round the way it is run"
    ),
    Area.FINAL: "you are getting close; ask for feedback and look at fit",
    Area.OFFER: "companies want to hire you; these were mostly not about you",
}


AREA_HEADLINE: dict[Area, str] = {
    Area.RESUME: "before anyone talked to you",
    Area.PORTFOLIO: "after people looked at your portfolio",
    Area.CONVERSATION: "after a phone or recruiter screen",
    Area.TECHNICAL: "after a technical interview",
    Area.FINAL: "after a final round",
    Area.OFFER: "with an offer falling through",
}


# The first thing to try when an area only leads a spread: a tentative step,
# worded to follow "a tentative first step is to".
AREA_FIRST_STEP: dict[Area, str] = {
    Area.RESUME: "revamp the resume",
    Area.PORTFOLIO: "improve the portfolio",
    Area.CONVERSATION: "practise phone-screen and behavioural answers",
    Area.TECHNICAL: "practise the technical round the way it is run",
    Area.FINAL: "ask for feedback and look at fit",
    Area.OFFER: "ask what changed and keep going, as these were mostly not about you",
}


# The reading and the recent pattern say "spread" in the same words, so the
# same `coach stats` never calls one set of entries both a cluster and a spread.
SPREAD = "spread across the funnel"


NO_STANDOUT = "no single stage stands out yet"


# How "N of your last M ..." ends for a single stage.
STAGE_ENDING: dict[Stage, str] = {
    Stage.NO_REPLY: "ended in silence",
    Stage.APPLICATION: "were turned down on the application alone",
    Stage.PORTFOLIO: "stopped after people looked at your portfolio",
    Stage.PHONE_SCREEN: "ended after a phone screen",
    Stage.TECHNICAL: "ended after a technical interview",
    Stage.FINAL: "ended after a final round",
    Stage.OFFER: "ended with an offer falling through",
}


def _join(phrases: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(phrases) < 2:
        return "".join(phrases)
    return f"{', '.join(phrases[:-1])} and {phrases[-1]}"


def _spread_reading(areas: Counter[Area], area: Area, total: int) -> tuple[str, str]:
    """Headline and suggestion when no area stands out; `area` leads, maybe tied."""
    count = areas[area]
    headline = f"Your {total} rejections are {SPREAD}, so {NO_STANDOUT}"
    tied = [a for a in AREA_ORDER if areas[a] == count]
    step = f"a tentative first step is to {AREA_FIRST_STEP[area]}"
    if len(tied) == 1:
        return headline, f"the most, {count}, came {AREA_HEADLINE[area]}, so {step}"
    where = _join([AREA_HEADLINE[a] for a in tied])
    earliest = "the earlier" if len(tied) == 2 else "the earliest"
    return headline, f"{count} each came {where}; {earliest} is the one to fix first, so {step}"
