"""A stretch of a draft the tone check has something to say about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of the draft in character offsets, with what to say about it."""

    start: int
    end: int
    kind: str
    reason: str
    suggestion: str
