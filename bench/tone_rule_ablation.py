"""Each rule's worth on writers the model never saw: clean drafts it alone flags, and hits.

`uv run python bench/tone_rule_ablation.py --out FILE` reads every outside
writer's drafts with the grouped fold that never saw their group (the fold
files bench/tone_folds.py keeps in the system's temporary folder, loaded as
they are; TONE_FOLD_KEY names their data key), each group judged by draft
gates trained on the other six groups' held-out records (bench/tone_stack.py,
shipped budgets). Then, for every rule, each draft it fires on is checked
again without that rule (the same fold and gates), so that what another
rule, VADER, structure or the model would have found instead is counted.
Per source it prints: (a) clean drafts it flags, (b) of those, how many
nothing else flags (freed if it went), (c) labelled drafts where it names a
right kind, (d) of those, how many lose that kind without it (lost if it
went); for every outside writer and for those outside RULES_SAW.

`--change-rules OLD_TOML` (a copy of the rules file before a change) and
`--change-vader` measure one change instead: only the drafts it can touch
are checked before and after, against gates trained on the baseline
records (`TONE_ABLATION_BASE`, a pickle --out wrote).

`--files GLOB ...` adds corpus files read by one fold (writers in no fold's
training: the thirteenth frozen half, a probe); only counts are printed, so
a probe nobody may read can be scored with it.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import glob as globbing
import json
import multiprocessing
import os
import pickle
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import tone_learn
import tone_stack
import tone_train
from tone_lowo import RULES_SAW

from coach import tone
from coach.tone_corpus import Draft, load
from coach.tone_draft_gate import DraftGate, draft_facts
from coach.tone_model import ToneModel, from_json, sentence_scores, vetoed
from coach.tone_rules import ToneRules, read_rules, shipped_rules
from coach.tone_vader import hostile_sentences
from coach.tone_wish import rests_on_plain_wish
from coach.tone_wording import wording

KEY = os.environ.get("TONE_FOLD_KEY", "6437155b81b6d4c7")
STRUCTURE = ("shouting", "placeholder", "length")


@dataclasses.dataclass(frozen=True)
class Row:
    """One draft under its held-out fold: its record and where each base finding came from."""

    rec: tone_stack.Record
    group: str
    sources: tuple[tuple[str, str], ...]  # (kind, source) of each finding with the model silent
    fired: frozenset[str]  # rule names among the kept wording hits


def source_of(f: tone.Finding, names: dict[str, str]) -> str:
    """A finding's source: the rule's name, vader, or the structural kind."""
    if f.reason in names:
        return names[f.reason]
    if f.reason.startswith("this sentence reads as hostile"):
        return "vader"
    return f.kind


def read(
    draft_id: str,
    writer: str,
    kinds: frozenset[str],
    text: str,
    model: ToneModel,
    rules: ToneRules,
) -> tuple[tone_stack.Record, tuple[tuple[str, str], ...], frozenset[str]]:
    """As tone_stack.record, with `rules` for the shipped ones, and each finding's source."""
    silent = {k: dataclasses.replace(m, threshold=2.0, gate=None) for k, m in model.items()}
    found = tone.check(text, model=silent, rules=rules)
    names = {r.reason: r.name for r in rules.rules}
    sources = tuple(sorted({(f.kind, source_of(f, names)) for f in found}))
    base = frozenset(f.kind for f in found)
    words = wording(text, rules, keep_excused=True)
    doubted = frozenset(r.reason for r in rules.rules if r.model_confirms)
    dropped = vetoed(text, words, model, tone._own_reasons(rules), doubted)
    kept = [w for w in words if w not in dropped]
    scored = tuple(
        (s, e, k, p, frozenset(f & tone_stack._KEPT))
        for s, e, k, p, f in sentence_scores(text, kept, model)
    )
    ruled = frozenset(w.kind for w in kept if w.kind in model)
    fired = frozenset(names[w.reason] for w in kept if w.reason in names)
    alone = rests_on_plain_wish(text, scored, tone_stack.FLOORS["anger"])
    record = tone_stack.Record(draft_id, writer, kinds, base, scored, ruled, alone)
    return record, sources, fired


def model_kinds(rec: tone_stack.Record, gates: dict[str, DraftGate]) -> frozenset[str]:
    """Kinds the held-out model stands by in the draft (whatever the rules found)."""
    return frozenset(
        k
        for k, g in gates.items()
        if g.stands(draft_facts(k, rec.scored, g.floor, rec.ruled))
        and not (k == "anger" and rec.wish_alone)
    )


