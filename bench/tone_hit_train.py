"""Trains the second opinion on the anger rules' hits, measured grouped by writer.

`uv run python bench/tone_hit_train.py --hits FILE --same FILE` reads the hits
bench/tone_hits.py wrote and the whole check's findings bench/tone_same.py
wrote (to tell, draft by draft, whether the check flags it). Each hit is an
example: 1 when its draft is labelled anger, else 0. The writers are split
into FOLDS groups; each group's hits are scored by a model that never saw
that writer, and each group's threshold is picked on the other groups' scores.
It prints, per rule and in all, the clean drafts the veto frees and the anger
drafts it loses. `--write` also trains on every hit and writes
coach/tone_hit_model.json with the threshold picked on all the held-out scores.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

import orjson
import tone_learn

from coach import tone_hit_veto
from coach.tone_corpus import load
from coach.tone_hit_veto import HIT_MODEL_FILE, hit_features, probability, rule_names, summary
from coach.tone_structure import Span

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
SEED = 24
FOLDS = 10
EPOCHS = 10
RATE = 0.1
L2 = 1e-3
# A lost anger draft costs this many freed clean ones when a threshold is picked.
COST = 3.0
# The rules judged, a model each family: s24's two, then the other weak anger rules.
FAMILIES = "quoted-back,sarcasm-shape/sarcasm-idioms,sarcasm,harsh-judgement"
THRESHOLDS = (0.002, 0.005, *(t / 100 for t in range(1, 60)))


def group_of(file: str) -> str:
    """The writer of a corpus file: its name without the batch number."""
    return re.sub(r"(?:_\d+)?\.toml$", "", file)


def fit(
    rows: list[tuple[set[str], int]], seed: int, l2: float = L2
) -> tuple[float, dict[str, float]]:
    """The model's own regression (bench/tone_learn.py) with this model's settings."""
    sorted_rows = [(sorted(feats), y) for feats, y in rows]
    return tone_learn.fit(sorted_rows, seed, epochs=EPOCHS, rate=RATE, l2=l2, min_weight=0.01)


def offsets(text: str, line: int, column: int) -> int:
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + column - 1


class Corpus:
    """The drafts, their labels and the whole check's findings, by id."""

    def __init__(self, same: Path) -> None:
        self.text: dict[str, str] = {}
        self.kinds: dict[str, frozenset[str]] = {}
        for path in sorted(DATA.glob("*.toml")):
            for d in load(path):
                self.text[d.id] = d.text
                self.kinds[d.id] = d.kinds
        # Each draft's findings: (kind, start offset).
        self.found: dict[str, list[tuple[str, int]]] = {}
        for line in same.open(encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0].startswith("MISMATCH"):
                continue
            text = self.text[parts[1]]
            self.found[parts[1]] = [(f[0], offsets(text, f[1], f[2])) for f in json.loads(parts[2])]


def outcome(corpus: Corpus, vetoed: dict[str, set[int]]) -> Counter[str]:
    """Clean drafts freed and anger drafts lost when the hits at these starts are vetoed."""
    out: Counter[str] = Counter()
    for draft, starts in vetoed.items():
        found = corpus.found[draft]
        left = [(k, s) for k, s in found if not (k == "anger" and s in starts)]
        kinds = corpus.kinds[draft]
        if not kinds and found and not left:
            out["freed"] += 1
        had = any(k == "anger" for k, _ in found)
        gone = had and not any(k == "anger" for k, _ in left)
        if gone and "anger" in kinds:
            out["lost"] += 1
        if gone and kinds and "anger" not in kinds:
            out["wrong_kind_freed"] += 1
    return out


def vetoes(hits: list[dict], scores: list[float], cuts: dict[str, float]) -> dict[str, set[int]]:
    """The starts of the hits scored under their rule's threshold, by draft."""
    out: dict[str, set[int]] = defaultdict(set)
    for hit, p in zip(hits, scores, strict=True):
        if p < cuts.get(hit["rule"], 0.0):
            out[hit["id"]].add(hit["start"])
    return out


def gain(corpus: Corpus, hits: list[dict], scores: list[float], cuts: dict[str, float]) -> float:
    o = outcome(corpus, vetoes(hits, scores, cuts))
    return o["freed"] - COST * o["lost"]


def pick(
    corpus: Corpus,
    hits: list[dict],
    scores: list[float],
    units: list[list[str]],
    fixed: dict[str, float],
) -> dict[str, float]:
    """The thresholds with the most freed clean drafts less COST per lost anger draft.

    Each unit of rules shares one threshold; the units' are found one at a
    time with the others held, in two sweeps (0 leaves a unit's rules alone).
    """
    cuts = {rule: 0.0 for unit in units for rule in unit} | fixed
    for _sweep in range(2):
        for unit in units:
            best_gain = gain(corpus, hits, scores, cuts)
            for cut in THRESHOLDS:
                g = gain(corpus, hits, scores, {**cuts, **dict.fromkeys(unit, cut)})
                if g > best_gain:
                    cuts.update(dict.fromkeys(unit, cut))
                    best_gain = g
    return cuts


def kept_models(rules: set[str]) -> list[dict]:
    """The shipped models judging these rules, each narrowed to them."""
    out = []
    for model in orjson.loads(HIT_MODEL_FILE.read_bytes())["models"]:
        mine = {r: c for r, c in model["thresholds"].items() if r in rules}
        if mine:
            out.append({**model, "thresholds": mine})
    return out


