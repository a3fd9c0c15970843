"""Acceptance of the decision, which is the opposite of begging: "I accept the decision"."""

from __future__ import annotations

import re

from coach.tone_structure import Span

# Where a sentence ends, as tone_vader cuts them: after . ! or ?, and at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
# Saying the decision is taken and standing by it: accepting or respecting it,
# or resolving to learn and try again (elsewhere, next time): a plan of one's
# own, not an ask.
_ACCEPTS = re.compile(
    r"\bI\s+(?:fully\s+|completely\s+|do\s+|of course\s+)?(?:accept|respect)\s+"
    r"(?:the|your|this|that|their|her|his)\s+(?:\w+\s+)?decision\b"
    r"|\bI(?:'ll|’ll|\s+will|\s+shall)\s+(?:\w+\s+){0,2}learn\b[^.!?\n]*\btry again\b"
    r"|\btry again\s+(?:elsewhere|next time|in future|in the future)\b",
    re.IGNORECASE,
)
# Asking them to look at it again is begging, whatever acceptance surrounds it.
_ASKS_AGAIN = re.compile(
    r"\b(?:reconsider\w*|re-?evaluat\w*|revisit\w*|change (?:your|the) mind|look again"
    r"|another (?:look|chance|shot|go|interview|round)|second (?:look|chance)"
    r"|one more (?:chance|try|go)|still be considered|keep me in (?:the )?(?:running|process)"
    r"|overturn\w*|appeal\w*)\b|\?",
    re.IGNORECASE,
)


def accepting(text: str, begging: list[Span]) -> list[Span]:
    """The begging spans that sit in a sentence accepting the decision and asking nothing."""
    settled: list[Span] = []
    calm: dict[tuple[int, int], bool] = {}
    for span in begging:
        if span.kind != "begging":
            continue
        # Only the sentences that hold a plea are read again (speed: a long draft).
        where = _sentence_at(text, span.start)
        if where not in calm:
            a, b = where
            calm[where] = bool(_ACCEPTS.search(text, a, b)) and not _ASKS_AGAIN.search(text, a, b)
        if calm[where]:
            settled.append(span)
    return settled


def _sentence_at(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the sentence or line holding `offset` (read back at most _REACH)."""
    # Only a stretch before the plea is searched: scanning from the top of a
    # long draft for every plea cost more than the rest of the check.
    back = max(0, offset - _REACH)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, back, offset + 1) if m.end() <= offset]
    start = starts[-1] if starts else back
    after = _SENTENCE_END.search(text, offset)
    return start, after.start() if after else len(text)


# Longer than any sentence people write to a recruiter.
_REACH = 600