@functools.cache
def named(path: str = "") -> ToneRules:
    """The shipped rules (or those of the file at `path`), each reason ending in its rule's name.

    Two pairs of rules share a reason (sarcasm and praise-complaint,
    accusation and talking-over); a finding carries only its reason.
    """
    rules = read_rules(Path(path)) if path else shipped_rules()
    return dataclasses.replace(
        rules,
        rules=tuple(dataclasses.replace(r, reason=f"{r.reason} [{r.name}]") for r in rules.rules),
    )


def _warm_reasons(rules: ToneRules | None) -> frozenset[str]:
    """tone._own_reasons for the renamed shipped rules: none of them is a person's own."""
    return frozenset(r.reason for r in (rules or named()).rules if r.warm_by_nature)


# Every rules object here is the shipped rules renamed (or less one): the
# check must not take them for a person's own rules, which the model never overrules.
tone._own_reasons = _warm_reasons  # type: ignore[assignment]
tone._persons_reasons = lambda rules: frozenset()  # type: ignore[assignment]


@functools.cache
def without(name: str) -> ToneRules:
    """The shipped rules (renamed) less one."""
    rules = named()
    return dataclasses.replace(rules, rules=tuple(r for r in rules.rules if r.name != name))


_MODELS: dict[str, ToneModel] = {}


def fold(group: str) -> ToneModel:
    """The fold that held out `group`, as tone_stack reads it (anger's confirm score set)."""
    if group not in _MODELS:
        path = Path(tempfile.gettempdir()) / f"tone-fold-{KEY}-{group}.json"
        raw = json.loads(path.read_text(encoding="utf-8"))
        _MODELS[group] = {
            k: dataclasses.replace(m, confirm=tone_train.CONFIRM.get(k, 0.0))
            for k, m in from_json(raw).items()
        }
    return _MODELS[group]


Item = tuple[str, str, str, frozenset[str], str, str]  # group, writer, id, kinds, text, rule off


def _one(item: Item) -> tuple[tone_stack.Record, tuple[tuple[str, str], ...], frozenset[str]]:
    group, writer, draft_id, kinds, text, off = item
    rules = without(off) if off else named()
    return read(draft_id, writer, kinds, text, fold(group), rules)


def run_all(items: list[Item], jobs: int) -> list:
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(_one, items, chunksize=40)


def drafts_by_file(extra: Iterable[str]) -> dict[str, tuple[str, list[Draft]]]:
    """Every outside writer's files by name, with writer and drafts; then the extra files'."""
    out: dict[str, tuple[str, list[Draft]]] = {}
    for glob in tone_learn.WRITER_GLOBS:
        for path in sorted(tone_train.DATA.glob(glob)):
            out[path.stem] = (tone_train.writer_of(path.stem), load(path))
    for pattern in extra:
        # globbing.glob, not Path().glob: a probe's folder is an absolute path.
        for path in [Path(p) for p in sorted(globbing.glob(pattern))] or [Path(pattern)]:
            who = "+" + path.parent.name if path.stem.startswith("batch") else path.stem
            out[str(path)] = (
                "+" + who.lstrip("+").split("_dev")[0].split("_frozen")[0],
                load(path),
            )
    return out


Snap = tuple[str, str, frozenset[str], frozenset[str], frozenset[str], object]


_OLD_RULES = ""
_OLD_VADER = False


def _both(item: tuple[str, str, str, frozenset[str], str]) -> tuple[Snap, Snap]:
    """A draft before and after the change being measured (see compare)."""
    import coach.tone as tone_module

    confirmed = tone_module.confirmed
    group, writer, draft_id, kinds, text = item
    out = []
    for rules, old in ((named(_OLD_RULES), True), (named(), False)):
        if old and _OLD_VADER:
            tone_module.confirmed = lambda text, spans, model: spans  # type: ignore[assignment]
        try:
            rec = read(draft_id, writer, kinds, text, fold(group), rules)[0] if group else None
            alone = frozenset(f.kind for f in tone.check(text, model={}, rules=rules))
            whole = frozenset(f.kind for f in tone.check(text, rules=rules))
        finally:
            tone_module.confirmed = confirmed
        out.append((writer, draft_id, kinds, alone, whole, rec))
    return out[0], out[1]


