"""Round 32: quoted praise kept, chances that come of themselves, pleas, records sent on."""

from __future__ import annotations

import pytest

from coach import tone

QUOTED = "quotes their own words back"


def _kinds(text: str) -> set[str]:
    """The kinds the rules read in a draft, with the model silent (the principles live there)."""
    return {f.kind for f in tone.check(text, model={})}


def _quoted(text: str) -> bool:
    """True when the rules alone read a quote in `text` as handed back."""
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


# Their praise of the writer quoted after a verb of being or calling is what
# is said of the writer's work, and the word after it is the sentence's verb:
# not a label the quote puts on a noun ("the 'valued' applicant").
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for telling me. It stings a bit but that's OK. Your note that my character "
        "sheets were 'properly charming' cheered me right up. Hope the game does amazingly.",
        "Your note that my flower boxes were 'really lovely' cheered me up no end.",
        "Hearing my cover art was 'absolutely beautiful' made my whole week.",
    ],
)
def test_their_praise_of_the_writers_work_kept_is_not_quoted_back(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # A lukewarm verdict kept is mock, copula or not.
        "Your note that my answers were 'adequate' cheered me right up.",
        # A turn after the praise takes it back.
        "Your note that my sheets were 'properly charming' cheered me up, but I'd rather have "
        "had the job.",
        # Scare quotes on a label stay handed back.
        "Thanks for the 'valued' applicant email.",
        "Your 'exciting opportunity' turned out to be unpaid.",
    ],
)
def test_lukewarm_turned_or_labelling_quotes_stay_quoted_back(text: str) -> None:
    assert _quoted(text)


# A strong word on their side stays anger however it is placed, set beside or
# followed by warm words. (tn32's narrowing of verdicts on the journey or the weather
# was not taken: sour twins carried the verdict on to them in the next sentence.)
@pytest.mark.parametrize(
    "text",
    [
        # Their ground, or their doing, however it is placed.
        "The parking at your office was a nightmare.",
        "The traffic in your process was a nightmare.",
        # Set beside a thing of theirs.
        "Honestly the worst bit was the interview, absolute nightmare.",
        "I sat through your process, absolute shambles, and never heard back.",
        # A warm turn after a verdict on them does not take the verdict back.
        "Your process was a shambles, but the people were kind.",
        "The wait for your answer was a nightmare, but the recruiter was lovely.",
        # "make it" that is their doing.
        "Your scheduling was a nightmare, and you never made it right.",
    ],
)
def test_a_verdict_on_their_side_stays_anger(text: str) -> None:
    assert "anger" in _kinds(text)


# A chance that arrives of itself is the subject of a verb of arriving: a hope.
@pytest.mark.parametrize(
    "text",
    [
        "Thank you for explaining me the reasons. Inshallah another chance will come.",
        "Another opportunity may come along one day.",
        "I'm sure another chance will come my way.",
    ],
)
def test_a_chance_that_comes_of_itself_is_no_plea(text: str) -> None:
    assert "begging" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please give me another chance.",
        "Another chance would mean the world to me.",
        "Could I have another chance? Another chance is all I ask.",
        # rv49: the need is the plea.
        "Please keep me in mind, I really need this.",
        "I need this so badly.",
        # rv49: their choice falling through, the writer stepping in.
        "If the other candidate falls through, I am ready to start Monday.",
        "If your first choice turns the offer down, I can start right away.",
        "If they pull out, I am ready to step in.",
    ],
)
def test_pleas_stay_or_become_begging(text: str) -> None:
    assert "begging" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the feedback, I really needed this.",
        "I need this feedback to improve, so thank you.",
        "If the project falls through, I hope the team lands on its feet.",
        "If your plans fall through, I am sorry to hear it.",
    ],
)
def test_needs_and_conditions_that_ask_nothing_stay_calm(text: str) -> None:
    assert "begging" not in _kinds(text)
