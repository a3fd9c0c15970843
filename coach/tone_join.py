"""One finding per kind and clause: hits of one kind with no clause break between them joined."""

from __future__ import annotations

import re

from coach.tone_span import Span

# What ends a clause: a sentence's end, a line break, a comma, semicolon, colon,
# bracket or dash. Joining words do not: "incompetent and rude" is one charge.
_BREAK = re.compile(r"[.!?\n,;:()–—]|\s-\s")


def joined(text: str, spans: list[Span]) -> list[Span]:
    """The spans, with those of one kind in one clause made one ("You people are incompetent").

    Two rules can each name a part of one phrase ("You people" and "incompetent"):
    shown apart, the reader saw the phrase counted twice. The joined span runs
    from the first's start to the last's end and keeps the last one's reason:
    in a clause the frame comes first ("You people", "nice to be told") and the
    charge last ("incompetent", a quote handed back), and the charge says why.
    """
    out: list[Span] = []
    last: dict[str, int] = {}  # kind -> index in out of its latest span
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        i = last.get(span.kind)
        if i is not None:
            prev = out[i]
            if span.start <= prev.end or not _BREAK.search(text, prev.end, span.start):
                out[i] = Span(
                    prev.start, max(prev.end, span.end), span.kind, span.reason, span.suggestion
                )
                continue
        last[span.kind] = len(out)
        out.append(span)
    return out
