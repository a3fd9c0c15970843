"""Words the writer carries forward: their kind words held to, a saying of their own people."""

from __future__ import annotations

import pytest

from coach import tone

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    """True when the rules alone (no model) read a quote in `text` as handed back."""
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


# "They" placed among the writer's own people, the saying said again of the writer's case.
_AMONG = 'Hi Ruth,\n\nThanks for the call. {frame}, "a slow day is still a day." {after}\n\nOwen'


@pytest.mark.parametrize(
    "frame",
    ["As they say in our workshop", "Like they say back home", "As they say where I'm from"],
)
def test_they_say_among_the_writers_own_carried_to_their_case_is_kept(frame: str) -> None:
    assert not _quoted(_AMONG.format(frame=frame, after="Mine was a slow day, and that is fine."))


@pytest.mark.parametrize(
    "after",
    [
        "I will watch with interest.",  # not carried to the writer's case
        "Mine wasn't a slow day.",  # denied: the writer sets themself apart
        "Your day looked slow to me.",  # the reader's case
        "Mine was a slow day. I trust yours was quicker, for the new hire's sake.",  # a tail
        "Mine was a slow day. Slow is the word for your replies too.",  # their words again
        "Mine was a slow day. Thanks for the slow day.",  # a thanks that says them again
        "Mine was a slow day too, apparently. Thanks.",  # a turn in the carrying sentence
    ],
)
def test_they_say_among_the_writers_own_not_carried_stays_handed_back(after: str) -> None:
    assert _quoted(_AMONG.format(frame="As they say in our workshop", after=after))


@pytest.mark.parametrize("frame", ["As they say in HR", "As they say at your firm"])
def test_they_say_in_the_readers_place_stays_handed_back(frame: str) -> None:
    assert _quoted(_AMONG.format(frame=frame, after="Mine was a slow day, and that is fine."))


def test_the_carrying_sentence_is_the_writers_uptake_not_a_complaint() -> None:
    # A closing "still" reads as a contrast with nothing after it; in the sentence
    # that carries the saying it is the writer's own, and it is not read as elsewhere.
    kept = _AMONG.format(frame="As they say in our workshop", after="Mine is a slow day still.")
    assert not _quoted(kept)
    sour = 'Hi Ruth,\n\n"A slow day is still a day," right? I would love that call, still.'
    assert _quoted(sour + "\n\nOwen")


# Their warm words said to the writer, held to.
_HELD = 'Hi Vic,\n\nThanks for ringing. You told me, "{words}" {held}\n\nCal'
_KIND = "you ought to be proud of that bridge design."


@pytest.mark.parametrize("tail", ["", " Good luck with the new site.", " Onwards!"])
def test_warm_words_said_to_the_writer_held_to_are_kept(tail: str) -> None:
    assert not _quoted(_HELD.format(words=_KIND, held="I'm holding you to that." + tail))


@pytest.mark.parametrize(
    ("words", "held"),
    [
        ("you'll hear from us by Friday, promise.", "I'm holding you to that."),  # their promise
        ("you'll get feedback from me, promise.", "I'm holding you to that."),  # their speaker's
        ("you would be a superb fit for the team.", "I'm holding you to that."),  # the decision
        (_KIND, "I'm holding you to that, though I doubt it."),  # turned
        (_KIND, "I'm holding you to that by the end of the month."),  # the hold goes on
        (_KIND, "Noted."),  # nothing held
        (
            "you will shine brighter than anyone else in the room.",
            "I'm holding you to that.",
        ),  # weighed
        # After the hold, their words again, or more than a short set wish.
        (_KIND, "I'm holding you to that. Proud and jobless, all at once."),
        (_KIND, "I'm holding you to that. I hope your second choice works out beautifully."),
        (_KIND, "I'm holding you to that. Best wishes to your very lucky nephew."),
    ],
)
def test_held_to_stops_at_their_promise_or_a_turn(words: str, held: str) -> None:
    assert _quoted(_HELD.format(words=words, held=held))


@pytest.mark.parametrize(
    "before",
    [
        "",
        "I waited in reception for a long while that day. ",  # their words answered after
    ],
)
def test_held_words_said_again_elsewhere_are_answered_not_kept(before: str) -> None:
    words = "you were well worth the wait."
    text = f'Hi Vic,\n\n{before}You told me, "{words}" I\'m holding you to that.\n\nCal'
    assert _quoted(text) == bool(before)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (" Thank you for a lovely chat.", True),  # a short thanks closes
        (" All the best with your choice.", False),  # a wish on the decision re-opens it
        (" Best of luck to everyone on the site visit next Tuesday.", False),  # not a close
    ],
)
def test_after_the_hold_only_a_short_close(tail: str, kept: bool) -> None:
    text = _HELD.format(words=_KIND, held="I'm holding you to that." + tail)
    assert _quoted(text) != kept


def test_held_words_after_a_grievance_in_their_sentence_are_not_kept() -> None:
    text = (
        'Hi Vic,\n\nThree weeks of silence, then you told me, "{words}" I\'m holding you to that.'
    )
    assert _quoted(text.format(words=_KIND) + "\n\nCal")
