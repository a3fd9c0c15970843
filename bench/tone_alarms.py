"""Which rule or source flags each corpus draft: the rules alone, with the model silent, whole.

`uv run python bench/tone_alarms.py --out FILE` checks every draft of
tests/data/tone/*.toml three ways (the rules, VADER and structure with no
model; the same with the shipped model's vetoes but none of its own
findings, which is what bench/tone_stack.py calls "model silent"; the whole
check) and writes one JSON line per draft: its writer, labels, and per way
the kinds found and the source of each finding (a rule's name, "vader",
"model", or the structural kind). `--compare OLD` prints, against a file
written before a change, the clean drafts newly flagged and freed and the
labelled drafts lost and won per way, for the writers whose drafts were
read while the rules were written and for those never read.

TONE_ALARMS_FOLD names a fold file (bench/tone_folds.py fold_json, one
model) trained without the never-read writers; with it two more ways are
written: "held" (model silent, that fold's vetoes) and "heldwhole" (the
whole check with its weights under the shipped cuts and gates). Only the
never-read writers' figures of those ways are held out.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from coach import tone
from coach.tone_corpus import load
from coach.tone_model import from_json, shipped_model
from coach.tone_rules import shipped_rules

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
# Scored once and never read (tests/data/tone/README.md): nobody tuned a rule on them.
NEVER_READ = re.compile(r"^writer1(?:0[d-f]|1[a-h]|2[d-h])_dev")
WAYS = ("rules", "silent", "whole", "held", "heldwhole")
# With --fold, "held" is the model-silent way again with the vetoes of a
# fold that never saw the never-read writers (its figures on the others
# mean nothing); anger's confirm score as bench/tone_train.py sets it.
# "heldwhole" is the whole check with that fold's weights under the shipped
# model's cuts and draft gates (near what a new writer meets).
CONFIRM = {"anger": 0.3}


def writer(path: Path) -> str:
    """The writer of a corpus file, from its name ("writer11c_dev_03" -> "writer11c")."""
    stem = path.stem
    m = re.match(r"(writer\w*?)_(?:dev|frozen)(?:_(f[ab]))?", stem)
    if not m:
        return "i11"
    return m.group(1) + ("_frozen_" + m.group(2) if m.group(2) else "")


def _sources(findings: list[tone.Finding]) -> list[list[str]]:
    names = {r.reason: r.name or r.kind for r in shipped_rules().rules}
    out = []
    for f in findings:
        if f.reason in names:
            source = names[f.reason]
        elif f.reason.startswith("this sentence reads as hostile"):
            source = "vader"
        elif f.kind in ("shouting", "placeholder", "length"):
            source = f.kind
        elif f.reason.startswith("reads as"):
            source = "model"
        else:
            source = "other:" + f.reason[:40]
        out.append([f.kind, source, f.text[:60]])
    return out


_SILENT = None
_HELD: dict | None = None
_HELD_WHOLE: dict | None = None


def _one(item: tuple[str, str, str, list[str], str]) -> dict[str, object]:
    global _SILENT, _HELD, _HELD_WHOLE
    if _SILENT is None:
        _SILENT = {
            k: dataclasses.replace(m, threshold=2.0, gate=None) for k, m in shipped_model().items()
        }
    file, who, draft_id, kinds, text = item
    row: dict[str, object] = {"id": draft_id, "file": file, "writer": who, "kinds": kinds}
    ways = [("rules", {}), ("silent", _SILENT), ("whole", None)]
    if _FOLD and _HELD is None:
        raw = json.loads(Path(_FOLD).read_text(encoding="utf-8"))
        fold = from_json(next(iter(raw.values())))
        _HELD = {
            k: dataclasses.replace(m, threshold=2.0, gate=None, confirm=CONFIRM.get(k, 0.0))
            for k, m in fold.items()
        }
        shipped = shipped_model()
        _HELD_WHOLE = {
            k: dataclasses.replace(
                shipped[k], bias=m.bias, weights=m.weights, confirm=CONFIRM.get(k, 0.0)
            )
            for k, m in fold.items()
        }
    if _HELD is not None and _HELD_WHOLE is not None:
        ways += [("held", _HELD), ("heldwhole", _HELD_WHOLE)]
    for way, model in ways:
        found = tone.check(text, model=model)
        row[way] = _sources(found)
    return row


_FOLD = os.environ.get("TONE_ALARMS_FOLD", "")


def run(out: Path, jobs: int) -> None:
    items = []
    for path in sorted(DATA.glob("*.toml")):
        who = writer(path)
        for d in load(path):
            items.append((path.stem, who, d.id, sorted(d.kinds), d.text))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        rows = pool.map(_one, items, chunksize=50)
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def read(path: Path) -> dict[str, dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {f"{r['file']}:{r['id']}": r for r in rows}


def got(row: dict, way: str) -> set[str]:
    return {k for k, _, _ in row[way]}


def right(row: dict, way: str) -> bool:
    return set(row["kinds"]) <= got(row, way)


def table(rows: dict[str, dict], way: str) -> None:
    """Clean drafts flagged in `way`, by writer group and source."""
    by: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for r in rows.values():
        if r["kinds"]:
            continue
        group = "never-read" if NEVER_READ.match(r["file"]) else "read"
        totals[group] += 1
        totals[r["writer"]] += 1
        if r[way]:
            flagged[group] += 1
            flagged[r["writer"]] += 1
            for source in sorted({s for _, s, _ in r[way]}):
                by[r["writer"]][source] += 1
                by[group][source] += 1
    for key in sorted(by, key=lambda k: (k not in ("read", "never-read"), k)):
        srcs = ", ".join(f"{s} {n}" for s, n in by[key].most_common())
        print(f"{key:<22} {flagged[key]:>4}/{totals[key]:<5} {srcs}")


def compare(old: dict[str, dict], new: dict[str, dict]) -> None:
    for way in WAYS:
        if way not in next(iter(new.values())) or way not in next(iter(old.values())):
            continue
        for group in ("read", "never-read"):
            c: Counter[str] = Counter()
            ids: dict[str, list[str]] = defaultdict(list)
            for key, r in new.items():
                if (group == "never-read") != bool(NEVER_READ.match(r["file"])):
                    continue
                o = old[key]
                if not r["kinds"]:
                    if bool(r[way]) and not o[way]:
                        c["clean newly flagged"] += 1
                        ids["flagged"].append(key)
                    if not r[way] and o[way]:
                        c["clean freed"] += 1
                        ids["freed"].append(key)
                else:
                    if right(o, way) and not right(r, way):
                        c["labelled lost"] += 1
                        ids["lost"].append(key)
                    if right(r, way) and not right(o, way):
                        c["labelled won"] += 1
                        ids["won"].append(key)
            print(f"{way:<7} {group:<11} {dict(c)}")
            if os.environ.get("SHOW_IDS"):
                for k, v in ids.items():
                    print(f"    {k}: {' '.join(v)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", type=Path, help="an older --out file")
    parser.add_argument("--table", type=Path, help="print the clean alarms by source")
    parser.add_argument("--way", default="silent", choices=WAYS)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.out:
        run(args.out, args.jobs)
    if args.table:
        table(read(args.table), args.way)
    if args.compare and args.out:
        compare(read(args.compare), read(args.out))


if __name__ == "__main__":
    sys.exit(main())
