"""Tests for the draft gate: the second look at a whole draft before a model finding is shown."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest

from coach import tone
from coach.tone_draft_gate import FACTS, DraftGate, draft_facts, gates_from_json, log_odds
from coach.tone_model import MODEL_KINDS, from_json, model_spans, shipped_model
from tests.unit.test_tone_bench import bench

JAB = "Your process was a farce and a complete waste of my time."
CALM = "Thank you for letting me know about the decision."

NEVER = DraftGate(floor=0.0, bias=-30.0, weights=(0.0,) * len(FACTS), cut=0.5)
ALWAYS = DraftGate(floor=0.0, bias=30.0, weights=(0.0,) * len(FACTS), cut=0.5)


def scored(*rows: tuple[int, str, float, set[str]]) -> list[tuple[int, int, str, float, set[str]]]:
    """Scored sentences as sentence_scores yields them, each 10 characters long."""
    return [(start, start + 10, kind, p, feats) for start, kind, p, feats in rows]


def test_a_draft_with_no_sentence_of_the_kind_over_the_floor_has_no_facts() -> None:
    rows = scored((0, "anger", 0.4, set()), (20, "begging", 0.99, set()))
    assert draft_facts("anger", rows, floor=0.5) is None
    assert draft_facts("public", rows, floor=0.5) is None
    assert draft_facts("anger", rows, floor=0.3) is not None


def test_the_facts_describe_the_top_sentence_and_the_draft_around_it() -> None:
    rows = scored(
        (0, "anger", 0.6, {"v:+", "p:thanks"}),
        (20, "anger", 0.99, {"v:-", "t:you", "f:question"}),
        (20, "begging", 0.7, {"v:-", "t:you", "f:question"}),
        (40, "anger", 0.2, {"t:me"}),
    )
    facts = dict(
        zip(FACTS, draft_facts("anger", rows, floor=0.5, ruled={"public"}) or [], strict=True)
    )
    assert facts["top"] == pytest.approx(log_odds(0.99))
    assert facts["second"] == pytest.approx(log_odds(0.6))
    assert facts["over"] == 2  # 0.99 and 0.6 pass the floor, 0.2 does not
    assert facts["other"] == pytest.approx(log_odds(0.7))
    assert facts["same_other"] == pytest.approx(log_odds(0.7))
    assert facts["ruled"] == 1.0
    assert facts["sentences"] == pytest.approx(math.log(4))  # three sentences judged
    assert facts["warm_share"] == pytest.approx(1 / 3)
    assert facts["sour_share"] == pytest.approx(1 / 3)
    assert (facts["top_sour"], facts["top_warm"], facts["top_them"]) == (1.0, 0.0, 1.0)
    assert (facts["top_question"], facts["thanks"], facts["top_last"]) == (1.0, 1.0, 0.0)
    assert facts["mean"] == pytest.approx((log_odds(0.6) + log_odds(0.99) + log_odds(0.2)) / 3)


def test_the_top_sentence_is_last_only_when_no_judged_sentence_follows_it() -> None:
    first = scored((0, "anger", 0.9, set()), (20, "anger", 0.6, set()))
    last = scored((0, "anger", 0.6, set()), (20, "anger", 0.9, set()))
    at = FACTS.index("top_last")
    assert (draft_facts("anger", first, 0.5) or [])[at] == 0.0
    assert (draft_facts("anger", last, 0.5) or [])[at] == 1.0


def test_a_rule_of_the_same_kind_is_not_another_kind_ruled() -> None:
    rows = scored((0, "anger", 0.9, set()))
    facts = draft_facts("anger", rows, floor=0.5, ruled={"anger"})
    assert facts is not None and facts[FACTS.index("ruled")] == 0.0


def test_a_gate_stands_only_at_or_over_its_cut_and_never_without_facts() -> None:
    gate = DraftGate(floor=0.5, bias=0.0, weights=(1.0,) + (0.0,) * (len(FACTS) - 1), cut=0.5)
    facts = [0.0] * len(FACTS)
    assert gate.stands(facts)  # exactly 0.5
    facts[0] = -0.1
    assert not gate.stands(facts)
    assert not gate.stands(None)


def test_a_gate_that_never_stands_silences_the_kind_whatever_the_sentence_scores() -> None:
    model = shipped_model()
    open_door = {k: dataclasses.replace(m, threshold=0.0, gate=None) for k, m in model.items()}
    assert any(s.kind == "anger" for s in model_spans(JAB, [], open_door))
    shut = dict(open_door, anger=dataclasses.replace(open_door["anger"], gate=NEVER))
    spans = model_spans(JAB, [], shut)
    assert not any(s.kind == "anger" for s in spans)


def test_a_gate_that_stands_shows_the_top_sentence_with_its_reason_and_alternative() -> None:
    model = shipped_model()
    # No sentence reaches this threshold: only the gate can show one.
    strict = {k: dataclasses.replace(m, threshold=1.5, gate=None) for k, m in model.items()}
    text = f"{CALM} {JAB}"
    assert model_spans(text, [], strict) == []
    opened = dict(strict, anger=dataclasses.replace(strict["anger"], gate=ALWAYS))
    (span,) = model_spans(text, [], opened)
    assert span.kind == "anger"
    assert text[span.start : span.end] == JAB  # the top sentence, not the calm one
    assert span.reason and span.suggestion


def test_the_shipped_model_has_a_gate_for_every_wording_kind() -> None:
    model = shipped_model()
    for kind in MODEL_KINDS:
        gate = model[kind].gate
        assert gate is not None, kind
        assert len(gate.weights) == len(FACTS)
        assert 0.0 < gate.floor < 1.0 and 0.0 <= gate.cut < 1.0


def test_gates_go_to_json_and_back_unchanged() -> None:
    train = bench("tone_train")
    gate = DraftGate(0.5, -1.25, tuple(float(i) / 7 for i in range(len(FACTS))), 0.375)
    model = {k: dataclasses.replace(m, gate=gate) for k, m in shipped_model().items()}
    back = from_json(json.loads(train.to_json(model, ["x"]))["kinds"])
    assert all(back[k].gate == gate for k in MODEL_KINDS)
    row = json.loads(json.dumps(dataclasses.asdict(gate)))
    assert gates_from_json({"anger": row}) == {"anger": gate}


def test_the_gates_fit_learns_the_fact_that_separates_the_drafts() -> None:
    stack = bench("tone_stack")
    xs = [[float(i % 7), float(i % 2)] for i in range(200)]
    ys = [int(x[1] == 1.0) for x in xs]  # the second fact decides, the first is noise
    _bias, (noise, signal) = stack.fit(xs, ys, l2=0.1)
    assert signal > 5 and abs(noise) < 0.5


def record(stack, writer: str, n: int, kinds: frozenset[str], p: float):  # type: ignore[no-untyped-def]
    rows = ((0, 10, "anger", p, frozenset({"t:you"})),)
    return stack.Record(f"{writer}-{n}", writer, kinds, frozenset(), rows, frozenset())


def test_a_gates_cut_lets_the_median_writer_flag_only_what_its_budget_allows() -> None:
    stack, train = bench("tone_stack"), bench("tone_train")
    records = []
    for w in ("a", "b", "c"):
        records += [record(stack, w, i, frozenset({"anger"}), 0.99) for i in range(20)]
        records += [record(stack, w, 100 + i, frozenset(), 0.6 + i / 100) for i in range(20)]
    budgets = dict.fromkeys(MODEL_KINDS, 0.0) | {"anger": train.Alarms(1)}
    gates = stack.train_gates(records, budgets, floors=dict.fromkeys(MODEL_KINDS, 0.5))
    for w in "abc":
        flagged = [r for r in records if r.writer == w and not r.kinds]
        assert sum("anger" in stack.gated_kinds(r, gates) for r in flagged) <= 1
    caught = [r for r in records if r.kinds and "anger" in stack.gated_kinds(r, gates)]
    assert len(caught) == 60
    # Under the floor nothing reaches the gate, whatever its budget.
    high = stack.train_gates(records, budgets, floors=dict.fromkeys(MODEL_KINDS, 0.995))
    assert not any("anger" in stack.gated_kinds(r, high) for r in records)


def test_the_check_with_a_shut_gate_keeps_the_rules_findings() -> None:
    model = {k: dataclasses.replace(m, gate=NEVER) for k, m in shipped_model().items()}
    text = "I will be posting about this on LinkedIn so everyone knows how you treat people."
    assert {f.kind for f in tone.check(text, model=model)} >= {"public"}
