"""How the insights are said: a headline, a suggestion and a first step for each area."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from coach.insight_areas import AREA_ORDER, INTERVIEW_AREAS, Area, interviewed
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
    # Not "before anyone talked to you": a portfolio no came before any talk too (rv19).
    Area.RESUME: "with no reply or a no on the application alone",
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


def spread_reading(areas: Counter[Area], area: Area, total: int) -> tuple[str, str]:
    """Headline and suggestion when no area stands out; `area` leads, maybe tied."""
    count = areas[area]
    headline = f"Your {total} rejections are {SPREAD}, so {NO_STANDOUT}"
    step = f"a tentative first step is to {AREA_FIRST_STEP[area]}"
    opener, of_those = "", ""
    if area in INTERVIEW_AREAS and interviewed(areas) < total:
        opener = (
            f"{interviewed(areas)} of them got at least as far as a phone or recruiter "
            "screen, so your resume already gets you interviews; "
        )
        of_those = " of those"
    pool = [a for a in AREA_ORDER if not of_those or a in INTERVIEW_AREAS]
    # An offer tied with the lead is left out: the lead was chosen over it.
    tied = [a for a in pool if areas[a] == count and (a is area or a is not Area.OFFER)]
    if len(tied) == 1:
        return (
            headline,
            f"{opener}{count} of {'those' if of_those else 'them'} came {AREA_HEADLINE[area]}, "
            f"more than at any other stage, so {step}",
        )
    where = _join([AREA_HEADLINE[a] for a in tied])
    later = "the later one" if len(tied) == 2 else "the latest one"
    return headline, (
        f"{opener}{count} each came {where}; reaching {later} shows the steps before it "
        f"can work, so {step}"
    )


# What reaching a later stage says about the earlier one, worded to follow
# "so" (the brief: getting a screen means the resume is doing its job).
AREA_NOW_WORKS: dict[Area, str] = {
    Area.RESUME: "your resume now gets you conversations",
    Area.PORTFOLIO: "your portfolio now turns visits into interviews",
    Area.CONVERSATION: "your screens now lead on to later rounds",
    Area.TECHNICAL: "your technical rounds now lead on to the final",
    Area.FINAL: "your final rounds now lead to offers",
    Area.OFFER: "offers now hold",
}


def then_and_now(
    whole: Area | None, recent: Area, scope: str, whole_count: int, window: int
) -> str:
    """One plain sentence tying the reading's entries to a recent pattern that differs.

    `whole` is None when those entries are a spread; `scope` names them ("all 14",
    "the 104 since September").
    """
    if whole is None:
        return (
            f"Across {scope}, no single stage stands out; your newest {window} lean one "
            "way, so the advice here follows them."
        )
    earlier = f"Earlier, most of them ({whole_count} of {scope}) came {AREA_HEADLINE[whole]}"
    if AREA_ORDER.index(recent) > AREA_ORDER.index(whole):
        return (
            f"{earlier}. Lately you get further, so {AREA_NOW_WORKS[whole]}: the advice "
            "here follows the newest ones."
        )
    return (
        f"{earlier}. Lately more stop sooner, which often follows a change in the roles you "
        "apply for: the advice here follows the newest ones."
    )


def mixed_lately(whole: Area, recent_count: int, window: int, scope: str) -> str:
    """The recent line when the reading's entries cluster but the newest few are a spread.

    `scope` names the reading's entries ("all 13", "the 104 since September").
    """
    if recent_count:
        return (
            f"Your last {window} are more mixed: {recent_count} of them still came "
            f"{AREA_HEADLINE[whole]}, and no other stage stands out, so the reading above, "
            f"from {scope}, still holds."
        )
    return (
        f"Your last {window} are {SPREAD}, and none came {AREA_HEADLINE[whole]}: the reading "
        "above may be behind you; a few more entries will tell."
    )


def lean_too_few(line: str, scope: str, weeks: tuple[Area, int, int] | None = None) -> str:
    """The newest few leaning elsewhere than a long journal's months, short of taking over.

    `weeks` (the reading's area, how many of the last four weeks' entries came
    there, and their number) says what those weeks show when they hold more.
    """
    head = line.rstrip(".").partition(": ")[0]
    why = "A few entries can lean one way by chance"
    if weeks is not None:
        area, still, window = weeks
        why = f"Over the last four weeks, {still} of {window} still came {AREA_HEADLINE[area]}"
    return (
        f"{head}. {why}, so the reading above, from {scope}, still holds; if the next ones "
        "lean the same way, it will follow them."
    )


# Entries elsewhere it would take to even out a lean: from this many, a few more entries
# will not change the reading. From MANY_ENTRIES, a narrower lean is a narrow one, not
# one that a few more entries would firm up.
FIRM_LEAD = 10
MANY_ENTRIES = 30


def sureness(
    total: int, count: int, *, clear: bool, recent: bool, window: int, tentative: bool
) -> str:
    """How sure the reading is, in one plain sentence."""
    if tentative:
        return "Only a few entries so far, so take this as a first guess."
    if recent:
        return (
            f"How sure: fairly. It rests on your newest {window}, which say more about your "
            "search now than the older ones."
        )
    if not clear:
        return (
            "How sure: not very. With no stage standing out, this is a place to start, "
            "not a verdict."
        )
    if total >= 10 and count * 3 >= total * 2:
        return f"How sure: quite. {count} of {total} is a steady pattern."
    lead = 2 * count - total  # entries in other areas that would make it a tie
    if lead >= FIRM_LEAD:
        return (
            f"How sure: quite. {count} of {total} is a clear lean; it would take {lead} "
            "more entries elsewhere to even it out."
        )
    if total >= MANY_ENTRIES:
        return (
            f"How sure: fairly. {count} of {total} is a narrow lean; a few entries elsewhere "
            "would even it out."
        )
    return (
        f"How sure: fairly. {count} of {total} is a lean worth acting on; a few more entries "
        "will firm it up."
    )
