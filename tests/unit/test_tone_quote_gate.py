"""The quote searches of the model's features are skipped only where no quote mark stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach import tone_features, tone_shapes
from coach.tone_corpus import load
from coach.tone_shapes import may_quote
from coach.tone_vader import sentences

CORPUS = Path(__file__).parents[1] / "data" / "tone"


@pytest.mark.parametrize(
    "sentence",
    [
        'You said "a good fit" there',
        "You said “a good fit” there",
        "You said ”a good fit” there",
        "You said “a good fit“ there",  # each mark alone: typed as they come
    ],
)
def test_a_phrase_in_double_quotes_of_every_kind_is_searched(sentence: str) -> None:
    assert tone_features._QUOTED.search(sentence)
    assert may_quote(sentence)


@pytest.mark.parametrize("sentence", ["You said 'a good fit' there", "You said ‘a good fit’ there"])
def test_a_phrase_in_single_quotes_of_every_kind_is_searched(sentence: str) -> None:
    assert tone_features._QUOTED.search(sentence)
    assert tone_shapes._QUOTED.search(sentence)
    assert may_quote(sentence)


def test_a_sentence_without_a_mark_is_one_neither_search_finds_anything_in() -> None:
    assert not may_quote("You said it was a good fit, and I agree.")
    # Every sentence of the first corpus files where either search finds a quote is searched.
    found = 0
    for path in [CORPUS / "dev.toml", CORPUS / "legacy.toml"]:
        for draft in load(path):
            for start, end in sentences(draft.text):
                sentence = draft.text[start:end].strip()
                if tone_features._QUOTED.search(sentence) or tone_shapes._QUOTED.search(sentence):
                    found += 1
                    assert may_quote(sentence), sentence
    assert found > 15
