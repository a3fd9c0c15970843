"""A filter typed as a day ("1 July", "July 1", "Jul 2026", "14/07/2026") read as one."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from coach.date_words import MONTH_NAMES

_MONTHS = tuple(name.casefold() for name in MONTH_NAMES)

# Two months are everyday words ("they may reopen", "the march to offer"): typed
# alone they are looked for as the word; with a day or a year they are the month.
_WORDS_TOO = (4, 2)  # May, March (0-based)

# Words a day is said with that say nothing of which day ("the 1st of July").
_FILLER = frozenset({"of", "the"})

_DAY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?")
_YEAR = re.compile(r"[0-9]{4}")
# A year last in the filter, shorter than four figures ("14 july 20", "14/07/19").
_YEAR_SHORT = re.compile(r"[0-9]{1,3}")
# "14/07/2026" and "14/07", and "14/07/" on the way to a year; with dots or dashes
# only with a year ("14.07.2026", "14.07.26"), as "1.5" is far likelier hours than
# the 1st of May.
_NUMERIC = re.compile(
    r"([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{0,4}))?|([0-9]{1,2})([.-])([0-9]{1,2})\5([0-9]{2,4})"
)
# Two figures of a year ("14/07/19") are the year a person means by them: 2019,
# and 1985 for "85", as Python's %y reads them; "20" alone is kept begun (2020 and
# every 20xx), so typing "2026" on never drops its matches at the third key.
_CENTURY_PIVOT = 69
# Digits and dashes, a dash among them ("2026-07", "2026-", "07-14"): the day as
# the list shows it, looked for as it is.
_LIST_SHAPE = re.compile(r"[\d-]*(?:\d-|-\d)[\d-]*")
# The list's longest day ("2026-07-14"): a longer run cannot be part of one, and the
# shape above backtracks at every digit and dash, so a pasted run of thousands of
# them would hold the journal screen for seconds a key (rv24).
_LIST_LONGEST = len("2026-07-14")

# The day in words that closes an entry's search text, padded to this width
# (" 30 september 2026 " is the longest) so where it starts is known.
DAY_WORDS_WIDTH = len(" 30 september 2026 ")


def day_words(day: date) -> str:
    """The day as the search text ends with it: " 14 july 2026 ", a space each side."""
    return f" {day.day} {_MONTHS[day.month - 1]} {day.year} ".ljust(DAY_WORDS_WIDTH)


@dataclass(frozen=True)
class DayAsked:
    """The parts of a day a filter names; a month always, a day or a year when typed.

    A date in figures that reads as a real day both ways ("07/03/2026": 7 March,
    or 3 July as written in the US) names both: also holds the other reading.
    """

    month: int  # 1-12
    day: int | None = None
    year: str | None = None  # its digits, fewer than four while still being typed
    also: DayAsked | None = None

    @property
    def readings(self) -> tuple[DayAsked, ...]:
        """This day, and the other reading of its figures if it has one."""
        return (self,) if self.also is None else (self, self.also)

    @property
    def words(self) -> tuple[str, ...]:
        """What day_words holds wherever a reading is: " 1 july ", never inside " 21 july "."""
        return tuple(reading._words() for reading in self.readings)

    @property
    def said(self) -> str:
        """The day as a person reads it: "7 March 2026 or 3 July 2026", "14 July 20…"."""
        begun = " (the year not yet whole)" if self._year_begun() else ""
        if self.year == "20":
            begun = " (2020, or a year not yet whole)"
        return " or ".join(reading._said() for reading in self.readings) + begun

    def within(self, other: DayAsked) -> bool:
        """Whether every day this names is one other names too (it says the same, or more)."""
        return all(any(mine._within(theirs) for theirs in other.readings) for mine in self.readings)

    def _words(self) -> str:
        parts = [str(self.day)] if self.day else []
        parts.append(_MONTHS[self.month - 1])
        if self.year:
            parts.append(self.year)
        # A year begun (" july 20") ends inside the year the day's words hold.
        return " " + " ".join(parts) + ("" if self._year_begun() else " ")

    def _said(self) -> str:
        parts = [str(self.day)] if self.day else []
        parts.append(MONTH_NAMES[self.month - 1])
        if self.year:
            parts.append(self.year + ("…" if self._year_begun() else ""))
        return " ".join(parts)

    def _year_begun(self) -> bool:
        return self.year is not None and len(self.year) < 4

    def _within(self, other: DayAsked) -> bool:
        return (
            self.month == other.month
            and other.day in (None, self.day)
            and (other.year is None or (self.year or "").startswith(other.year))
        )


def _month(token: str) -> int | None:
    """The month (0-based) a word names: its whole name or the first three letters on."""
    if len(token) < 3:
        return None
    found = [number for number, name in enumerate(_MONTHS) if name.startswith(token)]
    return found[0] if len(found) == 1 else None


def _ascii_digits(text: str) -> str:
    """The text with every decimal digit as 0-9 ("２０２６", "٢٠٢٦": 2026), and fullwidth "／"."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _year(digits: str) -> str | None:
    """The year figures typed last mean: whole, two of them, or begun ("2", "202")."""
    if len(digits) == 4:
        return digits
    if len(digits) == 2 and digits != "20":
        return ("19" if int(digits) >= _CENTURY_PIVOT else "20") + digits
    return digits if digits[:1] in ("1", "2") else None


