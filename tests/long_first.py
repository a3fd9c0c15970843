"""Under xdist, the tests that take many seconds each start first, at the heads of the shares."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

# The tmux tests mostly wait on a coach in a terminal, so their seconds do not wear out
# a core. One worker starts on all of them, one after another: three at once at the
# start of a loaded run (load 10-15) lost a typed key once. The other workers start on
# the long tests marked.
TERMINAL_TESTS = "tests/e2e/"


def shares(total: int, workers: int) -> list[int]:
    """How many tests each worker is first handed, as xdist's worksteal and load split them.

    Each idle worker in turn gets the pending tests divided by the workers still waiting.
    """
    sizes = []
    left = total
    for waiting in range(workers, 0, -1):
        sizes.append(left // waiting)
        left -= sizes[-1]
    return sizes


Groups = list[list[pytest.Item]]


def _groups(items: Sequence[pytest.Item]) -> tuple[Groups, Groups]:
    """The tmux tests, a module to a group (its fixtures stay shared), and the marked ones."""
    terminal: dict[str, list[pytest.Item]] = {}
    marked: Groups = []
    for item in items:
        if item.nodeid.startswith(TERMINAL_TESTS):
            terminal.setdefault(item.nodeid.split("::")[0], []).append(item)
        elif item.get_closest_marker("long_running"):
            marked.append([item])
    return list(terminal.values()), marked


def _spread(groups: Groups, heads: Groups) -> None:
    """Biggest group first, each to the head with the fewest tests so far."""
    for group in sorted(groups, key=len, reverse=True):
        min(heads, key=len).extend(group)


def long_first(items: list[pytest.Item], workers: int) -> None:
    """Reorder items in place so each worker's first share starts with long tests.

    A worker runs its share in order, and an idle worker takes the back half of the
    longest queue left; a long test at the back of a share could start last and end
    the run alone. Every worker reorders alike, so all collect the same order.
    """
    if workers < 2:
        return
    terminal, marked = _groups(items)
    moved = {id(item) for group in terminal + marked for item in group}
    if not moved:
        return
    heads: Groups = [[] for _ in range(workers)]
    _spread(terminal, heads[:1])
    _spread(marked, heads[1:])
    rest = [item for item in items if id(item) not in moved]
    ordered: list[pytest.Item] = []
    for head, size in zip(heads, shares(len(items), workers), strict=True):
        take = max(0, size - len(head))
        ordered += head + rest[:take]
        rest = rest[take:]
    items[:] = ordered + rest
