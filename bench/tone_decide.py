"""Train and judge the draft-level decision (coach/tone_decision.py), held out by writer.

`uv run python bench/tone_decide.py --collect ROWS GLOB...` checks every draft
of the tests/data/tone files the globs name with every finding standing, and
keeps, per draft, its writer, labels, the kinds found and the decision's
FACTS of each wording kind found (JSON lines).

`uv run python bench/tone_decide.py ROWS [ROWS...] --judge BLIND_RE` then
trains the decision leaving one writer out: each writer's drafts are decided
by a model fitted on every other writer's, and the curve (cut against clean
drafts flagged, each wording kind's recall, right kind) is printed per
writer matching BLIND_RE (the writers every source is blind to) and pooled
over them, and pooled over all. `--train-re` keeps only the writers a fit
may learn from; `--write CUT` fits on them all and writes
coach/tone_decision.json with that cut.

Which writers are blind to what: bench/tone_price.py's docstring, and
tests/data/tone/README.md (the op28 section).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import tone_alarms
import tone_stack

from coach import tone
from coach.tone_corpus import load
from coach.tone_decision import DECISION_FILE, FACTS, GROUPS, WORDING, Decision

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
CUTS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
L2 = 1.0
_LONE: list[object] = []


def _record(lone: tuple[str, str, list[float]] | None, *_: object) -> bool:
    """The decision's stand-in while collecting: keep what it was asked, let all stand."""
    _LONE[:] = [list(lone)] if lone is not None else []
    return True


def _one(item: tuple[str, str, list[str], str]) -> dict[str, object]:
    writer, draft_id, kinds, text = item
    _LONE.clear()
    findings = tone.check(text)
    found = sorted({f.kind for f in findings})
    sources = sorted({f"{k}:{s}" for k, s, _ in tone_alarms._sources(findings)})
    return {
        "writer": writer,
        "id": draft_id,
        "kinds": kinds,
        "found": found,
        "sources": sources,
        "lone": _LONE[0] if _LONE else None,
    }


def collect(globs: list[str], jobs: int) -> list[dict[str, object]]:
    """One row per draft of the files the globs name."""
    tone.decide = _record  # type: ignore[assignment]
    items = [
        (tone_alarms.writer(path), d.id, sorted(d.kinds), d.text)
        for pattern in globs
        for path in sorted(DATA.glob(pattern))
        for d in load(path)
    ]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(_one, items, chunksize=20)


def fit(rows: list[dict], group: str) -> Decision:
    """The group's decision fitted on its lone findings in these drafts (cut 0)."""
    xs, ys = [], []
    for row in rows:
        lone = row["lone"]
        if lone and lone[0] == group:
            xs.append(lone[2])
            ys.append(int(lone[1] in row["kinds"]))
    bias, weights = tone_stack.fit(xs, ys, L2)
    return Decision(bias, tuple(weights), 0.0)


class Tally:
    """Clean flagged, recall per kind and right kind over drafts at one cut."""

    def __init__(self) -> None:
        self.clean = self.flagged = self.problems = self.right = 0
        self.wanted: dict[str, int] = defaultdict(int)
        self.caught: dict[str, int] = defaultdict(int)

    def add(self, row: dict, got: set[str]) -> None:
        labels = set(row["kinds"])
        if not labels:
            self.clean += 1
            self.flagged += bool(got)
            return
        self.problems += 1
        self.right += labels <= got
        for kind in labels:
            self.wanted[kind] += 1
            self.caught[kind] += kind in got

    def line(self) -> str:
        recalls = " ".join(
            f"{k[:3]} {self.caught[k]:3d}/{self.wanted[k]:<4d}"
            f"{self.caught[k] / max(1, self.wanted[k]):6.1%}"
            for k in WORDING
        )
        return (
            f"clean {self.flagged:3d}/{self.clean:<4d} {self.flagged / max(self.clean, 1):6.2%}"
            f"  {recalls}  right {self.right / max(self.problems, 1):6.1%}"
        )


