"""How much the tone check's verdicts move between training seeds, alone and averaged.

`uv run python bench/tone_seeds.py [N]` trains the sentence model on every
dev set once per seed (0 to N-1, N = 6 unless given), forms two averaged
models from the two halves of the seeds (the way bench/tone_train.py
averages SEEDS), gives every model the
shipped thresholds (coach/tone_model.json), and counts the drafts whose set
of flagged kinds differs between two models of the same kind: one seed
against another, one average against the other. The drafts are the ones
trained on, so this measures steadiness, not accuracy.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import tone_train

from coach import tone
from coach.tone_corpus import Draft
from coach.tone_model import MODEL_KINDS, ToneModel, shipped_model

_ROWS: list[tone_train.Sentence] = []


def _one(seed: int) -> ToneModel:
    return tone_train.train_one(_ROWS, tone_train.SEED + seed)


def averaged(models: list[ToneModel]) -> ToneModel:
    """The models' weights averaged, as tone_train.train does for several seeds."""
    out: ToneModel = {}
    for kind in MODEL_KINDS:
        summed: dict[str, float] = {}
        for m in models:
            for f, w in m[kind].weights.items():
                summed[f] = summed.get(f, 0.0) + w / len(models)
        bias = sum(m[kind].bias for m in models) / len(models)
        out[kind] = dataclasses.replace(models[0][kind], bias=bias, weights=summed)
    return out


def verdicts(model: ToneModel, drafts: list[Draft]) -> list[frozenset[str]]:
    """Each draft's flagged kinds under the model, with the shipped thresholds."""
    shipped = shipped_model()
    ready = {
        k: dataclasses.replace(m, threshold=shipped[k].threshold, confirm=shipped[k].confirm)
        for k, m in model.items()
    }
    return [frozenset(f.kind for f in tone.check(d.text, model=ready)) for d in drafts]


def main() -> None:
    data = tone_train.sources([])
    _ROWS.extend(s for rows, _ in data.values() for s in rows)
    drafts = [
        d
        for name, (_, ds) in data.items()
        if tone_train.writer_of(name) != "i11"
        for d in ds
        if not d.id.startswith("template-")
    ]
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 6
    half = count // 2
    with multiprocessing.get_context("fork").Pool(tone_train.JOBS) as pool:
        singles = pool.map(_one, range(count))
    models = {f"seed {n}": m for n, m in enumerate(singles)}
    models["average A"] = averaged(singles[:half])
    models["average B"] = averaged(singles[half : 2 * half])
    seen = {name: verdicts(m, drafts) for name, m in models.items()}
    print(f"{len(drafts)} outside writers' drafts (trained on: steadiness, not accuracy)")
    for name, got in seen.items():
        clean = [g for g, d in zip(got, drafts, strict=True) if not d.kinds]
        anger = [("anger" in g) for g, d in zip(got, drafts, strict=True) if "anger" in d.kinds]
        print(
            f"  {name:<12} anger {sum(anger)}/{len(anger)}"
            f" | clean flagged {sum(bool(g) for g in clean)}/{len(clean)}"
        )
    print("drafts whose verdict differs:")
    pairs = [*itertools.combinations([f"seed {n}" for n in range(count)], 2)]
    spread = [sum(a != b for a, b in zip(seen[x], seen[y], strict=True)) for x, y in pairs]
    print(f"  one seed against another: {min(spread)}-{max(spread)} ({len(pairs)} pairs)")
    both = sum(a != b for a, b in zip(seen["average A"], seen["average B"], strict=True))
    print(f"  average of seeds 0-{half - 1} against average of seeds {half}-{2 * half - 1}: {both}")


if __name__ == "__main__":
    main()
