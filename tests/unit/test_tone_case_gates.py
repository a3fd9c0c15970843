"""Tests for searches made in lower case, not ignoring it: they find the same in any case."""

from __future__ import annotations

from pathlib import Path

from coach import tone_vader
from coach.tone_corpus import load
from coach.tone_name_shape import name_words
from coach.tone_vader import hostile_sentences, sentences

CORPUS = Path(__file__).parents[1] / "data" / "tone"


def test_a_sentence_about_them_in_capitals_is_still_about_them() -> None:
    for text in ("THEY were rude, hateful and cruel to me.", "YOUR rude, hateful answer hurt me."):
        assert hostile_sentences(text, []), text


def test_about_them_in_lower_case_finds_what_ignoring_case_finds() -> None:
    texts = [d.text for p in sorted(CORPUS.glob("writer_dev_*.toml"))[:3] for d in load(p)]
    found = 0
    for text in texts:
        for start, end in sentences(text):
            sentence = text[start:end]
            for written in (sentence, sentence.upper(), sentence.title()):
                if not written.isascii():
                    continue
                ignoring = tone_vader._ABOUT_THEM.search(written)
                lowered = tone_vader._ABOUT_THEM_LOWER.search(written.lower())
                assert bool(ignoring) == bool(lowered), written
                found += bool(ignoring)
    assert found > 100


def test_a_harsh_noun_opening_a_name_is_found_in_any_case() -> None:
    assert name_words("The DISASTER Response Team was kind.") == ((4, 12),)
    assert name_words("the Clown School") == ((4, 9),)
    # Ignoring case, "ſ" is an "s": a draft that is not ASCII is searched as before.
    assert name_words("the ſcam prevention unit") == ((4, 8),)
    assert name_words("a scam, plainly") == ()
