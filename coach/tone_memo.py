"""A memo for what is read once from a compiled pattern, keyed by the pattern object itself."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

# Why: functools.lru_cache hashes its argument on every call, and hashing a
# compiled pattern hashes its whole compiled code. The scan asked once per
# rule and draft (about 110,000 characters of patterns), the model twice per
# sentence about the calm phrases: measured in-process, about 0.15 ms a draft
# each, spent finding answers already known. Here a look-up is by the
# object's identity; the pattern is kept with its answer, so its id cannot
# be handed to another object while the entry stands.

T = TypeVar("T")

# Entries past this many (own rules recompiled again and again) start the memo afresh.
_KEPT = 512


def by_identity(read: Callable[..., T]) -> Callable[..., T]:
    """`read(pattern, **options)` computed once per pattern object and options."""
    memo: dict[tuple[int, tuple[tuple[str, object], ...]], tuple[re.Pattern[str], T]] = {}

    @functools.wraps(read)
    def cached(pattern: re.Pattern[str], **options: object) -> T:
        key = (id(pattern), tuple(sorted(options.items())) if options else ())
        hit = memo.get(key)
        if hit is not None and hit[0] is pattern:
            return hit[1]
        value = read(pattern, **options)
        if len(memo) >= _KEPT:
            memo.clear()
        memo[key] = (pattern, value)
        return value

    cached.cache_clear = memo.clear  # type: ignore[attr-defined]
    return cached
