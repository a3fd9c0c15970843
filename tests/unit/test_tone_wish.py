"""A plain good wish alone does not carry the model's anger; a wish with a barb still does."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_wish import plain_wish, rests_on_plain_wish

SINCERE = [
    "Best of luck finding your person!",
    "Wishing you all the best with the office move.",
    "best of luck finding the right person x",
    "Good luck finding your new team member.",
    "I wish you all the best with the launch.",
]

BARBED = [
    "Good luck finding someone who'll put up with that.",  # who: whom they'll find
    "Wishing you all the success your process deserves.",  # a measure
    "Best of luck, you'll need it.",  # a need
    "Best of luck with the new hire, I hope they last longer than the last one.",
    "Good luck with the person you did pick.",  # emphatic do
    "Good luck with that.",  # points back at their choice, names no occasion
    "Best of luck with all that!",
    "Best of luck if you ever get round to hiring someone.",  # a condition
    "Good luck with the six weeks it takes you to reply.",  # a wait
    "Best of luck, at least until the next restructure.",  # a limit (a sarcasm shape)
]

NOT_A_SET_WISH = [
    "I hope they enjoyed themselves.",  # a hope clause states something
    "Congratulations on finding your unicorn.",  # praise of a deed
    "I wish you had told me sooner.",  # a regret
]


@pytest.mark.parametrize("sentence", SINCERE)
def test_a_set_wish_with_nothing_beside_it_is_plain(sentence: str) -> None:
    assert plain_wish(sentence)


@pytest.mark.parametrize("sentence", BARBED + NOT_A_SET_WISH)
def test_a_barb_or_a_claim_beside_the_wish_is_not_plain(sentence: str) -> None:
    assert not plain_wish(sentence)


def _scored(text: str, scores: list[float]) -> list[tuple[int, int, str, float, frozenset[str]]]:
    """Made-up anger scores, one per sentence of `text` split at '. '."""
    out, at = [], 0
    for sentence, score in zip(text.split(". "), scores, strict=True):
        out.append((at, at + len(sentence), "anger", score, frozenset()))
        at += len(sentence) + 2
    return out


def test_the_wish_must_be_the_only_sentence_over_the_floor() -> None:
    text = "Best of luck with the move. Thanks for letting me know."
    assert rests_on_plain_wish(text, _scored(text, [0.99, 0.2]), 0.9)
    assert not rests_on_plain_wish(text, _scored(text, [0.99, 0.95]), 0.9)
    assert not rests_on_plain_wish(text, _scored(text, [0.99, 0.85]), 0.9)  # near it
    assert not rests_on_plain_wish(text, _scored(text, [0.85, 0.2]), 0.9)  # under it


def test_the_wish_must_be_the_sentence_over_the_floor() -> None:
    text = "I waited six weeks to hear. Best of luck finding your person!"
    assert not rests_on_plain_wish(text, _scored(text, [0.99, 0.5]), 0.9)


def test_a_complaint_elsewhere_in_the_draft_makes_the_wish_a_jab() -> None:
    text = "I waited six weeks to hear. Best of luck finding your person!"
    assert not rests_on_plain_wish(text, _scored(text, [0.5, 0.99]), 0.9)
    calm = "Thanks for letting me know. Best of luck finding your person!"
    assert rests_on_plain_wish(calm, _scored(calm, [0.5, 0.99]), 0.9)


@pytest.mark.parametrize(
    "draft",
    [
        "Best of luck finding your person!",
        "No problem at all. Good luck finding your person!",
        "Thanks Sam. Wishing you all the best with the office move.",
        "ok no worries. best of luck finding the right person x",
    ],
)
def test_the_check_leaves_a_warm_sign_off_alone(draft: str) -> None:
    assert not [f for f in check(draft) if f.kind == "anger"]


@pytest.mark.parametrize(
    "draft",
    [
        "Thanks for letting me know. Good luck finding someone who'll put up with that.",
        "Thanks for letting me know. Best of luck, you'll need it.",
        "Thanks for letting me know. Good luck with that.",
        "Hi Jo, thanks for letting me know. Best of luck with the new hire,"
        " I hope they last longer than the last one.",
    ],
)
def test_the_check_still_reads_a_mock_wish_as_anger(draft: str) -> None:
    assert [f for f in check(draft) if f.kind == "anger"]
