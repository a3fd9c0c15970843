"""The apology rule passes a sorry owed nobody, pity for others, and a sorry in quotes."""

from __future__ import annotations

import pytest

from coach.tone import check


def _apology(text: str) -> bool:
    """Whether the rules alone (no model) find an apology in the draft."""
    return any(f.kind == "apology" for f in check(text, model={}))


@pytest.mark.parametrize(
    "text",
    [
        "You have nothing to apologise for. Thanks for letting me know.",
        "Honestly, no need for apologies. Thanks for the update.",
        "No apologies, it happens! Thanks for the update.",
        "You don't need to apologise, these things happen.",
        "You shouldn't apologise, it was a tough call to make.",
        "Please don't feel bad or apologise, I understand completely.",
        'You said I should "stop apologising for being junior", and you were right.',
        "I felt sorry for the interviewer who had to sit through six of us.",
        "I feel sorry for whoever has to follow the last chef!",
        "I feel so sorry for them, moving house and starting a job in one week.",
    ],
)
def test_a_sorry_that_is_not_the_writers_apology_passes(text: str) -> None:
    assert not _apology(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the mess I made of the second task.",
        "I'm sorry for that, I should have prepared better.",
        "I feel sorry for wasting your afternoon with my answers.",
        "I'm sorry for the candidates I kept waiting with my rambling.",
        "I have to apologise for my answers on the budget.",
        "I don't need to tell you how sorry I am about my answers.",
        "Apologies for the long email.",
        "We can't apologise enough for the mix-up with my references.",
        # The writer's own failing after the pity keeps the sorry an apology.
        "I felt sorry for the interviewer, my answers were that bad.",
        # The writer in the pitied clause as its cause (rv25).
        "I'm so sorry for everyone I kept waiting on Tuesday.",
        "I'm sorry for the candidates after me.",
        "I'm sorry for them having to put up with me.",
    ],
)
def test_the_writers_own_sorry_still_counts(text: str) -> None:
    assert _apology(text)
