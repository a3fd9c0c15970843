"""Tests for more warm sentences the tone rules leave calm (eleventh round), and near misses."""

from __future__ import annotations

from coach.tone_wording import wording


def reasons(text: str) -> set[str]:
    """The kinds the rules alone read in the text."""
    return {s.kind for s in wording(text)}


def test_a_saying_named_as_one_is_not_their_words_quoted_back() -> None:
    assert "anger" not in reasons('As the saying goes, "fall seven times, stand up eight."')
    proverb = 'Our proverb says "you cannot jump above your head", so I will grow.'
    assert "anger" not in reasons(proverb)


def test_their_words_quoted_back_still_read_as_a_sneer() -> None:
    # "As they say" frames sarcasm as often as a proverb: it still counts.
    assert "anger" in reasons('As they say, "we\'ll be in touch". I am still waiting.')
    assert "anger" in reasons('Thanks for the "competitive salary" chat.')


def test_a_waiting_room_is_a_place_not_a_wait() -> None:
    text = "Please pass my congrats on to Dylan, we chatted in the waiting room and he was great."
    assert "anger" not in reasons(text)
    assert "anger" in reasons("Great job, truly amazing to keep me waiting for six weeks.")


def test_help_offered_for_a_need_one_day_is_not_bargaining() -> None:
    text = "If you ever need help with window displays on a freelance basis I'd be happy to talk."
    assert "begging" not in reasons(text)
    assert "begging" in reasons("I'd be happy to do the role on a freelance basis instead.")
