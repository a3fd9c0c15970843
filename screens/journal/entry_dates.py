"""The entry form's dates read as typed, and which of its errors wait for ctrl+s."""

from __future__ import annotations

import re
from datetime import date

from coach.dates import (
    DateInputError,
    DayOutOfRange,
    UnclearDay,
    parse_received,
    received_preview,
)

# The start of a date like 2027-05-01, still being typed.
ISO_START = re.compile(r"\d{1,4}(-\d{0,2}){0,2}")
REAPPLY_HELP = "Use a date like 2027-05-01, or leave it empty for no reminder."
# A day not read yet, as it is typed: said softly under the field, in full at ctrl+s.
UNKNOWN_YET = "not a date I know yet (e.g. yesterday or Nov 20)"


def parse_reapply(text: str) -> tuple[date | None, str]:
    """An optional YYYY-MM-DD date, and a kind message when it is not one."""
    text = text.strip()
    if not text:
        return None, ""
    try:
        return date.fromisoformat(text), ""
    except ValueError:
        return None, f"“{text}” is not a date I can read. {REAPPLY_HELP}"


def parse_entry_date(text: str, today: date) -> tuple[date | None, str]:
    """When the news came, in any form the walk reads (coach.dates); never later."""
    # The walk's reader, so both screens accept the same words.
    try:
        return parse_received(text, today), ""
    except DateInputError as error:
        return None, str(error)


def date_preview(text: str, today: date, *, typing: bool = False) -> str:
    """The day the date field's words are kept as, unless typed as that very day already.

    typing: as it is typed, a day not read yet says so softly (its error waits).
    """
    preview = received_preview(text, today)
    if preview and text.strip() == parse_received(text, today).isoformat():
        return ""  # "2026-11-20 → 20 Nov 2026" would only say it twice
    if typing and text.strip() and not preview and day_half_typed(text, today):
        return UNKNOWN_YET
    return preview


def day_half_typed(text: str, today: date) -> bool:
    """Whether the day typed is not read yet, as one half typed is (empty too)."""
    try:
        parse_received(text, today)
    except (DayOutOfRange, UnclearDay):
        return False  # read in full, and still no: more typing won't mend it
    except DateInputError:
        return True
    return False


def held_while_typed(company: str, when: str, reapply: str, today: date) -> set[str]:
    """The form's errors kept back as it is typed: those more typing may still mend.

    A company emptied to be typed anew, a day half typed ("3 d" on the way to
    "3 days ago"), a reapply date before its last digit: red at each key, they
    nagged. A day ahead of today, or either way round, or "next spring" for a
    reapply date, is said at once.
    """
    held = set()
    if not company.strip():
        held.add("e-company")
    if day_half_typed(when, today):
        held.add("e-date")
    if ISO_START.fullmatch(reapply.strip()):
        held.add("e-reapply")  # a date like 2027-05-01 reads only at its last key
    return held
