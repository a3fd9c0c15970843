"""Trains the tone check's sentence model and measures it across writers.

`uv run python bench/tone_train.py` trains on every dev set in tests/data/tone
and writes coach/tone_model.json (deterministic: same data, same weights).
`--cv` instead holds out one source at a time (i11's sets, or one writer's
file), trains on the rest, and scores the whole check (rules + model) on the
held-out source: the figure that says how it does on someone else's words.
`--extra PATH ...` adds TOML files of drafts as sources of their own.
For measuring only: TONE_BUDGET="anger=4 begging=4 public=4" changes the
clean-sentence budgets, TONE_HOLD=source sets thresholds by held-out file
instead of held-out writer, TONE_L2 and TONE_EPOCHS change the training,
TONE_ONLY="writer_dev writer_frozen" limits `--cv --by-writer` to those
held-out writers, TONE_SEED=N shifts the training's seed (the spread of the
thresholds between retrains).

The model: one logistic regression per wording kind over the features of
coach/tone_features.py, trained by plain stochastic gradient descent with a
fixed seed. Whole drafts only say which kinds they carry, not which sentence
does, so sentences of a problem draft are first unknown; a first model (and
the rules) pick the sentence(s) that carry the kind, and a second model is
trained on those. The score each kind speaks up at is set on clean drafts of
sources the model did not train on, so that few clean drafts are flagged.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import random
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from coach import tone
from coach.tone_corpus import Draft, load, score
from coach.tone_features import CUE_ONLY, MIN_SENTENCE, features
from coach.tone_model import (
    MODEL_FILE,
    MODEL_KINDS,
    KindModel,
    ToneModel,
    model_spans,
    sentence_scores,
)
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
# writer3_frozen_* (the frozen half scored once at 839eb24, dev since) and
# writer4_dev_* (the batches of /work/extra/tone3, each scored on arrival).
WRITER_GLOBS = (
    "writer_dev_*.toml",
    "writer_frozen_*.toml",
    "writer2_dev_*.toml",
    "writer3_frozen_*.toml",
    "writer4_dev_*.toml",
)

SEED = 11 + int(os.environ.get("TONE_SEED", "0"))
EPOCHS = int(os.environ.get("TONE_EPOCHS", "12"))
RATE = 0.2
L2 = float(os.environ.get("TONE_L2", "1e-4"))
# Distinct clean sentences (of writers a model did not train on) the model
# alone may flag, per kind, over all held-out writers pooled (the counts
# last round's budgets came to with four writers). Measured last round by
# holding out each outside writer in turn (--cv --by-writer, two writers):
# 2 each flagged 0.4% of their clean
# drafts, 4 each 1.0%, 7 each 2.0%, recall rising a few points per step.
# Anger gave most false alarms, so it gets the tighter budget. Thresholds set
# only on the outside writers (leaving out i11's near misses) flagged more
# (1.3-1.7%); a stronger L2 (TONE_L2=1e-3) gave more recall and more alarms.
CLEAN_SENTENCES = {"anger": 3, "begging": 4, "public": 4, "apology": 0}
if os.environ.get("TONE_BUDGET"):  # for measuring: "anger=3 begging=2 ..."
    CLEAN_SENTENCES.update(
        (k, int(v)) for k, v in (pair.split("=") for pair in os.environ["TONE_BUDGET"].split())
    )
MIN_THRESHOLD = 0.5
# How far above the highest calm peak allowed through a threshold sits, in
# log-odds (a score 1% more likely to be the kind than that peak).
CUT_MARGIN = 0.01
# Share of the calm drafts trained on that the shipped model may flag, per
# kind (see with_thresholds): a quarter of the 1% target each.
IN_SAMPLE_SHARE = 0.0025


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
        for start, end in sentences(d.text):
            text = d.text[start:end].strip()
            if len(text) < MIN_SENTENCE:
                continue
            labels: dict[str, int | None] = {k: None if k in d.kinds else 0 for k in MODEL_KINDS}
            out.append(Sentence(source, d.id, text, features(text), labels))
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
    return bias, {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.005}


def _rows(data: list[Sentence], kind: str) -> list[tuple[list[str], int]]:
    return [(_weighed(s.feats), label) for s in data if (label := s.labels[kind]) is not None]


def _weighed(feats: list[str]) -> list[str]:
    """The features the model gives weights to (not those that only gate it)."""
    return [f for f in feats if f not in CUE_ONLY]


def train(data: list[Sentence]) -> ToneModel:
    """Two rounds per kind: learn from what is known, then pick the carrying sentences."""
    clean_texts = {s.text for s in data if all(v == 0 for v in s.labels.values())}
    model: ToneModel = {}
    for n, kind in enumerate(MODEL_KINDS):
        first = KindModel(*_fit(_rows(data, kind), SEED + n), threshold=0.5)
        picked = _pick_carriers(data, kind, first, clean_texts)
        model[kind] = KindModel(*_fit(picked, SEED + n), threshold=0.5)
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


def _clean_sentence_peaks(model: ToneModel, drafts: list[Draft]) -> dict[str, dict[str, float]]:
    """Per kind, each distinct sentence of a clean draft and its score, where no rule spoke."""
    peaks: dict[str, dict[str, float]] = {k: {} for k in MODEL_KINDS}
    for d in drafts:
        if d.kinds:
            continue
        taken = wording(d.text, keep_excused=True)
        for start, end, kind, p, _feats in sentence_scores(d.text, taken, model):
            text = d.text[start:end].strip()
            peaks[kind][text] = max(p, peaks[kind].get(text, 0.0))
    return peaks


def _clean_draft_peaks(model: ToneModel, drafts: list[Draft]) -> dict[str, list[float]]:
    """Per kind, each clean draft's highest sentence score, where no rule spoke."""
    peaks: dict[str, list[float]] = {k: [] for k in MODEL_KINDS}
    for d in drafts:
        if d.kinds:
            continue
        best = dict.fromkeys(MODEL_KINDS, 0.0)
        for _start, _end, kind, p, _feats in sentence_scores(
            d.text, wording(d.text, keep_excused=True), model
        ):
            best[kind] = max(best[kind], p)
        for kind, p in best.items():
            peaks[kind].append(p)
    return peaks


