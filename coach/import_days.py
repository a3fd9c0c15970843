"""An imported row's days read as the walk reads them (25/11/2026, Nov 20), and their problems."""

from __future__ import annotations

from datetime import date
from typing import Any


def iso_day(record: Any, name: str) -> date | None:
    """A record's day as stored (ISO), or None."""
    value = record.get(name) if isinstance(record, dict) else None
    try:
        return date.fromisoformat(value.strip()) if isinstance(value, str) else None
    except ValueError:
        return None


def days_read(record: Any, today: date) -> tuple[Any, str | None, list[str]]:
    """A spreadsheet's days (25/11/2026, Nov 20) as the walk reads them, written ISO.

    Also the day typed, when one without a year was taken as last year's (to say
    so), and the problems of its days. A day the reader refuses for a reason of
    its own (it could be two days, it is ahead of today, its year is far back) is
    such a problem, and is left out of the record so the row's other fields are
    still checked; one no reader takes at all is left as it is, for
    entry_from_record to name.
    """
    from coach.dates import DateInputError, parse_received, read_day

    if not isinstance(record, dict):
        return record, None, []
    read = dict(record)
    last_year = None
    wrong: list[str] = []
    for name, ahead in (("date", False), ("reapply_after", True)):
        value = read.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            iso = date.fromisoformat(value.strip())
        except ValueError:
            iso = None
        if iso is not None and (ahead or iso > today):
            continue  # as stored; a day ahead is named by the caller
        try:
            day = read_day(value, today, ahead=True) if ahead else parse_received(value, today)
        except DateInputError as error:
            if type(error) is DateInputError:
                continue  # not a day at all: entry_from_record names the form it wants
            wrong.append(f"{name} {str(error).rstrip('.')}")
            del read[name]
            continue
        read[name] = day.isoformat()
        if not ahead and day.year < today.year and str(day.year) not in value:
            last_year = value.strip()
    return read, last_year, wrong
