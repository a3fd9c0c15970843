"""Tests for the tone benches' leave-one-writer-out machinery: folds kept per writer, budgets."""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

from coach.tone_corpus import Draft
from coach.tone_model import MODEL_KINDS, KindModel, shipped_model

BENCH = Path(__file__).parents[2] / "bench"


def bench(name: str) -> ModuleType:
    """A bench script as a module (tone_lowo imports tone_train by name)."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
    return sys.modules[name]


def tiny_sources() -> dict[str, tuple[list, list[Draft]]]:
    """Two writers of two drafts each, one word only the first writer used."""
    train = bench("tone_train")
    drafts = {
        "writer_dev_a": [
            Draft("a1", frozenset({"anger"}), "Your zorblatt process was a farce and a waste."),
            Draft("a2", frozenset(), "Thank you for letting me know about the role."),
        ],
        "writer2_dev_01": [
            Draft("b1", frozenset({"anger"}), "Six weeks of silence was a disgrace, frankly."),
            Draft("b2", frozenset(), "Thanks for the update and good luck with the launch."),
        ],
    }
    return {name: (train.from_drafts(name, ds), ds) for name, ds in drafts.items()}


@pytest.fixture
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.delenv("TONE_FOLDS", raising=False)
    return tmp_path


def test_folds_are_trained_only_for_the_writers_asked_and_kept_one_file_each(
    own_temp: Path,
) -> None:
    train = bench("tone_train")
    data = tiny_sources()
    folds = train.fold_models(data, ["writer_dev"])
    assert set(folds) == {"writer_dev"}
    kept = list(own_temp.glob("tone-fold-*.json"))
    assert [p.name.endswith("-writer_dev.json") for p in kept] == [True]
    # The fold that held the writer out never saw its words.
    assert all("zorblatt" not in f for m in folds["writer_dev"].values() for f in m.weights)
    both = train.fold_models(data, ["writer_dev", "writer2_dev"])
    assert any("zorblatt" in f for m in both["writer2_dev"].values() for f in m.weights)
    assert len(list(own_temp.glob("tone-fold-*.json"))) == 2


def test_a_fold_already_kept_is_read_back_not_trained_again(own_temp: Path) -> None:
    train = bench("tone_train")
    data = tiny_sources()
    train.fold_models(data, ["writer_dev"])
    (path,) = own_temp.glob("tone-fold-*-writer_dev.json")
    marked = {k: {"bias": 1.25, "threshold": 0.5, "weights": {}} for k in MODEL_KINDS}
    path.write_text(json.dumps(marked), encoding="utf-8")
    again = train.fold_models(data, ["writer_dev"])
    assert again["writer_dev"]["anger"].bias == 1.25


def test_a_change_of_data_trains_new_folds(own_temp: Path) -> None:
    train = bench("tone_train")
    data = tiny_sources()
    train.fold_models(data, ["writer_dev"])
    name = "writer2_dev_01"
    more = [*data[name][1], Draft("b3", frozenset(), "I enjoyed meeting the whole team.")]
    data[name] = (train.from_drafts(name, more), more)
    train.fold_models(data, ["writer_dev"])
    assert len(list(own_temp.glob("tone-fold-*-writer_dev.json"))) == 2


def test_budgets_give_one_share_anger_alone_or_a_mix_per_kind() -> None:
    lowo = bench("tone_lowo")
    found = lowo.budgets([0.002], [0.005], ["anger=0.01,begging=0.001"], 0.002)
    assert found[0] == 0.002
    assert found[1] == {"anger": 0.005, "begging": 0.002, "public": 0.002, "apology": 0.002}
    assert found[2] == {"anger": 0.01, "begging": 0.001, "public": 0.002, "apology": 0.002}
    with pytest.raises(SystemExit, match="shouting"):
        lowo.budgets([], [], ["shouting=0.1"], 0.002)


def test_each_kind_is_cut_at_its_own_budget() -> None:
    lowo = bench("tone_lowo")
    clean = [
        lowo.Verdict(
            Draft(f"c{n}", frozenset(), "x"),
            "writer2_dev",
            frozenset(),
            {k: n / 1000 for k in MODEL_KINDS},
        )
        for n in range(1000)
    ]
    cuts = lowo.cuts_without(
        clean, "writer_dev", {**dict.fromkeys(MODEL_KINDS, 0.0), "anger": 0.01}
    )
    # Anger may flag ten of the thousand clean peaks, the others none.
    assert sum(v.peaks["anger"] >= cuts["anger"] for v in clean) == 10
    assert sum(v.peaks["begging"] >= cuts["begging"] for v in clean) == 0


def test_a_per_writer_budget_takes_the_median_writers_cut() -> None:
    train = bench("tone_train")
    # Three writers' clean peaks: one writer with many warm drafts scoring high.
    by_writer = {
        "calm": [0.1, 0.2, 0.990, 0.995],
        "middle": [0.3, 0.4, 0.992, 0.997],
        "warm": [0.9990, 0.9992, 0.9995, 0.9999],
    }
    one = train.held_out_cut(by_writer, train.Alarms(1))
    # Each writer's cut lets one clean draft through; the middle writer's cut is the median.
    assert 0.992 < one < 0.993
    assert sum(p >= one for p in by_writer["middle"]) == 1
    none = train.held_out_cut(by_writer, train.Alarms(0))
    assert 0.997 < none < 0.9971
    # A pooled share of the same peaks is pulled up by the warm writer alone.
    pooled = train.held_out_cut(by_writer, 1 / 12)
    assert pooled > 0.999
    # One more warm writer barely moves the median of three or four.
    more = {**by_writer, "warmer": [0.9991, 0.9993, 0.9996, 0.99995]}
    assert train.held_out_cut(more, train.Alarms(1)) < 0.9990


def test_the_per_writer_anger_budget_reaches_the_leave_one_out_cuts() -> None:
    lowo = bench("tone_lowo")
    train = bench("tone_train")
    found = lowo.budgets([], [], [], 0.002, [1])
    assert found == ({**dict.fromkeys(MODEL_KINDS, 0.002), "anger": train.Alarms(1)},)

    def clean(writer: str, peaks: list[float]) -> list:
        return [
            lowo.Verdict(
                Draft(f"{writer}{n}", frozenset(), "x"),
                writer,
                frozenset(),
                {k: p for k in MODEL_KINDS},
            )
            for n, p in enumerate(peaks)
        ]

    verdicts = clean("writer2_dev", [0.1, 0.99, 0.995]) + clean(
        "writer3_frozen", [0.2, 0.98, 0.999]
    )
    verdicts += clean("writer_dev", [0.99999, 0.99998])  # held out: never sets its own cut
    cuts = lowo.cuts_without(verdicts, "writer_dev", found[0])
    # The two others' cuts (one clean draft each) are 0.99 and 0.98: their median between.
    assert 0.98 < cuts["anger"] < 0.99


def test_a_per_writer_budget_never_cuts_under_its_floor() -> None:
    train = bench("tone_train")
    by_writer = {"a": [0.1, 0.9, 0.95], "b": [0.2, 0.8, 0.96]}
    assert train.held_out_cut(by_writer, train.Alarms(1)) < 0.95
    assert train.held_out_cut(by_writer, train.Alarms(1, floor=0.997)) == 0.997
    lowo = bench("tone_lowo")
    (found,) = lowo.budgets([], [], [], 0.002, [1], 0.997)
    assert found["anger"] == train.Alarms(1, 0.997)


def test_writers_are_grouped_each_once_about_evenly_and_the_same_way_every_time() -> None:
    train = bench("tone_train")
    sizes = {
        "writer_dev": 9,
        "writer2_dev": 5,
        "writer4_dev": 4,
        "writer6a_dev": 3,
        "writer7a_dev": 1,
    }
    data = {
        f"{w}_01": ([], [Draft(f"{w}{n}", frozenset(), "x") for n in range(size)])
        for w, size in sizes.items()
    }
    data["i11-hand"] = ([], [Draft("i", frozenset(), "x")] * 50)  # always trained on
    groups = train.writer_groups(data, 2)
    assert len(groups) == 2
    members = sorted(w for ws in groups.values() for w in ws)
    assert members == sorted(sizes)  # every outside writer once, i11 never
    totals = sorted(sum(sizes[w] for w in ws) for ws in groups.values())
    assert totals == [10, 12]  # largest first, each into the lighter group (9+3, 5+4+1)
    assert train.writer_groups(data, 2) == groups
    # A group's name says which writers it holds, so a kept fold is never read for another.
    assert train.writer_groups(data, 3).keys().isdisjoint(groups.keys())
    assert train.writer_groups(data, 0) == {w: frozenset({w}) for w in sizes}


def test_a_group_fold_never_saw_any_of_its_writers_and_each_gets_it(own_temp: Path) -> None:
    train = bench("tone_train")
    data = tiny_sources()
    both = {"group1of1-x": frozenset({"writer_dev", "writer2_dev"})}
    one = {"group1of1-y": frozenset({"writer_dev"})}
    folds = train.fold_models(data, groups=one)
    assert set(folds) == {"writer_dev"}
    assert all("zorblatt" not in f for m in folds["writer_dev"].values() for f in m.weights)
    folds = train.fold_models(data, groups=both)
    assert folds["writer_dev"] is folds["writer2_dev"]
    assert all(
        "zorblatt" not in f and "disgrace" not in f
        for m in folds["writer_dev"].values()
        for f in m.weights
    )
    assert [p.name.endswith("-group1of1-x.json") for p in own_temp.glob("*-x.json")] == [True]


def test_records_made_in_processes_are_those_of_one_process_in_the_same_order() -> None:
    stack = bench("tone_stack")
    model = {k: KindModel(bias=0.0, weights={"v:-": 2.0}, threshold=0.5) for k in MODEL_KINDS}
    work = [(name, drafts, model) for name, (_, drafts) in tiny_sources().items()]
    alone = stack.records_of(work, 1)
    assert [r.id for r in alone] == ["a1", "a2", "b1", "b2"]
    assert stack.records_of(work, 2) == alone


def test_an_operating_point_names_budgets_and_floors_and_keeps_the_rest() -> None:
    stack = bench("tone_stack")
    budgets, floors = stack.parse_point("anger=0.002,anger_floor=0.98,apology=A1")
    assert budgets["anger"] == 0.002
    assert budgets["apology"] == bench("tone_train").Alarms(1)
    assert budgets["public"] == stack.BUDGETS["public"]
    assert floors == {**stack.FLOORS, "anger": 0.98}
    assert stack.parse_point("") == (stack.BUDGETS, stack.FLOORS)


def test_the_grouped_frontier_judges_each_group_by_gates_that_never_saw_its_labels() -> None:
    stack = bench("tone_stack")

    def one(writer: str, n: int, angry_when_high: bool) -> object:
        p = 0.9 + 0.0033 * n
        angry = (p > 0.95) == angry_when_high
        scored = ((0, 9, "anger", p, frozenset({"v:-"} if n % 3 else set())),)
        kinds = frozenset({"anger"}) if angry else frozenset()
        return stack.Record(f"{writer}-{n}", writer, kinds, frozenset(), scored, frozenset())

    # w1 reads the other way round from w2 and w3: gates that learnt from its
    # labels would judge it quite differently from gates that never saw them.
    records = [one(w, n, w != "w1") for w in ("w1", "w2", "w3") for n in range(30)]
    groups = {"g1": frozenset({"w1"}), "g2": frozenset({"w2"}), "g3": frozenset({"w3"})}
    budgets = dict.fromkeys(MODEL_KINDS, 0.05)
    judged = stack.nested_over_groups(records, groups, budgets)
    assert sorted(r.id for r, _ in judged) == sorted(r.id for r in records)
    others = stack.train_gates([r for r in records if r.writer != "w1"], budgets)
    mine = [got for r, got in judged if r.writer == "w1"]
    assert mine == [stack.gated_kinds(r, others) for r in records if r.writer == "w1"]
    assert any("anger" in got for got in mine)


def test_the_benches_drop_the_anger_the_check_does_not_show_on_a_plain_wish(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import coach.tone as tone

    # The ablation bench swaps two of coach.tone's functions when imported: put them back after.
    monkeypatch.setattr(tone, "_own_reasons", tone._own_reasons)
    monkeypatch.setattr(tone, "_persons_reasons", tone._persons_reasons)
    stack = bench("tone_stack")
    ablation = bench("tone_rule_ablation")
    text = "Thanks for letting me know. Best of luck finding your person!"
    scored = ((0, 27, "anger", 0.2, frozenset()), (28, len(text), "anger", 0.99, frozenset()))
    gates = {"anger": stack.DraftGate(0.9, 30.0, (0.0,) * len(stack.FACTS), 0.5)}
    alone = stack.Record("w-1", "w", frozenset(), frozenset(), scored, frozenset(), True)
    plain = stack.Record("w-2", "w", frozenset(), frozenset(), scored, frozenset())
    assert stack.gated_kinds(alone, gates) == frozenset()
    assert ablation.model_kinds(alone, gates) == frozenset()
    assert stack.gated_kinds(plain, gates) == {"anger"}
    # A model that reads the wish, and nothing else, as anger (not the shipped model's
    # reading: a retrain may read the wish as calm, and the record must still mark it).
    gate = shipped_model()["anger"].gate
    reads_wish = {"anger": KindModel(bias=-6.0, weights={"p:wish": 12.0}, threshold=0.9, gate=gate)}
    assert stack.record("w-3", "w", frozenset(), text, reads_wish).wish_alone
    jab = "Thanks for letting me know. Your process was awful. Best of luck finding your person!"
    assert not stack.record("w-4", "w", frozenset(), jab, reads_wish).wish_alone


def test_the_every_writer_group_is_the_model_trained_on_every_sentence(own_temp: Path) -> None:
    # fit_all takes the shipped weights from the folds' pool: they must be train()'s own.
    train = bench("tone_train")
    data = tiny_sources()
    found = train.group_models(data, {train.EVERY_WRITER: frozenset()})
    alone = train.train([s for rows, _ in data.values() for s in rows])
    for kind in MODEL_KINDS:
        assert found[train.EVERY_WRITER][kind].bias == alone[kind].bias
        assert found[train.EVERY_WRITER][kind].weights == alone[kind].weights
    assert any("zorblatt" in f for f in found[train.EVERY_WRITER]["anger"].weights)


def test_a_raised_gate_drops_only_the_models_own_finding_of_that_kind() -> None:
    held = bench("tone_held_whole")
    row = {
        "kinds": [],
        "found": ["anger"],
        "sources": ["anger:model"],
        "gates": {"anger": 0.9},
    }
    assert held.at_cut(row, "anger", 0.95)["found"] == []
    assert held.at_cut(row, "anger", 0.85)["found"] == ["anger"]
    both = {**row, "sources": ["anger:model", "anger:quoted-back"]}
    assert held.at_cut(both, "anger", 0.95)["found"] == ["anger"]
    other = {**row, "found": ["anger", "public"], "sources": ["anger:model", "public:model"]}
    assert held.at_cut(other, "anger", 0.95)["found"] == ["public"]
