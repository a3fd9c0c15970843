"""Tests for the learned sentence model: weights, cues, and how it holds on another writer."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from coach import tone
from coach.tone import check
from coach.tone_corpus import load, score
from coach.tone_model import MODEL_FILE, MODEL_KINDS, KindModel, model_spans, shipped_model

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "tests" / "data" / "tone"
# The writer's sets present when the floors below were measured; later sets
# are dev data too, but would move the figures.
WRITER_SETS = [CORPUS / f"writer_dev_{letter}.toml" for letter in "abcdefghi"]


def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tone_train", ROOT / "bench" / "tone_train.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules.
    sys.modules.setdefault("tone_train", module)
    spec.loader.exec_module(module)
    return sys.modules["tone_train"]


def test_the_shipped_model_has_every_wording_kind_and_a_sane_threshold() -> None:
    model = shipped_model()
    assert set(model) == set(MODEL_KINDS)
    for kind_model in model.values():
        assert 0.5 <= kind_model.threshold < 1
        assert len(kind_model.weights) > 100
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["by"] == "bench/tone_train.py"
    assert any(name.startswith("writer_dev") for name in data["trained_on"])


def test_a_model_finding_names_its_sentence_a_reason_and_a_calmer_alternative() -> None:
    text = (
        "Hi Sam,\n\nThanks for finally getting back to me. Six weeks of silence and then a "
        "two-line form email is certainly one way to treat candidates.\n\nJo"
    )
    found = [f for f in check(text) if f.kind == "anger"]
    assert found, check(text)
    for finding in found:
        assert finding.text and finding.text in text
        assert finding.reason and finding.suggestion


def test_the_model_stays_quiet_on_a_sentence_with_no_cue_of_the_kind() -> None:
    # A model that would flag anything: only the cues in content/tone.toml hold it back.
    eager = {kind: KindModel(bias=30.0, weights={}, threshold=0.5) for kind in MODEL_KINDS}
    calm = "Thank you for letting me know about the analyst role."
    # Anger's cue is "all": polite sarcasm often holds none of its words, so
    # the model judges every sentence for it (and only its score holds it back).
    assert {s.kind for s in model_spans(calm, [], eager)} == {"anger"}
    asking = "Thanks for letting me know; could you reconsider and give me another chance?"
    assert {"anger", "begging"} <= {s.kind for s in model_spans(asking, [], eager)}
    assert "public" not in {s.kind for s in model_spans(asking, [], eager)}


def test_a_rule_the_model_must_confirm_stands_only_where_the_model_leans_to_its_kind() -> None:
    quoted = 'Thanks for the "competitive salary" you mentioned.'
    sure = {k: KindModel(bias=30.0, weights={}, threshold=2.0, confirm=0.3) for k in MODEL_KINDS}
    doubtful = {
        k: KindModel(bias=-30.0, weights={}, threshold=2.0, confirm=0.3) for k in MODEL_KINDS
    }
    assert "anger" in {f.kind for f in check(quoted, model=sure)}
    assert "anger" not in {f.kind for f in check(quoted, model=doubtful)}
    # With the rules alone (no model), the rule stands as written.
    assert "anger" in {f.kind for f in check(quoted, model={})}


def test_the_model_leaves_one_slow_reply_apology_alone() -> None:
    eager = {kind: KindModel(bias=30.0, weights={}, threshold=0.5) for kind in MODEL_KINDS}
    text = "Hi Ana,\n\nApologies for taking a couple of days to respond. I felt awful and stupid."
    kinds = [f.kind for f in check(text, model=eager) if f.text.startswith("Apologies")]
    assert kinds == [] or "apology" not in kinds


def test_the_rules_alone_still_work_without_the_model() -> None:
    assert {f.kind for f in check("This process was a farce.", model={})} == {"anger"}


# --- how it holds on someone else's words ------------------------------------------------

# Measured once (bench/tone_train.py, the by-writer fold): a model trained on
# i11's sets only, with the thresholds that fold's own cross-set choice gave,
# scored on the writer's sets a-i, which neither it nor those thresholds saw.
# These are floors to keep, NOT the targets: on this held-out writer
# the wording kinds are still well under 80% recall. Measured again in the
# fifth round, with contractions spelt out and the situational features
# (coach/tone_shapes.py): anger 83 -> 107 of 154, right kind 353 -> 376 of
# 495, public and apology one draft fewer each (70 -> 69, 80 -> 79).
HELD_OUT_THRESHOLDS = {"anger": 0.9521, "begging": 0.9409, "public": 0.9352, "apology": 0.5}
HELD_OUT_RECALL_FLOORS = {
    "anger": 0.69,  # 107/154 measured (rules alone: about 35%)
    "begging": 0.65,  # 80/122 (rules alone: about 43%)
    "public": 0.71,  # 69/96 (rules alone: about 31%)
    "apology": 0.96,  # 79/82
}
HELD_OUT_RIGHT_KIND_FLOOR = 0.75  # 376/495 measured
HELD_OUT_CLEAN_FLAGGED_MAX = 4  # of 282 clean drafts (1.4%: over the 1% target)


@pytest.fixture(scope="module")
def held_out_score():  # type: ignore[no-untyped-def]
    train = trainer()
    # Only i11's sources are trained on: reading the outside writers' files as well
    # (over 20,000 drafts) cost this fixture most of its half a minute.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys.modules["tone_learn"], "WRITER_GLOBS", ())
        data = train.sources([])
    mine = [s for name, (rows, _) in data.items() if train.writer_of(name) == "i11" for s in rows]
    fitted = train.train(mine)
    model = {
        kind: KindModel(m.bias, m.weights, HELD_OUT_THRESHOLDS[kind]) for kind, m in fitted.items()
    }
    writer = [d for path in WRITER_SETS for d in load(path)]
    return score(lambda text: check(text, model=model), writer, tone.KINDS)


@pytest.mark.parametrize("kind", MODEL_KINDS)
def test_each_wording_kind_holds_its_floor_on_a_writer_it_never_saw(held_out_score, kind) -> None:  # type: ignore[no-untyped-def]
    assert held_out_score.recall(kind) >= HELD_OUT_RECALL_FLOORS[kind], held_out_score.table()


def test_the_held_out_writer_gets_the_right_kind_and_few_false_alarms(held_out_score) -> None:  # type: ignore[no-untyped-def]
    table = held_out_score.table()
    assert held_out_score.flagged_right >= HELD_OUT_RIGHT_KIND_FLOOR, table
    assert len(held_out_score.false_alarms) <= HELD_OUT_CLEAN_FLAGGED_MAX, table


def test_the_model_adds_to_the_rules_on_the_held_out_writer(held_out_score) -> None:  # type: ignore[no-untyped-def]
    writer = [d for path in WRITER_SETS for d in load(path)]
    rules = score(lambda text: check(text, model={}), writer, tone.KINDS)
    for kind in ("anger", "begging", "public"):
        assert held_out_score.recall(kind) > rules.recall(kind) + 0.1, kind


# --- bench/tone.py scores any file of labelled drafts -------------------------------------


def test_the_bench_scores_a_toy_file_of_drafts(tmp_path: Path) -> None:
    toy = tmp_path / "toy.toml"
    toy.write_text(
        '[[draft]]\nid = "t-1"\nkinds = ["anger"]\ntext = """This process was a farce."""\n\n'
        '[[draft]]\nid = "t-2"\nkinds = []\ntext = """Thank you for letting me know."""\n\n'
        '[[draft]]\nid = "t-3"\nkinds = ["placeholder"]\ntext = """Hi (Name), thanks."""\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "tone.py"), "--no-speed", "--file", str(toy)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "3 drafts from" in out
    assert "anger           100.0%  100.0%      1" in out
    assert "begging         100.0%     n/a      0" in out
    assert "clean drafts flagged: 0/1 = 0.0%" in out
    assert "problem drafts with the right kind >= 85%: met" in out
    assert "anger recall >= 80%: met" in out
    assert "begging recall >= 80%: no drafts of this kind" in out


def test_the_bench_says_clearly_when_a_file_is_not_drafts(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("not = [toml", encoding="utf-8")
    for path in (bad, tmp_path / "missing.toml"):
        done = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "tone.py"), "--no-speed", "--file", str(path)],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert str(path.name) in done.stderr or "could not read" in done.stderr


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for [b]six weeks[/b] of [/ x] silence, [@click=app.quit] truly.",
        "😡" * 500,
        "\x00\x01 ﬃ İSTANBUL — weeks " * 200,
        "Thanks. " * 2000,
        "a" * 20000,
        "شكرا لكم على ستة أسابيع من الصمت. 谢谢你们六个星期的沉默。",
        "",
    ],
)
def test_hostile_text_through_the_model_gives_findings_that_point_into_the_text(text: str) -> None:
    eager = {kind: KindModel(bias=30.0, weights={}, threshold=0.5) for kind in MODEL_KINDS}
    for model in (None, eager):
        for finding in check(text, model=model):
            assert finding.kind in tone.KINDS
            lines = text.split("\n")
            line = lines[finding.line - 1]
            start = finding.column - 1
            assert line[start : start + finding.length] == finding.text
            # A cue named in the reason is a word of the draft, never markup.
            assert "[" not in finding.reason.split("(")[-1]


def test_a_negated_harsh_word_reads_as_reassurance_not_a_grievance() -> None:
    from coach.tone_features import features

    for calm in ("No bother at all.", "Not a problem!", "no pressure."):
        feats = set(features(calm))
        assert "v:-" not in feats and "v:~" in feats, calm
    assert "v:-" in set(features("It was a problem from start to finish."))
    # A friendly set phrase lends its words no class: "cross" here is not anger.
    assert "c:ANGRY" not in set(features("I hope our paths cross again."))
    assert "c:ANGRY" in set(features("I was cross about the wait."))
    # A judgement taken back is not one; a negated wait is still a grievance.
    assert "c:HOSTILE" not in set(features("It wasn't unfair at all; I understand."))
    assert "c:HOSTILE" in set(features("That was unfair."))
    assert "c:WAITING" in set(features("I never heard back."))


def test_the_model_overrules_a_rule_it_rules_out_warm_or_not_except_a_threat() -> None:
    # A model sure that nothing is anger drops a rule hit in a warm sentence,
    # and (since the fifteenth round) in a sour one too; a model that only
    # doubts it drops neither. A public threat goes only when the sentence is warm.
    doubting = {kind: KindModel(bias=-30.0, weights={}, threshold=0.99) for kind in MODEL_KINDS}
    doubtful = {kind: KindModel(bias=-4.0, weights={}, threshold=0.99) for kind in MODEL_KINDS}
    warm = "What a lovely team, I was glad to meet them all, what a circus of talent."
    sour = "This process was a circus and a waste of my time."
    threat = "I will tell everyone I know how you treated me."
    assert "anger" in {f.kind for f in check(warm, model={})}
    assert "anger" not in {f.kind for f in check(warm, model=doubting)}
    assert "anger" not in {f.kind for f in check(sour, model=doubting)}
    # op27: the harsh word needs a second signal where the model only doubts it.
    assert "anger" not in {f.kind for f in check(sour, model=doubtful)}
    plea = f"{sour} Please give me another chance."
    assert "anger" in {f.kind for f in check(plea, model=doubtful)}
    assert "anger" in {f.kind for f in check(sour, model={})}
    assert "public" in {f.kind for f in check(threat, model=doubting)}


def test_the_model_never_overrules_a_persons_own_rule(tmp_path: Path) -> None:
    from coach.tone_own import own_rules

    (tmp_path / "tone.toml").write_text(
        '[[rule]]\nkind = "anger"\nreason = "my own word"\nsuggestion = "Say it kindly."\n'
        'any = ["wonderful"]\n',
        encoding="utf-8",
    )
    rules = own_rules(tmp_path).rules
    doubting = {kind: KindModel(bias=-30.0, weights={}, threshold=0.99) for kind in MODEL_KINDS}
    found = check("What a wonderful, lovely team.", model=doubting, rules=rules)
    assert [f.reason for f in found if f.kind == "anger"] == ["my own word"]
