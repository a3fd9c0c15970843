"""The words the model reads to judge a rule hit: its sentence, less links and other kinds."""

from __future__ import annotations

import re

from coach.tone_features import MIN_SENTENCE
from coach.tone_span import Span

# A web address, an email address or a phone number: not words, and a dot in
# one ends no sentence.
LINK = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{5,}\d",
    re.IGNORECASE,
)
# A phone number has at least this many digits; fewer is a date or an amount.
_PHONE_DIGITS = 9
# Where a clause ends inside a sentence: a comma, semicolon, colon or dash,
# or a word that joins a new clause on.
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s|\b(?:and|but|so|or|yet|then)\b", re.IGNORECASE)
# The kinds a hit of which is a clause of its own, read apart from another kind's.
_WORDING_KINDS = frozenset({"anger", "begging", "public", "apology"})


def links(text: str) -> list[tuple[int, int]]:
    """Start and end of each link, email address or phone number in the text."""
    found = []
    for m in LINK.finditer(text):
        if m.group()[0] in "+(0123456789" and sum(c.isdigit() for c in m.group()) < _PHONE_DIGITS:
            continue
        found.append(m.span())
    return found


def unlinked(span: Span, bounds: tuple[int, int], linked: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence `bounds` of a hit, ended at a link (or phone number) on either side of it.

    A web address is no words, and on a signature line its dots cut the
    sentence mid-link, leaving the model "com/in/sam-r - you people ...",
    which pulled every kind's score down.
    """
    start, stop = bounds
    for a, b in linked:
        if start <= b <= span.start:
            start = b
        elif span.end <= a < stop:
            stop = a
    return start, stop


def own_clause(
    text: str, span: Span, bounds: tuple[int, int], others: list[Span]
) -> tuple[int, int]:
    """The part of the sentence `bounds` that is the hit's own: without another kind's clause.

    A sentence can hold two kinds at once ("This is ridiculous, please give me
    another chance"): read whole, each kind's words pull the other's score down
    and the model overruled one.
    """
    start, stop = bounds
    for other in others:
        if other.kind == span.kind or other.kind not in _WORDING_KINDS:
            continue
        if not (start < other.end and other.start < stop):
            continue  # not in this stretch
        if "apology" in (span.kind, other.kind):
            # A sentence with an apology in it is about the writer ("I'm so sorry,
            # I must have come across as clueless"): read whole, as wording() never
            # reads words taken as an apology as anger too. Cut there, the whole
            # corpus gained 52 wrong kinds on labelled drafts for 2 won.
            return bounds
        # Cut only at a clause break between them: with none, the two are one
        # clause, and a fragment ("I'd rethink the") is no clause to read alone.
        if other.end <= span.start:
            cut = [m.end() for m in _CLAUSE_BREAK.finditer(text, other.end, span.start)]
            start = max(start, cut[-1]) if cut else start
        elif other.start >= span.end:
            found = _CLAUSE_BREAK.search(text, span.end, other.start)
            stop = min(stop, found.start()) if found else stop
    if len(text[start:stop].strip()) < MIN_SENTENCE:
        return bounds  # too short to read alone ("Sorry,"), as the model skips greetings
    return start, stop
