"""The second opinion on the weak anger rules' hits: what it lets go, what it never touches."""

from __future__ import annotations

import pytest

from coach import tone_hit_veto
from coach.tone import check
from coach.tone_hit_veto import hit_vetoed, rule_names
from coach.tone_wording import wording

# Their praise of the writer's work, quoted, with thanks or gladness before it,
# in a warm reply: the rules flag the quote, the second opinion lets it go.
KEPT_PRAISE = (
    "Dear Dr Sato,\n\nThank you for the decision. I was glad to hear the panel thought my "
    'poster was "a model of clarity". I will keep improving my methods section.\n\n'
    "Kind regards,\nLeo"
)
# Their slight of the writer, quoted with mock thanks: it stands.
KEPT_SLIGHT = (
    "Hi Marta,\n\nThank you for letting me know. I especially appreciated hearing that my "
    'eight years on the ward were "a promising start". I\'ll keep that in mind.\n\nBest,\nJonas'
)
# A sarcastic turn said plainly in the sentence after the quote: it stands.
TURNED = (
    'Hi Lucy,\n\nYou told me you "never ghost candidates". Apparently I am the exception, '
    "after five weeks of silence.\n\nEllis"
)


def _anger(text: str, **kwargs: object) -> list[str]:
    return [f.text for f in check(text, **kwargs) if f.kind == "anger"]  # type: ignore[arg-type]


def _quoted_hits(text: str) -> list[object]:
    names = rule_names()
    return [s for s in wording(text) if s.kind == "anger" and names.get(s.reason) == "quoted-back"]


def test_kept_praise_is_let_go_though_the_rules_flag_it() -> None:
    assert _quoted_hits(KEPT_PRAISE)
    assert _anger(KEPT_PRAISE, model={}) == ['"a model of clarity"']  # the rules alone
    assert _anger(KEPT_PRAISE) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            KEPT_SLIGHT,
            marks=pytest.mark.xfail(
                strict=True,
                reason="ml32: the model retrained on every writer reads the quoting sentence at"
                " 0.29 (round 14: 0.41), under the quoted-back rule's confirm (0.3), so the"
                " model's veto drops the hit before the second opinion sees it; three sarcastic"
                " quotes of writer25_frozen go the same way held out",
            ),
        ),
        TURNED,
    ],
)
def test_a_quoted_slight_or_a_turn_after_it_still_stands(text: str) -> None:
    assert _quoted_hits(text)
    assert _anger(text)


def test_the_rules_alone_never_ask_the_second_opinion() -> None:
    spans = wording(KEPT_PRAISE)
    assert hit_vetoed(KEPT_PRAISE, spans)  # asked, it lets the quote go
    assert _anger(KEPT_PRAISE, model={})  # the rules alone keep it


def _fake(monkeypatch: pytest.MonkeyPatch, bias: float, threshold: float, rules: list[str]) -> None:
    one = {"thresholds": dict.fromkeys(rules, threshold), "bias": bias, "weights": {}}
    monkeypatch.setattr(tone_hit_veto, "shipped_hit_model", lambda: {"models": [one]})


def test_a_hit_stands_at_the_threshold_and_goes_just_under_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spans = wording(KEPT_SLIGHT)
    # A bias of 0 scores every hit at exactly 0.5.
    _fake(monkeypatch, 0.0, 0.5, ["quoted-back"])
    assert not hit_vetoed(KEPT_SLIGHT, spans)
    _fake(monkeypatch, -0.01, 0.5, ["quoted-back"])
    assert hit_vetoed(KEPT_SLIGHT, spans)


def test_only_the_rules_it_was_trained_for_are_judged(monkeypatch: pytest.MonkeyPatch) -> None:
    spans = wording(KEPT_SLIGHT)
    _fake(monkeypatch, -30.0, 0.5, ["sarcasm-shape"])
    assert not hit_vetoed(KEPT_SLIGHT, spans)
    angry = "Thank you for letting me know. I am fed up with waiting, frankly."
    _fake(monkeypatch, -30.0, 0.5, ["quoted-back", "sarcasm-shape"])
    assert not hit_vetoed(angry, wording(angry))  # angry-words: never judged


def test_a_persons_own_rule_is_never_overruled(monkeypatch: pytest.MonkeyPatch) -> None:
    spans = wording(KEPT_SLIGHT)
    _fake(monkeypatch, -30.0, 0.5, ["quoted-back"])
    reason = next(r for r, name in rule_names().items() if name == "quoted-back")
    assert hit_vetoed(KEPT_SLIGHT, spans)
    assert not hit_vetoed(KEPT_SLIGHT, spans, frozenset({reason}))


def test_the_shipped_weights_judge_the_weak_anger_rules_only() -> None:
    judged = tone_hit_veto.judged_rules()
    weak = {"quoted-back", "sarcasm-shape", "sarcasm-idioms", "sarcasm", "harsh-judgement"}
    assert set(judged) <= weak
    assert {"quoted-back", "sarcasm-shape"} <= set(judged)
    assert all(0 < cut < 0.5 for _model, cut in judged.values())


def test_each_family_of_rules_is_scored_by_its_own_model(monkeypatch: pytest.MonkeyPatch) -> None:
    spans = wording(KEPT_SLIGHT)
    # The quote's family would let it go; only another family's model is lenient.
    strict = {"thresholds": {"quoted-back": 0.5}, "bias": 30.0, "weights": {}}
    lenient = {"thresholds": {"sarcasm": 0.5}, "bias": -30.0, "weights": {}}
    monkeypatch.setattr(tone_hit_veto, "shipped_hit_model", lambda: {"models": [strict, lenient]})
    assert not hit_vetoed(KEPT_SLIGHT, spans)
    strict["bias"] = -30.0
    assert hit_vetoed(KEPT_SLIGHT, spans)
