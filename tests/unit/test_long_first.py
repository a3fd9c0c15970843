"""The long tests head each worker's first share, as xdist's worksteal really hands shares out."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from xdist.scheduler.worksteal import WorkStealingScheduling

from tests.long_first import long_first, shares


@dataclass
class FakeItem:
    """What long_first reads of a collected test: its id and its markers."""

    nodeid: str
    marks: tuple[str, ...] = ()

    def get_closest_marker(self, name: str) -> object:
        return name if name in self.marks else None


@dataclass(eq=False)
class FakeNode:
    """A worker as the scheduler sees it: it is sent test indices, and never shuts down."""

    sent: list[int] = field(default_factory=list)
    shutting_down: bool = False
    gateway: SimpleNamespace = field(default_factory=lambda: SimpleNamespace(id="gw"))

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent.extend(indices)


class FakeConfig:
    def __init__(self, workers: int) -> None:
        self.workers = workers

    def getvalue(self, name: str) -> list[str]:
        assert name == "tx"
        return [f"{self.workers}*popen"]


def first_shares(ids: list[str], workers: int) -> list[list[str]]:
    """What xdist's worksteal sends each worker before any stealing."""
    scheduler = WorkStealingScheduling(FakeConfig(workers))  # type: ignore[arg-type]
    nodes = [FakeNode() for _ in range(workers)]
    for node in nodes:
        scheduler.add_node(node)  # type: ignore[arg-type]
    for node in nodes:
        scheduler.add_node_collection(node, ids)  # type: ignore[arg-type]
    scheduler.schedule()
    return [[ids[i] for i in node.sent] for node in nodes]


def suite(size: int) -> list[FakeItem]:
    items = [FakeItem(f"tests/unit/test_u.py::test_{n}") for n in range(size)]
    items[10:10] = [FakeItem(f"tests/e2e/test_{m}.py::test_{n}") for m in "abc" for n in range(2)]
    items[40].marks = ("long_running",)
    items[-1].marks = ("long_running",)
    return items


@pytest.mark.parametrize(("size", "workers"), [(100, 6), (37, 6), (100, 4), (9, 3)])
def test_shares_are_the_sizes_worksteal_hands_out(size: int, workers: int) -> None:
    ids = [f"t{n}" for n in range(size)]
    assert [len(share) for share in first_shares(ids, workers)] == shares(size, workers)


def test_every_worker_starts_on_long_tests_and_none_is_lost_or_doubled() -> None:
    items = suite(100)
    before = [item.nodeid for item in items]
    long_first(items, 6)  # type: ignore[arg-type]
    after = [item.nodeid for item in items]
    assert sorted(after) == sorted(before), "a test was lost or doubled"
    shares_ = first_shares(after, 6)
    heads = [share[0] for share in shares_]
    terminal = [nodeid for nodeid in after if nodeid.startswith("tests/e2e/")]
    assert shares_[0][: len(terminal)] == terminal, "one worker starts on every tmux test"
    assert {heads[1], heads[2]} == {before[40], before[-1]}, heads
    # A module of tmux tests stays whole, in its own order, on one worker.
    for module in "abc":
        ids = [f"tests/e2e/test_{module}.py::test_{n}" for n in range(2)]
        at = after.index(ids[0])
        assert after[at : at + 2] == ids, module
    # The rest keep the order they were collected in.
    marked = {before[40], before[-1]}
    rest = [nodeid for nodeid in after if nodeid.startswith("tests/unit/") and nodeid not in marked]
    assert rest == sorted(rest, key=before.index)


def test_one_worker_or_none_long_leaves_the_order_alone() -> None:
    items = suite(60)
    before = list(items)
    long_first(items, 1)  # type: ignore[arg-type]
    assert items == before
    plain = [FakeItem(f"tests/unit/test_u.py::test_{n}") for n in range(30)]
    long_first(plain, 6)  # type: ignore[arg-type]
    assert [item.nodeid for item in plain] == [f"tests/unit/test_u.py::test_{n}" for n in range(30)]