def model_of(
    families: list[list[str]], fits: list[tuple[float, dict]], cuts: dict, kept: list[dict]
) -> dict:
    """The second opinion as coach/tone_hit_veto.py reads it: the kept models, then a
    model per family of rules, each with its rules' thresholds (0: not judged)."""
    models = list(kept)
    for family, (bias, weights) in zip(families, fits, strict=True):
        kept = {r: cuts[r] for r in sorted(family) if cuts[r] > 0}
        if kept:
            models.append({"thresholds": kept, "bias": round(bias, 4), "weights": weights})
    return {"models": models}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hits", type=Path, required=True)
    parser.add_argument("--same", type=Path, required=True)
    parser.add_argument(
        "--families",
        default=FAMILIES,
        help="rules judged, a model per family: 'a,b/c,d' (each family shares a threshold)",
    )
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--keep",
        default="",
        help="rules whose model in the shipped file is kept as it is, weights and threshold",
    )
    parser.add_argument("--l2", type=float, default=L2, help="the fit's weight decay")
    parser.add_argument("--per-rule", action="store_true", help="a threshold per rule")
    parser.add_argument(
        "--sole", type=float, default=1.0, help="weight of hits not alone in their draft"
    )
    parser.add_argument("--no-about", action="store_true", help="without tone_hit_about's features")
    parser.add_argument("--dump", type=Path, help="write each hit's held-out score here")
    parser.add_argument("--folds-out", type=Path, help="write each fold's model and writers here")
    args = parser.parse_args()
    families = [f.split(",") for f in args.families.split("/")]
    kept = kept_models(set(args.keep.split(",")) - {""})
    rules = {r for f in families for r in f} | {r for m in kept for r in m["thresholds"]}
    if args.no_about:
        tone_hit_veto.about_features = lambda *_: set()  # type: ignore[assignment]
    corpus = Corpus(args.same)
    names = rule_names()
    hits = []
    for line in args.hits.open(encoding="utf-8"):
        h = json.loads(line)
        h["rule"] = names[h["reason"]]
        text = corpus.text[h["id"]]
        span = Span(h["start"], h["end"], "anger", h["reason"], "")
        h["feats"] = hit_features(text, span, len(h["others"]), summary(h["scores"]))
        h["y"] = int("anger" in h["kinds"])
        h["group"] = group_of(h["file"])
        found = corpus.found[h["id"]]
        h["sole"] = not any(k == "anger" and s != h["start"] for k, s in found)
        hits.append(h)
    groups = sorted({h["group"] for h in hits})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    held = [0.0] * len(hits)
    fits: list[list[tuple[float, dict]]] = [[] for _ in range(FOLDS)]
    for family in families:
        train_hits = [h for h in hits if h["rule"] in family and (h["sole"] or args.sole > 0)]
        for k in range(FOLDS):
            rows = [(h["feats"], h["y"]) for h in train_hits if fold_of[h["group"]] != k]
            bias, weights = fit(rows, SEED, args.l2)
            fits[k].append((bias, weights))
            for i, h in enumerate(hits):
                if fold_of[h["group"]] == k and h["rule"] in family:
                    held[i] = probability({"bias": bias, "weights": weights}, h["feats"])
    for model in kept:
        for i, h in enumerate(hits):
            if h["rule"] in model["thresholds"]:
                held[i] = probability(model, h["feats"])
    units = [[r] for f in families for r in f] if args.per_rule else families
    fixed = {r: float(c) for m in kept for r, c in m["thresholds"].items()}
    # Each fold's thresholds from the other folds' held-out scores.
    total: Counter[str] = Counter()
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    fold_models = []
    for k in range(FOLDS):
        idx = [i for i, h in enumerate(hits) if fold_of[h["group"]] != k]
        cut = pick(corpus, [hits[i] for i in idx], [held[i] for i in idx], units, fixed)
        print(f"fold {k}: {cut}")
        fold_models.append(model_of(families, fits[k], cut, kept))
        idx = [i for i, h in enumerate(hits) if fold_of[h["group"]] == k]
        fh, fs = [hits[i] for i in idx], [held[i] for i in idx]
        total.update(outcome(corpus, vetoes(fh, fs, cut)))
        for rule in rules:
            per_rule[rule].update(outcome(corpus, vetoes(fh, fs, {rule: cut[rule]})))
    print("held out, grouped:", dict(total))
    for rule, o in sorted(per_rule.items()):
        print(f"  {rule:20} {dict(o)}")
    for c in (0.005, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5):
        for rule in sorted(rules):
            print(f"  {rule} at {c}: {dict(outcome(corpus, vetoes(hits, held, {rule: c})))}")
    if args.folds_out:
        args.folds_out.write_text(
            json.dumps({"fold_of": fold_of, "models": fold_models}), encoding="utf-8"
        )
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for h, p in zip(hits, held, strict=True):
                row = {k: v for k, v in h.items() if k not in ("feats", "scores")}
                out.write(json.dumps({**row, "p": round(p, 4)}, ensure_ascii=False) + "\n")
    if args.write:
        cut = pick(corpus, hits, held, units, fixed)
        whole = []
        for family in families:
            mine = [h for h in hits if h["rule"] in family and (h["sole"] or args.sole > 0)]
            whole.append(fit([(h["feats"], h["y"]) for h in mine], SEED, args.l2))
        model = model_of(families, whole, cut, kept)
        HIT_MODEL_FILE.write_text(
            json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {HIT_MODEL_FILE.name}: thresholds {cut}")


if __name__ == "__main__":
    main()
