"""Fifteenth round: for anger, pleas and apologies the model overrules what it all but rules out."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach import tone
from coach.tone_model import MODEL_KINDS, VETO_BELOW, KindModel, ToneModel
from coach.tone_own import own_rules

# Plain sentences (no warm words) that a shipped rule of each kind reads.
PLAIN = {
    "anger": "Your process was a joke.",
    "begging": "Please reconsider and give me another chance.",
    "apology": "I was an idiot in the interview.",
    "public": "I will tell everyone I know how you treated me.",
}


def _model(bias: float) -> ToneModel:
    """A model that never flags a sentence itself and reads every one at one score."""
    return {k: KindModel(bias=bias, weights={}, threshold=2.0, confirm=0.3) for k in MODEL_KINDS}


# Just under and just over VETO_BELOW (0.01): about 0.0067 and 0.0180.
ALL_BUT_RULED_OUT = _model(-5.0)
DOUBTFUL = _model(-4.0)


def _kinds(text: str, model: ToneModel, **kwargs: object) -> set[str]:
    return {f.kind for f in tone.check(text, model=model, **kwargs)}  # type: ignore[arg-type]


def test_the_scores_sit_either_side_of_the_veto() -> None:
    assert ALL_BUT_RULED_OUT["anger"].probability([]) < VETO_BELOW
    assert DOUBTFUL["anger"].probability([]) > VETO_BELOW


def test_a_plain_sentence_the_model_all_but_rules_out_is_not_flagged() -> None:
    # Not warm, so the old veto (warm sentences only) let each of these stand.
    for kind in ("anger", "begging", "apology"):
        assert kind not in _kinds(PLAIN[kind], ALL_BUT_RULED_OUT), kind


def test_a_plain_sentence_the_model_only_doubts_still_stands() -> None:
    for kind in ("begging", "apology"):
        assert kind in _kinds(PLAIN[kind], DOUBTFUL), kind
    # op27: a harsh word alone in a sentence the model does not lean to needs a
    # second signal (coach/tone_second.py); beside a plea it stands.
    assert "anger" not in _kinds(PLAIN["anger"], DOUBTFUL)
    assert "anger" in _kinds(f"{PLAIN['anger']} {PLAIN['begging']}", DOUBTFUL)


def test_the_rules_alone_are_untouched() -> None:
    for kind, text in PLAIN.items():
        assert kind in _kinds(text, {}), kind


def test_a_threat_to_go_public_stands_however_low_the_model_reads_it() -> None:
    # Held out, flooring public lost more threats than it freed clean drafts.
    assert "public" in _kinds(PLAIN["public"], ALL_BUT_RULED_OUT)


def test_a_persons_own_rule_stands_in_a_plain_sentence_too(tmp_path: Path) -> None:
    (tmp_path / "tone.toml").write_text(
        '[[rule]]\nkind = "begging"\nreason = "my own plea"\nsuggestion = "Say thanks."\n'
        'any = ["the panel"]\n',
        encoding="utf-8",
    )
    rules = own_rules(tmp_path).rules
    found = tone.check("Ask the panel once more.", model=ALL_BUT_RULED_OUT, rules=rules)
    assert [f.reason for f in found if f.kind == "begging"] == ["my own plea"]


def test_near_misses_pass_and_the_real_thing_stands_with_the_shipped_model() -> None:
    # A chance that is not theirs to give.
    bus = "Thank you for the news.\nI will take another chance on the bus timetable next time.\n"
    assert "begging" not in {f.kind for f in tone.check(bus)}
    plea = "Thank you for your time.\nPlease could you give me another chance at the final round?\n"
    down = "Thanks for letting me know.\nI am sorry I was such a disappointment in the interview.\n"
    assert "begging" in {f.kind for f in tone.check(plea)}
    assert "apology" in {f.kind for f in tone.check(down)}


@pytest.mark.xfail(
    strict=True,
    reason="ml32: the model retrained on every writer reads the sentence at 0.04 apology (round"
    " 14: 0.001), over the veto's floor (0.01), so the rule's hit stands; held out the"
    " retrain keeps apology at 99.5% (99.7%) and frees 106 clean drafts for 43 newly flagged",
)
def test_a_childhood_hobby_laughed_at_is_no_apology_with_the_shipped_model() -> None:
    chess = "Thank you for the news.\nI was hopeless at chess as a child but I still play.\n"
    assert "apology" not in {f.kind for f in tone.check(chess)}
