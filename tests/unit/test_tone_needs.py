"""Tests for the words each match of a pattern holds: a search skipped without them finds none."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from coach import tone_features, tone_needs, tone_shapes
from coach.tone_corpus import load
from coach.tone_needs import keys, may_match, words
from coach.tone_rules import shipped_rules
from coach.tone_vader import sentences

CORPUS = Path(__file__).parents[1] / "data" / "tone"

# Each with texts it matches in, some only through words cut by a group's
# ends (whole only with what stands around the group), and one it does not.
CASES = [
    (r"\bcross(?:|ing|ed) paths\b", ["crossing paths", "we cross paths", "crossed paths."]),
    (r"\b(?:i'm sure|surely)(?: that)? (?:they|you)\b", ["i'm sure that they", "surely you"]),
    (r"\bdeclined (?:\w+ ){0,2}(?:offers?|jobs?)\b", ["declined two good offers", "declined jobs"]),
    (r"(?:,|\b(?:but|and)) (?:i suppose|who knew)\b", ["fine, who knew", "and i suppose"]),
    (r"(?:\bplease (?:\w+ )?)*\bsorry\b", ["sorry about that", "please please sorry"]),
    (r"^(?:very|how) [\w -]{3,30} of (?:you|them)[.!]?$", ["how kind of you.", "very big of them"]),
    # A word after an apostrophe or a letter outside ASCII is still a whole word.
    (r"\bhope\b", ["we'hope so", "hope"]),
    (r"\bcafé\b", ["un café noir"]),
    # A match that starts or ends inside a word: that word is not whole in it.
    (r"ssumption of\b", ["an assumption of guilt"]),
    (r"\Bing (?:so|too)\b", ["trying so hard", "caring too much"]),
]
MISS = "nothing here, sadly"


@pytest.mark.parametrize(("pattern", "texts"), CASES)
def test_every_match_holds_one_of_the_words(pattern: str, texts: list[str]) -> None:
    compiled = re.compile(pattern)
    assert keys(compiled) is not None, "this pattern should be read"
    for text in texts:
        assert compiled.search(text), text
        assert may_match(compiled, words(text)), text
    assert not may_match(compiled, words(MISS))


def test_a_pattern_that_ignores_case_is_read_only_for_lower_case_ascii() -> None:
    calm = re.compile(r"\b(?:good|best of) luck\b", re.IGNORECASE)
    assert keys(calm) is None
    assert keys(calm, lower_ascii=True) in ({"good", "best"}, {"luck"})


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bappreciate\w*",  # the word goes on: no whole word in it
        r"\w+ly\s+fine",
        r"x?",  # a match may be empty
        r"(?i:sure)",  # a flag changed inside: letters read otherwise
        r"(?a)\bsure\b",  # \b read as ASCII
    ],
)
def test_a_pattern_it_cannot_read_has_no_words(pattern: str) -> None:
    assert keys(re.compile(pattern)) is None
    assert may_match(re.compile(pattern), frozenset())


def test_a_parse_tree_laid_out_otherwise_has_no_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # re._parser is private: a later Python may shape its tree differently.
    odd = SimpleNamespace(data=[(1,)], state=SimpleNamespace(flags=0))
    monkeypatch.setattr(tone_needs, "sre_parse", SimpleNamespace(parse=lambda *_: odd))
    assert keys(re.compile(r"\boddly shaped\b")) is None


def test_no_shape_nor_calm_phrase_is_skipped_where_it_matches_on_the_corpus() -> None:
    texts = [d.text for d in load(CORPUS / "legacy.toml")]
    texts += [d.text for p in sorted(CORPUS.glob("writer_dev_*.toml")) for d in load(p)]
    shapes = [*tone_shapes._SHAPES.values(), tone_shapes._REASSURE, tone_shapes._WISH]
    shapes.append(tone_shapes._CONTRAST)
    calm = shipped_rules().context["calm_phrases"]
    hits = skipped = tried = 0
    for text in texts:
        for start, end in sentences(text):
            low = text[start:end].lower().replace("’", "'").strip()
            present = words(low)
            for pattern in shapes:
                tried += 1
                if not may_match(pattern, present):
                    skipped += 1
                    assert not pattern.search(low), (pattern.pattern, low)
                hits += bool(pattern.search(low))
            joined = " ".join(re.findall(r"[a-z0-9]+(?:'[a-z]+)*", low))
            if calm.search(joined):
                hits += 1
                assert not keys(calm, lower_ascii=True).isdisjoint(words(joined)), joined
    assert hits > 300
    # Most searches are skipped (the speed is in that), none where they would match.
    assert skipped > tried / 2


@pytest.mark.parametrize(
    ("sentence", "word", "pattern"),
    [
        # Words the model's tokens cut otherwise than \w+ does: at an apostrophe,
        # an underscore, a letter outside ASCII.
        ("I don't fret about it.", "don", r"\bdon't fret\b"),
        ("We used snake_case names.", "snake_case", r"\bsnake_case\b"),
        ("We met at the café on Friday.", "café", r"\bcafé\b"),
    ],
)
def test_the_model_tokens_stand_for_the_words_only_where_they_are_the_same(
    monkeypatch: pytest.MonkeyPatch, sentence: str, word: str, pattern: str
) -> None:
    shape = ("p:made_up", re.compile(pattern), frozenset({word}))
    monkeypatch.setattr(tone_shapes, "_gated", lambda: (shape,))
    given = tone_features.tokens(sentence)
    assert word not in given  # the tokens alone would skip the pattern
    assert "p:made_up" in tone_shapes.shape_features(sentence, given)
    assert "p:made_up" in tone_shapes.shape_features(sentence)
