"""Quoted-back: their words kept as a keepsake are warm; handed back with a jab they still count."""

from __future__ import annotations

import pytest

from coach import tone

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


@pytest.mark.parametrize(
    "text",
    [
        'Thanks. Your line that "good kitchens run on calm" has stayed with me all week.',
        'Thank you. "Measure twice, pour once" is now on a sticky note by my bench.',
        'Thanks. I have your advice, "read the brief twice", pinned above my desk.',
        'Thank you for the call. Your "clean station, clear head" has become my new motto.',
        'Thanks again. I keep "ship small" on my fridge, and I have been repeating it to my team.',
        'Something your chef said, "taste as you go", stuck with me on the drive home.',
    ],
)
def test_their_words_kept_as_a_keepsake_are_warm(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        'Thanks for the "exciting opportunity" that took seven weeks to decide.',
        'It made me smile that I lacked "leadership experience" by your account.',
        'I will work on my "energy", as you put it. Maybe you could work on your air con.',
        'You said you "respond to every applicant within ten days". I make it forty.',
    ],
)
def test_their_words_handed_back_with_a_jab_still_count(text: str) -> None:
    assert _quoted(text)
