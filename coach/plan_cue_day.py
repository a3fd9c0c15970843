"""The day a plan's cue names ("when I finish dinner on Monday"), and whether its day fits it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.date_words import WEEKDAYS

if TYPE_CHECKING:
    from coach.plans import Plan

# A day after one of these words is a limit or a point passed, not the plan's day:
# "before Friday", "by the weekend", "after Monday's call", "since last Tuesday".
_NOT_THE_DAY = re.compile(
    r"\b(?:before|until|till|by|after|since|last|past)\s+(?:(?:this|the|next)\s+)?$", re.I
)
_DAYS = "|".join(WEEKDAYS)
_NAMED = re.compile(
    rf"\b(?:(?P<next>next )|this |the )?(?:(?P<weekday>{_DAYS})s?(?:'s)?"
    r"|(?P<weekend>weekend)s?|(?P<tomorrow>tomorrow)"
    r"|(?P<today>today|tonight|(?<=this )(?:morning|afternoon|evening)))\b",
    re.I,
)


def named_day(when: str, *, relative: bool = True) -> str:
    """The one day a cue names, as a day field takes it ("monday", "weekend"), else "".

    "" too when it names two days ("Monday or Tuesday"): no one of them is the plan's.
    relative: False to leave out "today" and "tomorrow", which a cue saved on
    another day no longer means.
    """
    found: set[str] = set()
    for match in _NAMED.finditer(when):
        if _NOT_THE_DAY.search(when[: match.start()]):
            continue
        if match.group("weekday"):
            word = match.group("weekday").lower()
            found.add(f"next {word}" if match.group("next") else word)
        elif match.group("weekend"):
            found.add("next weekend" if match.group("next") else "weekend")
        elif relative:
            found.add("tomorrow" if match.group("tomorrow") else "today")
    return found.pop() if len(found) == 1 else ""


def fits(word: str, due: date, today: date) -> bool:
    """Whether a plan's day is the kind of day its cue names: any Monday for "on Monday"."""
    bare = word.removeprefix("next ")
    if bare in WEEKDAYS:
        return due.weekday() == WEEKDAYS.index(bare)
    if bare == "weekend":
        return due.weekday() >= 5
    if word == "tomorrow":
        return due == today + timedelta(days=1)
    return due == today


def said(word: str) -> str:
    """The named day as a sentence says it: "Monday", "the weekend", "today"."""
    bare = word.removeprefix("next ")
    if bare in WEEKDAYS:
        return bare.title()
    return "the weekend" if bare == "weekend" else word


def disagreement(when: str, due: date, today: date, *, how: str = "", relative: bool = True) -> str:
    """Why a plan's day and the day its words name do not agree, or "" when they do.

    Said before the plan is saved, never settled by picking one in silence (rv44 #1).
    how: the other way to make them agree where it is said ("or give --on …").
    """
    from coach.dates import describe_day

    word = named_day(when, relative=relative)
    if not word or fits(word, due, today):
        return ""
    return (
        f"The plan's words say {said(word)}, but its day is {describe_day(due, today)}: "
        f"make them agree{', ' + how if how else ''}."
    )


def day_for(plan: Plan, when: str, typed: str | None, today: date, *, how: str) -> date:
    """A changed plan's day: the one typed, else the day new words name, else its own.

    typed: None when the day is left as it was. A day typed that is not the kind its
    words name is refused with both said (PlanError): coach does not pick one in
    silence. "today" and "tomorrow" in words kept from before meant the day they were
    written, so only new words are read for them. how: the way to make them agree
    where it is said, with {word} for the day the words name ("give --on {word}").
    """
    from coach.dates import parse_due
    from coach.plans import PlanError

    new_words = " ".join(when.split()) != " ".join(plan.when.split())
    if typed is None:
        word = named_day(when) if new_words else ""
        kept = not word or (plan.due >= today and fits(word, plan.due, today))
        return plan.due if kept else parse_due(word, today)
    due = parse_due(typed, today)
    word = named_day(when, relative=new_words)
    against = disagreement(when, due, today, how=how.format(word=word), relative=new_words)
    if against:
        raise PlanError(against)
    return due


def stale_words_note(plan: Plan, due: date) -> str:
    """What a plan moved to `due` says of its words that name another day, else "".

    "When I finish dinner today" meant the day it was written; moved, it is asked about
    on a day its words deny. The walk refuses such a clash; a move keeps the words, so
    it is said (rv49 #6), with the way to reword them.
    """
    from coach.dates import day_label

    word = named_day(plan.when) or named_day(plan.then)
    if word not in ("today", "tomorrow"):
        return ""
    made = plan.counted_from.date()
    if fits(word, due, made):
        return ""
    return (
        f" Its words still say {word}, as written on {day_label(made)}: "
        "Change plan… on its entry in the journal rewords them."
    )
