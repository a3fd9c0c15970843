"""What the check-in says above and below its plans: their days, and what Esc does."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from coach.dates import describe_day

# Where the palette's Plans item is: the one way back to the check-in before coach restarts.
AGAIN = "ctrl+p, then Plans, asks again"


def intro(days: list[date], today: date, asks: str = "") -> str:
    """The check-in's opening words for plans due on these days, said on `today`.

    "is for today" on the day itself, "was for yesterday" after it: an evening
    plan is asked about the morning after, when its day has not just come.
    asks: opened early from the palette, when coach would first ask ("tomorrow").
    """
    count = len(days)
    plans = "A plan you made" if count == 1 else f"{count} plans you made"
    named = [describe_day(day, today) for day in sorted(set(days))]
    when = _joined(named)
    if all(day >= today for day in days):
        head = f"{plans} {'is' if count == 1 else 'are'} for {when}"
    elif all(day <= today for day in days):  # today's, asked once its time is over
        head = f"{plans} {'was' if count == 1 else 'were'} for {when}"
    else:
        # Days passed and to come: no one tense fits them all ("were for … tomorrow", rv44).
        head = f"{plans}: " + _joined([f"for {day}" for day in named])
    where, them = ("it stands", "it") if count == 1 else ("each stands", "them")
    if asks:
        # Asked for by the person before its time: done already is the likely news.
        first = "it" if count == 1 else "the first one"
        return (
            f"{head}; coach would ask about {first} {asks}. "
            f"Done already? Say so now, or leave {them} for later."
        )
    return (
        f"{head}. However it went is fine: tell the coach where {where}, or leave {them} for later."
    )


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def esc_hint(count: int) -> str:
    """What Esc does, for the plans still unanswered."""
    waits = "it will wait" if count == 1 else "these will wait"
    return f"Esc: back to home; {waits} ({AGAIN})."


def left_days(days: list[dict[str, Any]], today: date) -> str:
    """Said under a plan's field when stopped coaches left more than one day for it.

    Each quoted with when it was typed, the field's said to be the field's: the
    person picks, as with two leftovers of another kind, and nothing goes unseen.
    """
    said = [
        f"“{_quoted(one)}” ({_left_when(one, today)}{', in the field' if i == 0 else ''})"
        for i, one in enumerate(days)
    ]
    count = "Two" if len(days) == 2 else str(len(days))
    other = "the other" if len(days) == 2 else "another"
    return (
        f"{count} coaches that stopped left a day typed for this plan: {_joined(said)}. "
        f"To use {other}, type it in the field."
    )


def _quoted(one: dict[str, Any]) -> str:
    from coach.terminal_text import one_line_for_screen
    from screens.leftover_words import clipped

    return clipped(" ".join(one_line_for_screen(str(one.get("typed") or "")).split()))


def _left_when(one: dict[str, Any], today: date) -> str:
    """When a day was typed, as the autosave last saw it: "typed 14:10", or on another day."""
    try:
        at = datetime.fromisoformat(str(one.get("at") or ""))
    except ValueError:
        return "typed earlier"
    if at.date() == today:
        return f"typed {at:%H:%M}"
    return f"typed {at.day} {at:%b} {at:%H:%M}"