def got_at(row: dict, score: float | None, cuts: dict[str, float]) -> set[str]:
    """The kinds found once a lone source scored under its group's cut is dropped."""
    lone = row["lone"]
    if lone is None or score is None or score >= cuts.get(lone[0], 0.0):
        return set(row["found"])
    return set(row["found"]) - {lone[1]}


def held_out(rows: list[dict], train: re.Pattern[str]) -> list[float | None]:
    """Each draft's lone score from a decision fitted on the other writers (those `train` keeps)."""
    out: list[float | None] = [None] * len(rows)
    by_writer: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_writer[row["writer"]].append(i)
    for writer, idx in sorted(by_writer.items()):
        others = [r for r in rows if r["writer"] != writer and train.search(r["writer"])]
        fitted = {group: fit(others, group) for group in GROUPS}
        for i in idx:
            lone = rows[i]["lone"]
            out[i] = fitted[lone[0]].probability(lone[2]) if lone else None
    return out


def tally(rows: list[dict], held: list[float | None], cuts: dict[str, float]) -> Tally:
    out = Tally()
    for row, score in zip(rows, held, strict=True):
        out.add(row, got_at(row, score, cuts))
    return out


def curve(title: str, rows: list[dict], held: list[float | None], chosen: dict[str, float]) -> None:
    """Each group's cut swept with the other at its chosen cut; then both at none."""
    print(title)
    print(f"  {'no decision':<22} {tally(rows, held, {}).line()}")
    for group in GROUPS:
        for cut in CUTS:
            cuts = {**chosen, group: cut}
            mark = "*" if cuts == chosen else " "
            print(f" {mark}{group} {cut:4.2f}{'':7} {tally(rows, held, cuts).line()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="*", type=Path)
    parser.add_argument("--collect", type=Path, help="write rows here, from the globs")
    parser.add_argument("--globs", nargs="*", default=[])
    parser.add_argument("--judge", default=r"^writer24", help="writers blind to every source")
    parser.add_argument("--train-re", default=".", help="writers a fit may learn from")
    parser.add_argument("--also", default=r"_frozen_", help="another set of writers to show")
    parser.add_argument("--each", action="store_true", help="each blind writer alone too")
    parser.add_argument("--rule-cut", type=float, default=0.5)
    parser.add_argument("--model-cut", type=float, default=0.7)
    parser.add_argument("--write", action="store_true", help="fit on all, write the JSON")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.collect:
        rows = collect(args.globs, args.jobs)
        args.collect.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return
    rows = [json.loads(line) for p in args.rows for line in p.read_text().splitlines()]
    train = re.compile(args.train_re)
    chosen = {"lone_rule": args.rule_cut, "lone_model": args.model_cut}
    held = held_out(rows, train)

    def show(title: str, pattern: re.Pattern[str]) -> None:
        pick = [i for i, r in enumerate(rows) if pattern.search(r["writer"])]
        curve(title, [rows[i] for i in pick], [held[i] for i in pick], chosen)

    blind = re.compile(args.judge)
    show(f"blind ({args.judge}), held out by writer", blind)
    if args.each:
        for writer in sorted({r["writer"] for r in rows if blind.search(r["writer"])}):
            pick = [i for i, r in enumerate(rows) if r["writer"] == writer]
            mine, scored = [rows[i] for i in pick], [held[i] for i in pick]
            print(f"  {writer:<22} none {tally(mine, scored, {}).line()}")
            print(f"  {'':<22} cuts {tally(mine, scored, chosen).line()}")
    others = re.compile(f"^(?!.*{args.judge}).*{args.also}")
    show(f"others ({args.also}, not blind), held out by writer", others)
    show("all writers, held out by writer", re.compile("."))
    if args.write:
        kept = [r for r in rows if train.search(r["writer"])]
        groups = {}
        for group in GROUPS:
            fitted = fit(kept, group)
            groups[group] = {
                "bias": fitted.bias,
                "weights": list(fitted.weights),
                "cut": chosen[group],
            }
            print(
                group, " ".join(f"{n}={w:+.2f}" for n, w in zip(FACTS, fitted.weights, strict=True))
            )
        data = {
            "facts": list(FACTS),
            "groups": groups,
            "trained_on": sorted({r["writer"] for r in kept}),
        }
        DECISION_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
