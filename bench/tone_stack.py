"""Trains and measures the draft gate: a second look at a whole draft, over held-out scores.

`uv run python bench/tone_stack.py` scores every outside writer's drafts
with the sentence model that never saw that writer (bench/tone_train.py's
cached folds), then leaves one writer out again for the gate itself: each
writer is judged by a gate trained on the other writers' held-out scores,
with its cut set on their clean drafts. It prints, per writer and pooled,
the sentence model alone and with the gate.

The gate (coach/tone_draft_gate.py) is a logistic regression per kind over
facts of the draft: its top and second sentence scores, how many sentences
pass, other kinds, warmth, who the top sentence is about. It is trained on
held-out scores only: on the shipped model's own scores it would learn how
well that model fits its training drafts, not how it reads a new writer.

Folds take minutes each on a shared machine; TONE_FOLDS names a file of
folds saved before (bench/tone_train.py fold_json), as for the retrain.
`--budgets "anger=A1,begging=0.002"` measures other budgets (A<k>: k clean
drafts of the median writer; a number: a share of all clean drafts).

`--grouped POINT ...` measures operating points on the grouped folds instead
(bench/tone_folds.py; the ones the retrain makes): each group of writers is
judged by gates trained and cut on the other groups' held-out records. With
`--records FILE` the records are kept, so that trying more points takes
seconds; `--writers` shows some writers alone as well (a probe nobody read):
  uv run python bench/tone_stack.py --records /tmp/recs.pkl --grouped "" \\
      "anger=0.002" "anger=0.003,begging=0.0005,anger_floor=0.98" --writers writer13c_dev
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import multiprocessing
import pickle
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import tone_train

from coach import tone
from coach.tone_draft_gate import FACTS, DraftGate, Scored, draft_facts
from coach.tone_model import MODEL_KINDS, ToneModel, sentence_scores, vetoed
from coach.tone_rules import shipped_rules
from coach.tone_wish import rests_on_plain_wish
from coach.tone_wording import wording

# The features draft_facts reads; the rest of each sentence's are dropped.
_KEPT = frozenset(
    {
        "v:+",
        "v:-",
        "v:--",
        "t:you",
        "t:they",
        "t:me",
        "f:question",
        "f:exclaim",
        "p:thanks",
        "f:if",
        "f:negation",
        "x:praise+grievance",
    }
)
# Sentence scores under these never reach the gate (its candidates). At 0.5
# for every kind the gate caught most on unseen writers, but the shipped
# model, scoring i11's composed calm near misses it was trained on, put 17
# of the dev half's 700 clean drafts over anger's cut and 4 over public's
# (eleventh round: floors 0.98 and 0.999). On the twelfth round's 7 grouped
# folds (42 writers) anger 0.9 caught more anger drafts for as few clean
# drafts (public 0.99 lost public drafts), and the in-sample cut
# (bench/tone_train.py with_gates) now keeps the dev half at 1 of 700
# (tests/data/tone/README.md, twelfth round).
FLOORS = {"anger": 0.9, "begging": 0.5, "public": 0.999, "apology": 0.5}
L2 = 1.0  # on standardised facts


@dataclass(frozen=True)
class Record:
    """One draft as its held-out sentence model read it."""

    id: str
    writer: str
    kinds: frozenset[str]
    base: frozenset[str]  # what fires with the model silent
    scored: tuple[Scored, ...]
    ruled: frozenset[str]  # wording kinds rules named (after the model's vetoes)
    # The model's anger rests on one plain good wish (coach/tone_wish.py): the check
    # does not show it, whatever the gate says.
    wish_alone: bool = False

    def peak(self, kind: str) -> float:
        """The kind's top sentence score."""
        return max((s[3] for s in self.scored if s[2] == kind), default=0.0)


