"""Tests for the rules' scan from word edges: exactly finditer's matches, for every rule."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from coach import tone_parse_once, tone_scan
from coach.tone_corpus import load
from coach.tone_first_char import compiled
from coach.tone_rules import shipped_rules
from coach.tone_scan import Edges, starts
from coach.tone_wording import lower_same_length

CORPUS = Path(__file__).parents[1] / "data" / "tone"


def spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


# Each written the way content/tone.toml's rules are (compiled between word
# edges), with a text holding hits, near misses and hits that overlap.
CASES = [
    (r"(?:really\s+)?no\s+way", "really no way. no way! really  no way\tno\nway"),
    (r"(?<!i[ ]can[ ])try\s+again", "i can try again; please try again; xtry again"),
    (r"(?:^|(?<=\n))(?:whatever|wow)[.!?]*", "whatever.\nwow! and whatever"),
    (r"[\"“][^\"“”\n]{0,20}[\w.,!?][\"”]", 'a "quoted bit" and “another one”'),
    (r"don['’]t\s+care", "i don't care, i don’t care, idon't care"),
    (r"sure", "sure, unsure, it's sure, 'sure', sure"),
    (r"(?:rejection|reject|rejecting)\s+email|refuse", "a rejection email, reject email, refuse"),
    # A one-letter word: its second character is a space, or the draft ends.
    (r"i\s+(?:beg|plead)|i", "i beg you, i plead, i"),
    # Digits first, written out or as \d: any digit stands for them.
    (r"\d+\s+weeks|0\s*stars", "waited 3 weeks, then 12 weeks, 0 stars, ٣ weeks"),
    # Whitespace first (after a mark, the only place it meets a word edge): any kind of space.
    (r"\s+and\s+counting", "weeks, and counting, days,\u00a0and counting, x and counting"),
    # The second character open: anything after the first.
    (r"a[\w'’,-]+\s+joke", "a-ok joke, an awful joke, a joke"),
    # Matches that overlap: the next one starts after the last one ends.
    (r"no\s+no|no", "no no no no"),
    # A group taken up again later: after the first characters, it takes anything.
    (r"how\s+(?P<w>\w+)\s+(?P=w)", "how very very kind, how so so"),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
def test_the_scan_finds_what_a_search_finds(pattern: str, text: str) -> None:
    rule = compiled(pattern)
    assert starts(rule) is not None, "this pattern should be read"
    assert spans(Edges(text).finditer(rule)) == spans(rule.finditer(text))
    assert spans(rule.finditer(text)), "the text should hold a hit"


def test_every_case_read_in_one_walk_finds_what_a_search_finds() -> None:
    # The check hands all its rules to Edges at once, to be placed in one pass.
    rules = [compiled(pattern) for pattern, _text in CASES]
    for _pattern, text in CASES:
        edges = Edges(text, rules)
        for rule in rules:
            assert spans(edges.finditer(rule)) == spans(rule.finditer(text)), (rule, text)


def test_a_walk_places_a_pattern_once_where_starts_of_every_length_meet() -> None:
    # Starts of one to four characters ("n", "no", "nor", "now ") begin at the same edges.
    rules = [
        compiled(r"n\w+\s+end"),
        compiled(r"no\w*\s+way"),
        compiled(r"nor\w*\s+the"),
        compiled(r"now\s+then"),
    ]
    assert [len(min(starts(rule) or ())) for rule in rules] == [1, 2, 3, 4]
    text = "now then, no way, nor the end, nowt way, nix end, no"
    edges = Edges(text, rules)
    for rule in rules:
        assert spans(edges.finditer(rule)) == spans(rule.finditer(text)), rule
        assert spans(rule.finditer(text)), rule


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?P<w>\w+)\s+(?P=w)",  # any first character at all
        r"\w+ly\s+fine",
        r"x?",  # a match may be empty
        r"(?i:sure)",  # a flag changed inside: letters read otherwise
        # Opens on any word: its ways in run to tens of thousands, and read one by
        # one they took 12 s on the first check of every run (h18's laughter).
        r"[a-z'’-]+ (?:just )?laughed",
    ],
)
def test_a_pattern_it_cannot_read_is_searched_as_written(pattern: str) -> None:
    rule = compiled(pattern)
    assert starts(rule) is None
    text = "really really sure, truly fine, SURE x"
    assert spans(Edges(text).finditer(rule)) == spans(rule.finditer(text))


def test_a_pattern_not_at_word_edges_is_searched_as_written() -> None:
    inside = re.compile(r"are")
    assert starts(inside) is None
    assert spans(Edges("we are, they care").finditer(inside)) == [(3, 6), (14, 17)]


def test_a_parse_tree_laid_out_otherwise_is_searched_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # re._parser is private: a later Python may shape its tree differently.
    odd = SimpleNamespace(data=[(1,)], state=SimpleNamespace(flags=0))
    monkeypatch.setattr(tone_scan, "sre_parse", SimpleNamespace(parse=lambda *_: odd))
    # The tree a rule is compiled from (coach/tone_parse_once.py) comes from it too.
    monkeypatch.setattr(tone_parse_once, "sre_parse", SimpleNamespace(parse=lambda *_: odd))
    rule = compiled(r"oddly\s+shaped")
    assert starts(rule) is None
    text = "oddly shaped, oddly  shaped"
    assert spans(Edges(text).finditer(rule)) == spans(rule.finditer(text)) == [(0, 12), (14, 27)]


def test_every_shipped_rule_finds_the_same_spans_on_the_corpus() -> None:
    rules = shipped_rules()
    texts = [lower_same_length(d.text) for d in load(CORPUS / "legacy.toml")]
    texts += [
        lower_same_length(d.text) for p in sorted(CORPUS.glob("writer_dev_*.toml")) for d in load(p)
    ]
    hits = 0
    patterns = [rule.pattern for rule in rules.rules]
    for text in texts:
        edges = Edges(text, patterns)  # as the check reads them: all in one walk
        for rule in rules.rules:
            found = spans(edges.finditer(rule.pattern))
            assert found == spans(rule.pattern.finditer(text)), (rule.name, text)
            hits += len(found)
    assert hits > 300
    # Most rules are read (the speed is in them); the rest are searched as written.
    assert sum(starts(rule.pattern) is not None for rule in rules.rules) >= 20


def test_an_ascii_draft_is_read_as_the_substitutions_read_it() -> None:
    # Every ASCII character, then drafts with and without other characters.
    every = "".join(map(chr, range(128)))
    for text in (every, "week 3\tand\x0b4\x1f days", "wait\u00a0٣ weeks\u2003now", ""):
        substituted = tone_scan._DIGITS.sub("0", tone_scan._WHITESPACE.sub(" ", text))
        assert tone_scan._read(text) == substituted
    assert tone_scan._read(every).count(" ") == 10  # \t \n \v \f \r, \x1c-\x1f and the space
