"""Fourteenth round: sources narrowed where, held out, lone clean alarms outweighed lone hits."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_model import MODEL_KINDS, KindModel, ToneModel

# No rule reads these sentences; VADER scores each as hostile (at or under -0.6).
GRIEF = "I know your team has been dealing with grief and illness this month, so no rush at all."
SCORN = "Your process left me feeling ignored, humiliated and worthless."


def _model(score_bias: float) -> ToneModel:
    """A model that never flags a sentence itself, reading every one at one score."""
    return {
        k: KindModel(bias=score_bias, weights={}, threshold=2.0, confirm=0.3) for k in MODEL_KINDS
    }


def _vader(text: str, **kwargs: object) -> bool:
    return any(
        f.reason.startswith("this sentence reads as hostile")
        for f in tone.check(text, **kwargs)  # type: ignore[arg-type]
    )


def test_vader_is_silent_while_the_anger_model_is_on() -> None:
    # op27: on writers the model never saw, VADER's hostile sentences found no
    # angry draft the rest missed; with the anger model there, it speaks instead.
    assert not _vader(SCORN, model=_model(5.0))
    assert not _vader(GRIEF, model=_model(5.0))


def test_vader_gives_way_where_the_anger_model_does_not_lean_to_anger() -> None:
    # VADER reads words, not meaning: the model is what says a sad or formal
    # sentence is not hostile.
    assert not _vader(GRIEF, model=_model(-5.0))
    assert not _vader(SCORN, model=_model(-5.0))


def test_vader_is_the_whole_fallback_with_no_model() -> None:
    assert _vader(GRIEF, model={})
    assert _vader(SCORN, model={})


def test_sympathy_for_their_hard_month_is_not_hostile_with_the_shipped_model() -> None:
    assert not tone.check(GRIEF)


def _kinds(text: str) -> set[str]:
    """The kinds the rules, VADER and structure find (no model)."""
    return {f.kind for f in tone.check(text, model={})}


def test_rethinking_of_ones_own_and_a_visit_some_later_time_are_not_pleas() -> None:
    # Undo-decision asks them to go back on this decision: the writer's own
    # rethinking, or their plan for a later round, asks nothing of them.
    assert "begging" not in _kinds("Planning the mock lesson made me rethink a real one of mine.")
    assert "begging" not in _kinds("You said you hoped to revisit the post next financial year.")
    assert "begging" not in _kinds("Perhaps the team could revisit hiring in the new year.")


def test_asking_them_to_rethink_this_decision_is_still_a_plea() -> None:
    assert "begging" in _kinds("Please would you rethink the decision on my application?")
    assert "begging" in _kinds("I hope you will revisit it before the end of the week.")
    assert "begging" in _kinds("Could you ask the panel to reconsider me next week?")


# Praise around a complaint, and thanks or praise taken back, are read from
# their words; whether the sentence is a jab is the anger model's to confirm,
# as for quoted-back (model_confirms). Held out, each rule's lone alarms on
# clean drafts went this way more often than its lone anger findings.
WARM_SHAPES = (
    "It was a wonderful day, and the wait for your answer was short.",
    "I loved the tour, especially the bit where the office dog stole my pen.",
)
SOUR_SHAPES = (
    "Thanks for the lovely two-line email after six weeks of silence.",
    "Thank you for the update, all two lines of it.",
)


def test_praise_and_shapes_of_sarcasm_stand_where_the_model_leans_to_anger() -> None:
    for text in (*WARM_SHAPES, *SOUR_SHAPES):
        assert "anger" in {f.kind for f in tone.check(text, model=_model(5.0))}
        assert "anger" in _kinds(text)


def test_praise_and_shapes_of_sarcasm_give_way_where_it_does_not() -> None:
    for text in (*WARM_SHAPES, *SOUR_SHAPES):
        assert not tone.check(text, model=_model(-5.0))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            WARM_SHAPES[0],
            marks=pytest.mark.xfail(
                strict=True,
                reason="ml32: the model retrained on every writer reads it at 0.47 anger (round"
                " 14: 0.15), so the draft-level decision lets the sarcasm rule's lone hit stand;"
                " held out the retrain frees 106 clean drafts and newly flags 43 such",
            ),
        ),
        *WARM_SHAPES[1:],
    ],
)
def test_warm_shapes_pass_with_the_shipped_model(text: str) -> None:
    assert not tone.check(text)


def test_sour_shapes_stand_with_the_shipped_model() -> None:
    for text in SOUR_SHAPES:
        assert "anger" in {f.kind for f in tone.check(text)}
