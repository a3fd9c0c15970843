"""Words the writer carries forward: held to, said of their own case, their own people's saying."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_quote_judged import complaining_sentences

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    """True when the rules alone (no model) read a quote in `text` as handed back."""
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


# "They" placed among the writer's own people speaks a saying of theirs.
_AMONG = 'Hi Ruth,\n\nThanks for the call. {frame}, "a slow day is still a day." {after}\n\nOwen'


@pytest.mark.parametrize(
    "frame",
    ["As they say in our workshop", "Like they say back home", "As they say where I'm from"],
)
def test_they_say_among_the_writers_own_carried_to_their_case_is_kept(frame: str) -> None:
    assert not _quoted(_AMONG.format(frame=frame, after="Mine was a slow day, and that is fine."))


def test_they_say_among_the_writers_own_not_carried_stays_handed_back() -> None:
    text = _AMONG.format(frame="As they say in our workshop", after="I will watch with interest.")
    assert _quoted(text)


@pytest.mark.parametrize("frame", ["As they say in HR", "As they say at your firm"])
def test_they_say_in_the_readers_place_stays_handed_back(frame: str) -> None:
    assert _quoted(_AMONG.format(frame=frame, after="Mine was a slow day, and that is fine."))


# Their warm words said to the writer, held to.
_HELD = 'Hi Vic,\n\nThanks for ringing. You told me, "{words}" {held}\n\nCal'


@pytest.mark.parametrize("tail", ["", " Best of luck with the new site.", " Onwards!"])
def test_warm_words_said_to_the_writer_held_to_are_kept(tail: str) -> None:
    words = "you ought to be proud of that bridge design."
    assert not _quoted(_HELD.format(words=words, held="I'm holding you to that." + tail))


@pytest.mark.parametrize(
    ("words", "held"),
    [
        (
            "you'll hear from us by Friday, promise.",
            "I'm holding you to that.",
        ),  # their side's promise
        (
            "you ought to be proud of that bridge design.",
            "I'm holding you to that, though I doubt it.",
        ),  # turned
        ("you ought to be proud of that bridge design.", "Noted."),  # nothing held
        # After the hold, their words again, or a cold sentence: the sneer's second half.
        (
            "you ought to be proud of that bridge design.",
            "I'm holding you to that. Proud and jobless, all at once.",
        ),
        (
            "you ought to be proud of that bridge design.",
            "I'm holding you to that. I will tell my next boss.",
        ),
    ],
)
def test_held_to_stops_at_their_promise_or_a_turn(words: str, held: str) -> None:
    assert _quoted(_HELD.format(words=words, held=held))


# A saying about people at large, said again of the writer's own case.
_CASE = (
    'Hi Pat,\n\nThanks for letting me know. "The plans of mice and men always go astray,"'
    " as the poet had it, {after}\n\nNed"
)


def test_a_people_saying_said_again_of_the_writers_own_case_is_kept() -> None:
    assert not _quoted(_CASE.format(after="and this plan of mine has gone astray too. Onwards."))


@pytest.mark.parametrize(
    "after",
    [
        "and that is that. Onwards.",  # nothing of the writer's said again
        "and this plan of mine didn't go astray. Onwards.",  # denied: the writer set apart
        "and your plan for my interview went astray. Onwards.",  # the reader's case
    ],
)
def test_a_people_saying_not_said_of_the_writer_still_judges(after: str) -> None:
    assert _quoted(_CASE.format(after=after))


def test_a_closing_still_is_read_by_the_clause_it_carries_on() -> None:
    warm = "My plan feels pretty good still."
    cold = "I am waiting for my feedback still."
    assert not complaining_sentences(warm)
    assert complaining_sentences(cold)
    assert complaining_sentences("No word from anyone yet, though.")


def test_a_denied_people_saying_is_no_case_of_the_writers() -> None:
    # "Never go astray" said of people's plans, "went astray" of the writer's: a contrast.
    text = (
        'Hi Pat,\n\nThanks for letting me know. "The plans of mice and men never go astray,"'
        " as the poet had it, and this plan of mine went astray. Onwards.\n\nNed"
    )
    assert _quoted(text)


def test_people_as_a_sayings_subject_stay_a_verdict_said_of_the_writer() -> None:
    # Said of the writer, "good people finish last" claims the virtue and blames the reader.
    text = (
        'Hi Pat,\n\nThanks for letting me know. "Good people always finish last," as the poet'
        " had it, and this good person of mine has finished last too. Onwards.\n\nNed"
    )
    assert _quoted(text)


def test_a_saying_carried_to_the_writers_case_then_turned_back_is_aimed() -> None:
    # The carrying is the sneer's first half when the reply comes back to the saying's words.
    text = (
        'Hi Pat,\n\nThanks for letting me know. "The plans of mice and men always go astray,"'
        " as the poet had it, and this plan of mine has gone astray too. Your plans went"
        " astray as well, by the look of the advert.\n\nNed"
    )
    assert _quoted(text)
