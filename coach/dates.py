"""Reading the date a rejection arrived, as a person would type it."""

from __future__ import annotations

import re
from datetime import date, timedelta

_AGO = re.compile(r"^(\d{1,4}|a|an|one)\s+(day|days|week|weeks)\s+ago$")
_WORDS = {"a": 1, "an": 1, "one": 1}


class DateInputError(ValueError):
    """The text is not a date we understand, or is in the future."""


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
