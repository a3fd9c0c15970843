"""Scores a tone checker against labelled drafts: per-kind precision and recall, false alarms."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


class _HasKind(Protocol):
    kind: str


@dataclass(frozen=True)
class Draft:
    """One labelled reply: the kinds a calm reader would flag (none when it is fine)."""

    id: str
    kinds: frozenset[str]
    text: str


@dataclass
class Score:
    """How a checker did on a set of drafts."""

    kinds: tuple[str, ...]
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    problems: int = 0
    problems_right: int = 0  # flagged with every expected kind
    clean: int = 0
    false_alarms: list[str] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)
    extras: dict[str, list[str]] = field(default_factory=dict)

    def precision(self, kind: str) -> float:
        found = self.tp[kind] + self.fp[kind]
        return self.tp[kind] / found if found else 1.0

    def recall(self, kind: str) -> float:
        wanted = self.tp[kind] + self.fn[kind]
        return self.tp[kind] / wanted if wanted else 1.0

    @property
    def flagged_right(self) -> float:
        """Share of problem drafts flagged with every kind they carry."""
        return self.problems_right / self.problems if self.problems else 1.0

    @property
    def false_alarm_rate(self) -> float:
        """Share of clean drafts that got any finding."""
        return len(self.false_alarms) / self.clean if self.clean else 0.0

    def table(self) -> str:
        rows = [f"{'kind':<12} {'precision':>9} {'recall':>7} {'drafts':>6}"]
        for kind in self.kinds:
            wanted = self.tp[kind] + self.fn[kind]
            recall = f"{self.recall(kind):7.1%}" if wanted else f"{'n/a':>7}"
            rows.append(f"{kind:<12} {self.precision(kind):9.1%} {recall} {wanted:6d}")
        rows.append(
            f"problem drafts flagged with the right kind(s): {self.problems_right}/{self.problems}"
            f" = {self.flagged_right:.1%}"
        )
        rows.append(
            f"clean drafts flagged: {len(self.false_alarms)}/{self.clean}"
            f" = {self.false_alarm_rate:.1%}"
        )
        return "\n".join(rows)


def load(path: Path) -> list[Draft]:
    """The drafts of one corpus file."""
    rows = tomllib.loads(path.read_text(encoding="utf-8"))["draft"]
    return [Draft(row["id"], frozenset(row["kinds"]), row["text"]) for row in rows]


def score(
    checker: Callable[[str], Iterable[_HasKind]], drafts: Iterable[Draft], kinds: tuple[str, ...]
) -> Score:
    """Run `checker` on every draft and count hits and misses per kind."""
    result = Score(kinds, *(dict.fromkeys(kinds, 0) for _ in range(3)))
    result.misses = {kind: [] for kind in kinds}
    result.extras = {kind: [] for kind in kinds}
    for draft in drafts:
        got = {finding.kind for finding in checker(draft.text)}
        for kind in kinds:
            if kind in got and kind in draft.kinds:
                result.tp[kind] += 1
            elif kind in got:
                result.fp[kind] += 1
                result.extras[kind].append(draft.id)
            elif kind in draft.kinds:
                result.fn[kind] += 1
                result.misses[kind].append(draft.id)
        if draft.kinds:
            result.problems += 1
            result.problems_right += draft.kinds <= got
        else:
            result.clean += 1
            if got:
                result.false_alarms.append(draft.id)
    return result
