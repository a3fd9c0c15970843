"""The hostile check's sentences: cut once a draft, and read about them as before."""

from __future__ import annotations

from coach import tone_vader


def _hostile(text: str) -> list[str]:
    return [text[s.start : s.end] for s in tone_vader.hostile_sentences(text, [])]


def test_sentences_are_cut_as_before_and_read_once() -> None:
    text = "Hi Sam,\n\nThanks.  It went well! Did it?\nYes\n"
    assert tone_vader.sentences(text) == ((0, 7), (9, 16), (18, 31), (32, 39), (40, 43))
    assert tone_vader.sentences(text) is tone_vader.sentences(text)
    assert tone_vader.sentences("") == ()


def test_a_word_about_them_that_opens_the_sentence_counts() -> None:
    assert _hostile("You are pathetic, useless and disgusting liars.") == ["pathetic"]
    # Its first word after a stop and after a line break.
    assert _hostile("Fine. You are pathetic, useless and disgusting liars.") == ["pathetic"]
    assert _hostile("Fine\nYou are pathetic, useless and disgusting liars.") == ["pathetic"]


def test_a_word_about_them_in_the_next_sentence_does_not_count() -> None:
    # About the writer alone: sadness, not hostility, whatever the sentence after says.
    assert _hostile("I feel pathetic, useless and disgusting. Thank you for your time.") == []
    assert _hostile("I feel pathetic, useless and disgusting.\nThank you for your time.") == []
    assert _hostile("Thank you. I feel pathetic, useless and disgusting.") == []


def test_a_word_about_them_that_ends_the_sentence_counts() -> None:
    text = "Honestly, I found it pathetic, useless and disgusting of them. Bye."
    assert _hostile(text) == ["pathetic"]
