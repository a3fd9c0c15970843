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

import tone_learn

from coach.tone_corpus import load
from coach.tone_hit_veto import HIT_MODEL_FILE, hit_features, probability, rule_names
from coach.tone_structure import Span

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
SEED = 24
FOLDS = 10
EPOCHS = 10
RATE = 0.1
L2 = 1e-3
# A lost anger draft costs this many freed clean ones when a threshold is picked.
COST = 3.0
THRESHOLDS = tuple(t / 100 for t in range(1, 60))


def group_of(file: str) -> str:
    """The writer of a corpus file: its name without the batch number."""
    return re.sub(r"(?:_\d+)?\.toml$", "", file)


def fit(rows: list[tuple[set[str], int]], seed: int) -> tuple[float, dict[str, float]]:
    """The model's own regression (bench/tone_learn.py) with this model's settings."""
    sorted_rows = [(sorted(feats), y) for feats, y in rows]
    return tone_learn.fit(sorted_rows, seed, epochs=EPOCHS, rate=RATE, l2=L2, min_weight=0.01)


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


def vetoes(
    hits: list[dict], scores: list[float], cut: float, rules: set[str]
) -> dict[str, set[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    for hit, p in zip(hits, scores, strict=True):
        if p < cut and hit["rule"] in rules:
            out[hit["id"]].add(hit["start"])
    return out


def pick(corpus: Corpus, hits: list[dict], scores: list[float], rules: set[str]) -> float:
    """The threshold with the most freed clean drafts less COST per lost anger draft."""
    best, best_gain = 0.0, 0.0
    for cut in THRESHOLDS:
        o = outcome(corpus, vetoes(hits, scores, cut, rules))
        gain = o["freed"] - COST * o["lost"]
        if gain > best_gain:
            best, best_gain = cut, gain
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hits", type=Path, required=True)
    parser.add_argument("--same", type=Path, required=True)
    parser.add_argument("--rules", default="quoted-back,sarcasm-shape,harsh-judgement")
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--sole", type=float, default=1.0, help="weight of hits not alone in their draft"
    )
    parser.add_argument("--dump", type=Path, help="write each hit's held-out score here")
    parser.add_argument("--folds-out", type=Path, help="write each fold's model and writers here")
    args = parser.parse_args()
    rules = set(args.rules.split(","))
    corpus = Corpus(args.same)
    names = rule_names()
    hits = []
    for line in args.hits.open(encoding="utf-8"):
        h = json.loads(line)
        h["rule"] = names[h["reason"]]
        text = corpus.text[h["id"]]
        span = Span(h["start"], h["end"], "anger", h["reason"], "")
        others = [Span(a, b, "anger", r, "") for a, b, r in h["others"]]
        h["feats"] = hit_features(text, span, others, h["scores"])
        h["y"] = int("anger" in h["kinds"])
        h["group"] = group_of(h["file"])
        found = corpus.found[h["id"]]
        h["sole"] = not any(k == "anger" and s != h["start"] for k, s in found)
        hits.append(h)
    train_hits = [h for h in hits if h["rule"] in rules and (h["sole"] or args.sole > 0)]
    groups = sorted({h["group"] for h in hits})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    held = [0.0] * len(hits)
    fold_models = []
    for k in range(FOLDS):
        rows = [(h["feats"], h["y"]) for h in train_hits if fold_of[h["group"]] != k]
        bias, weights = fit(rows, SEED)
        fold_models.append({"rules": sorted(rules), "bias": bias, "weights": weights})
        for i, h in enumerate(hits):
            if fold_of[h["group"]] == k:
                held[i] = probability({"bias": bias, "weights": weights}, h["feats"])
    # Each fold's threshold from the other folds' held-out scores.
    total: Counter[str] = Counter()
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    cuts = []
    for k in range(FOLDS):
        idx = [i for i, h in enumerate(hits) if fold_of[h["group"]] != k]
        cut = pick(corpus, [hits[i] for i in idx], [held[i] for i in idx], rules)
        cuts.append(cut)
        fold_models[k]["threshold"] = cut
        idx = [i for i, h in enumerate(hits) if fold_of[h["group"]] == k]
        fh, fs = [hits[i] for i in idx], [held[i] for i in idx]
        total.update(outcome(corpus, vetoes(fh, fs, cut, rules)))
        for rule in rules:
            per_rule[rule].update(outcome(corpus, vetoes(fh, fs, cut, {rule})))
    print("thresholds per fold", cuts)
    print("held out, grouped:", dict(total))
    for rule, o in sorted(per_rule.items()):
        print(f"  {rule:20} {dict(o)}")
    for cut in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5):
        print(f"  at {cut}: {dict(outcome(corpus, vetoes(hits, held, cut, rules)))}")
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
        cut = pick(corpus, hits, held, rules)
        bias, weights = fit([(h["feats"], h["y"]) for h in train_hits], SEED)
        model = {
            "rules": sorted(rules),
            "threshold": cut,
            "bias": round(bias, 4),
            "weights": weights,
        }
        HIT_MODEL_FILE.write_text(
            json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {HIT_MODEL_FILE.name}: threshold {cut}, {len(weights)} weights")


if __name__ == "__main__":
    main()
