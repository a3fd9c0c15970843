"""Tests for the memo of what is read from a compiled pattern, keyed by the object itself."""

from __future__ import annotations

import re

from coach.tone_memo import by_identity


def test_a_pattern_is_read_once_and_each_set_of_options_apart() -> None:
    reads: list[tuple[str, bool]] = []

    @by_identity
    def read(pattern: re.Pattern[str], *, folded: bool = False) -> str:
        reads.append((pattern.pattern, folded))
        return pattern.pattern.upper() if folded else pattern.pattern

    calm = re.compile(r"all\s+good")
    assert read(calm) == read(calm) == r"all\s+good"
    assert read(calm, folded=True) == r"ALL\S+GOOD"
    assert read(calm) == r"all\s+good"
    assert reads == [(r"all\s+good", False), (r"all\s+good", True)]


def test_another_pattern_object_is_read_for_itself() -> None:
    @by_identity
    def read(pattern: re.Pattern[str]) -> str:
        return pattern.pattern

    # Compiled with and without a flag: two objects, each answered for itself.
    plain, folded = re.compile("no way"), re.compile("no way", re.IGNORECASE)
    assert plain is not folded
    assert read(plain) == "no way" and read(folded) == "no way"
    assert read(re.compile("not now")) == "not now"


def test_the_memo_starts_afresh_when_full_and_still_answers() -> None:
    @by_identity
    def read(pattern: re.Pattern[str]) -> int:
        return len(pattern.pattern)

    kept = [re.compile("x" * n) for n in range(1, 700)]
    assert [read(p) for p in kept] == list(range(1, 700))
    assert [read(p) for p in kept] == list(range(1, 700))
