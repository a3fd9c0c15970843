"""Tests for the mends after the eleventh frozen half: names, open TBDs, praise, hopes, orders."""

from __future__ import annotations

import pytest

from coach.tone import check


def kinds(text: str) -> set[str]:
    """The kinds the whole check finds in a draft."""
    return {f.kind for f in check(text)}


def found(text: str, kind: str) -> list[str]:
    """The text of each finding of one kind."""
    return [f.text for f in check(text) if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your email about the Disaster Relief Coordinator position.",
        # Flagged by round 14's model (a strict xfail until ml32); the model retrained
        # on every writer reads it as calm.
        "I enjoyed meeting the Disaster Recovery team last week.",
        "Thanks for telling me about the Brutal Honesty Podcast you host.",
    ],
)
def test_a_judging_word_inside_a_capitalised_name_is_part_of_the_name(text: str) -> None:
    assert "anger" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, the whole process was a disaster from start to finish.",
        "The interview was a Disaster. Nobody had read my CV.",
        # A sentence in Title Case is a sentence: its pronouns and small words are no name's.
        "Thanks for letting me know. Shame On You All.",
        "Thanks for letting me know. Shame On You.",
        "Thanks. What A Joke Of A Company.",
        "Thanks. You Are All Liars.",
        "Thanks. Your Recruiters Are Clowns.",
    ],
)
def test_a_judging_word_alone_or_at_a_clause_edge_still_judges(text: str) -> None:
    assert "anger" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The role will be reposted next year (start date TBD depending on the budget).",
        "The second round is TBC pending approval from the board.",
        "Funding is TBD until the grant comes through, so I understand.",
    ],
)
def test_tbd_qualified_by_a_clause_is_a_word(text: str) -> None:
    assert "placeholder" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will complete the course by TBD and reapply.",
        "Thank you for the update.\n\nPhone: TBD\n\nSam",
    ],
)
def test_tbd_standing_for_a_value_is_still_a_slot(text: str) -> None:
    assert "placeholder" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry again for needing to reschedule our first call; thank you for being flexible.",
        "Apologies for the rescheduling last week, and thank you for the update.",
        "Sorry for missing your call on Monday. Thank you for letting me know.",
    ],
)
def test_one_apology_for_a_practical_inconvenience_is_fine(text: str) -> None:
    assert "apology" not in kinds(text)


def test_a_second_apology_for_an_inconvenience_is_one_too_many() -> None:
    text = (
        "Sorry for needing to reschedule our first call. Thank you for the update. "
        "Sorry also for the postponement of the second one."
    )
    assert "apology" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I am disappointed, but I have only good words for how you managed the process.",
        "I really appreciate how you handled the whole process.",
        "Thank you for how you managed the interviews; it was kind.",
        pytest.param(
            "I was impressed by how you handled my questions.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="ml32: the model retrained on every writer reads it as bitter (anger 0.93,"
                " round 14's 0.58) and its lone finding stands (op28's lone-model cut is 0);"
                " held out the retrain frees 106 clean drafts and newly flags 43 such",
            ),
        ),
    ],
)
def test_praise_of_how_they_handled_it_is_not_an_accusation(text: str) -> None:
    assert "anger" not in kinds(text)


def test_how_they_handled_it_unpraised_is_still_an_accusation() -> None:
    assert "anger" in kinds("Frankly, I am shocked by how you handled my application.")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. I stay at your disposal if the position opens again.",
        "Thank you. If eventually there is another opportunity, I would love to come back.",
        "If the role opens again, I would be very happy to be in touch.",
        "Thank you. If there's ever another opportunity on the team, I'd apply.",
    ],
)
def test_a_condition_about_a_future_opening_is_a_hope(text: str) -> None:
    assert "begging" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please give me another opportunity to show what I can do.",
        "Please consider me if the role opens up again next week.",
    ],
)
def test_asking_for_another_opportunity_now_is_still_begging(text: str) -> None:
    assert "begging" in kinds(text)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("You can find me at linkedin.com/in/INSERT-URL-HERE.", "INSERT-URL-HERE"),
        ("Best wishes,\nYOUR_NAME_HERE", "YOUR_NAME_HERE"),
        ("My portfolio is at ADD-LINK if you would like to see it.", "ADD-LINK"),
        ("I hold a CDL-A with endorsements: H, N, T, X (update as needed).", "(update as needed)"),
        ("I led the migration [delete if not applicable] last year.", "[delete if not applicable]"),
        ("I speak French and German (edit as appropriate).", "(edit as appropriate)"),
    ],
)
def test_orders_to_the_writer_are_slots(text: str, slot: str) -> None:
    assert slot in found(text, "placeholder")


@pytest.mark.parametrize(
    "text",
    [
        "I hold a CDL-A and a HAZ-MAT endorsement, and I'm keen to stay in touch.",
        "I'm happy to update my portfolio as needed and share it again.",
        "The NON-PROFIT sector is where I want to stay, so thank you.",
    ],
)
def test_capitals_and_editing_words_in_real_text_are_not_slots(text: str) -> None:
    assert "placeholder" not in kinds(text)