def with_thresholds(
    data: dict[str, tuple[list[Sentence], list[Draft]]], final: ToneModel
) -> ToneModel:
    """Each kind's threshold from clean sentences of writers each inner model never saw.

    The composed dev drafts reuse each clean sentence in several drafts, so
    the budget counts distinct sentences: at most CLEAN_SENTENCES[kind] of
    them may score at or above the threshold.
    """
    peaks: dict[str, dict[str, float]] = {k: {} for k in MODEL_KINDS}
    # By writer, not by file: a model held out from one file of a writer has
    # still learned that writer's ways, so thresholds set that way were too
    # low for a new writer (the old frozen half: 11 of 230 clean drafts flagged).
    group = (lambda name: name) if os.environ.get("TONE_HOLD") == "source" else writer_of
    held_groups = sorted({group(name) for name in data})
    print("thresholds from held-out:", ", ".join(held_groups), file=sys.stderr)
    per_fold: dict[str, list[float]] = {k: [] for k in MODEL_KINDS}
    for held in held_groups:
        inner = train([s for name, (rows, _) in data.items() if group(name) != held for s in rows])
        drafts = [d for name, (_, ds) in data.items() if group(name) == held for d in ds]
        for kind, found in _clean_sentence_peaks(inner, drafts).items():
            for text, p in found.items():
                peaks[kind][text] = max(p, peaks[kind].get(text, 0.0))
            # The cut this fold alone would give (a quarter of the budget, as
            # it was set with four writers pooled): how far the thresholds
            # move from one set of writers to another.
            per_fold[kind].append(_cut(list(found.values()), CLEAN_SENTENCES[kind] // 4))
    for kind, cuts in per_fold.items():
        shown = ", ".join(f"{g} {c:.6f}" for g, c in zip(held_groups, cuts, strict=True))
        print(f"{kind}: threshold per held-out writer: {shown}", file=sys.stderr)
    # The shipped model's own scores of the calm drafts it was trained on: it
    # cannot fit every one (public scored "Maybe see you at the next Write the
    # Docs meetup." 0.9999 after training on it as calm), and i11's composed
    # drafts reuse each calm sentence in 5-9 drafts, so one such sentence broke
    # the dev half's 1% target. At most IN_SAMPLE_SHARE of the calm drafts
    # trained on may score over the threshold; it is the stricter of the two.
    everything = [d for _, ds in data.values() for d in ds]
    known = _clean_draft_peaks(final, everything)
    in_sample = max(1, round(IN_SAMPLE_SHARE * sum(not d.kinds for d in everything)))
    out: ToneModel = {}
    for kind in MODEL_KINDS:
        values = list(peaks[kind].values())
        # A fixed count, not one that grows with the writers pooled: scaled
        # by the number of writers (as last round), a sixth writer of 60
        # drafts let public's threshold fall from 0.98 to 0.59 through the
        # flat top of the scores, flagging 3 of i11's calm sentences (24
        # drafts). More writers pooled now make the budget stricter instead.
        allowed = CLEAN_SENTENCES[kind]
        top = sorted(peaks[kind].items(), key=lambda kv: -kv[1])[: allowed + 2]
        print(f"{kind}: top clean peaks", [(round(p, 4), t[:60]) for t, p in top], file=sys.stderr)
        cut = max(_cut(values, allowed), _cut(known[kind], in_sample))
        out[kind] = KindModel(final[kind].bias, final[kind].weights, cut)
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
    if peak >= 1.0:
        return 1.0
    above = 1 / (1 + math.exp(-(math.log(peak / (1 - peak)) + CUT_MARGIN)))
    return max(MIN_THRESHOLD, above)


def fit_all(data: dict[str, tuple[list[Sentence], list[Draft]]]) -> ToneModel:
    """The model trained on every source, with thresholds set across sources."""
    final = train([s for rows, _ in data.values() for s in rows])
    return with_thresholds(data, final)


def to_json(model: ToneModel, trained_on: list[str]) -> str:
    """The model as the JSON coach/tone_model.py reads."""
    kinds = {
        # The threshold in full: rounded to four places, 0.99996 became 1.0.
        kind: {"bias": round(m.bias, 4), "threshold": m.threshold, "weights": m.weights}
        for kind, m in model.items()
    }
    body = {"trained_on": trained_on, "by": "bench/tone_train.py", "kinds": kinds}
    return json.dumps(body, indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def writer_of(source: str) -> str:
    """Who wrote a source: i11, or which outside writer (by the file's name)."""
    if source.startswith("i11") or source == "templates":
        return "i11"
    for prefix in ("writer_dev", "writer_frozen", "writer2_dev", "writer3_frozen", "writer4_dev"):
        if source.startswith(prefix):
            return prefix
    return "extra"


def cross_writer(
    data: dict[str, tuple[list[Sentence], list[Draft]]], *, by_writer: bool, show: bool
) -> None:
    """Hold out each source (or each writer) in turn; score rules alone and rules + model."""
    groups = sorted({writer_of(n) for n in data}) if by_writer else list(data)
    only = os.environ.get("TONE_ONLY", "").split()
    for held in [g for g in groups if not only or g in only]:
        inside = [n for n in data if (writer_of(n) if by_writer else n) == held]
        # Template parts train the model as clean sentences; scored alone,
        # each part is a short "draft", so they are left out of the score.
        drafts = [d for n in inside if n != "templates" for d in data[n][1]]
        rest = {name: v for name, v in data.items() if name not in inside}
        model = fit_all(rest)
        rules_only = score(lambda t: tone.check(t, model={}), drafts, tone.KINDS)
        both = score(lambda t, m=model: tone.check(t, model=m), drafts, tone.KINDS)
        print(f"\n== held out: {held} ({len(drafts)} drafts); trained on {', '.join(rest)}")
        print("thresholds:", {k: f"{m.threshold:.6f}" for k, m in model.items()})
        for label, result in (("rules only", rules_only), ("rules + model", both)):
            recalls = " ".join(f"{k} {result.recall(k):.0%}" for k in MODEL_KINDS)
            print(
                f"  {label:<13} {recalls} | right kind {result.flagged_right:.1%}"
                f" | clean flagged {len(result.false_alarms)}/{result.clean}"
            )
        if show:
            _show_model_findings(drafts, model)


def _show_model_findings(drafts: list[Draft], model: ToneModel) -> None:
    for d in drafts:
        for span in model_spans(d.text, wording(d.text, keep_excused=True), model):
            mark = "ok " if span.kind in d.kinds else "BAD"
            p = model[span.kind].probability(features(d.text[span.start : span.end]))
            print(f"   {mark} {span.kind:<8} {p:.3f} {d.id}: {d.text[span.start : span.end]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="hold out each source in turn")
    parser.add_argument("--by-writer", action="store_true", help="with --cv: hold out a writer")
    parser.add_argument("--show", action="store_true", help="with --cv: list model findings")
    parser.add_argument("--extra", nargs="*", type=Path, default=[], help="more TOML sources")
    parser.add_argument(
        "--out", type=Path, default=MODEL_FILE, help="where to write the model (to compare seeds)"
    )
    args = parser.parse_args()
    data = sources(args.extra)
    if args.cv:
        cross_writer(data, by_writer=args.by_writer, show=args.show)
        return
    model = fit_all(data)
    args.out.write_text(to_json(model, sorted(data)), encoding="utf-8")
    sizes = {k: len(m.weights) for k, m in model.items()}
    print(f"wrote {args.out}: weights {sizes}", file=sys.stderr)
    print("thresholds:", {k: f"{m.threshold:.6f}" for k, m in model.items()}, file=sys.stderr)


if __name__ == "__main__":
    main()