def record(
    draft_id: str, writer: str, kinds: frozenset[str], text: str, model: ToneModel
) -> Record:
    """A draft's verdict under `model`, as check() would reach it."""
    silent = {k: dataclasses.replace(m, threshold=2.0, gate=None) for k, m in model.items()}
    base = frozenset(f.kind for f in tone.check(text, model=silent))
    words = wording(text, keep_excused=True)
    doubted = frozenset(r.reason for r in shipped_rules().rules if r.model_confirms)
    dropped = vetoed(text, words, model, tone._own_reasons(None), doubted)
    kept = [w for w in words if w not in dropped]
    scored = tuple(
        (s, e, k, p, frozenset(f & _KEPT)) for s, e, k, p, f in sentence_scores(text, kept, model)
    )
    ruled = frozenset(w.kind for w in kept if w.kind in model)
    alone = rests_on_plain_wish(text, scored, FLOORS["anger"])
    return Record(draft_id, writer, kinds, base, scored, ruled, alone)


def held_out_records(
    data: dict[str, tuple[list[tone_train.Sentence], list[tone_train.Draft]]],
    folds: dict[str, ToneModel],
    jobs: int = 1,
) -> list[Record]:
    """Every outside writer's drafts, each read by the fold that never saw its writer."""
    work = []
    for name, (_, drafts) in data.items():
        writer = tone_train.writer_of(name)
        if writer in ("i11", "extra") or writer not in folds:
            continue
        model = {
            k: dataclasses.replace(m, confirm=tone_train.CONFIRM.get(k, 0.0))
            for k, m in folds[writer].items()
        }
        work.append((writer, drafts, model))
    return records_of(work, jobs)


Work = list[tuple[str, list[tone_train.Draft], ToneModel]]
_WORK: Work = []


def _records_at(i: int) -> list[Record]:
    writer, drafts, model = _WORK[i]
    return [record(d.id, writer, d.kinds, d.text, model) for d in drafts]


def records_of(work: Work, jobs: int = 1) -> list[Record]:
    """Each (writer, drafts, model)'s drafts as records, in order, in `jobs` processes.

    About 20,000 drafts take several minutes in one process; the order (and
    so every cut and gate trained on them) is the same with any `jobs`.
    """
    _WORK[:] = work
    try:
        if jobs <= 1 or len(work) <= 1:
            return [r for i in range(len(work)) for r in _records_at(i)]
        with multiprocessing.get_context("fork").Pool(min(jobs, len(work))) as pool:
            return [r for rs in pool.map(_records_at, range(len(work)), 1) for r in rs]
    finally:
        _WORK.clear()


def fit(xs: list[list[float]], ys: list[int], l2: float = L2) -> tuple[float, list[float]]:
    """Bias and weights of a logistic regression (Newton's method on standardised facts)."""
    d, n = len(xs[0]), len(xs)
    mean = [sum(x[j] for x in xs) / n for j in range(d)]
    sd = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x in xs) / n) or 1.0 for j in range(d)]
    zs = [[1.0] + [(x[j] - mean[j]) / sd[j] for j in range(d)] for x in xs]
    w = [0.0] * (d + 1)
    for _ in range(25):
        grad = [0.0] * (d + 1)
        hess = [[0.0] * (d + 1) for _ in range(d + 1)]
        for z, y in zip(zs, ys, strict=True):
            p = 1 / (
                1 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, z, strict=True)))))
            )
            q = p * (1 - p)
            for i, zi in enumerate(z):
                grad[i] += (p - y) * zi
                if zi:
                    row, qi = hess[i], q * zi
                    for j in range(i, d + 1):
                        row[j] += qi * z[j]
        for i in range(d + 1):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i:
                grad[i] += l2 * w[i]
                hess[i][i] += l2
            hess[i][i] += 1e-9
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    weights = [w[j + 1] / sd[j] for j in range(d)]
    return w[0] - sum(weights[j] * mean[j] for j in range(d)), weights


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gauss-Jordan, partial pivoting)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


Budget = float | tone_train.Alarms


