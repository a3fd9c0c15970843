"""Reading a day as a person types it: when news arrived (past) and when a plan is due (ahead)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from coach.date_words import (
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    DateInputError,
    DayOutOfRange,
    UnclearDay,
    example_day,
)
from coach.number_words import COUNT_WORDS
from coach.numeric_dates import calendar_day, yearless

_COUNTED = "|".join(COUNT_WORDS)
_AGO = re.compile(rf"^(\d{{1,9}}|{_COUNTED})\s+(day|days|week|weeks)\s+ago$")
_IN = re.compile(rf"^in\s+(\d{{1,9}}|{_COUNTED})\s+(day|days|week|weeks)$")
# Months count by the calendar: "2 months ago" on 28 Nov is 28 Sep (the 31st of a short
# month is its last day). Someone who never heard back for months reaches for months.
_MONTHS_AGO = re.compile(rf"^(\d{{1,9}}|{_COUNTED})\s+months?\s+ago$")
_IN_MONTHS = re.compile(rf"^in\s+(\d{{1,9}}|{_COUNTED})\s+months?$")
# The live hint while what is typed is no day yet: with a form that works.
UNKNOWN_YET = "not a day I know yet (e.g. saturday or 2026-12-01)"
# A plan further out than this is a wish more than a plan.
DUE_MAX_DAYS = 366
# News older than this many years is a typo in the year ("1026-11-20"), not a rejection.
OLDEST_YEARS = 50
# A plan cannot be put off to a day it would be asked about again at once.
TODAY_REFUSED = "Today it would be asked about again at once: type tomorrow or later."
EMPTY_REFUSED = "Type the day to move it to: tomorrow or later (e.g. saturday, in 3 days)."
# After a silence the day asked for is when the person applied, which is seldom today.
APPLIED_EMPTY = (
    "When did you apply? A rough day is fine (e.g. 3 weeks ago, Oct 30): a follow-up "
    "counts from it."
)


# "this weekend" and "by the weekend" come here without their first word.
WEEKEND_WORDS = ("weekend", "the weekend")


def weekend_from(day: date) -> date:
    """The first day of a weekend from `day` on: `day` itself on a Saturday or a Sunday."""
    return day if day.weekday() >= 5 else day + timedelta(days=5 - day.weekday())


def _weekday(word: str) -> int | None:
    for number, name in enumerate(WEEKDAYS):
        if len(word) >= 3 and name.startswith(word):
            return number
    return None


def _month(word: str) -> int | None:
    word = word.rstrip(".")
    for number, name in enumerate(MONTH_NAMES, start=1):
        if len(word) >= 3 and name.lower().startswith(word):
            return number
    return None


# "nov 20", "20 nov", "november 20th 2026", "20 november, 2026" (commas already gone).
_MONTH_FIRST = re.compile(r"^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\d{4}))?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+\.?)(?:\s+(\d{4}))?$")


def _named_month_day(cleaned: str, typed: str, today: date, *, ahead: bool) -> date | None:
    """A day with its month in words; without a year, the nearest one that way from today."""
    match = _MONTH_FIRST.match(cleaned)
    if match:
        month_word, day_text, year_text = match.groups()
    else:
        match = _DAY_FIRST.match(cleaned)
        if match is None:
            return None
        day_text, month_word, year_text = match.groups()
    month = _month(month_word)
    if month is None:
        return None
    year = int(year_text) if year_text else today.year
    try:
        when = date(year, month, int(day_text))
    except ValueError:
        raise UnclearDay(
            f"“{typed.strip()}” is not on the calendar (check the month and the day). "
            f"Try a date like {example_day(today, ahead=ahead)}."
        ) from None
    return when if year_text else yearless(when, today, ahead=ahead)


def read_day(text: str, today: date, *, ahead: bool, within: int | None = None) -> date:
    """Any day as a person writes it, without judging whether it is allowed.

    Every date field reads through this, so they all accept the same forms:
    today, yesterday, tomorrow, "3 days ago", "in 2 weeks", "2 months ago", next week, the
    weekend, friday, next friday, last friday, Nov 20, 20 November 2026,
    2026-11-20, 25/11/2026, 25/12. A word that could point either way (a bare
    weekday, a day and month without a year) points ahead for a plan and
    back for the day news came, as `ahead` says. A count of days ahead past
    `within` is refused here, so the message can quote what was typed.
    """
    cleaned = _cleaned(text)
    if cleaned in ("", "today", "tonight", "evening", "afternoon", "later today"):
        return today
    if cleaned == "tomorrow":
        return today + timedelta(days=1)
    if cleaned == "yesterday":
        return today - timedelta(days=1)
    if cleaned == "next week":
        return today + timedelta(days=7 - today.weekday())
    if cleaned in WEEKEND_WORDS:
        # On a Saturday or a Sunday the weekend is this one, today (rv44 #2).
        if ahead:
            return weekend_from(today)
        return today - timedelta(days=(today.weekday() - 5) % 7)
    if cleaned == "next weekend":
        return today + timedelta(days=7 - today.weekday() + 5)
    for pattern, sign in ((_IN, 1), (_AGO, -1)):
        match = pattern.match(cleaned)
        if match:
            count = COUNT_WORDS.get(match.group(1)) or int(match.group(1))
            days = count * (7 if match.group(2).startswith("week") else 1)
            _refuse_far(text, (days, sign), today, ahead=ahead, within=within)
            return today + timedelta(days=sign * days)
    for pattern, sign in ((_IN_MONTHS, 1), (_MONTHS_AGO, -1)):
        match = pattern.match(cleaned)
        if match:
            count = COUNT_WORDS.get(match.group(1)) or int(match.group(1))
            if count > 12 * (OLDEST_YEARS + 1):
                # Refused as that many days would be, before the calendar runs out.
                _refuse_far(text, (count * 31, sign), today, ahead=ahead, within=within)
            day = _months_from(today, sign * count)
            _refuse_far(text, (abs((day - today).days), sign), today, ahead=ahead, within=within)
            return day
    span = _rough_span(cleaned, today)
    if span is not None:
        _refuse_rough(text, span, today, ahead=ahead)
    word, _, rest = cleaned.partition(" ")
    if word in ("next", "last") and _weekday(rest) is not None:
        weekday = _weekday(rest)
        assert weekday is not None
        if word == "next":
            # "next friday" is the Friday of next week (the hint shows the day
            # before Enter); "friday" alone is the coming one.
            return today + timedelta(days=7 - today.weekday() + weekday)
        return today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
    weekday = _weekday(cleaned)
    if weekday is not None:
        if ahead:
            return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        return today - timedelta(days=(today.weekday() - weekday) % 7)
    named = _named_month_day(cleaned, text, today, ahead=ahead)
    if named is not None:
        return named
    return calendar_day(cleaned, text, today, ahead=ahead)


def _refuse_far(
    typed: str, count: tuple[int, int], today: date, *, ahead: bool, within: int | None
) -> None:
    """Say so at once when a count of days reaches past any day a field takes.

    "in 9999 days" was read, yet said to be "not a day I know", and a
    count of millions is past the last date there is. Only a field with a
    limit of its own (a plan's year) refuses a far day that is on the
    calendar: a reapply date two years ahead is ordinary advice.
    """
    days, sign = count
    shown = typed.strip()
    if sign > 0 and ahead:
        if within is not None and days > within:
            raise DayOutOfRange(
                f"“{shown}” is more than a year away. Pick a day within the next year, "
                "small and soon works best."
            )
        if days > (date.max - today).days:
            raise DayOutOfRange(
                f"“{shown}” is past the last day on the calendar: check the number."
            )
    if sign > 0 and not ahead and days > DUE_MAX_DAYS:
        raise DayOutOfRange(
            f"“{shown}” is ahead of today: the news can't have come in the future. When "
            "did it arrive? Today is fine if you are not sure."
        )
    if sign < 0 and days > 366 * OLDEST_YEARS:
        if ahead:
            raise DayOutOfRange(f"“{shown}” has passed. Pick today or a day ahead.")
        raise DayOutOfRange(f"“{shown}” is over {OLDEST_YEARS} years ago: check the number.")


def _rough_span(cleaned: str, today: date) -> tuple[date, date] | None:
    """The first and last day of "last week" or "last month", which name no one day."""
    if cleaned == "last week":
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if cleaned == "last month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return None


def _refuse_rough(typed: str, span: tuple[date, date], today: date, *, ahead: bool) -> None:
    """Say plainly why a span of days is not read as one day, and what to type instead."""
    shown = typed.strip()
    if ahead:
        raise DayOutOfRange(f"“{shown}” has passed. Pick today or a day ahead.")
    first, last = span
    middle = first + (last - first) // 2
    example = f"{MONTHS[middle.month - 1]} {middle.day}"
    week_ago = today - timedelta(days=7)
    if (last - first).days == 6:  # a week back from any day falls in last week
        example = (
            f"{example}, or a week ago ({describe_day(week_ago, today)})"
            if week_ago != middle
            else f"{example} (a week ago)"
        )
    raise UnclearDay(
        f"“{shown}” could be any day from {describe_day(first, today)} to "
        f"{describe_day(last, today)}: which one? Type it, e.g. {example}."
    )


def _called(when: date, typed: str, today: date) -> str:
    """How a message names the day: as typed, with the day it means when that is not plain."""
    shown = typed.strip() or "today"
    if shown == when.isoformat():
        return shown
    day = describe_day(when, today)
    return f"“{shown}”" if shown.lower() == day else f"“{shown}” ({day})"


def parse_received(text: str, today: date, *, applied: bool = False) -> date:
    """The day news arrived, in any form read_day reads; never the future, nor ages ago.

    applied: after a silence no news came, so the day is when the person
    applied. It is never taken as today when left empty: that day is what
    tells when a follow-up makes sense.
    """
    if applied and not text.strip():
        raise DayOutOfRange(APPLIED_EMPTY)
    when = read_day(text, today, ahead=False)
    if when.year < today.year - OLDEST_YEARS:
        raise DayOutOfRange(
            f"{_called(when, text, today)} is {today.year - when.year} years ago: check the "
            f"year (a typo for {today.year}?)."
        )
    if when > today:
        past = (
            "you can't have applied in the future. When did you apply? A rough day is fine."
            if applied
            else "the news can't have come in the future. When did it arrive? Today is fine "
            "if you are not sure."
        )
        raise DayOutOfRange(f"{_called(when, text, today)} is ahead of today: {past}")
    return when


def received_preview(text: str, today: date, *, applied: bool = False) -> str:
    """'Dec 25 → 25 Dec 2025 (last year)': the day a typed date is kept as; "" until it reads.

    A year the person did not type but the day took (a day and month still
    ahead this year, or yesterday on 1 January) is said, as it is easy to miss.
    """
    try:
        when = parse_received(text, today, applied=applied)
    except DateInputError:
        return ""
    line = f"{text.strip() or 'today'} → {when.day} {MONTHS[when.month - 1]} {when.year}"
    if when.year == today.year - 1 and not _year_typed(text, when.year):
        line += " (last year)"
    return line


def _year_typed(text: str, year: int) -> bool:
    """Whether the person wrote the year: in full, or as the third number (20/11/25, 3 Dec 25)."""
    numbers = re.findall(r"\d+", text)
    # A month written as a word leaves the day and the year as the only numbers.
    needed = 1 if re.search(r"[^\W\d_]", text) else 2
    return str(year) in numbers or len(numbers) > needed


def parse_due(
    text: str, today: date, *, earliest: date | None = None, refused: str = TODAY_REFUSED
) -> date:
    """When a plan is due, in any form read_day reads; never before `earliest` (today).

    refused: why a day from today to before `earliest` will not do.
    """
    first = earliest or today
    if first > today and not text.strip():
        raise DayOutOfRange(EMPTY_REFUSED)  # empty means today, which is what it is moving from
    when = read_day(text, today, ahead=True, within=DUE_MAX_DAYS)
    if when < first and _weekend_typed(text):
        # Sunday is still "the weekend" when Saturday (today) will not do.
        when = weekend_from(first)
    if when < today:
        pick = "tomorrow or a day after" if first > today else "today or a day ahead"
        raise DayOutOfRange(f"{_called(when, text, today)}: that day has passed. Pick {pick}.")
    if when < first:
        raise DayOutOfRange(refused)
    return _not_too_far(when, today)


def _cleaned(text: str) -> str:
    """The words of a typed day, lower case, single spaces, without "on", "this" or "by"."""
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    for prefix in ("on ", "this ", "by "):
        if cleaned.startswith(prefix):
            cleaned = cleaned[len(prefix) :]
    return cleaned


def _weekend_typed(text: str) -> bool:
    return _cleaned(text) in WEEKEND_WORDS


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
    label = day_label(when)
    return label if when.year == today.year else f"{label} {when.year}"


def day_label(when: date) -> str:
    """ "Tue 1 Dec": the day by its own name, whatever today is."""
    # Our own names: strftime's follow the locale, and the rest of coach is English.
    return f"{WEEKDAYS[when.weekday()][:3].title()} {when.day} {MONTHS[when.month - 1]}"


def due_hint(
    text: str, today: date, *, earliest: date | None = None, refused: str = TODAY_REFUSED
) -> tuple[date | None, str]:
    """The day a "when" field means as it is typed, and the hint shown beside it.

    A day out of range gets the reason Enter would give; one not parsed yet
    gets a short word, as the person is likely still typing it.
    """
    try:
        due = parse_due(text, today, earliest=earliest, refused=refused)
    except (DayOutOfRange, UnclearDay) as error:
        return None, str(error)
    except DateInputError:
        return None, UNKNOWN_YET
    return due, f"→ {describe_day(due, today)}"


def day_typed(received: str) -> bool:
    """Whether a date field holds a day of the person's own, not the untouched "today"."""
    return received.strip().lower() not in ("today", "")


def _months_from(today: date, months: int) -> date:
    """The same day of the month `months` calendar months on (back when negative)."""
    years, month = divmod(today.month - 1 + months, 12)
    year = today.year + years
    return date(year, month + 1, min(today.day, monthrange(year, month + 1)[1]))
