"""Tests for the tone rules' regrouped patterns: the same spans as the plain ones, on every rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.tone_corpus import load
from coach.tone_first_char import EDGE_AFTER, EDGE_BEFORE, compiled, regrouped
from coach.tone_rules import expand, shipped_rules
from coach.tone_wording import lower_same_length

CORPUS = Path(__file__).parents[1] / "data" / "tone"


def plain(pattern: str) -> re.Pattern[str]:
    return re.compile(f"{EDGE_BEFORE}(?:{pattern}){EDGE_AFTER}")


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# Each written the way content/tone.toml's rules are, with the text that tests it.
TRICKY = [
    # Optional group first: with it, then without it, in that order.
    (r"(?:really\s+)?no\s+way", "really no way. no way! really  no way"),
    (r"(?:get\s+|have\s+)?another\s+chance", "to get another chance, or have another chance"),
    (r"(?:an\s+)?an\w*", "an answer, an, and an ant"),
    # A lookbehind first, checked after the character it precedes.
    (r"(?<!i[ ]can[ ])try\s+again", "i can try again; please try again; xtry again"),
    # The start of the draft, or a line, before a word.
    (r"(?:^|(?<=\n))(?:whatever|wow)[.!?]*", "whatever.\nwow! and whatever"),
    # A class of characters first: each is tried.
    (r"[\"“][^\"“”\n]{0,20}[\w.,!?][\"”]", 'a "quoted bit" and “another one”'),
    (r"don['’]t\s+care", "i don't care, i don’t care, idon't care"),
    # Word edges: not inside a word, not after an apostrophe joined to one.
    (r"sure", "sure, unsure, it's sure, 'sure'"),
    # Longest first within a letter; alternatives by different letters kept apart.
    (r"(?:rejection|reject|rejecting)\s+email|refuse", "a rejection email, reject email, refuse"),
    (r"re-?check|remark", "re-check recheck remark re-mark"),
]


@pytest.mark.parametrize(("pattern", "text"), TRICKY)
def test_a_regrouped_pattern_finds_what_the_plain_one_finds(pattern: str, text: str) -> None:
    fast = regrouped(pattern)
    assert fast is not None, "this pattern should be regrouped"
    assert spans(re.compile(fast), text) == spans(plain(pattern), text)
    assert spans(plain(pattern), text), "the text should hold a hit"


def test_patterns_it_cannot_regroup_are_left_as_written() -> None:
    # A named group may not be written twice; a repeated first part has no one first character.
    for pattern in [
        r"(?P<w>\w+)\s+(?P=w)",
        r"(?:a|b)(x)\s+\1",  # a group referred to by its number
        r"\w+ly\s+fine",
        r"(?:a|b)+c",
        r"x|",
    ]:
        assert regrouped(pattern) is None
        assert compiled(pattern).pattern == plain(pattern).pattern


def test_every_shipped_rule_finds_the_same_spans_on_the_corpus() -> None:
    rules = shipped_rules()
    texts = [lower_same_length(d.text) for name in ("legacy.toml",) for d in load(CORPUS / name)]
    texts += [
        lower_same_length(d.text) for p in sorted(CORPUS.glob("writer_dev_*.toml")) for d in load(p)
    ]
    regrouped_rules = 0
    for rule in rules.rules:
        written = plain(expand("|".join(rule.written), rules.classes))
        regrouped_rules += rule.pattern.pattern != written.pattern
        for text in texts:
            assert spans(rule.pattern, text) == spans(written, text), (rule.name, text)
    # Most rules are regrouped (the speed is in them); the rest stay as written.
    assert regrouped_rules >= 12
