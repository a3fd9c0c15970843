"""Acceptance of the decision, which is the opposite of begging: "I accept the decision"."""

from __future__ import annotations

import re

from coach.tone_structure import Span
from coach.tone_vader import sentences

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
    calm = [
        (start, end)
        for start, end in sentences(text)
        if _ACCEPTS.search(text, start, end) and not _ASKS_AGAIN.search(text, start, end)
    ]
    return [s for s in begging if s.kind == "begging" and any(a <= s.start < b for a, b in calm)]
