"""Trains the tone sentence model on the dev half's hand-written sentences; writes coach/tone_model.json.

Run by hand: `uv run python -m coach.tone_train`. Deterministic: the same
sentences always give the same weights. Reads only the dev pieces; the frozen
half is never opened here.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
import tomllib
from pathlib import Path
from types import ModuleType

from coach.tone_model import MODEL_KINDS, MODEL_PATH, features, tokens

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
EPOCHS = 300
RATE = 0.5
L2 = 0.002
# Held-out clean sentences a threshold may flag, at most (the corpus target
# is one clean draft in a hundred; a draft has three or four sentences).
CLEAN_FLAG_RATE = 0.002
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

Example = tuple[list[str], frozenset[str]]


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(text) if len(tokens(s)) >= 3]


def examples(parts: ModuleType, shout_extra: dict[str, list[str]]) -> list[Example]:
    """Labelled sentences from one set of hand-written pieces."""
    out: list[Example] = []
    by_kind = {
        "anger": parts.ANGER + parts.SARCASM,
        "begging": parts.BEGGING,
        "public": parts.PUBLIC,
        "apology": parts.APOLOGY,
    }
    for kind, sentences in by_kind.items():
        out += [(features(s), frozenset({kind})) for s in sentences]
    for s in parts.SHOUTING:
        out.append((features(s), frozenset(shout_extra.get(s, [])) & set(MODEL_KINDS)))
    for s in parts.CLEAN + parts.STRUCTURE_NEAR_MISSES + parts.CURT:
        out.append((features(s), frozenset()))
    return out


def clean_drafts(name: str) -> list[Example]:
    """Sentences of the whole hand-written drafts that are fine to send."""
    rows = tomllib.loads((DATA / name).read_text(encoding="utf-8"))["draft"]
    return [(features(s), frozenset()) for r in rows if not r["kinds"] for s in _sentences(r["text"])]


def train(data: list[Example]) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Balanced, L2-regularised logistic regression per kind, full-batch gradient descent."""
    vocab = sorted({f for feats, _ in data for f in feats})
    index = {f: i for i, f in enumerate(vocab)}
    rows = [([index[f] for f in feats], kinds) for feats, kinds in data]
    bias: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for kind in MODEL_KINDS:
        positives = sum(kind in kinds for _, kinds in rows)
        negatives = len(rows) - positives
        w = [0.0] * len(vocab)
        b = 0.0
        pos_weight, neg_weight = len(rows) / (2 * positives), len(rows) / (2 * negatives)
        for _ in range(EPOCHS):
            grad = [0.0] * len(vocab)
            grad_b = 0.0
            for feats, kinds in rows:
                y = 1.0 if kind in kinds else 0.0
                z = b + sum(w[i] for i in feats)
                p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
                err = (p - y) * (pos_weight if y else neg_weight)
                grad_b += err
                for i in feats:
                    grad[i] += err
            n = len(rows)
            b -= RATE * grad_b / n
            for i in range(len(w)):
                w[i] -= RATE * (grad[i] / n + L2 * w[i])
        bias[kind] = round(b, 3)
        # Tiny weights change no decision; dropping them keeps the file small.
        weights[kind] = {vocab[i]: round(v, 3) for i, v in enumerate(w) if abs(v) >= 0.05}
    return bias, weights


def probability(bias: float, table: dict[str, float], feats: list[str]) -> float:
    z = bias + sum(table.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def held_out(train_on: list[Example], test_on: list[Example]) -> dict[str, list[tuple[float, bool]]]:
    """Scores of a model trained on one set for the sentences of the other."""
    bias, weights = train(train_on)
    return {
        kind: [(probability(bias[kind], weights[kind], f), kind in k) for f, k in test_on]
        for kind in MODEL_KINDS
    }


def main() -> None:
    build = _module("build")
    first = examples(_module("parts_dev"), build.SHOUT_EXTRA) + clean_drafts("legacy.toml")
    second = examples(_module("parts_dev2"), build.SHOUT_EXTRA) + clean_drafts("hand_dev2.toml")
    # Thresholds come from each set scored by a model that never saw it.
    scored = {kind: [] for kind in MODEL_KINDS}
    for a, b in ((first, second), (second, first)):
        for kind, rows in held_out(a, b).items():
            scored[kind] += rows
    threshold: dict[str, float] = {}
    for kind, rows in scored.items():
        clean = sorted((p for p, positive in rows if not positive), reverse=True)
        allowed = int(len(clean) * CLEAN_FLAG_RATE)
        cut = max(0.5, clean[allowed] + 1e-4 if allowed < len(clean) else 0.5)
        threshold[kind] = round(cut, 4)
        hits = sum(p >= cut for p, positive in rows if positive)
        total = sum(positive for _, positive in rows)
        print(
            f"{kind:<8} threshold {cut:.3f}: held-out recall {hits}/{total} = {hits / total:.0%},"
            f" clean sentences flagged {sum(p >= cut for p in clean)}/{len(clean)}",
            file=sys.stderr,
        )
    bias, weights = train(first + second)
    MODEL_PATH.write_text(
        json.dumps({"bias": bias, "threshold": threshold, "weights": weights}, sort_keys=True)
        + "\n",
        encoding="utf-8",
    )
    size = sum(len(t) for t in weights.values())
    print(f"wrote {MODEL_PATH.name}: {size} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