def train_gates(
    records: Sequence[Record],
    budgets: dict[str, Budget],
    floors: dict[str, float] | None = None,
    l2: float = L2,
) -> dict[str, DraftGate]:
    """A gate per kind from these held-out records, its cut set on their clean drafts.

    A share budget lets that share of all clean drafts nothing else flags
    through; Alarms(k) the median writer's k (as tone_train.held_out_cut).
    """
    floors = floors or FLOORS
    calm = [r for r in records if not r.kinds and not r.base]
    gates = {}
    for kind in MODEL_KINDS:
        rows = [
            (r, f)
            for r in records
            if kind not in r.base
            and (f := draft_facts(kind, r.scored, floors[kind], r.ruled)) is not None
        ]
        if not rows or len({kind in r.kinds for r, _ in rows}) < 2:
            # Nothing to learn from: the floor alone decides.
            gates[kind] = DraftGate(floors[kind], 30.0, (0.0,) * len(FACTS), 0.5)
            continue
        bias, weights = fit([f for _, f in rows], [int(kind in r.kinds) for r, _ in rows], l2)
        gate = DraftGate(floors[kind], bias, tuple(weights), 0.5)
        by_writer: dict[str, list[float]] = {r.writer: [] for r in calm}
        for r, f in rows:
            if not r.kinds and not r.base:
                by_writer[r.writer].append(gate.probability(f))
        gates[kind] = dataclasses.replace(gate, cut=_gate_cut(by_writer, budgets[kind], len(calm)))
    return gates


def _gate_cut(by_writer: dict[str, list[float]], budget: Budget, calm: int) -> float:
    """The gate's cut: the lowest score that lets `budget` of the clean drafts through."""
    if not isinstance(budget, tone_train.Alarms):
        return just_above(
            sorted((p for ps in by_writer.values() for p in ps), reverse=True),
            math.floor(budget * calm),
        )
    cuts = [
        _log_odds(just_above(sorted(ps, reverse=True), budget.count)) for ps in by_writer.values()
    ]
    return 1 / (1 + math.exp(-statistics.median(cuts))) if cuts else 0.5


def just_above(values: list[float], allowed: int) -> float:
    if len(values) <= allowed:
        return 0.0
    return 1 / (1 + math.exp(-(_log_odds(values[allowed]) + tone_train.CUT_MARGIN)))


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def gated_kinds(r: Record, gates: dict[str, DraftGate]) -> frozenset[str]:
    """What the check flags on a record with these gates."""
    return r.base | {
        k
        for k, g in gates.items()
        if k not in r.base
        and g.stands(draft_facts(k, r.scored, g.floor, r.ruled))
        and not (k == "anger" and r.wish_alone)
    }


# The shipped gate's budgets, chosen on the twelfth round's grouped folds
# (tests/data/tone/README.md): anger's cut lets 0.5% of all outside clean
# drafts through, begging and public 0.1%, apology 0.05%. Against the
# eleventh round's point on the same folds: anger 83.5% (82.5%), right kind
# 87.9% (87.7%), clean flagged 214 of 7112 (228), public 83.8% (86.3%).
# Begging at 0.02-0.05% freed 6-9 more clean drafts but missed "is there any
# room to think it over once more?", which the tests hold as begging; public
# at 0.05% (floor 0.99) 2 more for public at 81.7%.
# Thirteenth round (7 grouped folds, 48 writers, i13p's and i13r's rules): anger
# 0.3%, public 0.05%, apology 0.02% freed 24 of 8,194 held-out clean drafts for
# anger 83.0% -> 80.2% and right kind 88.1% -> 86.6%; begging stays at 0.1%.
# Fourteenth round (52 writers, i14r's rules): anger 0.3% fell to 79.7% held out;
# anger 0.35%, begging 0.05%, apology 0.01% gave 80.7% for 239 of 8,973 clean drafts.
# Fifteenth round (op15): chosen held out for the frozen-half writers' recall
# (>= 85%) instead, no budget or quoted-back score freed 10% of never-read clean
# alarms; held out those writers have no margin (begging 83.0%), so these stay.
BUDGETS: dict[str, Budget] = {
    "anger": 0.0035,
    "begging": 0.0005,
    "public": 0.0005,
    "apology": 0.0001,
}


def parse_budgets(text: str) -> dict[str, Budget]:
    """Budgets from "anger=A0,begging=0.001" (A<k>: k per median writer); others as BUDGETS."""
    out = dict(BUDGETS)
    for pair in filter(None, text.split(",")):
        kind, _, value = pair.partition("=")
        if kind not in MODEL_KINDS:
            raise SystemExit(f"unknown kind {kind!r}; the kinds are {MODEL_KINDS}")
        out[kind] = tone_train.Alarms(int(value[1:])) if value.startswith("A") else float(value)
    return out


