"""The draft-level decision: a lone source's findings stand only where the draft bears them out."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from coach import tone, tone_decision
from coach.tone_decision import (
    FACTS,
    GROUPS,
    Decision,
    lone_facts,
    shipped_decisions,
    stands,
)
from coach.tone_model import shipped_model
from coach.tone_own import own_rules
from coach.tone_structure import Span

JAB = "Honestly the scheduling was a shambles on the day"
# One rule's hit, the draft's only finding, in a long letter that is warm all round.
LONG_WARM = (
    "Dear Priya,\n\nThank you for letting me know, and for the time you and the panel gave "
    "me last week. I enjoyed hearing about the new studio and the plans for the spring "
    f"season. {JAB}, but everyone I met was kind and the conversation more than made up "
    "for it. I have learned a lot from the process and I will keep an eye on your vacancies "
    "page. Please pass my thanks to Tom as well. I wish you and the team every success with "
    "the launch.\n\nBest regards,\nSam"
)
# The model's finding, the draft's only one (found by looking: the shipped model reads
# this warm line as sarcasm, an edge of tests/unit/test_tone_principles11.py).
MODEL_ALONE = "I was impressed by how you handled my questions."


@pytest.fixture
def decision_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hit veto and the second signal keep every hit: what goes, the decision drops."""
    monkeypatch.setattr(tone, "hit_vetoed", lambda *_a, **_k: set())
    monkeypatch.setattr(tone, "unseconded", lambda *_a, **_k: set())


def kinds(text: str, **options: object) -> set[str]:
    return {f.kind for f in tone.check(text, **options)}  # type: ignore[arg-type]


def test_a_lone_rule_hit_in_a_long_warm_letter_does_not_stand() -> None:
    assert kinds(LONG_WARM) == set()


@pytest.mark.usefixtures("decision_alone")
def test_the_decision_itself_drops_the_lone_hit_in_a_long_warm_letter() -> None:
    assert kinds(LONG_WARM) == set()


def test_the_same_hit_in_a_short_reply_stands() -> None:
    assert kinds(f"{JAB}.") == {"anger"}
    assert kinds(f"Dear Priya,\n\nThank you for letting me know. {JAB}.\n\nSam") == {"anger"}


@pytest.mark.usefixtures("decision_alone")
def test_the_lone_hit_stands_where_another_source_agrees() -> None:
    # An unfilled slot is a second source: nothing is lone, so every finding stands.
    found = tone.check(LONG_WARM.replace("Dear Priya", "Dear [Name]"))
    assert {f.kind for f in found} == {"anger", "placeholder"}
    assert [f.text for f in found if f.kind == "anger"] == ["shambles"]


def test_the_models_lone_finding_is_weighed_only_where_its_cut_is_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Shipped at 0: on the model-blind writers 15-24 a cut of 0.7 freed 30 clean drafts
    # for 49 angry ones lost (op28's report), so the model's lone finding stands.
    assert shipped_decisions()["lone_model"].cut == 0
    assert "anger" in kinds(MODEL_ALONE)
    raised = dict(shipped_decisions())
    # A cut no reading meets: the finding goes only if the decision weighs it at all.
    raised["lone_model"] = dataclasses.replace(raised["lone_model"], cut=1.0)
    monkeypatch.setattr(tone_decision, "shipped_decisions", lambda: raised)
    assert "anger" not in kinds(MODEL_ALONE)


def test_a_persons_own_rule_always_stands(tmp_path: Path) -> None:
    (tmp_path / "tone.toml").write_text(
        '[[rule]]\nkind = "anger"\nreason = "my own word"\nsuggestion = "Leave it."\n'
        'any = ["scheduling"]\n',
        encoding="utf-8",
    )
    rules = own_rules(tmp_path).rules
    found = tone.check(LONG_WARM.replace("a shambles", "late"), rules=rules)
    assert [f.reason for f in found] == ["my own word"]


def test_the_rules_alone_are_not_decided() -> None:
    # Learned on the shipped model's readings: with no model it has nothing to weigh.
    assert "anger" in kinds(LONG_WARM, model={})


def test_only_a_lone_source_is_asked_about() -> None:
    model = shipped_model()
    a = Span(0, 5, "anger", "reason one", "")
    b = Span(10, 15, "anger", "reason two", "")
    text = "x" * 40
    assert lone_facts(text, [a, b], frozenset(), [], {}, model) is None
    assert lone_facts(text, [a], frozenset(), ["placeholder"], {}, model) is None
    assert lone_facts(text, [], frozenset(), [], {}, model) is None
    group, kind, facts = lone_facts(text, [a, a], frozenset(), [], {}, model) or ("", "", [])
    assert (group, kind, len(facts)) == ("lone_rule", "anger", len(FACTS))
    found = lone_facts(text, [a], frozenset({a}), [], {}, model)
    assert found is not None and found[0] == "lone_model"


@pytest.mark.parametrize(("bias", "expected"), [(2.0, True), (-2.0, False)])
def test_a_lone_source_stands_from_its_groups_cut(bias: float, expected: bool) -> None:
    decisions = {g: Decision(bias, (0.0,) * len(FACTS), 0.5) for g in GROUPS}
    lone = ("lone_rule", "anger", [0.0] * len(FACTS))
    assert stands(lone, decisions) is expected
    assert stands(None, decisions)


def test_the_shipped_weights_fit_the_facts() -> None:
    for group in GROUPS:
        decision = shipped_decisions()[group]
        assert len(decision.weights) == len(FACTS)
        assert 0 <= decision.cut < 1
