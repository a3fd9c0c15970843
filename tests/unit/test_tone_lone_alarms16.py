"""Sixteenth round: whom anger aims at, what writing "it" is, and sorries that are no apology."""

from __future__ import annotations

import pytest

from coach import tone


def _kinds(text: str) -> set[str]:
    """The kinds the rules read in a draft, with the model silent (the principles live there)."""
    return {f.kind for f in tone.check(text, model={})}


# Anger the writer turns on themself is self-reproach, not anger at them.
@pytest.mark.parametrize(
    "text",
    [
        "I was so annoyed at myself for rushing through the showreel, but your note cheered me up.",
        "I felt cross with myself afterwards for mixing up the two campaigns.",
        "Honestly I was furious at myself on the bus home, which is a good sign I care about it.",
    ],
)
def test_anger_at_oneself_is_not_anger_at_them(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was annoyed at the panel for the short notice.",
        "I was a bit annoyed with the recruiter, to be honest.",
        "I was cross about the way the feedback was given.",
    ],
)
def test_anger_at_them_still_reads_as_anger(text: str) -> None:
    assert "anger" in _kinds(text)


# Writing "it" is composing it; an account goes out when written up or about.
@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the kind words about my travel blog. I'll keep writing it.",
        'You said "measure twice, post once", and I wrote it in my notebook straight away.',
        "Sorry for the slow reply; I wanted to wait until I could write it properly.",
    ],
)
def test_writing_it_is_composing_it(text: str) -> None:
    assert "public" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll probably write it up for the next issue.",
        "I'm planning to write it up this weekend.",
        "I'll be writing about it for anyone thinking of applying to you.",
        "I will share it, so people know what they are walking into.",
    ],
)
def test_an_account_written_up_or_shared_still_goes_public(text: str) -> None:
    assert "public" in _kinds(text)


# A sorry in brackets to someone named is a joke aside; telling them there is
# no need to say sorry is no apology; nor is being sorry not to be joining.
@pytest.mark.parametrize(
    "text",
    [
        "Dear Auntie Bisi (sorry, Mrs Adeyemi!),\n\nThank you for letting me know about the post.",
        "The soup was a little thin on the day (sorry, chef).",
        "Thanks for the update, and there is no need to say sorry at all.",
        "I'm sorry not to be taking that desk by the window, but it was lovely to be considered.",
    ],
)
def test_a_sorry_that_is_no_apology_for_oneself(text: str) -> None:
    assert "apology" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The demo went badly (sorry, I rambled).",
        "Sorry, Mrs Adeyemi, I made a mess of the second question.",
        "I need to say sorry for how unprepared I was.",
        "I'm sorry not to have prepared better for the case study.",
    ],
)
def test_an_apology_for_oneself_still_reads_as_one(text: str) -> None:
    assert "apology" in _kinds(text)
