"""The words of dates: month and weekday names, and the errors a typed date gives."""

from __future__ import annotations

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


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
