"""Reading the date a rejection arrived, as a person would type it."""

from __future__ import annotations

import re
from datetime import date, timedelta

_AGO = re.compile(r"^(\d{1,4}|a|an|one)\s+(day|days|week|weeks)\s+ago$")
_WORDS = {"a": 1, "an": 1, "one": 1}


class DateInputError(ValueError):
    """The text is not a date we understand, or is in the future."""


class DayOutOfRange(DateInputError):
    """A day read fine but not allowed here (already passed, or too far ahead).

    Live hints show this one as it is; an unknown day may still be half typed.
    """


class UnclearDay(DateInputError):
    """A date typed in full that cannot be used as written: no such day, or either way round.

    Live hints show this one as it is: nothing more typed would fix it.
    """


def parse_received(text: str, today: date) -> date:
    """today, yesterday, '3 days ago', '2 weeks ago' or YYYY-MM-DD; never the future."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in ("", "today"):
        return today
    if cleaned == "yesterday":
        return today - timedelta(days=1)
    match = _AGO.match(cleaned)
    if match:
        count = _WORDS.get(match.group(1)) or int(match.group(1))
        days = count * (7 if match.group(2).startswith("week") else 1)
        return today - timedelta(days=days)
    try:
        when = date.fromisoformat(cleaned)
    except ValueError:
        raise DateInputError(
            f"“{text.strip()}” is not a date I know. Try today, yesterday, "
            "3 days ago, or a date like 2026-11-20."
        ) from None
    if when > today:
        raise DateInputError(
            f"{when.isoformat()} is in the future. When did the news arrive? "
            "Today is fine if you are not sure."
        )
    return when


# -- due dates for plans (the future, as a person says it) ---------------------

_IN = re.compile(r"^in\s+(\d{1,3}|a|an|one|two|three)\s+(day|days|week|weeks)$")
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The live hint while what is typed is no day yet: with a form that works.
UNKNOWN_YET = "not a day I know yet (e.g. saturday or 2026-12-01)"
# A plan further out than this is a wish more than a plan.
DUE_MAX_DAYS = 366


def _weekday(word: str) -> int | None:
    for number, name in enumerate(_WEEKDAYS):
        if len(word) >= 3 and name.startswith(word):
            return number
    return None


def parse_due(text: str, today: date) -> date:
    """When a plan is due: today, tomorrow, a weekday, "in 3 days", "next week", or YYYY-MM-DD.

    A weekday means the next one after today; "next week" is its Monday;
    "the weekend" is the coming Saturday. Never in the past.
    """
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    for prefix in ("on ", "this ", "by "):
        if cleaned.startswith(prefix):
            cleaned = cleaned[len(prefix) :]
    if cleaned in ("", "today", "tonight"):
        return today
    if cleaned == "tomorrow":
        return today + timedelta(days=1)
    if cleaned == "next week":
        return today + timedelta(days=7 - today.weekday())
    if cleaned in ("weekend", "the weekend"):
        return today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    match = _IN.match(cleaned)
    if match:
        count = _COUNT_WORDS.get(match.group(1)) or int(match.group(1))
        days = count * (7 if match.group(2).startswith("week") else 1)
        return _not_too_far(today + timedelta(days=days), today)
    next_ = cleaned.startswith("next ")
    weekday = _weekday(cleaned[5:] if next_ else cleaned)
    if weekday is not None:
        if next_:
            # "next friday" is the Friday of next week (the hint shows the day
            # before Enter); "friday" alone is the coming one.
            return today + timedelta(days=7 - today.weekday() + weekday)
        ahead = (weekday - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    when = _calendar_day(cleaned, text)
    if when < today:
        raise DayOutOfRange(f"{when.isoformat()} has already passed. Pick today or a day ahead.")
    return _not_too_far(when, today)


# 31/12/2026, 31.12.2026, 12/31/2026: the day and month either way round, a full year last.
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def _calendar_day(cleaned: str, typed: str) -> date:
    """A date as written: 2026-12-31, or 31/12/2026 when it can be only one day."""
    slashed = _SLASHED.match(cleaned)
    if slashed is None:
        try:
            return date.fromisoformat(cleaned)
        except ValueError:
            pass
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned):
            raise UnclearDay(
                f"“{typed.strip()}” is not on the calendar (check the month and the day). "
                "Try a date like 2026-12-01."
            )
        raise DateInputError(
            f"“{typed.strip()}” is not a day I know. Try tomorrow, saturday, "
            "in 3 days, next week, or a date like 2026-12-01."
        )
    first, second, year = (int(part) for part in slashed.groups())
    if first <= 12 and second <= 12 and first != second:
        raise UnclearDay(
            f"“{typed.strip()}” could be {first} {_MONTH_NAMES[second - 1]} or {second} "
            f"{_MONTH_NAMES[first - 1]}. Write it year first: {year}-{second:02}-{first:02} "
            f"or {year}-{first:02}-{second:02}."
        )
    day, month = (first, second) if first > 12 or first == second else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        raise UnclearDay(
            f"“{typed.strip()}” is not on the calendar. Try a date like {year}-12-01."
        ) from None


def _not_too_far(when: date, today: date) -> date:
    if (when - today).days > DUE_MAX_DAYS:
        raise DayOutOfRange(
            f"{when.isoformat()} is more than a year away. Pick a day within the next year, "
            "small and soon works best."
        )
    return when


def describe_day(when: date, today: date) -> str:
    """ "today", "tomorrow", "yesterday", or "Sat 28 Nov" (with the year if not this year)."""
    if when == today:
        return "today"
    if when == today + timedelta(days=1):
        return "tomorrow"
    if when == today - timedelta(days=1):
        return "yesterday"
    # Our own names: strftime's follow the locale, and the rest of coach is English.
    label = f"{_WEEKDAYS[when.weekday()][:3].title()} {when.day} {_MONTHS[when.month - 1]}"
    return label if when.year == today.year else f"{label} {when.year}"


def due_hint(text: str, today: date) -> tuple[date | None, str]:
    """The day a "when" field means as it is typed, and the hint shown beside it.

    A day out of range gets the reason Enter would give; one not parsed yet
    gets a short word, as the person is likely still typing it.
    """
    try:
        due = parse_due(text, today)
    except (DayOutOfRange, UnclearDay) as error:
        return None, str(error)
    except DateInputError:
        return None, UNKNOWN_YET
    return due, f"→ {describe_day(due, today)}"
