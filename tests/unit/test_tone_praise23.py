"""Warm praise in casual words against sarcasm dressed as praise (p23): kept, and turned."""

from __future__ import annotations

import pytest

from coach import tone


def _anger(text: str) -> list[str]:
    """The anger findings of the rules alone, by their text."""
    return [f.text for f in tone.check(text, model={}) if f.kind == "anger"]


@pytest.mark.parametrize(
    "text",
    [
        # A harsh word as the degree of praise.
        "You were awful nice to me on the day and I mean that.",
        # A moment shared with them.
        "The bit where we both got lost looking for the meeting room was a highlight.",
        # A failing they could have chosen and did not.
        "Fair play, you could've just ghosted and you didn't.",
    ],
)
def test_casual_praise_the_rules_read_as_a_charge_is_let_go(text: str) -> None:
    assert _anger(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Awful nice of you to ghost me for a month.",
        "You were awful nice to me until the offer went to your nephew.",
        "The panel were dreadful friendly, right up to the moment I mentioned my salary.",
        "The bit where we both realised nobody had read my CV was a highlight.",
        "The part where we all waited two hours in reception was a highlight.",
        "You could have ghosted me and you didn't, you just took six weeks instead.",
        "You ghosted me and didn't even say why.",
        # Any limit after the praise word or after "you didn't" keeps the charge.
        "Your recruiter was terrible helpful, as in not at all.",
        "Everybody was horrible nice, like estate agents on commission.",
        "You could've ghosted me and you didn't, which is about the lowest bar there is.",
    ],
)
def test_the_same_words_turned_are_still_the_charge(text: str) -> None:
    assert _anger(text) != []
