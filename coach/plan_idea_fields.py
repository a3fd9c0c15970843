"""A plan idea's fields in content/, and what makes one unusable whatever the day."""

from __future__ import annotations

from coach.plan_cue_day import named_day

PLAN_FIELDS = ("when", "then", "theme", "due", "counts_from", "follow_up")

# counts_from: the day `due` counts from, when not the day the plan is made.
COUNTS_FROM = ("", "applied")
# follow_up: offered only when the walk's reply is a follow-up, or only when it is not.
FOLLOW_UP = ("", "written", "not written")


def plan_idea_problem(texts: dict[str, str]) -> str:
    """Why a plan idea's fields will not do, or "" when they will.

    Its words are kept as written and read again on the day it is asked about, days
    later when it is moved: "today" or "this evening" in them would then name the
    wrong day (rv49 #6). The day belongs in `due`.
    """
    if texts["counts_from"] not in COUNTS_FROM:
        return f'counts_from {texts["counts_from"]!r} is not "applied"'
    if texts["follow_up"] not in FOLLOW_UP:
        return f'follow_up {texts["follow_up"]!r} is not "written" or "not written"'
    for key in ("when", "then"):
        day = named_day(texts[key])
        if day in ("today", "tomorrow"):
            return (
                f"{key} says {day} in its words, which are read again on later days; "
                f'leave the day out of them and give it in due ("due = \\"{day}\\"")'
            )
    return ""