class Tally:
    """Counts for one group of drafts (as bench/tone_lowo.py's)."""

    def __init__(self) -> None:
        self.wanted: dict[str, int] = defaultdict(int)
        self.caught: dict[str, int] = defaultdict(int)
        self.problems = self.right = self.clean = self.flagged = 0

    def add(self, kinds: frozenset[str], got: frozenset[str]) -> None:
        for k in kinds:
            self.wanted[k] += 1
            self.caught[k] += k in got
        if kinds:
            self.problems += 1
            self.right += kinds <= got
        else:
            self.clean += 1
            self.flagged += bool(got)

    def line(self) -> str:
        kinds = " ".join(
            f"{k[:5]} {self.caught[k]}/{self.wanted[k]}" for k in tone.KINDS if self.wanted[k]
        )
        return (
            f"anger {self.caught['anger']}/{self.wanted['anger']}"
            f" = {self.caught['anger'] / max(1, self.wanted['anger']):5.1%} | right"
            f" {self.right}/{self.problems} = {self.right / max(1, self.problems):5.1%} | clean"
            f" flagged {self.flagged}/{self.clean} = {self.flagged / max(1, self.clean):4.1%}"
            f" | {kinds}"
        )


Decider = Callable[[str], Callable[[Record], frozenset[str]]]


def sentence_alone(records: list[Record], budgets: dict[str, Budget]) -> Decider:
    """Per held-out writer: the sentence model's cuts from the others' clean peaks (no gate)."""

    def decide(held: str) -> Callable[[Record], frozenset[str]]:
        by_writer: dict[str, dict[str, list[float]]] = {k: defaultdict(list) for k in MODEL_KINDS}
        for r in records:
            if not r.kinds and not r.base and r.writer != held:
                for k in MODEL_KINDS:
                    by_writer[k][r.writer].append(r.peak(k))
        cuts = {k: tone_train.held_out_cut(by_writer[k], budgets[k]) for k in MODEL_KINDS}
        return lambda r: r.base | {k for k in MODEL_KINDS if r.peak(k) >= cuts[k]}

    return decide


def with_gate(records: list[Record], budgets: dict[str, Budget]) -> Decider:
    """Per held-out writer: gates trained on the other writers' records alone."""

    def decide(held: str) -> Callable[[Record], frozenset[str]]:
        gates = train_gates([r for r in records if r.writer != held], budgets)
        return lambda r: gated_kinds(r, gates)

    return decide


def report(records: list[Record], label: str, decide: Decider, unseen: frozenset[str]) -> None:
    """Per held-out writer and pooled (all outside writers, and those no rule was written from)."""
    print(f"\n== {label}")
    pooled, fresh = Tally(), Tally()
    for writer in sorted({r.writer for r in records}):
        judge, tally = decide(writer), Tally()
        for r in records:
            if r.writer == writer:
                got = judge(r)
                for t in (tally, pooled, *((fresh,) if writer in unseen else ())):
                    t.add(r.kinds, got)
        seen = "UNSEEN   " if writer in unseen else "rules saw"
        print(f"  {writer:<15} {seen} {tally.line()}", flush=True)
    print(f"  {'outside pooled':<25} {pooled.line()}")
    print(f"  {'rules never saw':<25} {fresh.line()}")


def parse_point(text: str) -> tuple[dict[str, Budget], dict[str, float]]:
    """An operating point: budgets as parse_budgets, and floors as "anger_floor=0.98"."""
    floors = dict(FLOORS)
    budgets = []
    for pair in filter(None, text.split(",")):
        key, _, value = pair.partition("=")
        if key.endswith("_floor"):
            if key.removesuffix("_floor") not in MODEL_KINDS:
                raise SystemExit(f"unknown floor {key!r}; the kinds are {MODEL_KINDS}")
            floors[key.removesuffix("_floor")] = float(value)
        else:
            budgets.append(pair)
    return parse_budgets(",".join(budgets)), floors


