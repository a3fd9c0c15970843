"""The whole shipped check on outside writers, each read by sentence weights that never saw it.

`uv run python bench/tone_held_whole.py --model M.json --out ROWS --writers RE`
checks every draft of each outside writer whose name matches RE with the
check exactly as it ships (rules, the hit veto, draft gates, the draft-level
decision), but with the sentence weights of the grouped fold that held that
writer out (bench/tone_folds.py's kept folds for the current data; none is
trained here) under M's cuts, confirms and gates. `--as-is` reads every
draft with M as it is instead: main's shipped model on the writers it was
never trained on is held out the same way. One JSON line per draft: writer,
id, labels, kinds found, and each finding's kind and source.

`--curve ROWS --kind K --cuts C ...` replays K's draft gate raised to each
cut (from the gate scores each row keeps). `--summary ROWS [ROWS ...]`
prints, per file and per set of writers, clean drafts flagged, each kind's
recall and right kind; `--freed OLD NEW` lists the clean drafts OLD flagged
and NEW does not, and the labelled drafts whose right kind NEW lost, with
their lone sources.

bench/tone_stack.py's records replay the gates alone; the decision, the hit
veto and the second signal read the shipped model by name (tone.check with a
model of its own skips them), so here the fold's weights are put where the
shipped model is read from, one group at a time.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import tone_alarms
import tone_folds
import tone_learn

from coach import tone, tone_model
from coach.tone_corpus import load

# The sets reported: writers main's model (trained up to writer14c) never saw,
# and of them the frozen halves and the rest.
SETS = {
    "never trained on by round 14's model": r"^writer(14_frozen|1[5-9]|2\d)",
    "  of them the frozen halves 14-26": r"^writer(1[4-9]|2\d)_frozen",
    "  of them the dev writers 15a-26p": r"^writer(1[5-9]|2\d)[a-z]_dev",
}

_AT: list[Path] = []
_GATES: dict[str, float] = {}
_MODEL_SPANS = tone.model_spans


def _spans_and_gates(*args: object) -> list:
    """tone.check's call of model_spans, keeping the draft gate's score per kind it fills."""
    found = _MODEL_SPANS(*args)  # type: ignore[arg-type]
    gates = args[3] if len(args) > 3 else None
    _GATES.clear()
    _GATES.update(gates or {})  # type: ignore[arg-type]
    return found


def _one(item: tuple[str, str, str, list[str], str]) -> dict[str, object]:
    path, writer, draft_id, kinds, text = item
    if [Path(path)] != _AT:
        # The check reads "the shipped model" through this file: point it at the fold's.
        tone_model.MODEL_FILE = Path(path)
        tone_model.shipped_model.cache_clear()
        _AT[:] = [Path(path)]
        tone.model_spans = _spans_and_gates  # type: ignore[assignment]
    _GATES.clear()
    findings = tone.check(text)
    return {
        "writer": writer,
        "id": draft_id,
        "kinds": kinds,
        "found": sorted({f.kind for f in findings}),
        "sources": sorted({f"{k}:{s}" for k, s, _ in tone_alarms._sources(findings)}),
        "gates": {k: round(p, 6) for k, p in _GATES.items()},
    }


def _files(pattern: str) -> list[Path]:
    wanted = re.compile(pattern)
    return [
        p
        for glob in tone_learn.WRITER_GLOBS
        for p in sorted(tone_learn.DATA.glob(glob))
        if wanted.search(p.stem)
    ]


def fold_files(model: dict[str, object], out: Path, writers: set[str]) -> dict[str, Path]:
    """Per writer asked, a model file: its fold's weights under `model`'s cuts and gates."""
    data = tone_learn.sources([])
    key = tone_folds._data_key(data)
    groups = {g: ws for g, ws in tone_folds.writer_groups(data).items() if ws & writers}
    missing = [g for g in groups if not tone_folds._fold_path(key, g).exists()]
    if missing:
        raise SystemExit(f"no kept fold for {missing}: run bench/tone_train.py first")
    kinds = model["kinds"]
    assert isinstance(kinds, dict)
    paths = {}
    for g, writers in groups.items():
        fold = json.loads(tone_folds._fold_path(key, g).read_text(encoding="utf-8"))
        body = {
            k: {**row, "bias": fold[k]["bias"], "weights": fold[k]["weights"]}
            for k, row in kinds.items()
        }
        path = out / f"{g}.json"
        path.write_text(json.dumps({"kinds": body}), encoding="utf-8")
        for w in writers:
            paths[w] = path
    return paths


def collect(model_path: Path, pattern: str, out: Path, as_is: bool, jobs: int) -> None:
    """Check every matching writer's drafts; write one JSON line per draft to `out`."""
    model = json.loads(model_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        files = _files(pattern)
        writers = {tone_learn.writer_of(f.stem) for f in files}
        paths = defaultdict(lambda: model_path) if as_is else fold_files(model, Path(tmp), writers)
        work = []
        for f in files:
            writer = tone_learn.writer_of(f.stem)
            for d in load(f):
                work.append((str(paths[writer]), f.stem, d.id, sorted(d.kinds), d.text))
        work.sort(key=lambda w: w[0])  # one group after another: each worker swaps rarely
        print(f"{len(work)} drafts", file=sys.stderr)
        with multiprocessing.get_context("fork").Pool(jobs) as pool, out.open("w") as fh:
            for row in pool.imap(_one, work, chunksize=50):
                fh.write(json.dumps(row) + "\n")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def line(rows: list[dict]) -> str:
    """Clean flagged, each kind's recall and right kind, for these rows."""
    clean = [r for r in rows if not r["kinds"]]
    flagged = sum(bool(r["found"]) for r in clean)
    labelled = [r for r in rows if r["kinds"]]
    right = sum(set(r["kinds"]) <= set(r["found"]) for r in labelled)
    kinds = []
    for k in tone.KINDS:
        have = [r for r in labelled if k in r["kinds"]]
        if have:
            got = sum(k in r["found"] for r in have)
            kinds.append(f"{k} {got}/{len(have)} = {got / len(have):.1%}")
    return (
        f"clean {flagged}/{len(clean)} = {flagged / max(1, len(clean)):.2%} | right kind"
        f" {right}/{len(labelled)} = {right / max(1, len(labelled)):.1%} | " + ", ".join(kinds)
    )


def at_cut(row: dict, kind: str, cut: float) -> dict:
    """The row as it would read with `kind`'s draft gate cut at `cut` (only ever raised).

    The model's findings of the kind go when the gate reads under the cut; a
    draft keeps the kind if a rule found it too. Second-order effects (the
    decision, the second signal) are not replayed.
    """
    mine = f"{kind}:model"
    if mine not in row["sources"] or row.get("gates", {}).get(kind, 1.0) >= cut:
        return row
    sources = [s for s in row["sources"] if s != mine]
    found = sorted({s.split(":")[0] for s in sources})
    return {**row, "found": found, "sources": sources}


def curve(path: Path, kind: str, cuts: list[float]) -> None:
    """Each set's line with the kind's draft gate raised to each cut."""
    rows = _rows(path)
    for cut in cuts:
        moved = [at_cut(r, kind, cut) for r in rows]
        print(f"{kind} gate at {cut}:")
        for name, pattern in SETS.items():
            chosen = [r for r in moved if re.search(pattern, r["writer"])]
            if chosen:
                print(f"  {name}: {line(chosen)}")


def summary(paths: list[Path]) -> None:
    for path in paths:
        rows = _rows(path)
        print(f"{path}:")
        for name, pattern in SETS.items():
            chosen = [r for r in rows if re.search(pattern, r["writer"])]
            if chosen:
                print(f"  {name}: {line(chosen)}")


def freed(old: Path, new: Path) -> None:
    """Clean drafts freed and newly flagged, labelled drafts lost and won, OLD to NEW."""
    before = {r["id"]: r for r in _rows(old)}
    moves: dict[str, list[str]] = defaultdict(list)
    for r in _rows(new):
        b = before.get(r["id"])
        if b is None:
            continue
        was, now = bool(b["found"]), bool(r["found"])
        if not r["kinds"]:
            if was != now:
                name, sources = ("freed", b["sources"]) if was else ("newly flagged", r["sources"])
                moves[name].append(f"{r['id']} {sources}")
            continue
        was, now = set(r["kinds"]) <= set(b["found"]), set(r["kinds"]) <= set(r["found"])
        if was != now:
            moves["lost" if was else "won"].append(f"{r['id']} {r['kinds']} {b['sources']}")
    for name in ("freed", "newly flagged", "lost", "won"):
        print(f"{name}: {len(moves[name])}")
        for m in moves[name]:
            print(f"  {m}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=tone_model.MODEL_FILE)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--writers", default=SETS["never trained on by round 14's model"])
    parser.add_argument("--as-is", action="store_true", help="the model as it is, no folds")
    parser.add_argument("--summary", nargs="*", type=Path)
    parser.add_argument("--freed", nargs=2, type=Path, metavar=("OLD", "NEW"))
    parser.add_argument("--curve", type=Path, help="rows to raise a gate's cut on")
    parser.add_argument("--kind", default="anger")
    parser.add_argument("--cuts", nargs="*", type=float, default=[0.0, 0.85, 0.9, 0.95, 0.98])
    args = parser.parse_args()
    if args.curve:
        curve(args.curve, args.kind, args.cuts)
    elif args.summary:
        summary(args.summary)
    elif args.freed:
        freed(*args.freed)
    else:
        collect(args.model, args.writers, args.out, args.as_is, tone_folds.JOBS)


if __name__ == "__main__":
    main()
