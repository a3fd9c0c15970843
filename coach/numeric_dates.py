"""A date written in numbers (2026-12-31, 31/12/26, 25/12), and the year of one typed without."""

from __future__ import annotations

import re
from datetime import date

from coach.date_words import MONTH_NAMES, MONTHS, DateInputError, UnclearDay, example_day

# A day and month without a year this close to today is taken in today's year.
NEAR_DAYS = 90


def yearless(when: date, today: date, *, ahead: bool) -> date:
    """A day and month typed without a year (when: in today's year), in the year meant.

    "Jan 5" in a plan typed in November is next January's; the day news
    came is in the past year. A day just gone (or just ahead) is kept as
    it is, for the field to say that day has passed (or is to come).
    The news came in the past, so a day and month still ahead this year
    ("Dec 25" in November) is last year's; the hint shows the year it took.
    """
    if ahead and (today - when).days > NEAR_DAYS:
        return _same_day_in(when, when.year + 1)
    if not ahead and when > today:
        return _same_day_in(when, when.year - 1)
    return when


def _same_day_in(when: date, year: int) -> date:
    try:
        return when.replace(year=year)
    except ValueError:  # 29 February
        return when.replace(year=year, day=28)


# 31/12/2026, 31.12.2026, 12/31/2026, 31/12/26: the day and month either way round, the
# year last (two digits are the year of that century nearest today's, as 26 is 2026).
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")
# 2026/11/20, 2026.11.20: year first, then month and day, as ISO has them.
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
# 25/12, 25.12, 12/25: a day and month either way round, no year (the nearest, as "Dec 25").
_NO_YEAR = re.compile(r"^(\d{1,2})[/.](\d{1,2})$")


def calendar_day(cleaned: str, typed: str, today: date, *, ahead: bool) -> date:
    """A date as written: 2026-12-31, or 31/12/2026 (31/12/26, 31/12) when it is only one day."""
    year_first = _YEAR_FIRST.match(cleaned)
    if year_first is not None:
        cleaned = "{}-{:0>2}-{:0>2}".format(*year_first.groups())
    no_year = _NO_YEAR.match(cleaned)
    if no_year is not None:
        return _day_and_month(int(no_year.group(1)), int(no_year.group(2)), typed, today, ahead)
    slashed = _SLASHED.match(cleaned)
    if slashed is None:
        try:
            return date.fromisoformat(cleaned)
        except ValueError:
            pass
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned):
            raise UnclearDay(
                f"“{typed.strip()}” is not on the calendar (check the month and the day). "
                f"Try a date like {example_day(today, ahead=ahead)}."
            )
        if ahead:
            raise DateInputError(
                f"“{typed.strip()}” is not a day I know. Try tomorrow, saturday, "
                f"in 3 days, next week, or a date like {example_day(today, ahead=True)}."
            )
        raise DateInputError(
            f"“{typed.strip()}” is not a date I know. Try today, yesterday, 3 days ago, "
            f"last friday, Nov 20, or a date like {example_day(today, ahead=False)}."
        )
    first, second, year = (int(part) for part in slashed.groups())
    if len(slashed.group(3)) == 2:
        year = _full_year(year, today)
    # No day or month is numbered 0; asking which order would offer a month 0.
    if first == 0 or second == 0:
        raise UnclearDay(
            f"“{typed.strip()}” is not on the calendar: no day or month is 0. "
            f"Try a date like {example_day(today, ahead=ahead)}."
        )
    if first <= 12 and second <= 12 and first != second:
        raise UnclearDay(
            f"“{typed.strip()}” could be {first} {MONTH_NAMES[second - 1]} or {second} "
            f"{MONTH_NAMES[first - 1]}. Write it year first: {year}-{second:02}-{first:02} "
            f"or {year}-{first:02}-{second:02}."
        )
    day, month = (first, second) if first > 12 or first == second else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        raise UnclearDay(
            f"“{typed.strip()}” is not on the calendar. Try a date like "
            f"{example_day(today, ahead=ahead)}."
        ) from None


def _day_and_month(first: int, second: int, typed: str, today: date, ahead: bool) -> date:
    """25/12 or 12/25: the day and month either way round when only one reads, no year."""
    shown = typed.strip()
    if first == 0 or second == 0:  # asking which order would offer a month 0
        raise UnclearDay(f"“{shown}” is not on the calendar: no day or month is 0.")
    if first <= 12 and second <= 12 and first != second:
        raise UnclearDay(
            f"“{shown}” could be {first} {MONTH_NAMES[second - 1]} or {second} "
            f"{MONTH_NAMES[first - 1]}. Write the month as a word: {first} "
            f"{MONTHS[second - 1]} or {second} {MONTHS[first - 1]}."
        )
    day, month = (first, second) if first > 12 or first == second else (second, first)
    try:
        when = date(today.year, month, day)
    except ValueError:
        # 31/11, or over 12 either way round; and 29/02 in a year without it,
        # as "Feb 29" is refused then too.
        raise UnclearDay(
            f"“{shown}” is not on the calendar (check the month and the day). "
            f"Try a date like {example_day(today, ahead=ahead)}."
        ) from None
    return yearless(when, today, ahead=ahead)


def _full_year(two_digits: int, today: date) -> int:
    """The year ending in two_digits nearest today's: 26 is 2026, 99 is 1999 (in 2026)."""
    century = today.year - today.year % 100
    candidates = (century - 100 + two_digits, century + two_digits, century + 100 + two_digits)
    return min(candidates, key=lambda year: abs(year - today.year))
