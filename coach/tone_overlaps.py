"""Which spans overlap a stretch of a draft, answered without reading every span each time."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from coach.tone_span import Span

# Spans are clauses and sentences, so a bucket this wide holds a few of them;
# the answer is the same for any width, only the work differs.
_WIDTH = 256


class Overlaps:
    """Spans filed by the stretch of text they cover, for "does any of them overlap?".

    A long draft has thousands of findings and thousands of sentences; asking
    every span about every sentence made the check grow with the square of the
    draft's length. Each question here reads only the spans near the stretch.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._buckets: dict[int, list[Span]] = {}
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        """File one more span."""
        for bucket in _buckets(span.start, span.end):
            self._buckets.setdefault(bucket, []).append(span)

    def any(self, start: int, end: int, kinds: Iterable[str] | None = None) -> bool:
        """Whether a span (of one of `kinds`, when given) has s.start < end and start < s.end."""
        wanted = None if kinds is None else frozenset(kinds)
        for bucket in _buckets(start, end):
            for s in self._buckets.get(bucket, ()):
                if s.start < end and start < s.end and (wanted is None or s.kind in wanted):
                    return True
        return False

    def kinds(self, start: int, end: int) -> set[str]:
        """The kinds of the spans that `any` would find over start..end."""
        found = set()
        for bucket in _buckets(start, end):
            for s in self._buckets.get(bucket, ()):
                if s.start < end and start < s.end:
                    found.add(s.kind)
        return found


def _buckets(start: int, end: int) -> range:
    # Two stretches that overlap share a character (or an empty one sits inside
    # the other), so they share a bucket: the last character, or the start if empty.
    return range(start // _WIDTH, max(start, end - 1) // _WIDTH + 1)


class Marks:
    """Where any of a few characters (sentence ends, say) stand in a text, for quick look-ups."""

    def __init__(self, text: str, chars: str) -> None:
        found = re.finditer(f"[{re.escape(chars)}]", text) if chars else ()
        self._at = [m.start() for m in found]

    def last_before(self, at: int) -> int:
        """max(text.rfind(c, 0, at) for c in chars): the last mark before at, or -1."""
        i = bisect.bisect_left(self._at, at)
        return self._at[i - 1] if i else -1

    def first_from(self, at: int) -> int | None:
        """The first mark at or after at (as min of text.find(c, at)), or None."""
        i = bisect.bisect_left(self._at, at)
        return self._at[i] if i < len(self._at) else None


class Bounds:
    """A text's sentences (start, end) in order; the one before an offset found by bisection."""

    def __init__(self, text: str, bounds: list[tuple[int, int]]) -> None:
        self._text = text
        self._bounds = bounds
        self._starts = [start for start, _ in bounds]

    def sentence_before(self, at: int) -> str:
        """As tone_model.sentence_before: the sentence before the one holding text[at], or ""."""
        # sentences() yields stretches in order that never overlap, so at most one holds at.
        i = bisect.bisect_right(self._starts, at) - 1
        if i < 0 or not at < self._bounds[i][1]:
            return ""
        if i == 0:
            return ""
        start, end = self._bounds[i - 1]
        return self._text[start:end].strip()
