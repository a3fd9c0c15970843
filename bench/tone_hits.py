"""Every hit of the anger rules over the corpus, with what the second opinion reads of it.

`uv run python bench/tone_hits.py --out FILE` writes one JSON line per anger
rule hit still standing after the model's own veto (coach/tone_model.py
`vetoed`), the input of bench/tone_hit_train.py: the draft's file and id,
the hit's place and reason, the draft's other anger spans and the anger
model's score of each of its other sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coach import tone
from coach.tone_corpus import load
from coach.tone_hit_veto import anger_scores, rule_names
from coach.tone_model import vetoed
from coach.tone_rules import shipped_rules
from coach.tone_structure import Span
from coach.tone_vader import sentences
from coach.tone_wording import wording

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"


def standing(text: str) -> list[Span]:
    """The rule spans the check keeps after the model's veto, as tone.check finds them."""
    words = wording(text, None, keep_excused=True)
    keep = tone._own_reasons(None)
    doubted = frozenset(r.reason for r in shipped_rules().rules if r.model_confirms)
    dropped = vetoed(text, words, None, keep, doubted, frozenset())
    return [s for s in words if s not in dropped]


def hits_of(text: str) -> list[dict[str, object]]:
    """The anger rule hits of one draft, each with its context."""
    spans = standing(text)
    reasons = rule_names()
    anger = [s for s in spans if s.kind == "anger" and s.reason in reasons]
    out = []
    for span in anger:
        around = next(((a, b) for a, b in sentences(text) if a <= span.start < b), None)
        others = [(s.start, s.end, s.reason) for s in anger if s != span]
        out.append(
            {
                "start": span.start,
                "end": span.end,
                "reason": span.reason,
                "others": others,
                "scores": anger_scores(text, around),
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--glob", default="*.toml")
    args = parser.parse_args()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in sorted(DATA.glob(args.glob)):
            for draft in load(path):
                for hit in hits_of(draft.text):
                    row = {"file": path.name, "id": draft.id, "kinds": sorted(draft.kinds), **hit}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    count += 1
    print(f"{count} hits", file=sys.stderr)


if __name__ == "__main__":
    main()
