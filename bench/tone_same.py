"""Every corpus draft's findings, written out so a speed change can be shown to change none.

`uv run python bench/tone_same.py --out FILE` runs tone.check over every draft
of tests/data/tone/*.toml and writes one line per draft: its file and id,
then each finding whole (kind, place, length, text, reason, suggestion). Run
it before and after a change that should change no verdict; `cmp` the files.

Each draft is checked twice: once as it comes (the sentence caches hold
whatever earlier drafts left), once more straight after (every sentence
already seen, as when the editor rechecks a retyped draft). A draft whose
two checks differ is written with a MISMATCH line, so the caches are
checked too. `--rules-alone` checks with no model (model={}), as the
rules-alone figures in the README are taken.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path

from coach import tone
from coach.tone_corpus import load

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"


def line(findings: list[tone.Finding]) -> str:
    """The findings as one JSON line, each with every field."""
    return json.dumps([dataclasses.astuple(f) for f in findings], ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="where to write the findings")
    parser.add_argument("--rules-alone", action="store_true", help="check with no model")
    args = parser.parse_args()
    model = {} if args.rules_alone else None
    count = mismatches = 0
    began = time.process_time()
    with args.out.open("w", encoding="utf-8") as out:
        for path in sorted(DATA.glob("*.toml")):
            for draft in load(path):
                first = line(tone.check(draft.text, model=model))
                again = line(tone.check(draft.text, model=model))
                out.write(f"{path.name}\t{draft.id}\t{first}\n")
                if again != first:
                    mismatches += 1
                    out.write(f"MISMATCH {path.name}\t{draft.id}\t{again}\n")
                count += 1
    took = time.process_time() - began
    print(f"{count} drafts, {mismatches} whose second check differed, {took:.1f} s CPU")


if __name__ == "__main__":
    main()