def compare(old_rules: Path | None, old_vader: bool, files: list[str], jobs: int) -> None:
    """Only the drafts a change can touch, before and after it, against the baseline gates.

    `old_rules` is a copy of the rules file before the change; `old_vader`
    measures VADER's model confirmation (coach/tone_model.py confirmed).
    Every other draft is unchanged by construction.
    """
    global _OLD_RULES, _OLD_VADER
    _OLD_RULES, _OLD_VADER = (str(old_rules) if old_rules else ""), old_vader
    by_file = drafts_by_file(files)
    inside = {n: ([], ds) for n, (w, ds) in by_file.items() if not w.startswith("+")}
    groups = tone_train.writer_groups(inside)
    group_of = {w: g for g, ws in groups.items() for w in ws}
    items = [
        (group_of.get(w, sorted(groups)[0]), w, d.id, d.kinds, d.text)
        for w, ds in by_file.values()
        for d in ds
    ]
    # A corpus file given with --files (the fifteenth frozen half) is counted there only.
    given = {Path(name).stem for name in by_file}
    for path in sorted(tone_train.DATA.glob("*.toml")):
        if path.stem not in given:
            items += [("", "i11", d.id, d.kinds, d.text) for d in load(path)]
    old = named(_OLD_RULES) if old_rules else None

    # A rule whose flags changed (model_confirms, warm_by_nature) touches every draft it fires on.
    flags = {r.reason: (r.model_confirms, r.warm_by_nature) for r in (old or named()).rules}
    reflagged = {
        r.reason
        for r in named().rules
        if flags.get(r.reason) != (r.model_confirms, r.warm_by_nature)
    }

    def touched(text: str) -> bool:
        if old_vader and hostile_sentences(text, []):
            return True
        if old is None:
            return False
        now = wording(text, named(), keep_excused=True)
        before = wording(text, old, keep_excused=True)
        return before != now or any(w.reason in reflagged for w in now)

    chosen = [it for it in items if touched(it[4])]
    print(f"{len(chosen)} of {len(items)} drafts touched", flush=True)
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        pairs = pool.map(_both, chosen, chunksize=4)
    base = Path(os.environ.get("TONE_ABLATION_BASE", "/tmp/i14r/base.pkl"))
    rows, _ = pickle.loads(base.read_bytes())
    gates = {
        g: tone_stack.train_gates(
            [r.rec for r in rows if not r.rec.writer.startswith("+") and r.group != g],
            tone_stack.BUDGETS,
        )
        for g in groups
    }
    tally(pairs, gates, group_of)


def tally(
    pairs: list[tuple[Snap, Snap]],
    gates: dict[str, dict[str, DraftGate]],
    group_of: dict[str, str],
) -> None:
    """Clean drafts freed and newly flagged, labelled drafts lost and won, per way and part."""
    first = sorted(gates)[0]

    def held(rec: tone_stack.Record) -> frozenset[str]:
        return rec.base | model_kinds(rec, gates[group_of.get(rec.writer, first)])

    def part(writer: str) -> str:
        if writer.startswith("+"):
            return writer  # each --files writer apart: a probe's figures stay its own
        if writer == "i11":
            return "i11"
        return "read" if writer in RULES_SAW else "unread"

    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for o, n in pairs:
        ways = {"alone": (o[3], n[3]), "shipped": (o[4], n[4])}
        if o[5] is not None and n[5] is not None:
            ways["held silent"] = (o[5].base, n[5].base)  # type: ignore[attr-defined]
            ways["held whole"] = (held(o[5]), held(n[5]))  # type: ignore[arg-type]
        for way, (before, after) in ways.items():
            c = counts[way, part(o[0])]
            kinds = o[2]
            if kinds:
                c["lost"] += kinds <= before and not kinds <= after
                c["won"] += kinds <= after and not kinds <= before
                c["wrong kind gone"] += bool((before - after) - kinds)
            else:
                c["freed"] += bool(before) and not after
                c["newly flagged"] += bool(after) and not before
    for (way, where), c in sorted(counts.items()):
        print(f"{way:<12} {where:<16} {dict(c)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="a pickle of every row")
    parser.add_argument("--change-rules", type=Path, help="the rules file before a change")
    parser.add_argument("--change-vader", action="store_true", help="measure VADER's confirmation")
    parser.add_argument("--files", nargs="*", default=[])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="read --out instead of scoring")
    args = parser.parse_args()
    if args.change_rules or args.change_vader:
        compare(args.change_rules, args.change_vader, args.files, args.jobs)
        return
    by_file = drafts_by_file(args.files)
    inside = {n: ([], ds) for n, (w, ds) in by_file.items() if not w.startswith("+")}
    groups = tone_train.writer_groups(inside)
    group_of = {w: g for g, ws in groups.items() for w in ws}
    first = sorted(groups)[0]
    for w, _ in by_file.values():
        group_of.setdefault(w, first)  # in no fold's training: any fold is held out for it
    if args.reuse:
        rows, ablated = pickle.loads(args.out.read_bytes())
    else:
        items: list[Item] = [
            (group_of[w], w, d.id, d.kinds, d.text, "") for w, ds in by_file.values() for d in ds
        ]
        got = run_all(items, args.jobs)
        rows = [Row(r, it[0], s, f) for it, (r, s, f) in zip(items, got, strict=True)]
        texts = {(it[1], it[2]): it[4] for it in items}
        again: list[Item] = [
            (
                row.group,
                row.rec.writer,
                row.rec.id,
                row.rec.kinds,
                texts[row.rec.writer, row.rec.id],
                name,
            )
            for row in rows
            for name in sorted(row.fired)
        ]
        print(f"{len(rows)} drafts, {len(again)} rule hits to check again", file=sys.stderr)
        got = run_all(again, args.jobs)
        ablated = {(it[1], it[2], it[5]): rec for it, (rec, _, _) in zip(again, got, strict=True)}
        args.out.write_bytes(pickle.dumps((rows, ablated)))
    report(rows, ablated, groups)


