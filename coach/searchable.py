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

from coach.model import DATE_TAIL, Entry, ReplyStatus, Stage, holds, words_only

# Said where a filter of digits alone finds nothing: it never looked in the days.
DIGITS_NOT_DATES = (
    "Digits alone are looked for in what you wrote, not in dates: for a date, "
    'type it as the list shows it ("2026-10") or the month ("October").'
)


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

        Digits alone are looked for outside the day (model.holds).
        """
        if stage is None and reply is None:
            if not needle:
                return self
            if words_only(needle):
                tail = DATE_TAIL
                keep = [text.find(needle, 0, len(text) - tail) >= 0 for text in self.texts]
            else:
                keep = [needle in text for text in self.texts]
        else:
            keep = [
                (stage is None or entry.stage is stage)
                and (reply is None or entry.reply.status is reply)
                and (not needle or holds(text, needle))
                for entry, text in zip(self.entries, self.texts, strict=True)
            ]
        return Searchable(tuple(compress(self.entries, keep)), tuple(compress(self.texts, keep)))


NOTHING = Searchable((), ())
