"""Trains the tone check's sentence model and sets where it speaks up, writer by writer.

`uv run python bench/tone_train.py` trains on every dev set in tests/data/tone
and writes coach/tone_model.json (deterministic: same data, same weights).
bench/tone_lowo.py measures it leaving one writer out at a time.
`--extra PATH ...` adds TOML files of drafts as sources of their own.
For measuring only: TONE_L2 and TONE_EPOCHS change the training, TONE_SEED=N
shifts its seed, TONE_SEEDS="0 1 2" averages those seeds' models (the
shipped model's setting is SEEDS below), TONE_SHARE, TONE_ANGER_SHARE and
TONE_CONFIRM change the thresholds, TONE_JOBS the processes used; TONE_RECORDS
names a file to keep the folds' held-out records in (bench/tone_stack.py --records).

The model and its data are bench/tone_learn.py's. The score each kind speaks
up at is set on clean drafts of outside writers, each scored by a fold that
never saw that writer (bench/tone_folds.py: the writers are held out in
GROUPS groups), so that few clean drafts of a writer nobody has seen are
flagged. Then a
draft gate per kind (bench/tone_stack.py, coach/tone_draft_gate.py) is
trained on those same held-out scores: the check shows a kind's model
findings only when the whole draft bears the kind out.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import pickle
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# Re-exported: the other benches and the tests reach training and folds through here.
from tone_folds import (  # noqa: F401
    EVERY_WRITER,
    GROUPS,
    JOBS,
    _data_key,
    fold_json,
    fold_models,
    group_models,
    writer_groups,
)
from tone_learn import (  # noqa: F401
    DATA,
    NEAR_MISS_WEIGHT,
    SEED,
    WRITERS,
    Sentence,
    from_drafts,
    sources,
    train,
    train_one,
    writer_of,
)

from coach import tone
from coach.tone_corpus import Draft
from coach.tone_model import (
    MODEL_FILE,
    MODEL_KINDS,
    ToneModel,
    from_json,
    sentence_scores,
    vetoed,
)
from coach.tone_rules import shipped_rules
from coach.tone_wording import wording


@dataclass(frozen=True)
class Alarms:
    """A budget per writer: at most `count` clean drafts of the median outside writer.

    `floor` is a cut it never goes under (bench/tone_lowo.py --anger-floor: the
    shipped model's in-sample floor, to measure the cut that ships).
    """

    count: int
    floor: float = 0.0


SHIP_MIN_WEIGHT = 0.05
# Per kind, the share of outside writers' clean drafts (each scored by the
# model trained without its writer; only drafts nothing else flags) that the
# model alone may flag: chosen by bench/tone_lowo.py, leaving one writer out.
# Anger may flag 0.5%: on the seven writers nothing was written from, that
# caught 41 more of 807 anger drafts than 0.2% for 3 more of 1006 clean drafts
# flagged, and 1% only 31 more for 5 more (tests/data/tone/README.md).
# With writer8_frozen in the pool (eighth round) 0.5% set the cut at 0.9993
# and lost 19 of those 807 for 2 clean drafts; 0.65-0.75% won them back but
# flagged 8-9 of the dev half's 700 clean drafts. So the shipped model is
# still the one trained before writer8_frozen (tests/data/tone/README.md).
SHARE: dict[str, float | Alarms] = dict.fromkeys(
    MODEL_KINDS, float(os.environ.get("TONE_SHARE", "0.002"))
)
# Anger's cut (tenth round) is set writer by writer instead: for each outside
# writer, the lowest score at which the anger model alone flags at most
# ANGER_ALARMS of their clean drafts, and the cut is the median of those (in
# log-odds). A share of one pool moved with each writer added (writer8_frozen's
# warm drafts took it from 0.9985 to 0.9993); the median writer's cut barely
# moves. Leaving one writer out on the eleven writers nothing was written from,
# 1 caught 872 of 1281 anger drafts and flagged 69 of 1657 clean drafts, 0
# caught 805 and flagged 52, a pooled 0.5% 813 and 55
# (tests/data/tone/README.md). TONE_ANGER_SHARE sets a pooled share instead.
if "TONE_ANGER_SHARE" in os.environ:
    SHARE["anger"] = float(os.environ["TONE_ANGER_SHARE"])
else:
    SHARE["anger"] = Alarms(int(os.environ.get("TONE_ANGER_ALARMS", "1")))
# The score at which a rule marked model_confirms (quoted-back) stands,
# chosen the same way: see tests/data/tone/README.md.
CONFIRM = {"anger": float(os.environ.get("TONE_CONFIRM", "0.3"))}
MIN_THRESHOLD = 0.5
# How far above the highest calm peak allowed through a threshold sits, in
# log-odds (a score 1% more likely to be the kind than that peak).
CUT_MARGIN = 0.01
# Share of the calm drafts trained on that the shipped model may flag, per
# kind (see with_thresholds). 0.25% until the tenth round; with 4735 calm
# drafts that let through 11, among them the 7 dev-half drafts composed with
# "I recognise the bar is high for a company of your size." (0.99705 under the
# anger cut the writers set, 0.99624), which broke the dev half's 1% target.
IN_SAMPLE_SHARE = 0.0015


def draft_peaks(d: Draft, model: ToneModel) -> tuple[frozenset[str], dict[str, float]]:
    """What fires on a draft with the model silent (rules, VADER, structure), and its peaks.

    The peaks are the model's highest score per kind over the sentences no
    rule of that kind explains, after the model's vetoes of rule hits.
    """
    silent = {k: dataclasses.replace(m, threshold=2.0) for k, m in model.items()}
    base = frozenset(f.kind for f in tone.check(d.text, model=silent))
    words = wording(d.text, keep_excused=True)
    doubted = frozenset(r.reason for r in shipped_rules().rules if r.model_confirms)
    dropped = vetoed(d.text, words, model, tone._own_reasons(None), doubted)
    peaks = dict.fromkeys(MODEL_KINDS, 0.0)
    kept = [w for w in words if w not in dropped]
    for _s, _e, kind, p, _f in sentence_scores(d.text, kept, model):
        peaks[kind] = max(peaks[kind], p)
    return base, peaks


def cut_at_share(values: list[float], share: float) -> float:
    """The lowest score at which at most `share` of these clean drafts' peaks fire."""
    return _cut(values, math.floor(share * len(values)))


def held_out_cut(by_writer: dict[str, list[float]], budget: float | Alarms) -> float:
    """A kind's cut from clean peaks of outside writers: a share of them all, or per writer.

    With Alarms(k), each writer's own cut lets at most k of their clean drafts
    through, and the cut is the median writer's (in log-odds): a writer with
    many warm drafts, or one more writer, moves it little.
    """
    if not isinstance(budget, Alarms):
        return cut_at_share([p for peaks in by_writer.values() for p in peaks], budget)
    cuts = [_log_odds(_cut(peaks, budget.count)) for peaks in by_writer.values() if peaks]
    if not cuts:
        return max(budget.floor, MIN_THRESHOLD)
    return max(budget.floor, 1 / (1 + math.exp(-statistics.median(cuts))))


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def with_thresholds(
    data: dict[str, tuple[list[Sentence], list[Draft]]],
    final: ToneModel,
    folds: dict[str, ToneModel],
    held_out: list | None = None,
    calm: list | None = None,
) -> ToneModel:
    """Each kind's threshold from clean drafts of outside writers, each scored by a model
    that never saw its writer (bench/tone_lowo.py measures the same way).

    At most SHARE[kind] of those drafts (the ones nothing else flags) may be
    flagged by the model alone, or for anger the median writer's ANGER_ALARMS
    (held_out_cut). i11's composed drafts are left out of that
    pool: they reuse each calm sentence in 5-9 drafts. `held_out` (the folds'
    records, tone_stack.held_out_records) and `calm` (calm_records of `final`)
    give the same peaks without scoring every draft again.
    """
    if held_out is not None and calm is not None:
        return _cut_each_kind(final, _held_out_peaks(held_out), _known_peaks(calm))
    confirmed = {
        g: {k: dataclasses.replace(m, confirm=CONFIRM.get(k, 0.0)) for k, m in model.items()}
        for g, model in folds.items()
    }
    peaks: dict[str, dict[str, list[float]]] = {k: defaultdict(list) for k in MODEL_KINDS}
    for name, (_, drafts) in data.items():
        if writer_of(name) == "i11":
            continue
        for d in drafts:
            if d.kinds:
                continue
            base, found = draft_peaks(d, confirmed[writer_of(name)])
            if not base:
                for kind, p in found.items():
                    peaks[kind][writer_of(name)].append(p)
    # The shipped model's own scores of the calm drafts it was trained on: it
    # cannot fit every one (public scored "Maybe see you at the next Write the
    # Docs meetup." 0.9999 after training on it as calm), and i11's composed
    # drafts reuse each calm sentence in 5-9 drafts, so one such sentence broke
    # the dev half's 1% target. At most IN_SAMPLE_SHARE of the calm drafts
    # trained on may score over the threshold; it is the stricter of the two.
    everything = [d for _, ds in data.values() for d in ds if not d.kinds]
    shipped = {k: dataclasses.replace(m, confirm=CONFIRM.get(k, 0.0)) for k, m in final.items()}
    known: dict[str, list[float]] = {k: [] for k in MODEL_KINDS}
    for d in everything:
        for kind, p in draft_peaks(d, shipped)[1].items():
            known[kind].append(p)
    return _cut_each_kind(final, peaks, known)


def _held_out_peaks(records: list) -> dict[str, dict[str, list[float]]]:
    """Per kind and writer, the peaks of the clean drafts nothing else flags (held out)."""
    peaks: dict[str, dict[str, list[float]]] = {k: defaultdict(list) for k in MODEL_KINDS}
    for r in records:
        if not r.kinds and not r.base:
            for kind in MODEL_KINDS:
                peaks[kind][r.writer].append(r.peak(kind))
    return peaks


def _known_peaks(calm: list) -> dict[str, list[float]]:
    """Per kind, the shipped model's peaks of every calm draft trained on."""
    return {k: [r.peak(k) for r in calm] for k in MODEL_KINDS}


def _cut_each_kind(
    final: ToneModel, peaks: dict[str, dict[str, list[float]]], known: dict[str, list[float]]
) -> ToneModel:
    shipped = {k: dataclasses.replace(m, confirm=CONFIRM.get(k, 0.0)) for k, m in final.items()}
    out: ToneModel = {}
    for kind in MODEL_KINDS:
        held_out = held_out_cut(peaks[kind], SHARE[kind])
        in_sample = cut_at_share(known[kind], IN_SAMPLE_SHARE)
        print(f"{kind}: cut {held_out:.6f} held out, {in_sample:.6f} in sample", file=sys.stderr)
        out[kind] = dataclasses.replace(shipped[kind], threshold=max(held_out, in_sample))
    return out


def _cut(values: list[float], allowed: int) -> float:
    """The lowest score at which at most `allowed` of these clean peaks would be flagged.

    Just above the next peak in log-odds, not by a fixed step: the peaks sit
    at 0.9999 and up, where adding 1e-4 (as before) overshot 1.0 and switched
    the kind's model off, and where rounding the threshold to four places in
    the JSON did the same. A change of retrain moved it from 0.999 to "1.0".
    """
    values = sorted(values, reverse=True)
    if len(values) <= allowed:
        return MIN_THRESHOLD
    peak = values[allowed]
    if peak <= 0.0:
        return MIN_THRESHOLD
    if peak >= 1.0:
        return 1.0
    above = 1 / (1 + math.exp(-(math.log(peak / (1 - peak)) + CUT_MARGIN)))
    return max(MIN_THRESHOLD, above)


def fit_all(data: dict[str, tuple[list[Sentence], list[Draft]]]) -> ToneModel:
    """The model trained on every source, with thresholds set across writers."""
    groups = writer_groups(data)
    if "TONE_FOLDS" in os.environ:
        folds = fold_models(data, groups=groups)
        final = train([s for rows, _ in data.values() for s in rows])
    else:
        # The same model as train() on every sentence, in the folds' pool.
        found = group_models(data, {**groups, EVERY_WRITER: frozenset()})
        folds = {w: found[g] for g, ws in groups.items() for w in ws}
        final = found[EVERY_WRITER]
    # The smallest weights dropped for the file's size: leaving one writer
    # out, dropping those under 0.05 changed no figure (under 0.15: a third
    # of the size, 3 fewer anger drafts and 1 more clean flagged of 4 writers).
    final = {
        k: dataclasses.replace(
            m, weights={f: w for f, w in m.weights.items() if abs(w) >= SHIP_MIN_WEIGHT}
        )
        for k, m in final.items()
    }
    import tone_stack

    # Each draft scored once: by its fold (held out) and, if calm, by the final model.
    held_out = tone_stack.held_out_records(data, folds, JOBS)
    if "TONE_RECORDS" in os.environ:
        # Kept as bench/tone_stack.py --records reads them: a frontier without rescoring.
        Path(os.environ["TONE_RECORDS"]).write_bytes(pickle.dumps((held_out, groups)))
    calm = calm_records(
        data,
        {k: dataclasses.replace(m, confirm=CONFIRM.get(k, 0.0)) for k, m in final.items()},
        JOBS,
    )
    model = with_thresholds(data, final, folds, held_out, calm)
    return with_gates(data, model, folds, held_out, calm)


def with_gates(
    data: dict[str, tuple[list[Sentence], list[Draft]]],
    model: ToneModel,
    folds: dict[str, ToneModel],
    held_out: list | None = None,
    calm: list | None = None,
) -> ToneModel:
    """The model with a draft gate per kind, trained on the folds' held-out scores.

    Its cut is the stricter of the held-out budget (bench/tone_stack.BUDGETS)
    and IN_SAMPLE_SHARE of the calm drafts trained on, scored by the shipped
    model (i11's composed dev half reuses each calm sentence in 5-9 drafts).
    `held_out` are the folds' records and `calm` the shipped model's records
    of the calm drafts (calm_records), if already made.
    """
    import tone_stack

    records = tone_stack.held_out_records(data, folds) if held_out is None else held_out
    gates = tone_stack.train_gates(records, tone_stack.BUDGETS)
    calm = calm_records(data, model) if calm is None else calm
    out: ToneModel = {}
    for kind, gate in gates.items():
        scores = [
            gate.probability(f)
            for r in calm
            if kind not in r.base
            and (f := tone_stack.draft_facts(kind, r.scored, gate.floor, r.ruled)) is not None
        ]
        allowed = math.floor(IN_SAMPLE_SHARE * len(calm))
        in_sample = tone_stack.just_above(sorted(scores, reverse=True), allowed)
        print(f"{kind} gate: {gate.cut:.6f} held out, {in_sample:.6f} in sample", file=sys.stderr)
        gate = dataclasses.replace(gate, cut=max(gate.cut, in_sample))
        out[kind] = dataclasses.replace(model[kind], gate=gate)
    return out


def calm_records(
    data: dict[str, tuple[list[Sentence], list[Draft]]], model: ToneModel, jobs: int = 1
) -> list:
    """Every calm draft trained on, as the shipped model reads it (with_gates)."""
    import tone_stack

    work = [
        (writer_of(name), [d for d in drafts if not d.kinds], model)
        for name, (_, drafts) in data.items()
    ]
    return tone_stack.records_of(work, jobs)


def with_cuts_of(
    data: dict[str, tuple[list[Sentence], list[Draft]]], path: Path, gate_cuts: dict[str, float]
) -> ToneModel:
    """The model trained on every source (kept on disk) under another model file's cuts.

    Scoring every draft again for the cuts and gates takes as long as the
    training on a loaded machine; a model whose cuts were set held out
    before (and a gate's cut chosen from bench/tone_held_whole.py's curve)
    can ship without it.
    """
    final = group_models(data, {EVERY_WRITER: frozenset()})[EVERY_WRITER]
    cuts = from_json(json.loads(path.read_text(encoding="utf-8"))["kinds"])
    out: ToneModel = {}
    for kind, m in final.items():
        old = cuts[kind]
        gate = old.gate
        if gate is not None and kind in gate_cuts:
            gate = dataclasses.replace(gate, cut=gate_cuts[kind])
        weights = {f: w for f, w in m.weights.items() if abs(w) >= SHIP_MIN_WEIGHT}
        out[kind] = dataclasses.replace(
            m, weights=weights, threshold=old.threshold, confirm=old.confirm, gate=gate
        )
    return out


def _pair(text: str) -> tuple[str, float]:
    kind, _, value = text.partition("=")
    return kind, float(value)


def to_json(model: ToneModel, trained_on: list[str]) -> str:
    """The model as the JSON coach/tone_model.py reads."""
    kinds = {
        # The threshold in full: rounded to four places, 0.99996 became 1.0.
        kind: {
            "bias": round(m.bias, 4),
            "threshold": m.threshold,
            "confirm": m.confirm,
            "weights": m.weights,
            **({"gate": dataclasses.asdict(m.gate)} if m.gate else {}),
        }
        for kind, m in model.items()
    }
    body = {"trained_on": trained_on, "by": "bench/tone_train.py", "kinds": kinds}
    return json.dumps(body, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--extra", nargs="*", type=Path, default=[], help="more TOML sources")
    parser.add_argument(
        "--out", type=Path, default=MODEL_FILE, help="where to write the model (to compare seeds)"
    )
    parser.add_argument(
        "--cuts-from",
        type=Path,
        help="the weights trained on every writer (kept by a run before) under this model"
        " file's thresholds, confirms and gates: no draft scored",
    )
    parser.add_argument(
        "--gate-cut", nargs="*", default=[], help="with --cuts-from, KIND=CUT for a gate's cut"
    )
    args = parser.parse_args()
    data = sources(args.extra)
    if args.cuts_from:
        model = with_cuts_of(data, args.cuts_from, dict(_pair(p) for p in args.gate_cut))
    else:
        model = fit_all(data)
    args.out.write_text(to_json(model, sorted(data)), encoding="utf-8")
    sizes = {k: len(m.weights) for k, m in model.items()}
    print(f"wrote {args.out}: weights {sizes}", file=sys.stderr)
    print("thresholds:", {k: f"{m.threshold:.6f}" for k, m in model.items()}, file=sys.stderr)


if __name__ == "__main__":
    main()
