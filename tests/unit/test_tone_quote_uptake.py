"""Quoted-back: a quote the writer takes up warmly in the same breath is kept, not handed back."""

from __future__ import annotations

import pytest

from coach import tone

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own resolve, agreement or plan, joined on by "and" / "so".
        'Thanks for the call. You said the depot "trains its own drivers", so I have '
        "signed up for the forklift course.",
        'You told me the roster is "always short on weekends", and I\'d happily cover those.',
        'Your note said my lesson plan was "a little ambitious for Year 4", and I think '
        "that is fair.",
        'You said the board would "look again at the bursary in March", and I\'ll apply then.',
        # Their words named as a kindness.
        'You said my pitch was "the one the team talked about afterwards", which was good to hear.',
        'You called me "a natural with the customers", which is so kind of you.',
        # Their words judged warmly by the writer, or kept.
        '"Check the tyres before the paperwork" is the wisest thing I heard all year.',
        'Your words, "we grow our own here", will stay with me.',
    ],
)
def test_a_quote_taken_up_warmly_is_kept(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # The same build, but mock thanks or praise before the quote.
        "I'm so glad you found someone who \"fits the brand\", and I'm sure they'll love it.",
        'Thank you for explaining I was "too experienced", and I will bear it in mind.',
        # A turn after the quote: a contrast, a doubt, a lesson learned late.
        'You said the salary was "competitive", and I suppose it was, for 2015.',
        'The advert said "early career", and I now learn the post went to a professor.',
        'You said "we reply to everyone", so I waited, but nothing came.',
        # No "and" or "so": the writer's clause is not an uptake but a rejoinder.
        'I was one of your "top candidates", I\'d be told, and then came silence.',
        # Lovely and nice are mock praise as often as not.
        'Your remark that I was "a bit too keen" was lovely to hear.',
        '"We value every applicant" is a lovely line.',
        '"We reply to everyone" is the best joke I have heard this month.',
    ],
)
def test_a_quote_handed_back_still_counts(text: str) -> None:
    assert _quoted(text)
