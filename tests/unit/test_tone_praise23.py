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
        # A moment shared with them.
        "The bit where we both got lost looking for the meeting room was a highlight.",
    ],
)
def test_casual_praise_the_rules_read_as_a_charge_is_let_go(text: str) -> None:
    assert _anger(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bit where we both realised nobody had read my CV was a highlight.",
        "The part where we all waited two hours in reception was a highlight.",
    ],
)
def test_the_same_words_turned_are_still_the_charge(text: str) -> None:
    assert _anger(text) != []
