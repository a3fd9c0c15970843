"""Trains the tone check's sentence model and sets where it speaks up, writer by writer.

`uv run python bench/tone_train.py` trains on every dev set in tests/data/tone
and writes coach/tone_model.json (deterministic: same data, same weights).
bench/tone_lowo.py measures it leaving one writer out at a time.
`--extra PATH ...` adds TOML files of drafts as sources of their own.
For measuring only: TONE_L2 and TONE_EPOCHS change the training, TONE_SEED=N
shifts its seed, TONE_SEEDS="0 1 2" averages those seeds' models (the
shipped model's setting is SEEDS below), TONE_SHARE, TONE_ANGER_SHARE and
TONE_CONFIRM change the thresholds, TONE_JOBS the processes used.

The model: one logistic regression per wording kind over the features of
coach/tone_features.py, trained by plain stochastic gradient descent with a
fixed seed. Whole drafts only say which kinds they carry, not which sentence
does, so sentences of a problem draft are first unknown; a first model (and
the rules) pick the sentence(s) that carry the kind, and a second model is
trained on those. The score each kind speaks up at is set on clean drafts of
outside writers, each scored by a model trained without that writer, so
that few clean drafts of a writer nobody has seen are flagged. Then a
draft gate per kind (bench/tone_stack.py, coach/tone_draft_gate.py) is
trained on those same held-out scores: the check shows a kind's model
findings only when the whole draft bears the kind out.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import json
import math
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from coach import tone
from coach.tone_corpus import Draft, load
from coach.tone_features import CUE_ONLY, MIN_SENTENCE, features
from coach.tone_model import (
    MODEL_FILE,
    MODEL_KINDS,
    KindModel,
    ToneModel,
    from_json,
    sentence_scores,
    vetoed,
)
from coach.tone_rules import shipped_rules, shipped_rules_path
from coach.tone_vader import sentences
from coach.tone_wording import wording

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
# i11's sets and the id prefix of the drafts build.py composed from each.
I11_PARTS = {
    "parts_dev": "dev-",
    "parts_dev2": "dev2-",
    "parts_dev3": "dev3-",
    "parts_dev4": "dev4-",
    "parts_dev5": "dev5-",
    "parts_dev6": "frozen-",
}
I11_DRAFTS = ("legacy.toml", "hand_dev2.toml", "hand_dev6.toml")
# Whole drafts by outside writers, by file name: writer_dev_* (the first
# writer), writer_frozen_* (the second: the frozen half scored once at
# 3d75b17, dev since), writer2_dev_* (the batches of /work/extra/tone2),
# writer3_frozen_* (the frozen half scored once at 839eb24, dev since),
# writer4_dev_* (the batches of /work/extra/tone3, each scored on arrival),
# writer5_frozen_* (the frozen half scored once at 9067940, dev since) and
# writer6a/6b/6c_dev_* (the batches of /work/extra/tone4a/b/c: three new
# writers, each batch scored on arrival), writer6_frozen_* (the sixth frozen
# half, two new writers, scored once at 3a870dc, dev since) and
# writer7a/7b_dev_* (the batches of /work/extra/tone5a/b: two new writers,
# each batch scored on arrival), writer7_frozen_* (the seventh frozen
# half, two new writers, scored once at d43fe17, dev since) and
# writer8a/8b/8c_dev_* (the batches of /work/extra/tone6a/b/c: three new
# writers, each batch scored on arrival) and writer8_frozen_* (the eighth
# frozen half, two new writers, scored once at c5b3a4a, dev since) and
# writer9_frozen_* (the ninth frozen half, two new writers, scored once at
# e0bb813, dev since) and writer10a/10b/10c_dev_* (the batches of
# /work/extra/tone7a/b/c: three new writers, each batch scored on arrival) and
# writer10_frozen_* (the tenth frozen half, scored once at eacf21e, dev since)
# and writer10d/10e/10f_dev_* (/work/extra/tone7d/e/f: three new writers,
# scored once unseen at 96cbadb) and writer11a-h_dev_* (the batches of
# /work/extra/tone8a-h: eight new writers, each batch scored on arrival) and
# writer11_frozen_* (the eleventh frozen half, scored once at e88b5b3, dev
# since) and writer12a-h_dev_* (the batches of /work/extra/tone9a-h: eight
# new writers, each batch scored on arrival).
WRITERS = (
    "writer_dev",
    "writer_frozen",
    "writer2_dev",
    "writer3_frozen",
    "writer4_dev",
    "writer5_frozen",
    "writer6a_dev",
    "writer6b_dev",
    "writer6c_dev",
    "writer6_frozen",
    "writer7a_dev",
    "writer7b_dev",
    "writer7_frozen",
    "writer8a_dev",
    "writer8b_dev",
    "writer8c_dev",
    "writer8_frozen",
    "writer9_frozen",
    "writer10a_dev",
    "writer10b_dev",
    "writer10c_dev",
    "writer10_frozen",
    "writer10d_dev",
    "writer10e_dev",
    "writer10f_dev",
    "writer11a_dev",
    "writer11b_dev",
    "writer11c_dev",
    "writer11d_dev",
    "writer11e_dev",
    "writer11f_dev",
    "writer11g_dev",
    "writer11h_dev",
    "writer11_frozen",
    "writer12a_dev",
    "writer12b_dev",
    "writer12c_dev",
    "writer12d_dev",
    "writer12e_dev",
    "writer12f_dev",
    "writer12g_dev",
    "writer12h_dev",
)
WRITER_GLOBS = tuple(f"{w}_*.toml" for w in WRITERS)


@dataclass(frozen=True)
class Alarms:
    """A budget per writer: at most `count` clean drafts of the median outside writer.

    `floor` is a cut it never goes under (bench/tone_lowo.py --anger-floor: the
    shipped model's in-sample floor, to measure the cut that ships).
    """

    count: int
    floor: float = 0.0


SEED = 11 + int(os.environ.get("TONE_SEED", "0"))
# Seeds whose models are averaged (TONE_SEEDS="0 1 2"; each shifted by SEED).
SEEDS = tuple(SEED + int(n) for n in os.environ.get("TONE_SEEDS", "0").split())
# Weights smaller than this are dropped from the shipped file (size).
MIN_WEIGHT = float(os.environ.get("TONE_MIN_WEIGHT", "0.005"))
SHIP_MIN_WEIGHT = 0.05
EPOCHS = int(os.environ.get("TONE_EPOCHS", "12"))
RATE = 0.2
L2 = float(os.environ.get("TONE_L2", "1e-4"))
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
JOBS = int(os.environ.get("TONE_JOBS", "2"))
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


@dataclass
class Sentence:
    """One sentence with what is known of it: 1 or 0 per kind, or None (not known)."""

    source: str
    draft: str
    text: str
    feats: list[str]
    labels: dict[str, int | None]


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec and spec.loader
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


def from_parts(name: str) -> list[Sentence]:
    """Sentences of a set of i11's pieces, each labelled by the list it is in."""
    parts = _module(name)
    groups = {
        "anger": parts.ANGER + parts.SARCASM,
        "begging": parts.BEGGING,
        "public": parts.PUBLIC,
        "apology": parts.APOLOGY,
    }
    out = []
    for kind, group in groups.items():
        for s in group:
            labels: dict[str, int | None] = {k: int(k == kind) for k in MODEL_KINDS}
            out.append(Sentence(f"i11-{name}", kind, s, features(s), labels))
    for s in parts.CLEAN + parts.STRUCTURE_NEAR_MISSES:
        clean = dict.fromkeys(MODEL_KINDS, 0)
        out.append(Sentence(f"i11-{name}", "clean", s, features(s), clean))
    return out


def from_drafts(source: str, drafts: Iterable[Draft]) -> list[Sentence]:
    """Sentences of whole drafts: 0 for kinds the draft lacks, not known for those it has."""
    out = []
    for d in drafts:
        text = ""
        for start, end in sentences(d.text):
            before, text = text, d.text[start:end].strip()
            if len(text) < MIN_SENTENCE:
                continue
            labels: dict[str, int | None] = {k: None if k in d.kinds else 0 for k in MODEL_KINDS}
            out.append(Sentence(source, d.id, text, features(text, before), labels))
    return out


def template_drafts() -> list[Draft]:
    """Every part of the shipped reply templates, filled in: calm by definition."""
    from coach.content import load_content, shipped_content_dir

    values = {
        "{contact_name}": "Ana",
        "{job_title}": "Data Engineer",
        "{company}": "Northwind",
        "{your_name}": "Sam Rivera",
        "{linkedin_url}": "https://www.linkedin.com/in/sam-rivera",
        "{phone}": "+44 20 7946 0958",
    }
    drafts = []
    templates = load_content(shipped_dir=shipped_content_dir()).content.templates
    for name, template in sorted(templates.items()):
        for n, part in enumerate(template.parts):
            text = part.text
            for slot, value in values.items():
                text = text.replace(slot, value)
            drafts.append(Draft(f"template-{name}-{n}", frozenset(), text))
    return drafts


def sources(extra: list[Path]) -> dict[str, tuple[list[Sentence], list[Draft]]]:
    """Every source by name: its sentences to learn from and its drafts to score."""
    dev = load(DATA / "dev.toml")
    found = {}
    for name, prefix in I11_PARTS.items():
        found[f"i11-{name}"] = (from_parts(name), [d for d in dev if d.id.startswith(prefix)])
    hand = [d for name in I11_DRAFTS for d in load(DATA / name)]
    found["i11-hand"] = (from_drafts("i11-hand", hand), hand)
    shipped = template_drafts()
    found["templates"] = (from_drafts("templates", shipped), shipped)
    for path in [*(p for g in WRITER_GLOBS for p in sorted(DATA.glob(g))), *extra]:
        drafts = load(path)
        found[path.stem] = (from_drafts(path.stem, drafts), drafts)
    return found


def _fit(rows: list[tuple[list[str], int]], seed: int) -> tuple[float, dict[str, float]]:
    positives = sum(y for _, y in rows) or 1
    pos_w = len(rows) / (2 * positives)
    neg_w = len(rows) / (2 * max(1, len(rows) - positives))
    weights: dict[str, float] = defaultdict(float)
    bias = 0.0
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            feats, y = rows[i]
            z = bias + sum(weights[f] for f in feats)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            err = (p - y) * (pos_w if y else neg_w)
            bias -= rate * err
            for f in feats:
                weights[f] -= rate * (err + L2 * weights[f])
    return bias, {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= MIN_WEIGHT}


def _rows(data: list[Sentence], kind: str) -> list[tuple[list[str], int]]:
    return [(_weighed(s.feats), label) for s in data if (label := s.labels[kind]) is not None]


def _weighed(feats: list[str]) -> list[str]:
    """The features the model gives weights to (not those that only gate it)."""
    return [f for f in feats if f not in CUE_ONLY]


def train(data: list[Sentence], seeds: tuple[int, ...] = ()) -> ToneModel:
    """The models of several seeds averaged (one per seed in `seeds`, or SEEDS).

    A logistic regression's log-odds are linear in its weights, so the
    average of the weights scores every sentence at the mean log-odds of
    the seeds' models: one model of the same form, steadier than any one.
    """
    runs = [train_one(data, seed) for seed in seeds or SEEDS]
    if len(runs) == 1:
        return runs[0]
    model: ToneModel = {}
    for kind in MODEL_KINDS:
        summed: dict[str, float] = defaultdict(float)
        for run in runs:
            for f, w in run[kind].weights.items():
                summed[f] += w / len(runs)
        bias = sum(run[kind].bias for run in runs) / len(runs)
        weights = {f: round(w, 4) for f, w in sorted(summed.items()) if abs(w) >= MIN_WEIGHT}
        model[kind] = KindModel(bias, weights, threshold=0.5)
    return model


# i11's hand-written calm near misses (its sets' CLEAN lists, 261 sentences)
# count this many times. Once each, the model trained on the eleventh round's
# writers scored one of them ("I listen to your CTO's podcast and I'll keep
# tuning in.") public at log-odds 21.6, over the cut in the 7 dev-half drafts
# composed with it; at 4, -0.2, and real threats to post scored higher still.
NEAR_MISS_WEIGHT = int(os.environ.get("TONE_NEAR_MISS_WEIGHT", "4"))


def train_one(data: list[Sentence], seed: int) -> ToneModel:
    """Two rounds per kind: learn from what is known, then pick the carrying sentences."""
    near_misses = [
        s
        for s in data
        if s.source.startswith("i11-parts") and all(v == 0 for v in s.labels.values())
    ]
    data = data + near_misses * (NEAR_MISS_WEIGHT - 1)
    clean_texts = {s.text for s in data if all(v == 0 for v in s.labels.values())}
    model: ToneModel = {}
    for n, kind in enumerate(MODEL_KINDS):
        first = KindModel(*_fit(_rows(data, kind), seed + n), threshold=0.5)
        picked = _pick_carriers(data, kind, first, clean_texts)
        model[kind] = KindModel(*_fit(picked, seed + n), threshold=0.5)
    return model


def _pick_carriers(
    data: list[Sentence], kind: str, first: KindModel, clean_texts: set[str]
) -> list[tuple[list[str], int]]:
    rows = _rows(data, kind)
    bags: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
    for s in data:
        if s.labels[kind] is None:
            bags[(s.source, s.draft)].append(s)
    for bag in bags.values():
        scored = [(first.probability(s.feats), s) for s in bag if s.text not in clean_texts]
        if not scored:
            continue
        top = max(p for p, _ in scored)
        for p, s in scored:
            ruled = any(span.kind == kind for span in wording(s.text))
            if ruled or p >= 0.6 * top:
                rows.append((_weighed(s.feats), 1))
    return rows


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


def _train_without(held: tuple[str, frozenset[str]]) -> tuple[str, ToneModel]:
    name, writers = held
    rows = [s for source, (rs, _) in _POOL.items() if writer_of(source) not in writers for s in rs]
    return name, train(rows)


_POOL: dict[str, tuple[list[Sentence], list[Draft]]] = {}
# Writers are held out in this many groups (TONE_GROUPS; 0: one writer per
# fold). One fold per writer (34 of them) took longer than a round has; with
# groups every writer is still held out exactly once, by a model that never
# saw it, and i11's sets and the templates are always trained on.
GROUPS = int(os.environ.get("TONE_GROUPS", "7"))


def writer_groups(
    data: dict[str, tuple[list[Sentence], list[Draft]]], count: int = GROUPS
) -> dict[str, frozenset[str]]:
    """The outside writers in `count` groups of about as many drafts each (deterministic).

    Largest writer first, each into the group with fewest drafts so far; a
    group is named by its number and a hash of its writers, so a fold kept
    for one grouping is never read back for another.
    """
    sizes: dict[str, int] = defaultdict(int)
    for name, (_, drafts) in data.items():
        if writer_of(name) not in ("i11", "extra"):
            sizes[writer_of(name)] += len(drafts)
    if count <= 0:
        return {w: frozenset({w}) for w in sorted(sizes)}
    members: list[list[str]] = [[] for _ in range(min(count, len(sizes)))]
    totals = [0] * len(members)
    for w in sorted(sizes, key=lambda w: (-sizes[w], w)):
        at = totals.index(min(totals))
        members[at].append(w)
        totals[at] += sizes[w]
    out = {}
    for n, ws in enumerate(members):
        tag = hashlib.sha256(" ".join(sorted(ws)).encode()).hexdigest()[:8]
        out[f"group{n + 1}of{len(members)}-{tag}"] = frozenset(ws)
    return out


def fold_models(
    data: dict[str, tuple[list[Sentence], list[Draft]]],
    held: Iterable[str] = (),
    groups: dict[str, frozenset[str]] | None = None,
) -> dict[str, ToneModel]:
    """Per writer, the model trained without it (in JOBS processes).

    `held` names the writers to hold out one by one (default: every writer):
    a fold takes minutes on a shared machine, so bench/tone_lowo.py may ask
    for a few. With `groups` (writer_groups), each group is held out at once
    and each of its writers gets the group's model. Each fold is kept in the
    system's temporary folder under a hash of the data, its features, the
    training settings and its writer(s), so bench/tone_lowo.py and a retrain
    share the work. TONE_FOLDS names a file of folds saved before
    (fold_json) to use instead.
    """
    if groups is None:
        names = sorted(set(held) or {writer_of(n) for n in data})
        groups = {g: frozenset({g}) for g in names}
    if "TONE_FOLDS" in os.environ:
        raw = json.loads(Path(os.environ["TONE_FOLDS"]).read_text(encoding="utf-8"))
        return {w: from_json(raw[w]) for ws in groups.values() for w in ws}
    key = _data_key(data)
    found: dict[str, ToneModel] = {}
    for g in groups:
        if (path := _fold_path(key, g)).exists():
            found[g] = from_json(json.loads(path.read_text(encoding="utf-8")))
    missing = [(g, groups[g]) for g in groups if g not in found]
    if missing:
        _POOL.clear()
        _POOL.update(data)
        with multiprocessing.get_context("fork").Pool(min(JOBS, len(missing))) as pool:
            for g, model in pool.imap_unordered(_train_without, missing):
                one = json.loads(fold_json({g: model}))[g]
                _fold_path(key, g).write_text(json.dumps(one), encoding="utf-8")
                found[g] = model
    return {w: found[g] for g, ws in groups.items() for w in ws}


def _data_key(data: dict[str, tuple[list[Sentence], list[Draft]]]) -> str:
    """A hash of what a fold is trained from: data, features, rules and settings."""
    return hashlib.sha256(
        repr((SEEDS, L2, EPOCHS, MIN_WEIGHT, NEAR_MISS_WEIGHT)).encode()
        + shipped_rules_path().read_bytes()  # the rules pick the sentences trained on
        + b"".join(
            s.text.encode() + repr(s.labels).encode() + repr(s.feats).encode()
            for rs, _ in data.values()
            for s in rs
        )
    ).hexdigest()[:16]


def _fold_path(key: str, writer: str) -> Path:
    """Where the fold that held out `writer` from the data hashed as `key` is kept."""
    return Path(tempfile.gettempdir()) / f"tone-fold-{key}-{writer}.json"


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
) -> ToneModel:
    """Each kind's threshold from clean drafts of outside writers, each scored by a model
    that never saw its writer (bench/tone_lowo.py measures the same way).

    At most SHARE[kind] of those drafts (the ones nothing else flags) may be
    flagged by the model alone, or for anger the median writer's ANGER_ALARMS
    (held_out_cut). i11's composed drafts are left out of that
    pool: they reuse each calm sentence in 5-9 drafts.
    """
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
    folds = fold_models(data, groups=writer_groups(data))
    final = train([s for rows, _ in data.values() for s in rows])
    # The smallest weights dropped for the file's size: leaving one writer
    # out, dropping those under 0.05 changed no figure (under 0.15: a third
    # of the size, 3 fewer anger drafts and 1 more clean flagged of 4 writers).
    final = {
        k: dataclasses.replace(
            m, weights={f: w for f, w in m.weights.items() if abs(w) >= SHIP_MIN_WEIGHT}
        )
        for k, m in final.items()
    }
    model = with_thresholds(data, final, folds)
    return with_gates(data, model, folds)


