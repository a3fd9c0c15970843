"""Which sources count alone: weak anger hits need a second signal, VADER and apology model none."""

from __future__ import annotations

import math

import pytest

from coach import tone
from coach.tone_draft_gate import FACTS, DraftGate
from coach.tone_model import KindModel, ToneModel, shipped_model
from coach.tone_rules import shipped_rules
from coach.tone_second import unseconded, weak_reasons
from coach.tone_wording import wording


def _kinds(text: str, **kwargs: object) -> set[str]:
    return {f.kind for f in tone.check(text, **kwargs)}  # type: ignore[arg-type]


CALM_FEELING = (
    "Dear Sara,\n\nThank you for your message. Honestly I'm sick of my commute, so this role "
    "appealed. I'll keep an eye on your page.\n\nRegards,\nLuis"
)


def test_a_lone_feeling_word_the_model_reads_as_calm_passes() -> None:
    assert _kinds(CALM_FEELING) == set()


def _anger_reads(score: float) -> ToneModel:
    """An anger model that reads every sentence at `score` and finds no sentence itself."""
    return {"anger": KindModel(bias=math.log(score / (1 - score)), weights={}, threshold=0.99)}


# Over the veto's floor (0.01), under LEANS (0.5): the hit needs a second signal. Scores
# set here, not the shipped model's, so the tests hold whatever a retrain reads.
CALM = _anger_reads(0.2)


def test_the_same_hit_stands_with_a_second_signal_in_the_draft() -> None:
    text = CALM_FEELING.replace(
        "I'll keep an eye on your page.", "Please reconsider, I really need this job."
    )
    assert _kinds(CALM_FEELING, model=CALM) == set()
    assert {"anger", "begging"} <= _kinds(text, model=CALM)


def test_a_lone_hit_stands_where_the_model_leans_to_anger() -> None:
    text = "Hello Chris,\n\nThanks for the decision. I'm raging about it, honestly.\n\nBest,\nAnna"
    assert "anger" in _kinds(text)


def test_a_lone_harsh_word_the_model_reads_as_calm_passes() -> None:
    text = (
        "Hi Ben,\n\nThank you for letting me know. My own prep was a bit of a shambles, "
        "which I will fix for next time.\n\nBest,\nAnna"
    )
    # harsh-laughter shares its reason with harsh-judgement: both need a second signal.
    assert _kinds(text, model=CALM) == set()
    assert _kinds(text, model=_anger_reads(0.7)) == {"anger"}


def test_a_persons_own_rule_is_never_dropped() -> None:
    spans = [s for s in wording(CALM_FEELING, None) if s.kind == "anger"]
    assert spans and all(s.reason in weak_reasons() for s in spans)
    anger = shipped_model()["anger"]
    assert unseconded(CALM_FEELING, spans, [], anger) == set(spans)
    own = frozenset(s.reason for s in spans)
    assert unseconded(CALM_FEELING, spans, [], anger, own) == set()


def test_only_the_costliest_rules_need_a_second_signal() -> None:
    reasons = weak_reasons()
    by_name = {r.name: r.reason for r in shipped_rules().rules}
    assert by_name["angry-words"] in reasons
    assert by_name["harsh-laughter"] in reasons
    for name in ("talking-over", "praise-complaint", "quoted-back", "sarcasm"):
        assert by_name[name] not in reasons


def test_a_lone_accusation_still_stands_alone() -> None:
    # talking-over is not a weak rule: alone, on a sentence read as calm, it stands.
    # (The shipped model's reading of this sentence: tests/unit/test_tone_exception_edges.py.)
    text = "Thanks. You talked over every candidate I met in the waiting room."
    assert "anger" in _kinds(text, model=CALM)


SYMPATHY = (
    "Hi Jen,\n\nThanks for the update. Your team had the worst week with the server outage, "
    "so I understand the delay.\n\nBest,\nTariq"
)


def test_vader_alone_is_no_finding_while_the_anger_model_is_on() -> None:
    assert _kinds(SYMPATHY) == set()


def test_vader_is_still_the_fallback_for_the_rules_alone() -> None:
    found = tone.check(SYMPATHY, model={})
    assert [f.text for f in found if f.kind == "anger"] == ["worst"]


RAMBLED = "Hi Jo,\n\nNo need to apologise, I know I rambled and wasted your afternoon.\n\nJade"


def _apology_gated(gate_score: float) -> ToneModel:
    """An apology model whose every sentence passes and whose draft gate reads `gate_score`."""
    bias = math.log(gate_score / (1 - gate_score))
    gate = DraftGate(floor=0.5, bias=bias, weights=(0.0,) * len(FACTS), cut=0.26)
    return {"apology": KindModel(bias=5.0, weights={}, threshold=0.99, gate=gate)}


def test_the_apology_model_speaks_only_where_its_draft_gate_is_sure() -> None:
    assert "apology" not in _kinds(RAMBLED, model=_apology_gated(0.6))
    assert "apology" in _kinds(RAMBLED, model=_apology_gated(0.95))


@pytest.mark.xfail(
    strict=True,
    reason="ml32: the model retrained on every writer (ml31 candidate 2) reads its apology draft"
    " gate at 0.66, under GATE_AT_LEAST's 0.9 (round 14's: about 0.98); held out by writer the"
    " shipped retrain flags 1.32% clean drafts (main 2.07%), apology 99.7 -> 99.5%",
)
def test_the_shipped_apology_gate_is_sure_of_running_oneself_down_after_their_apology() -> None:
    assert "apology" in _kinds(RAMBLED)


def test_an_apology_rule_still_finds_running_oneself_down() -> None:
    text = (
        "Dear Mr Hale,\n\nThank you for your email. I'm so sorry for wasting your time, I was "
        "hopeless in that interview.\n\nRegards,\nFaisal"
    )
    assert "apology" in _kinds(text)
