"""Eighteenth round: laughter, harsh nouns inside names, the weather, placed weaknesses."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_name_shape import in_lower_name, without_names


def _kinds(text: str) -> set[str]:
    """The kinds the rules read in a draft, with the model silent (the principles live there)."""
    return {f.kind for f in tone.check(text, model={})}


# Laughter judges when it is at the writer or theirs, or the one laughing is them.
@pytest.mark.parametrize(
    "text",
    [
        "I told my gran about the interview and she laughed and said I'd be running the place.",
        "You mixed up the two Johns and we all laughed, which settled my nerves.",
        "I was annoyed at myself, then laughed when I spotted the typo in my own slide.",
        "Everyone laughed when the fire door slammed mid-answer.",
        "I was cross with myself, then laughed at my own spelling of rhythm.",
    ],
)
def test_laughter_shared_or_a_relatives_judges_nobody(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The interviewer laughed at my answer.",
        "They laughed when I said my salary.",
        "She laughed in my face when I asked about the rota.",
        "He just laughed it off when I raised the pay gap.",
        "The panel laughed through my whole presentation.",
        "The man from finance laughed at the idea of flexible hours.",
    ],
)
def test_laughter_at_the_writer_or_by_them_still_judges(text: str) -> None:
    assert "anger" in _kinds(text)


# A harsh noun opening a name in lower case names a team or field.
@pytest.mark.parametrize(
    "text",
    [
        "I'll keep volunteering with the disaster response team on weekends.",
        "Thanks for the chat; I spent last summer with the circus school crew in Leeds.",
        "I'd love to work in discrimination law one day, so the advice helps.",
        "The rubbish collection lads woke me at six, so forgive the short note.",
    ],
)
def test_a_harsh_noun_inside_a_name_judges_nobody(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The whole assessment day was a disaster.",
        "The disaster was the team you sent to run it.",
        "Your hiring process is a circus.",
        "The mess your team made of the schedule was astonishing.",
        "What a disaster of a process.",
    ],
)
def test_a_harsh_noun_said_of_them_still_judges(text: str) -> None:
    assert "anger" in _kinds(text)


def test_a_name_is_found_by_its_head_and_blanked_offset_for_offset() -> None:
    text = "I help the disaster relief charity; the disaster was mine."
    assert in_lower_name(text, 11, 19)
    assert not in_lower_name(text, 42, 50)
    blanked = without_names(text)
    assert len(blanked) == len(text)
    assert "disaster relief" not in blanked and "the disaster was" in blanked


# A strong word said of the weather, the roads or the journey judges nobody.
@pytest.mark.parametrize(
    "text",
    [
        "The traffic was a nightmare, so thank you for waiting the ten minutes.",
        "It was an awful commute, but a lovely afternoon with the crew.",
        "Terrible weather on the way in, yet the tour more than made up for it.",
    ],
)
def test_a_strong_word_for_the_weather_or_the_roads_judges_nobody(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your team was a nightmare to deal with.",
        "The whole day was chaotic and your panel was rude.",
        "The traffic was fine; your interviewer was rude.",
    ],
)
def test_a_strong_word_for_them_beside_the_weather_still_judges(text: str) -> None:
    assert "anger" in _kinds(text)


# A weakness placed, understood or being mended is reflection, not self-blame.
@pytest.mark.parametrize(
    "text",
    [
        "I talked it over with my mentor, and I can see where my plan was weak.",
        "My budget was weak on staffing costs, and I'm fixing that before the next round.",
        "My portfolio was weak, and I'm already building two new case studies.",
        "I know why my demo was weak, so I'm practising with a timer.",
    ],
)
def test_a_weakness_placed_or_mended_is_reflection(text: str) -> None:
    assert "apology" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My answers were weak.",
        "I know my presentation was poor.",
        "My answers were weak in the interview.",
        "I'm sorry my weak answers wasted your afternoon.",
    ],
)
def test_a_bare_verdict_on_ones_work_still_counts(text: str) -> None:
    assert "apology" in _kinds(text)
