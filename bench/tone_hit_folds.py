"""The whole check over the corpus with each writer's hits judged by a fold that never saw them.

`uv run python bench/tone_hit_folds.py --folds FILE --out FILE` reads the fold
models bench/tone_hit_train.py --folds-out wrote and writes findings in
bench/tone_same.py's format, each draft checked with the second opinion of
the fold that held its writer out (at that fold's threshold, picked on the
other folds). Compare with a run of the check without the second opinion.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tone_hit_train import group_of
from tone_same import DATA, line

from coach import tone, tone_hit_veto
from coach.tone_corpus import load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    folds = json.loads(args.folds.read_text(encoding="utf-8"))
    models = folds["models"]
    with args.out.open("w", encoding="utf-8") as out:
        for path in sorted(DATA.glob("*.toml")):
            model = models[folds["fold_of"][group_of(path.name)]]
            tone_hit_veto.shipped_hit_model = lambda model=model: model  # type: ignore[assignment]
            for draft in load(path):
                out.write(f"{path.name}\t{draft.id}\t{line(tone.check(draft.text))}\n")


if __name__ == "__main__":
    main()