def with_gates(
    data: dict[str, tuple[list[Sentence], list[Draft]]],
    model: ToneModel,
    folds: dict[str, ToneModel],
) -> ToneModel:
    """The model with a draft gate per kind, trained on the folds' held-out scores.

    Its cut is the stricter of the held-out budget (bench/tone_stack.BUDGETS)
    and IN_SAMPLE_SHARE of the calm drafts trained on, scored by the shipped
    model (i11's composed dev half reuses each calm sentence in 5-9 drafts).
    """
    import tone_stack

    gates = tone_stack.train_gates(tone_stack.held_out_records(data, folds), tone_stack.BUDGETS)
    calm = [
        tone_stack.record(d.id, writer_of(name), d.kinds, d.text, model)
        for name, (_, drafts) in data.items()
        for d in drafts
        if not d.kinds
    ]
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


def fold_json(folds: dict[str, ToneModel]) -> str:
    """Fold models as JSON (bench/tone_lowo.py keeps them between runs)."""
    return json.dumps(
        {
            g: {
                k: {"bias": m.bias, "threshold": m.threshold, "weights": m.weights}
                for k, m in model.items()
            }
            for g, model in folds.items()
        }
    )


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


def writer_of(source: str) -> str:
    """Who wrote a source: i11, or which outside writer (by the file's name)."""
    if source.startswith("i11") or source == "templates":
        return "i11"
    for prefix in WRITERS:
        if source.startswith(f"{prefix}_"):
            return prefix
    return "extra"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--extra", nargs="*", type=Path, default=[], help="more TOML sources")
    parser.add_argument(
        "--out", type=Path, default=MODEL_FILE, help="where to write the model (to compare seeds)"
    )
    args = parser.parse_args()
    data = sources(args.extra)
    model = fit_all(data)
    args.out.write_text(to_json(model, sorted(data)), encoding="utf-8")
    sizes = {k: len(m.weights) for k, m in model.items()}
    print(f"wrote {args.out}: weights {sizes}", file=sys.stderr)
    print("thresholds:", {k: f"{m.threshold:.6f}" for k, m in model.items()}, file=sys.stderr)


if __name__ == "__main__":
    main()
