"""Sayings and words of another language: a third party's, not read as English, translation too."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_quote_foreign import foreign, foreign_spans
from coach.tone_quote_owner import THEM, THIRD, UNNAMED, owner
from coach.tone_wording import sentence_of


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, text) of each finding of the rules alone (VADER included, no model)."""
    return [(f.kind, f.text) for f in tone.check(text, model={})]


def _owner(text: str, nth: int = 0) -> str:
    """The owner of the nth double-quoted stretch in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index('"', start + 1)
        end = text.index('"', start + 1) + 1
        start_of_this = start
        start = end - 1
    return owner(text, start_of_this, end, sentence_of(text, start_of_this))


@pytest.mark.parametrize(
    ("words", "other"),
    [
        # Transliterated: the small words of the language, whatever its script at home.
        ("sabr ka phal meetha hota hai", True),
        ("Moenie die kind met die badwater uitgooi nie", True),
        # One small word of another language and none of English.
        ("Haba na haba hujaza kibaba", True),
        ("shikata ga nai", True),
        # English, with a short form that is also another language's word.
        ("quick 15 min chat", False),
        ("paid per hour basis", False),
        ("a fast paced team", False),
    ],
)
def test_a_quote_is_another_languages_by_its_small_words(words: str, other: bool) -> None:
    assert foreign(words) is other


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        # The writer says where the words come from, in words of their own.
        ('We say in Egypt, "patience is the key to relief".', THIRD),
        ('This is, I think, what the English would call "not ideal".', THIRD),
        ('In Tagalog there is a word, "sayang", for a chance that slips away.', THIRD),
        ('My grandmother\'s saying was "slowly fills the pot".', THIRD),
        ('"Slowly fills the pot", as we say at home.', THIRD),
        ('"Slowly fills the pot" is an old Yoruba saying.', THIRD),
        ('My grandmother had a saying. "Slowly fills the pot."', THIRD),
        # Not the writer naming a saying: their words, or a jab dressed as a name.
        ('I guess this is what you would call "a strong field".', THEM),
        ('I learned that "we will call you either way" is more of a poetic expression.', UNNAMED),
        # (A saying's kind set apart is a third party's by its words: k21,
        # coach/tone_quote_saying.py; so the quote here is not a clause.)
        ('The interview was long. "A slow pot."', UNNAMED),
    ],
)
def test_a_saying_named_by_the_writers_own_words_is_a_third_partys(text: str, whose: str) -> None:
    assert _owner(text) == whose


@pytest.mark.parametrize(
    "text",
    [
        # Warm: a saying from home, kept for oneself.
        'Thank you. We say in Urdu, "sabr ka phal meetha hota hai", so I will be patient.',
        'Thanks again. This is what the English would call "not ideal", but I understand.',
        'Thank you. "Moenie die kind met die badwater uitgooi nie", as my father says.',
    ],
)
def test_a_proverb_from_home_is_not_their_words_handed_back(text: str) -> None:
    assert not _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Sour: the same sayings, applied to them.
        'Thanks. As we say, "the fish rots from the head", and your management proves it.',
        'There is a Dutch word for your process: "rommelig".',
    ],
)
def test_a_saying_applied_to_them_is_still_handed_back(text: str) -> None:
    assert _owner(text) == THEM
    assert ("anger", text[text.index('"') : text.index('"', text.index('"') + 1) + 1]) in _kinds(
        text
    )


def test_words_of_another_language_are_not_read_as_english() -> None:
    # Dutch "die" is "the", not the verb; Taglish "sorry" inside a saying is the saying's.
    assert not _kinds(
        'My manager liked a Dutch saying about the team, "wie niet waagt, die niet wint".'
    )
    assert not _kinds('My lola always said "sorry na lang, hindi para sa atin" when it slipped.')
    # Sour: English anger outside the saying is still read.
    assert _kinds('"Ya no hay nada que hacer", and your team should be ashamed of itself.')


def test_a_translation_after_a_saying_is_the_sayings() -> None:
    text = (
        'My manager liked to quote the team a Dutch saying, "wie niet waagt, die niet wint": '
        "who does not dare, does not win, and she hated losing."
    )
    [(start, end)] = foreign_spans(text)
    assert text[start:end].endswith("does not win")
    assert not _kinds(text)
    # In quotes of its own after the saying: the saying's too, not their words.
    pole = '"Pole pole ndio mwendo" ("slowly, slowly is how rivers find the sea"), as my gran says.'
    assert _owner(pole, 0) == THIRD
    assert _owner(pole, 1) == THIRD
    # The writer's own clause after it is not a translation.
    shame = 'There is a German word my boss used, "Schadenfreude", which is a shame.'
    [(start, end)] = foreign_spans(shame)
    assert shame[start:end] == '"Schadenfreude"'


def test_words_of_another_script_are_anothers_at_any_length_quoted_or_not() -> None:
    # One word of another script, even their own kind word, is not their English handed back.
    assert _owner('When I arrived you said "нормально" and I smiled all day.') == THIRD
    assert not _kinds('When I arrived you said "нормально" and I smiled all day.')
    # An unquoted saying in another script, and the quoted translation after it.
    assert _owner('Thank you, and 화이팅 ("fighting!") to the whole team.') == THIRD
    # Sour: their English words are still theirs, whatever script the draft holds elsewhere.
    sour = 'Спасибо. Your "exciting journey" was a two-month silence.'
    assert _owner(sour) == THEM