def nested_over_groups(
    records: Sequence[Record],
    groups: dict[str, frozenset[str]],
    budgets: dict[str, Budget],
    floors: dict[str, float] | None = None,
) -> list[tuple[Record, frozenset[str]]]:
    """Each record with what the check flags, its group judged by gates trained on the others.

    The cuts too are set on the other groups' clean drafts only, so no label
    of a group reaches the gates that judge it (as the shipped gates are
    trained on every group's held-out records).
    """
    group_of = {w: g for g, ws in groups.items() for w in ws}
    out = []
    for g in groups:
        gates = train_gates([r for r in records if group_of[r.writer] != g], budgets, floors)
        out += [(r, gated_kinds(r, gates)) for r in records if group_of[r.writer] == g]
    return out


def grouped_records(
    extra: list[Path], keep: Path | None
) -> tuple[list[Record], dict[str, frozenset[str]]]:
    """The held-out records of the grouped folds (trained or read from the fold cache).

    `keep` is a file the records are kept in and read back from: making them
    takes several minutes, trying an operating point a few seconds. Delete
    it when the data, the rules or the folds change.
    """
    if keep is not None and keep.exists():
        return pickle.loads(keep.read_bytes())
    data = tone_train.sources(extra)
    groups = tone_train.writer_groups(data)
    folds = tone_train.fold_models(data, groups=groups)
    found = (held_out_records(data, folds, tone_train.JOBS), groups)
    if keep is not None:
        keep.write_bytes(pickle.dumps(found))
    return found


def frontier(
    records: list[Record],
    groups: dict[str, frozenset[str]],
    points: list[str],
    unseen: frozenset[str],
    named: frozenset[str],
) -> None:
    """Per operating point, nested over the groups: all writers, the unseen, the named."""
    base, fresh_base = Tally(), Tally()
    for r in records:
        for t in (base, *((fresh_base,) if r.writer in unseen else ())):
            t.add(r.kinds, r.base)
    print(f"rules, VADER and structure alone: {base.line()}")
    print(f"  rules never saw:                {fresh_base.line()}")
    for point in points:
        budgets, floors = parse_point(point)
        pooled, fresh, picked = Tally(), Tally(), Tally()
        for r, got in nested_over_groups(records, groups, budgets, floors):
            pooled.add(r.kinds, got)
            if r.writer in unseen:
                fresh.add(r.kinds, got)
            if r.writer in named:
                picked.add(r.kinds, got)
        print(f"\n[{point or 'shipped'}]")
        print(f"  all outside writers:  {pooled.line()}")
        print(f"  rules never saw:      {fresh.line()}")
        if named:
            print(f"  {' '.join(sorted(named))}: {picked.line()}", flush=True)


def main() -> None:
    import tone_lowo

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--budgets", default="", help='e.g. "anger=A1,begging=0.002"')
    parser.add_argument("--extra", nargs="*", type=Path, default=[])
    parser.add_argument(
        "--grouped",
        nargs="*",
        metavar="POINT",
        help='the frontier over the grouped folds: operating points such as "" (the shipped),'
        ' "anger=0.002", "anger=0.003,apology=0.0002,anger_floor=0.98"',
    )
    parser.add_argument("--records", type=Path, help="keep the grouped records in this file")
    parser.add_argument("--writers", nargs="*", default=[], help="also show these writers alone")
    args = parser.parse_args()
    if args.grouped is not None:
        records, groups = grouped_records(args.extra, args.records)
        unseen = frozenset({r.writer for r in records} - tone_lowo.RULES_SAW)
        frontier(records, groups, args.grouped or [""], unseen, frozenset(args.writers))
        return
    data = tone_train.sources(args.extra)
    folds = tone_train.fold_models(data)
    records = held_out_records(data, folds, tone_train.JOBS)
    budgets = parse_budgets(args.budgets)
    unseen = frozenset({r.writer for r in records} - tone_lowo.RULES_SAW)
    shown = ", ".join(f"{k} {v}" for k, v in budgets.items())
    report(records, f"sentence model alone, {shown}", sentence_alone(records, budgets), unseen)
    report(records, f"with the draft gate, {shown}", with_gate(records, budgets), unseen)


if __name__ == "__main__":
    main()
