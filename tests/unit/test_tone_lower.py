"""Tests for patterns that ignore case, searched without it over lower-case ASCII."""

from __future__ import annotations

import re

import pytest

from coach.tone_lower import ALPHABET, for_lower_ascii
from coach.tone_rules import shipped_rules


@pytest.mark.parametrize(
    "pattern",
    [r"\bkeep me in mind\b", r"[a-z-]+ roles?", r"[^k]ind", r"(?P<w>go)(?P=w)", r"o(?=k)"],
)
def test_a_pattern_in_lower_case_loses_the_flag(pattern: str) -> None:
    folded = re.compile(pattern, re.IGNORECASE)
    plain = for_lower_ascii(folded)
    assert not plain.flags & re.IGNORECASE
    text = "keep me in mind for other roles, kind words, gogo ok, " + ALPHABET
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in folded.finditer(text)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"Keep",  # a capital matches "k" only by ignoring case
        r"[A-Z]x",
        "\u212a",  # the Kelvin sign matches "k" ignoring case
        "\u017f",  # the long s matches "s"
        r"(?i)keep",  # the flag written in the pattern: it cannot be taken off
    ],
)
def test_a_pattern_that_matches_otherwise_keeps_the_flag(pattern: str) -> None:
    folded = re.compile(pattern, re.IGNORECASE)
    assert for_lower_ascii(folded) is folded


def test_the_shipped_calm_phrases_lose_the_flag() -> None:
    calm = shipped_rules().context["calm_phrases"]
    assert calm.flags & re.IGNORECASE
    assert not for_lower_ascii(calm).flags & re.IGNORECASE
