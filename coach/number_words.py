"""Numbers written as words, as people type them in a plan, a day or an email's wait."""

from __future__ import annotations

# One table for every reader of counts and hours, so "eleven" means the same everywhere.
NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
    "thirty": 30,
    "sixty": 60,
    "ninety": 90,
}
# "a week", "an hour": one, where a count is expected.
ARTICLES: dict[str, int] = {"a": 1, "an": 1}
# The words for the hours of a clock face.
HOUR_WORDS: dict[str, int] = {word: n for word, n in NUMBER_WORDS.items() if n <= 12}
# The words counted in a day typed as "in three weeks" or "two days ago".
COUNT_WORDS: dict[str, int] = ARTICLES | HOUR_WORDS
