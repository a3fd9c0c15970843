"""Fourteenth round: sources narrowed where, held out, lone clean alarms outweighed lone hits."""

from __future__ import annotations

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


def test_vader_stands_where_the_anger_model_leans_to_anger() -> None:
    assert _vader(SCORN, model=_model(5.0))
    assert _vader(GRIEF, model=_model(5.0))


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
