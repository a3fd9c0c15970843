"""The words of dates: month and weekday names, and the errors a typed date gives."""

from __future__ import annotations

from datetime import date, timedelta

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class DateInputError(ValueError):
    """The text is not a date we understand, or is in the future."""


def example_day(today: date, *, ahead: bool) -> str:
    """A date to offer as an example of the form: ahead for a plan, never ahead for news.

    The 1st of next month for a day ahead; for a day past, the 1st of this month
    (today itself on the 1st: "today is fine").
    """
    first = today.replace(day=1)
    if ahead:
        first = (first + timedelta(days=31)).replace(day=1)
    return first.isoformat()


class DayOutOfRange(DateInputError):
    """A day read fine but not allowed here (already passed, or too far ahead).

    Live hints show this one as it is; an unknown day may still be half typed.
    """


class UnclearDay(DateInputError):
    """A date typed in full that cannot be used as written: no such day, or either way round.

    Live hints show this one as it is: nothing more typed would fix it.
    """
