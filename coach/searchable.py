"""Entries beside the casefolded text a filter looks in, as two parallel lists.

Not (entry, text) pairs: a tuple holding an entry is an object Python's cycle
collector tracks, so 50,000 pairs were 50,000 more objects for each full
collection to walk (about 10 ms of a pause the person waits through); two
tuples are two objects, and the texts' one is dropped from the collector's
walks altogether once it has seen it hold only strings. Tuples, as nobody may
change them: one Searchable is shared by the journal and its screens, never
copied (each copy of 50,000 was walked again by the young collections).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from coach.date_filter import (
    DAY_WORDS_WIDTH,
    day_asked,
    impossible_day,
    list_shaped,
    words_only,
)
from coach.model import DATE_TAIL, Entry, ReplyStatus, Stage, holds

# Said where a filter that could be part of a day finds nothing: digits alone, or
# May or March alone, never looked in the days.
DIGITS_NOT_DATES = (
    'Digits alone, and "May" or "March" alone, are looked for in what you wrote, not in '
    'dates: for a date, type it as the list shows it ("2026-10") or with its month '
    '("October", "1 July", "May 2026", "14/07/2026").'
)


def why_nothing(needle: str) -> str:
    """Said after "nothing matches": how a filter that could be a day was read, or ""."""
    if words_only(needle):
        return DIGITS_NOT_DATES
    if impossible_day(needle):
        # As a date typed anywhere else is refused (coach.dates): named, and why.
        return (
            f"“{needle}” is not on the calendar (check the month and the day), so it was "
            "looked for only in what you wrote."
        )
    asked = day_asked(needle)
    if asked is None:
        return ""
    # The reading said in full: "07/03/2026" is two days, "14 july 20" a year begun.
    return f"Read as a date, {asked.said}, and looked for in what you wrote."


@dataclass(frozen=True, slots=True)
class Searchable:
    """entries[i] with its search text texts[i], newest first."""

    entries: tuple[Entry, ...]
    texts: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.entries)

    def matching(
        self, needle: str, stage: Stage | None = None, reply: ReplyStatus | None = None
    ) -> Searchable:
        """The entries whose text holds the casefolded needle, at this stage and reply.

        As model.holds: what was written, then the day as the list shows it or
        as a day, month or year named.
        """
        if stage is None and reply is None:
            if not needle:
                return self
            keep = _written(self.texts, needle)
            asked = day_asked(needle)
            if list_shaped(needle):
                keep = [kept or needle in text for kept, text in zip(keep, self.texts, strict=True)]
            width = DAY_WORDS_WIDTH
            for words in asked.words if asked is not None else ():  # a reading each
                keep = [
                    kept or text.find(words, len(text) - width) >= 0
                    for kept, text in zip(keep, self.texts, strict=True)
                ]
        else:
            keep = [
                (stage is None or entry.stage is stage)
                and (reply is None or entry.reply.status is reply)
                and (not needle or holds(text, needle))
                for entry, text in zip(self.entries, self.texts, strict=True)
            ]
        return Searchable(tuple(compress(self.entries, keep)), tuple(compress(self.texts, keep)))


NOTHING = Searchable((), ())


def _written(texts: tuple[str, ...], needle: str) -> list[bool]:
    """Which texts hold the needle in what was written (the day left out): one find each."""
    tail = DATE_TAIL
    return [text.find(needle, 0, len(text) - tail) >= 0 for text in texts]
