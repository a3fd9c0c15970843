"""Seventeenth round: "clearly" said of them, jokes told, bracketed sorries, names in capitals."""

from __future__ import annotations

import pytest

from coach import tone


def _kinds(text: str) -> set[str]:
    """The kinds the rules read in a draft, with the model silent (the principles live there)."""
    return {f.kind for f in tone.check(text, model={})}


# What is "clearly" so of them praises or grants a point unless it is a lack or
# a measure against the writer.
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the tour. You clearly know every ward and every porter by name.",
        "It was clearly a close call, and I'm grateful you rang to tell me.",
        "Your crew clearly love the work, which made the day a pleasure.",
    ],
)
def test_what_is_clearly_so_of_them_can_be_praise(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You clearly didn't open the attachment I sent.",
        "Your manager clearly had no plan to hire from outside.",
        "You obviously need the help more than I do.",
        "It clearly wasn’t settled when I came in.",
    ],
)
def test_what_is_clearly_a_failing_of_theirs_still_accuses(text: str) -> None:
    assert "anger" in _kinds(text)


# A joke the writer tells judges nobody; "joke" said of a thing does.
@pytest.mark.parametrize(
    "text",
    [
        "Hi Priya, thanks. Warehouse joke of the day: I now dream in barcodes. All the best, Sam",
        "I still laugh at your colleague's joke about the lift on the fourth floor.",
        "Here is a joke for you: I've worked so many lates that my cat thinks I'm a rumour.",
    ],
)
def test_a_joke_told_is_no_harsh_judgement(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frankly the whole assessment day was a joke.",
        "What a joke of a process.",
        "Complete joke. Three rounds and not one word back.",
        "Honestly, it's a joke.",
    ],
)
def test_joke_said_of_a_thing_still_judges_it(text: str) -> None:
    assert "anger" in _kinds(text)


# A sorry in brackets, or one taken back at once, is an aside made in play.
@pytest.mark.parametrize(
    "text",
    [
        "The cake I brought fell flat (no pun intended, sorry).",
        "Back to square one (literally, sorry), but I'll keep at it.",
        "Sorry (not sorry) for all the knitting metaphors in my letter.",
    ],
)
def test_a_sorry_made_in_play_is_no_apology(text: str) -> None:
    assert "apology" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My answers ran long (sorry, I waffled).",
        "Sorry for rambling on the phone :)",
        "I'm so sorry for my rambling answers.",
    ],
)
def test_a_sorry_for_oneself_still_apologises(text: str) -> None:
    assert "apology" in _kinds(text)


# A small word of place inside or ending a run of capitals is part of a name.
def test_a_name_in_capitals_ending_in_a_word_of_place_is_no_shout() -> None:
    assert "shouting" not in _kinds("Cheers. Say hi to the night crew in GOODS IN for me.")


@pytest.mark.parametrize(
    "text",
    [
        "I was promised, IN WRITING, that there would be no weekend shifts.",
        "I was ON time and nobody came down to meet me.",
    ],
)
def test_a_word_of_place_leading_capitals_still_stresses(text: str) -> None:
    assert "shouting" in _kinds(text)
