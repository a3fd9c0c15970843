"""Each alarm source's price on chosen writers: clean drafts it alone flags, drafts only it finds.

`uv run python bench/tone_price.py GLOB [GLOB ...]` checks every draft of the
tests/data/tone files the globs name (e.g. 'writer23[abc]_dev_*.toml') and
prints, per source (a rule's name, "model-KIND", "vader", or a structural
kind): the clean drafts flagged by it and nothing else, the clean drafts it
flags beside another source, and the labelled drafts whose every kind is
found and some kind by it alone (so they would be lost without it). Then the
whole check's figures, and the curve of the anger model's draft gate cut:
what each cut would free and lose, the other sources unchanged.

Only writers a source never saw price it honestly: the sentence model was
trained on writers up to writer14 (coach/tone_model.json "trained_on"), the
rules on those outside bench/tone_lowo.py's RULES_SAW. `--out FILE` keeps
the rows as JSON lines; `--rows FILE` prices a kept file again.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import tone_alarms

from coach import tone, tone_model
from coach.tone_corpus import load
from coach.tone_draft_gate import draft_facts
from coach.tone_structure import Span

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
GATE_CUTS = (0.83, 0.85, 0.86, 0.88, 0.9, 0.93, 0.95, 0.97)
_GATES: dict[str, float | None] = {}
_model_spans = tone_model.model_spans


def _spy(
    text: str,
    taken: list[Span],
    model: tone_model.ToneModel | None = None,
    gates: dict[str, float] | None = None,
) -> list[Span]:
    """model_spans, noting each kind's draft gate score on the way (None: under its floor)."""
    kinds = tone_model.shipped_model() if model is None else model
    scored = list(tone_model.sentence_scores(text, taken, kinds))
    ruled = frozenset(s.kind for s in taken if s.kind in kinds)
    for kind, kind_model in kinds.items():
        gate = kind_model.gate
        facts = draft_facts(kind, scored, gate.floor, ruled) if gate else None
        _GATES[kind] = gate.probability(facts) if gate and facts is not None else None
    return _model_spans(text, taken, model, gates)


def _one(item: tuple[str, str, list[str], str]) -> dict[str, object]:
    file, draft_id, kinds, text = item
    _GATES.clear()
    found = tone.check(text)
    sources = [
        [kind, f"model-{kind}" if source == "model" else source]
        for kind, source, _ in tone_alarms._sources(found)
    ]
    return {"file": file, "id": draft_id, "kinds": kinds, "found": sources, "gate": dict(_GATES)}


def collect(globs: list[str], jobs: int) -> list[dict]:
    """One row per draft: its labels, each finding's kind and source, the gate scores."""
    tone.model_spans = _spy  # type: ignore[assignment]
    items = [
        (path.stem, d.id, sorted(d.kinds), d.text)
        for pattern in globs
        for path in sorted(DATA.glob(pattern))
        for d in load(path)
    ]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(_one, items, chunksize=20)


def _right(row: dict, found: set[str]) -> bool:
    return set(row["kinds"]) <= found


def price(rows: list[dict]) -> None:
    """The price list, the whole check's figures and the anger gate's curve."""
    alone: Counter[str] = Counter()
    beside: Counter[str] = Counter()
    only: Counter[str] = Counter()
    for row in rows:
        sources = {s for _, s in row["found"]}
        if not row["kinds"]:
            for s in sources:
                (alone if len(sources) == 1 else beside)[s] += 1
            continue
        by_kind: dict[str, set[str]] = defaultdict(set)
        for kind, source in row["found"]:
            by_kind[kind].add(source)
        if _right(row, set(by_kind)):
            for kind in row["kinds"]:
                if len(by_kind[kind]) == 1:
                    only[next(iter(by_kind[kind]))] += 1
    print(f"{'source':<20} {'clean alone':>11} {'beside':>7} {'only finder':>12}")
    for s in sorted(set(alone) | set(beside) | set(only), key=lambda s: (-alone[s], -only[s])):
        print(f"{s:<20} {alone[s]:>11} {beside[s]:>7} {only[s]:>12}")
    print()
    for cut in GATE_CUTS:
        print(f"anger gate >= {cut:.2f}: {figures(rows, cut)}")


def figures(rows: list[dict], cut: float = 0.0) -> str:
    """Clean flagged, anger recall and right kind, with model anger only over `cut`."""
    clean = flagged = anger = caught = problems = right = 0
    for row in rows:
        gate = row["gate"].get("anger") or 0.0
        found = {k for k, s in row["found"] if not (s == "model-anger" and gate < cut)}
        if not row["kinds"]:
            clean += 1
            flagged += bool(found)
            continue
        problems += 1
        right += _right(row, found)
        if "anger" in row["kinds"]:
            anger += 1
            caught += "anger" in found
    return (
        f"clean {flagged}/{clean} = {flagged / max(clean, 1):.2%}, "
        f"anger {caught}/{anger} = {caught / max(anger, 1):.1%}, "
        f"right kind {right}/{problems} = {right / max(problems, 1):.1%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("globs", nargs="*", help="corpus file globs under tests/data/tone")
    parser.add_argument("--out", type=Path, help="keep the rows here (JSON lines)")
    parser.add_argument("--rows", type=Path, help="price rows kept before")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.rows:
        rows = [json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines()]
    elif args.globs:
        rows = collect(args.globs, args.jobs)
    else:
        parser.error("name corpus file globs, or --rows")
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    price(rows)


if __name__ == "__main__":
    main()