def _on_calendar(day: int, month: int, year: str | None, real: bool) -> bool:
    """Whether the day is in the month (the 29th of February in a year not yet whole).

    real False: any day a date could be mistyped with, to tell an impossible day
    ("31/02/2026", "0/1/2026", "32/1/2026") from no day; past the 31st only with
    a whole year, as "50/50" alone is far likelier words than a day.
    """
    if not real:
        whole = year is not None and len(year) == 4
        return 0 <= month <= 12 and 0 <= day <= (99 if whole else 31)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if month == 2 and (year is None or len(year) < 4):
        return day <= 29
    return day <= calendar.monthrange(int(year or "2000"), month)[1]


def _numeric(text: str, real: bool = True) -> DayAsked | None:
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    first, second, typed = match.group(1, 2, 3) if match[1] else match.group(4, 6, 7)
    year = _year(typed) if typed else None
    # A slash, or one figure after it ("14/07/", "14/07/0": "05" may follow), is
    # a year on its way: read as the day before it, so typing on hides nothing.
    if typed and year is None and (len(typed) > 1 or not match[1]):
        return None
    # Day first, then month first ("07/14/2026" can only be that); both when both
    # are real days, as nothing says which the person meant.
    readings = [
        DayAsked(month, day, year)
        for day, month in ((int(first), int(second)), (int(second), int(first)))
        if _on_calendar(day, month, year, real)
    ]
    if not readings:
        return None
    if len(readings) == 1 or readings[0] == readings[1]:
        return readings[0]
    return DayAsked(readings[0].month, readings[0].day, year, also=readings[1])


def day_asked(needle: str, real: bool = True) -> DayAsked | None:
    """The day a casefolded filter names, in any common order; None when it names none.

    "1 july", "july 1st", "jul 2026", "1st of july 2026", "14/07/2026", and a
    year still being typed last ("14 july 20"). A month alone is a day asked,
    except May and March, which alone are words. A day not in its month
    ("31/02/2026") is none; real False reads it all the same (impossible_day).
    """
    text = " ".join(_ascii_digits(needle).replace(",", " ").split())
    numeric = _numeric(text, real)
    if numeric is not None:
        return numeric
    month = day = year = None
    tokens = text.split(" ")
    for place, token in enumerate(tokens, 1):
        if token in _FILLER:
            continue
        if _YEAR.fullmatch(token) and year is None:
            year = token
        elif (
            (found := _DAY.fullmatch(token))
            and day is None
            and (1 <= int(found[1]) <= 31 or not real)
        ):
            day = int(found[1])
        elif place == len(tokens) and year is None and _YEAR_SHORT.fullmatch(token):
            year = _year(token)
            if year is None:
                return None
        elif (named := _month(token)) is not None and month is None:
            month = named
        else:
            return None
    if month is None or (month in _WORDS_TOO and day is None and year is None):
        return None
    if day is not None and not _on_calendar(day, month + 1, year, real):
        return None
    return DayAsked(month + 1, day, year)


# The list's own form, whole: "2026-02-31" is looked for as typed, yet is no day.
_LIST_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def impossible_day(needle: str) -> bool:
    """Whether a filter reads as a day of a month that has no such day ("31/02/2026")."""
    listed = _LIST_DAY.fullmatch(_ascii_digits(needle).strip())
    if listed is not None:
        year, month, day = listed.groups()
        return _on_calendar(int(day), int(month), year, False) and not _on_calendar(
            int(day), int(month), year, True
        )
    return day_asked(needle) is None and day_asked(needle, real=False) is not None


def list_shaped(needle: str) -> bool:
    """Whether a filter is the day as the list shows it, or part of it ("2026-07", "2026-")."""
    return len(needle) <= _LIST_LONGEST and _LIST_SHAPE.fullmatch(needle) is not None


def words_only(needle: str) -> bool:
    """Whether a filter that could be part of a day is looked for only in what was written.

    Digits alone ("10", "2026": far likelier "10x Labs" than every entry of the
    10th) and May or March alone.
    """
    if needle.isdigit():
        return True
    month = _month(needle)
    return month is not None and month in _WORDS_TOO
