"""When a rejection email says to apply again: "in 6 months", "after 90 days", "from 1 March"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from coach import email_lang_reapply
from coach.email_retention import retention_only
from coach.mail_dates import parse_mail_date
from coach.number_words import ARTICLES, NUMBER_WORDS

_NUMBER_WORDS = ARTICLES | NUMBER_WORDS


_COUNT = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))


# A window of time: "6 months", "six months", "a year"; "half a year" is six months.
_WINDOW = re.compile(
    rf"\b(?:({_COUNT})[\s-]+(?:\(\d{{1,3}}\)\s+)?(?:(?:full|whole|calendar)\s+){{0,2}}"
    r"(days?|weeks?|months?|quarters?|years?)"
    r"|(half a year))\b",
    re.IGNORECASE,
)


# What the window is about: applying again, or details kept on file.
_AGAIN = re.compile(
    r"\b(?:apply|reapply|re-apply|applying|applications?|resume|cv|details|file|system|"
    r"positions|openings|roles|opportunities|records|database|consider|again|re-interview\w*|"
    r"reconsider\w*|try us|twice|same person|record|portfolio|resit|retake|re-take|resubmit|"
    r"welcome back|break|pool|another go|another shot|go again|try again)\b",
    re.IGNORECASE,
)


# How a window is tied to what it is about: "in 6 months", "after 90 days",
# "at least 3 months before", "12 months from the date of this email".
_BEFORE_WINDOW = re.compile(
    r"\b(?:in|after|for|within|inside|of|least|another|wait|waiting|next|up to|every|out)\s+"
    r"(?:the\s+next\s+|roughly\s+|about\s+|around\s+|a\s+full\s+|an?\s+)?$",
    re.IGNORECASE,
)
_AFTER_WINDOW = re.compile(
    r"^\s+(?:from|after|later|have passed|has passed|time|before)\b", re.IGNORECASE
)


# A count of what happened ("we had 300 applications in 2 weeks") is no window.
_PAST = re.compile(r"\b(?:we|you|they)\s+(?:had|received|got|reviewed|saw)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\bagain\b|re-?apply|\bfuture\b|\bon file\b|\bkeep\b", re.IGNORECASE)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _reapply(prose: str, base: date) -> date | None:
    sentences = re.split(r"(?<=[.!?])\s+|\n", prose)
    found = _reapply_english(sentences, base)
    if found is not None:
        return found
    for sentence in sentences:
        if retention_only(sentence):
            continue
        window = email_lang_reapply.window_in(sentence)
        if window is not None:
            return _wait(base, *window)
    return None


# "eligible ... again from 1 March 2027": a day given outright.
_FROM_DAY = re.compile(
    r"\b(?:eligible|welcome|able|free|reapply|re-apply|apply|consider\w*|details|live|file)\b"
    r"[^.]{0,80}?"
    r"\b(?:from|after|on or after|starting|as of|until|till)\s+"
    r"((?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+|"
    r"[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})",
    re.IGNORECASE,
)


_A_YEAR_ON = re.compile(r"\bthis time next year\b|\ba year from (?:now|today)\b", re.I)


def _reapply_english(sentences: list[str], base: date) -> date | None:
    for sentence in sentences:
        if _A_YEAR_ON.search(sentence):
            return _wait(base, 1, "years")
        day = _FROM_DAY.search(sentence)
        if day and (when := parse_mail_date(day.group(1))) and when > base:
            return when
        if not _AGAIN.search(sentence) or retention_only(sentence):
            continue
        if _PAST.search(sentence) and not _FUTURE.search(sentence):
            continue
        for match in _WINDOW.finditer(sentence):
            tied = _BEFORE_WINDOW.search(sentence[max(0, match.start() - 30) : match.start()])
            if tied or _AFTER_WINDOW.match(sentence[match.end() :]):
                return _after(base, match)
    return None


def _after(base: date, match: re.Match[str]) -> date | None:
    if match.group(3):
        return _wait(base, 6, "months")
    word = match.group(1).lower()
    count = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return _wait(base, count, match.group(2).lower())


def _wait(base: date, count: int, unit: str) -> date | None:
    """The day a wait of count units ("6", "months") from base ends; None past the calendar."""
    try:
        if unit.startswith("day"):
            return base + timedelta(days=count)
        if unit.startswith("week"):
            return base + timedelta(weeks=count)
        months = count * {"year": 12, "quar": 3}.get(unit[:4], 1)
        return _add_months(base, months)
    except (OverflowError, ValueError):
        return None
