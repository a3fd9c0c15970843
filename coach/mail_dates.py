"""Dates as emails write them: a Date header, 3 Mar 2026, March 3, ISO; with a year or not."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"


_MONTH_DAY_YEAR = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})", re.I)


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


# 16.11.2026 (day first, as German and others write it), 16/11/2026 or 11/16/2026.
_NUMERIC = re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")


# A mail client's copy of this year's email leaves the year out: "Mon, Nov 23, 10:42 AM".
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})", re.I)


_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?!,?\s+\d{4})", re.I)


# The months in German, French, Spanish, Dutch, Italian and Portuguese, with the
# short forms their mail clients print ("12. Nov. 2026", "18 de novembro de 2026").
_MONTHS_ABROAD = {
    name: number
    for number, names in enumerate(
        [
            "januar jänner janvier enero januari gennaio janeiro jan janv ene gen",
            "februar feber février fevrier febrero februari febbraio fevereiro feb févr fev",
            "märz mars marzo maart março marco mär mrz mar",
            "april avril abril aprile apr avr abr",
            "mai mayo mei maggio maio may mag",
            "juni juin junio giugno junho jun giu",
            "juli juillet julio luglio julho jul juil lug",
            "august août aout agosto augustus aug ago",
            "september septembre septiembre setiembre settembre setembro sep sept set",
            "oktober octobre octubre ottobre outubro okt oct ott out",
            "november novembre noviembre novembro nov",
            "dezember décembre decembre diciembre december dicembre dezembro dez déc dec dic",
        ],
        start=1,
    )
    for name in names.split()
}
_DAY_MONTH_YEAR_ABROAD = re.compile(
    r"\b(\d{1,2})\.?\s+(?:de\s+)?("
    + "|".join(sorted(_MONTHS_ABROAD, key=len, reverse=True))
    + r")\.?\s+(?:de\s+|del\s+)?(\d{4})\b",
    re.IGNORECASE,
)


def parse_mail_date(value: str, today: date | None = None) -> date | None:
    """The day an email was sent, as its own header or a forwarded block gives it.

    With today given, a date without a year is the latest such day not after today.
    """
    value = value.strip()
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
        if isinstance(parsed, datetime) and 1970 <= parsed.year <= 2200:
            return parsed.date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    for pattern, order in ((_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy"), (_ISO, "iso")):
        match = pattern.search(value)
        if not match:
            continue
        try:
            if order == "mdy":
                month = _MONTHS[match.group(1).lower().rstrip(".")[:3]]
                return date(int(match.group(3)), month, int(match.group(2)))
            if order == "dmy":
                month = _MONTHS[match.group(2).lower().rstrip(".")[:3]]
                return date(int(match.group(3)), month, int(match.group(1)))
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except (KeyError, ValueError):
            continue
    abroad = _DAY_MONTH_YEAR_ABROAD.search(value)
    if abroad:
        try:
            month = _MONTHS_ABROAD[abroad.group(2).lower()]
            return date(int(abroad.group(3)), month, int(abroad.group(1)))
        except ValueError:
            pass
    numeric = _NUMERIC.search(value)
    if numeric:
        return _numeric(numeric, today)
    if today is not None:
        return _yearless(value, today)
    return None


def _numeric(match: re.Match[str], today: date | None) -> date | None:
    """A numeric date; a slashed one with both parts 12 or under is the nearer past day."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    orders = [(second, first)] if match.group(2) == "." else [(second, first), (first, second)]
    days = []
    for month, day in orders:
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    if len(set(days)) > 1:
        if today is None:
            return None
        past = [d for d in days if d <= today]
        return max(past) if past else None
    return days[0] if days else None


def _yearless(value: str, today: date) -> date | None:
    for pattern, month_group in ((_MONTH_DAY, 1), (_DAY_MONTH, 2)):
        match = pattern.search(value)
        if not match:
            continue
        day_group = 2 if month_group == 1 else 1
        try:
            month = _MONTHS[match.group(month_group).lower().rstrip(".")[:3]]
            when = date(today.year, month, int(match.group(day_group)))
            return when if when <= today else date(today.year - 1, month, when.day)
        except (KeyError, ValueError):
            continue
    return None