def report(rows: list[Row], ablated: dict, groups: dict[str, frozenset[str]]) -> None:
    gates: dict[str, dict[str, DraftGate]] = {}
    inside = [r for r in rows if not r.rec.writer.startswith("+")]
    for g in groups:
        gates[g] = tone_stack.train_gates(
            [r.rec for r in inside if r.group != g], tone_stack.BUDGETS
        )
    for part, keep in (
        ("every outside writer in a fold", lambda w: not w.startswith("+")),
        ("writers outside RULES_SAW", lambda w: not w.startswith("+") and w not in RULES_SAW),
        ("files read by one fold (--files)", lambda w: w.startswith("+")),
    ):
        chosen = [r for r in rows if keep(r.rec.writer)]
        if chosen:
            table(part, chosen, ablated, gates)


def table(
    part: str, rows: list[Row], ablated: dict, gates: dict[str, dict[str, DraftGate]]
) -> None:
    a: Counter[str] = Counter()
    b: Counter[str] = Counter()
    c: Counter[str] = Counter()
    d: Counter[str] = Counter()
    clean = flagged = base_flagged = problems = right = 0
    for row in rows:
        rec, g = row.rec, gates[row.group]
        mk = model_kinds(rec, g)
        final = rec.base | mk
        if rec.kinds:
            problems += 1
            right += rec.kinds <= final
        else:
            clean += 1
            flagged += bool(final)
            base_flagged += bool(rec.base)
        for src in {s for _, s in row.sources}:
            kinds_of = {k for k, s in row.sources if s == src}
            if src in row.fired:
                alt = ablated[rec.writer, rec.id, src]
                rest = alt.base | model_kinds(alt, g)
            else:
                rest = {k for k, s in row.sources if s != src} | mk
            if not rec.kinds:
                a[src] += 1
                b[src] += not rest
            elif kinds_of & rec.kinds:
                c[src] += 1
                d[src] += bool((kinds_of & rec.kinds) - rest)
        if mk - rec.base:
            if not rec.kinds:
                a["model"] += 1
                b["model"] += not rec.base
            elif (mk - rec.base) & rec.kinds:
                c["model"] += 1
                d["model"] += bool((mk - rec.base) & rec.kinds)
    print(f"\n== {part}: {len(rows)} drafts")
    print(
        f"whole (held out, nested gates): right kind {right}/{problems}"
        f" = {right / max(1, problems):.1%},"
        f" clean flagged {flagged}/{clean} = {flagged / max(1, clean):.2%};"
        f" model silent {base_flagged}/{clean} = {base_flagged / max(1, clean):.2%}"
    )
    print(f"{'source':<17} {'(a) clean':>9} {'(b) only':>8} {'(c) right':>9} {'(d) only':>8}")
    for src in sorted(a.keys() | c.keys(), key=lambda s: (-(b[s] - d[s]), -b[s], s)):
        print(f"{src:<17} {a[src]:>9} {b[src]:>8} {c[src]:>9} {d[src]:>8}")


if __name__ == "__main__":
    main()
