"""Quoted-back: their words received and kept by the writer, and sayings brought in by habit."""

from __future__ import annotations

import pytest

from coach import tone

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    """True when the rules alone (no model) read a quote in `text` as handed back."""
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


@pytest.mark.parametrize(
    "text",
    [
        # A saying spoken by habit is a third party's, whoever the writer names.
        'As my nonno used to say, "piano piano si va lontano", slowly you go far.',
        'My old skipper always said "a calm sea never made a sailor". I will keep applying.',
        'As Auntie Grace would say, "the kettle boils when it boils". Thank you for your time.',
        'My late grandad, who drove buses for forty years, used to tell me, "the next one is '
        'always coming". Thank you for the interview.',
        # Kept: held on to, written down, come back to, still thought about.
        'You told me "slow is smooth". I have never forgotten it.',
        'You told me "slow is smooth". I will never forget that.',
        'You said "answer the question they asked". My whole crew has taken it to heart.',
        'You said "ask why before how". I wrote it at the top of my notebook.',
        'You called the job "half detective, half diplomat". I keep coming back to that.',
        'You said "the job is the people". I have thought about that a lot since.',
        # Taken in, and agreed with in words that hold a "not".
        'You said "measure the room before you speak", and I could not agree more.',
        'You said the role "wants someone with more field time". You may well be right.',
        'You told me "the best engineers stay curious". I needed to hear that.',
        # Acted on, or made the writer's own and passed to the writer's people.
        'You suggested I "start with the customer". I took your advice and rebuilt my demo.',
        'You said "patience with a plan", a phrase I now use with my own team.',
        'You said "leave the site tidier than you found it". I have since adopted that as '
        "my own rule.",
        # Agreed with as the wisest words of their kind.
        'You said "hustle fades, habits stay". That is the most sensible advice I have heard.',
        # Advice acted on from now.
        'You said "ask for help early". I will keep working on it.',
        # A contrast that leads into the keeping gives way to it.
        'You said "the job is the people". You said it in passing, but it has stuck with me.',
        # Someone sought is the job's ideal, not the one they chose.
        'The advert was looking for someone who "asks why before how". I have since adopted '
        "that as my own rule.",
        # Words the writer calls warm, then keeps, pass a thanks.
        'I appreciated your warm comment that I had "a steady head in a crisis". It will stay '
        "with me.",
    ],
)
def test_received_words_are_not_quoted_back(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Their words, said once, stay theirs however often the writer hears them.
        'As you always say, "we hire for attitude". Clearly not this time.',
        'Your recruiter always said "we value every applicant". Sure you do.',
        'My call with your team always said "fast". I waited six weeks.',
        # "Since" giving a reason is still a turn; time is not.
        'You said "we reply to everyone". I have heard nothing since you said it.',
        'You said "we reply to everyone". Noted, since nobody has replied.',
        # Words kept as a grievance, not a keepsake.
        'You said "we value every applicant". I saved it in my folder of rejections.',
        'You said "we value every applicant". I wrote it down for my lawyer.',
        # A turn after the keeping takes it back.
        'You said "you will hear from us". I wrote it down, but I never did.',
        'You said my pitch was "a bit long". I have taken that on board, but nobody else has.',
        # A never that is no keeping: their words handed back with a doubt.
        'You said "you will hear from us either way". I never did.',
        # Words that hurt, never forgotten, are a grudge held.
        'You called my pitch "dull and rushed". I will never forget that.',
        # A joke or an excuse "I have heard" is a sneer.
        'You said "we value every applicant". That is the best joke I have heard all year.',
        'You said "we value every applicant". That is the most honest excuse I have ever heard.',
        # A contrast after the keeping takes it back.
        'You said "the job is the people". It has stuck with me, but only as a warning.',
        # Someone sought, weighed against the writer, is still the one they chose.
        'You wanted someone with more "commercial exposure". That stuck with me.',
        # A word on the writer passed on to their own people is a jab.
        'After thirty years you said I am still "junior in presentation". I will pass that on '
        "to my apprentices.",
        # Thanks with no warm word for the quote, or a warm word for a fault: mock keeping.
        'Thanks for the note that "the door is always open". That stuck with me.',
        'I appreciated your warm comment that the role "needs a little more polish". It will '
        "stay with me.",
    ],
)
def test_handed_back_words_stay_quoted_back(text: str) -> None:
    assert _quoted(text)
