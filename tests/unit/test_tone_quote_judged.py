"""Quoted-back: their words judged warmly next, in a reply that complains nowhere."""

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
        # Judged warmly next, words that do not hurt, nothing else complains.
        'Thank you for letting me know. You said the children "didn\'t want it to end". '
        "That is the best review I've ever had.",
        'Thanks for the call. You told me my lesson plan was "the clearest of the day". '
        "That was a lovely thing to hear.",
        # A contrast that turns towards warmth is no complaint.
        "I was sorry to miss out, but I loved meeting the team. Your head of year said my "
        'lesson was "full of life". That is the warmest praise I could ask for.',
    ],
)
def test_judged_warmly_in_a_gracious_reply_is_kept(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Thanks framing the quote: the warm judgement is mock.
        'Thank you for saying my talk was "full of life". That is the best review I\'ve had.',
        # A sneer elsewhere in the reply.
        'You said my portfolio was "the strongest you had seen". That is the nicest thing '
        "anyone has said. Shame it was not enough for the job.",
        # A contrast that turns away from warmth.
        'You said my demo was "the best of the week". That is high praise. I enjoyed the day, '
        "but you still hired someone else.",
        # A question elsewhere in the reply.
        'You called my plan "bold and fresh". That was good to hear. Did anyone read it?',
        # A fault on the writer, praised: the sneer itself.
        'You said I was "too slow and unsure". That is the best review I have had.',
        # A judgement that is not warm, or is denied.
        'You called my plan "bold and fresh". That is no help at all, kind as it is.',
        'You called my plan "bold and fresh". That is the policy.',
        # A long sentence after is the reply going on, not a judgement.
        'You called my plan "bold and fresh". That was good to hear, and my whole family heard '
        "about it over dinner at my sister's house that evening.",
    ],
)
def test_judged_warmly_but_turned_stays_handed_back(text: str) -> None:
    assert _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Their words, a dash, and the writer's reaction, in a reply that complains nowhere.
        'Thanks for the call. "Come back in the spring" - I will, and gladly. Best to the crew.',
        'Thank you for your note. "Not this time, but soon" - that made my evening.',
    ],
)
def test_a_warm_reaction_after_a_dash_is_kept(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Thanks framing the quote in its sentence.
        'Thanks for telling me I was "a strong runner-up" - lovely to hear.',
        # A sneer in the reaction, or a reaction that reads negative.
        '"We value every applicant" - apparently so. Thank you for letting me know.',
        '"Come back in the spring" - that hurt. Thank you for letting me know.',
        # Words that hurt the writer, met warmly: the sneer itself.
        'You said I was "too slow and unsure" - great to hear.',
        # A complaint elsewhere in the reply.
        '"Come back in the spring" - I will. Shame nobody told me that before the trip.',
        # A bare exclamation or a mock reply after the dash (rv25).
        'Thanks for the call. "We value your time" - wow.',
        'Thanks. "We value your time" - lol.',
        'Thanks. "We value your time" - right.',
        'Thanks. "We value your time" - great, just great.',
        'Thanks. "We value your time" - haha, good one.',
        'Thanks. "We value your time" - I\'ll bet.',
    ],
)
def test_a_reaction_after_a_dash_that_turns_stays_handed_back(text: str) -> None:
    assert _quoted(text)
