"""A rule's pattern parsed once: the same pattern as re.compile's, its tree read by the scan."""

from __future__ import annotations

import gc
import re

import pytest

from coach import tone_parse_once, tone_scan
from coach.tone_first_char import compiled as rule_compiled
from coach.tone_parse_once import compiled, taken
from coach.tone_rules import shipped_rules

SOURCES = [
    r"(?<!\w)(?:no\s+way|never)(?!\w)",
    r"(?P<repeated>\w+) weeks\. (?P=repeated)\.",
    r"(a)(?:b|c)(?P<d>e)?",
    r"(?i)Sorry",
]


@pytest.mark.parametrize("source", SOURCES)
def test_the_pattern_is_re_compiles_code_and_all(source: str) -> None:
    # Patterns compare equal only with the same source, flags and compiled code.
    pattern = compiled(source)
    assert pattern == re.compile(source)
    assert pattern.pattern == source
    assert pattern.groupindex == re.compile(source).groupindex
    assert pattern.groups == re.compile(source).groups
    assert pattern.flags == re.compile(source).flags


def test_every_shipped_rule_is_the_pattern_re_compile_makes() -> None:
    rules = shipped_rules().rules
    assert len(rules) > 20
    assert [rule.pattern for rule in rules] == [re.compile(r.pattern.pattern) for r in rules]


def test_a_bad_pattern_is_refused_as_re_compile_refuses_it() -> None:
    with pytest.raises(re.error):
        compiled("(unclosed")


def test_the_tree_is_given_once() -> None:
    pattern = compiled(SOURCES[0])
    assert taken(pattern) is not None
    assert taken(pattern) is None
    assert taken(re.compile(SOURCES[1])) is None  # compiled elsewhere: none kept


def test_the_scan_reads_a_rule_without_parsing_it_again(monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"(?:really\s+)?no\s+way|don['’]t\s+care"
    plain = rule_compiled(source)
    expected = tone_scan._starts(plain.pattern, plain.flags)  # parsed afresh
    pattern = rule_compiled(source)
    parses: list[str] = []
    parse = tone_scan.sre_parse.parse

    def counted(text: str, flags: int = 0) -> object:
        parses.append(text)
        return parse(text, flags)

    monkeypatch.setattr(tone_scan.sre_parse, "parse", counted)
    assert tone_scan.starts(pattern) == expected
    assert parses == []


def test_every_shipped_rule_reads_the_same_from_its_kept_tree() -> None:
    for rule in shipped_rules().rules:
        source = rule.pattern.pattern
        pattern = compiled(source)
        tree = taken(pattern)
        assert tree is not None
        assert tone_scan._starts(source, pattern.flags, tree) == tone_scan._starts(
            source, pattern.flags
        )


def test_the_trees_kept_are_bounded() -> None:
    kept = [compiled(rf"word{n}") for n in range(tone_parse_once._KEPT + 5)]
    assert len(tone_parse_once._TREES) <= tone_parse_once._KEPT
    assert kept  # held, so no id is handed on while the test runs


def test_a_tree_goes_with_its_pattern() -> None:
    pattern = compiled(r"(?<!\w)gone\s+with\s+it(?!\w)")
    key = id(pattern)
    assert key in tone_parse_once._TREES
    del pattern
    gc.collect()
    assert key not in tone_parse_once._TREES
