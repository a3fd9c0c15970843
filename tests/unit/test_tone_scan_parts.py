"""Tests for rules read in part: tried at their read starts only where nothing else can match."""

from __future__ import annotations

import re

import pytest

from coach.tone_first_char import compiled
from coach.tone_rules import shipped_rules
from coach.tone_scan import Edges, _starts, starts
from coach.tone_scan_parts import needed, parts


def spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


# A rule one of whose alternatives opens on any word: unread whole, read in part.
MIXED = compiled(r"no\s+way|(?P<w>\w+)\s+weeks[.!]\s+(?P=w)[.!]|how\s+kind")


def test_a_rule_with_an_alternative_on_any_word_is_read_in_part() -> None:
    assert starts(MIXED) is None
    found = parts(MIXED, _starts)
    assert found is not None
    # \s read as a space: "no" then any space, "how" then a space.
    assert found.starts == frozenset({"no  ", "no w", "how "})
    assert found.needs == (frozenset({"weeks.", "weeks!"}),)


@pytest.mark.parametrize(
    "text",
    [
        "no way, how kind. three weeks",  # no alternative left unread can match: walked
        "four weeks. four. and no way",  # "weeks." is there: searched whole
        "two weeks! two! how kind",
    ],
)
def test_a_rule_read_in_part_finds_what_a_search_finds(text: str) -> None:
    edges = Edges(text, [MIXED])
    assert spans(edges.finditer(MIXED)) == spans(MIXED.finditer(text))
    assert spans(MIXED.finditer(text)), "the text should hold a hit"


def test_it_is_tried_at_its_starts_only_in_a_draft_without_the_strings() -> None:
    quiet = Edges("no way, how kind", [MIXED])
    assert id(MIXED) in quiet._walked
    loud = Edges("four weeks. four. no way", [MIXED])
    assert id(MIXED) not in loud._walked


def test_the_shipped_laughter_is_found_where_the_draft_laughs() -> None:
    # harsh-laughter opens on any word; it is searched only in a draft holding "laughed".
    rules = shipped_rules()
    patterns = [rule.pattern for rule in rules.rules]
    laughter = next(rule.pattern for rule in rules.rules if rule.name == "harsh-laughter")
    found = parts(laughter, _starts)
    assert found is not None and found.needs == (frozenset({"laughed"}),)
    for text in ("the panel laughed at my answer.", "the panel smiled at my answer."):
        edges = Edges(text, patterns)
        assert spans(edges.finditer(laughter)) == spans(laughter.finditer(text))
    assert spans(laughter.finditer("the panel laughed at my answer."))


# Patterns and texts they match in: a match cannot be without one of the strings.
NEEDED = [
    (r"abc", "xabcx", {"abc"}),
    (r"(?:ab|cd)e", "cde", {"abe", "cde"}),
    (r"x(?:ab)?y\s+zz", "xy zz", {"zz"}),  # the optional part is not needed
    (r"q(?=rst)", "qrst", {"rst"}),  # what a lookahead asserts stands in the text
    (r"(?<!no )way", "a way", {"way"}),  # what a negative one forbids is not needed
    (r"(?:ab)+\s+c", "abab c", {"ab"}),
    (r"(?P<w>\w+) (?P=w)[.!]", "so so.", {".", "!"}),  # a word taken up again: anything
    (r"\w+\s+\w+", "two words", None),
]


@pytest.mark.parametrize(("pattern", "text", "expected"), NEEDED)
def test_the_strings_a_match_needs(pattern: str, text: str, expected: set[str] | None) -> None:
    assert re.search(pattern, text)
    found = needed(pattern)
    assert found == (None if expected is None else frozenset(expected))
    if found is not None:
        assert any(s in text for s in found)


def test_a_pattern_that_ignores_case_needs_nothing_known() -> None:
    assert needed(r"(?i)laughed") is None
    assert needed("laughed", re.IGNORECASE) is None


def test_a_pattern_of_another_form_is_not_read_in_part() -> None:
    assert parts(re.compile(r"(?P<w>\w+) (?P=w)"), _starts) is None
    # An alternative unread that needs nothing known leaves the rule unread.
    assert parts(compiled(r"no\s+way|\w+\s+\w+"), _starts) is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"(a)x|\w+\s+\1y",  # read alone, the second alternative names a group it lacks
        r"(?P<q>a)x|\w+\s+(?P=q)y",
        r"(a)x|(b)\2y|\w+\s+z",
    ],
)
def test_an_alternative_naming_another_ones_group_is_searched_whole(pattern: str) -> None:
    # A person's own rule may be written so; the check must not fail on it.
    rule = compiled(pattern)
    text = "ax b ay, ax ax y bby q z"
    assert spans(Edges(text, [rule]).finditer(rule)) == spans(rule.finditer(text))


def test_a_rule_whose_unread_part_needs_too_many_strings_stays_unread() -> None:
    # 70 words, each its own string to look for in every draft: the search is cheaper.
    many = "|".join(f"{chr(97 + i % 26)}{i:02d}x" for i in range(70))  # no shared first letter
    assert parts(compiled(rf"no\s+way|\w+\s+(?:{many})"), _starts) is None
    assert parts(compiled(rf"no\s+way|\w+\s+(?:{'|'.join(many.split('|')[:8])})"), _starts)
