"""Folds for the tone model: each outside writer held out, alone or in a group, and kept on disk.

A fold is the model bench/tone_learn.py trains on every source but the
writers it holds out; bench/tone_train.py sets the shipped model's cuts and
draft gates on the scores folds give the writers they never saw.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from tone_learn import EPOCHS, L2, MIN_WEIGHT, NEAR_MISS_WEIGHT, SEEDS, Sentence, train, writer_of

from coach.tone_corpus import Draft
from coach.tone_model import ToneModel, from_json
from coach.tone_rules import shipped_rules_path

JOBS = int(os.environ.get("TONE_JOBS", "2"))


def _train_without(held: tuple[str, frozenset[str]]) -> tuple[str, ToneModel]:
    name, writers = held
    rows = [s for source, (rs, _) in _POOL.items() if writer_of(source) not in writers for s in rs]
    return name, train(rows)


_POOL: dict[str, tuple[list[Sentence], list[Draft]]] = {}
# Writers are held out in this many groups (TONE_GROUPS; 0: one writer per
# fold). One fold per writer (34 of them) took longer than a round has; with
# groups every writer is still held out exactly once, by a model that never
# saw it, and i11's sets and the templates are always trained on. Seven until
# the twenty-ninth round; with 98 writers (37,656 drafts) seven folds and the
# final model were more than two hours on the shared machine, three folds and
# the final model half that (each fold sees two thirds of the writers: its
# held-out scores are if anything harsher than the shipped model's).
GROUPS = int(os.environ.get("TONE_GROUPS", "3"))


def writer_groups(
    data: dict[str, tuple[list[Sentence], list[Draft]]], count: int = GROUPS
) -> dict[str, frozenset[str]]:
    """The outside writers in `count` groups of about as many drafts each (deterministic).

    Largest writer first, each into the group with fewest drafts so far; a
    group is named by its number and a hash of its writers, so a fold kept
    for one grouping is never read back for another.
    """
    sizes: dict[str, int] = defaultdict(int)
    for name, (_, drafts) in data.items():
        if writer_of(name) not in ("i11", "extra"):
            sizes[writer_of(name)] += len(drafts)
    if count <= 0:
        return {w: frozenset({w}) for w in sorted(sizes)}
    members: list[list[str]] = [[] for _ in range(min(count, len(sizes)))]
    totals = [0] * len(members)
    for w in sorted(sizes, key=lambda w: (-sizes[w], w)):
        at = totals.index(min(totals))
        members[at].append(w)
        totals[at] += sizes[w]
    out = {}
    for n, ws in enumerate(members):
        tag = hashlib.sha256(" ".join(sorted(ws)).encode()).hexdigest()[:8]
        out[f"group{n + 1}of{len(members)}-{tag}"] = frozenset(ws)
    return out


def fold_models(
    data: dict[str, tuple[list[Sentence], list[Draft]]],
    held: Iterable[str] = (),
    groups: dict[str, frozenset[str]] | None = None,
) -> dict[str, ToneModel]:
    """Per writer, the model trained without it (in JOBS processes).

    `held` names the writers to hold out one by one (default: every writer):
    a fold takes minutes on a shared machine, so bench/tone_lowo.py may ask
    for a few. With `groups` (writer_groups), each group is held out at once
    and each of its writers gets the group's model. Each fold is kept in the
    system's temporary folder under a hash of the data, its features, the
    training settings and its writer(s), so bench/tone_lowo.py and a retrain
    share the work. TONE_FOLDS names a file of folds saved before
    (fold_json) to use instead.
    """
    if groups is None:
        names = sorted(set(held) or {writer_of(n) for n in data})
        groups = {g: frozenset({g}) for g in names}
    if "TONE_FOLDS" in os.environ:
        raw = json.loads(Path(os.environ["TONE_FOLDS"]).read_text(encoding="utf-8"))
        return {w: from_json(raw[w]) for ws in groups.values() for w in ws}
    found = group_models(data, groups)
    return {w: found[g] for g, ws in groups.items() for w in ws}


# The name of the "group" that holds out no writer: the model trained on every
# source, trained in the same pool as the folds (bench/tone_train.py fit_all),
# so that it runs beside the last fold instead of after all of them.
EVERY_WRITER = "every-writer"


def group_models(
    data: dict[str, tuple[list[Sentence], list[Draft]]], groups: dict[str, frozenset[str]]
) -> dict[str, ToneModel]:
    """Per group name, the model trained without its writers (kept on disk, JOBS processes)."""
    key = _data_key(data)
    found: dict[str, ToneModel] = {}
    for g in groups:
        if (path := _fold_path(key, g)).exists():
            found[g] = from_json(json.loads(path.read_text(encoding="utf-8")))
    missing = [(g, groups[g]) for g in groups if g not in found]
    if missing:
        _POOL.clear()
        _POOL.update(data)
        with multiprocessing.get_context("fork").Pool(min(JOBS, len(missing))) as pool:
            for g, model in pool.imap_unordered(_train_without, missing):
                one = json.loads(fold_json({g: model}))[g]
                _fold_path(key, g).write_text(json.dumps(one), encoding="utf-8")
                found[g] = model
    return found


def _data_key(data: dict[str, tuple[list[Sentence], list[Draft]]]) -> str:
    """A hash of what a fold is trained from: data, features, rules and settings."""
    return hashlib.sha256(
        repr((SEEDS, L2, EPOCHS, MIN_WEIGHT, NEAR_MISS_WEIGHT)).encode()
        + shipped_rules_path().read_bytes()  # the rules pick the sentences trained on
        + b"".join(
            s.text.encode() + repr(s.labels).encode() + repr(s.feats).encode()
            for rs, _ in data.values()
            for s in rs
        )
    ).hexdigest()[:16]


def _fold_path(key: str, writer: str) -> Path:
    """Where the fold that held out `writer` from the data hashed as `key` is kept."""
    return Path(tempfile.gettempdir()) / f"tone-fold-{key}-{writer}.json"


def fold_json(folds: dict[str, ToneModel]) -> str:
    """Fold models as JSON (bench/tone_lowo.py keeps them between runs)."""
    return json.dumps(
        {
            g: {
                k: {"bias": m.bias, "threshold": m.threshold, "weights": m.weights}
                for k, m in model.items()
            }
            for g, model in folds.items()
        }
    )
