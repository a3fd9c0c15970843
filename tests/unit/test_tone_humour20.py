"""Twentieth round: jokes whose target is the employer, not the writer's own luck."""

from __future__ import annotations

import pytest

from coach import tone


def _kinds(text: str) -> set[str]:
    """The kinds the rules read in a draft, with the model silent (the principles live there)."""
    return {f.kind for f in tone.check(text, model={})}


# A joke about the new hire whose punchline describes the employer.
@pytest.mark.parametrize(
    "text",
    [
        "Best of luck to whoever ends up working for a director who naps through interviews.",
        "I'm sure your new analyst will be happy working under a boss who never reads replies.",
        "I'm sure the one you picked will be a great fit for a firm that reschedules on the day.",
    ],
)
def test_the_new_hire_pictured_under_a_failing_employer_is_a_jab(text: str) -> None:
    assert "anger" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good luck to whoever got it, they're lucky to be working with such a warm team.",
        "I'd still love to work for a company that trains its juniors the way yours does.",
        "I hope the new hire enjoys working with the team as much as I enjoyed meeting them.",
    ],
)
def test_the_new_hire_or_the_writers_own_wish_is_no_jab(text: str) -> None:
    assert "anger" not in _kinds(text)


# Joy at a count of rounds nobody enjoys; a few interviews can be enjoyed.
@pytest.mark.parametrize(
    "text",
    [
        "Loved all six rounds, truly.",
        "Great to learn that five interviews end like this.",
        "Tell your friends not to apply unless they love six rounds of tests.",
        "I really enjoyed the 4-stage process, honestly.",
    ],
)
def test_joy_at_four_or_more_rounds_is_mock_praise(text: str) -> None:
    assert "anger" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Loved all three interviews, and the team was kind throughout.",
        "I enjoyed both rounds and learned a lot from the case study.",
        # Many rounds enjoyed for what was in them, with no sour turn.
        "I really enjoyed all four interviews, especially meeting the design team.",
    ],
)
def test_joy_at_a_few_rounds_is_sincere(text: str) -> None:
    assert "anger" not in _kinds(text)


def test_a_bribe_offered_for_another_look_bargains() -> None:
    assert "begging" in _kinds("Bribes of lemon cake remain on the table, just saying.")


def test_cake_offered_with_no_bribe_or_plea_is_warm() -> None:
    assert "begging" not in _kinds("I'll bring lemon cake next time I visit the shop, promise.")


# A thing that stopped working is a small mishap, not a verdict on them.
def test_a_broken_down_vehicle_judges_nobody() -> None:
    text = "I've survived a broken-down minibus full of Year 9s, so this is small stuff."
    assert "anger" not in _kinds(text)


def test_a_broken_process_still_judges() -> None:
    assert "anger" in _kinds("Honestly, your hiring process is broken.")


# Written after reading tone17c: stock sarcasm, a tip with "maybe" first and
# mock confidence that an unfair cause was chance.
@pytest.mark.parametrize(
    "text",
    [
        "Maybe next time you could read the portfolio before the call.",
        "I'm sure it was a pure coincidence that the winner plays golf with your director.",
        "I'm sure being the manager's flatmate was a purely coincidental qualification.",
    ],
)
def test_a_tip_or_a_coincidence_aimed_at_them_is_sarcasm(text: str) -> None:
    assert "anger" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Maybe next time I'll bring printed slides; lesson learned.",
        "What a coincidence that we both grew up near Leeds!",
        # The chance lands on the writer's own luck.
        "I'm sure it was just a coincidence that my train broke down that day, ha!",
    ],
)
def test_the_writers_own_next_time_or_a_happy_coincidence_is_warm(text: str) -> None:
    assert "anger" not in _kinds(text)
