"""A pytest plugin recording the CPU each test burns; load it with `-p bench.cpu_per_test`.

Wall time lies on a shared machine: under load every test waits longer. CPU does not
(much): each test's own `process_time()` delta plus what its reaped children burned
(`RUSAGE_CHILDREN`), and each worker's cost before its first test (start-up, imports,
collection). Lines go to $CPU_PER_TEST_DIR/<worker>.jsonl; sum them with
`uv run python -m bench.cpu_per_test DIR`. Processes that are not reaped by the test
(a tmux server and the coach it runs; the rounds the forkserver of tests/kill_rounds.py
forks) are not counted. Each line also holds when it was written (`at`, the epoch) and a
test when it started (`start`), so the summary can tell when each worker ran dry and
what kept the cores idle at the end of the run.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

_OUT: list[object] = []


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _write(record: dict[str, object]) -> None:
    folder = os.environ.get("CPU_PER_TEST_DIR")
    if not folder:
        return
    if not _OUT:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(folder).mkdir(parents=True, exist_ok=True)
        _OUT.append(open(Path(folder) / f"{worker}.jsonl", "a"))  # noqa: SIM115 - open for the run
    out = _OUT[0]
    out.write(json.dumps(record) + "\n")  # type: ignore[attr-defined]
    out.flush()  # type: ignore[attr-defined]


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything this process burned before its first test: start-up, imports, collection."""
    _write(
        {
            "kind": "startup",
            "self": time.process_time(),
            "children": _children(),
            "at": time.time(),
        }
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """A test's setup, call and teardown together (a module fixture counts in its first test)."""
    own, children, wall = time.process_time(), _children(), time.monotonic()
    start = time.time()
    try:
        return (yield)
    finally:
        _write(
            {
                "kind": "test",
                "id": item.nodeid,
                "self": time.process_time() - own,
                "children": _children() - children,
                "wall": time.monotonic() - wall,
                "start": start,
                "at": time.time(),
            }
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    """The whole process's CPU at its end (after the last test: teardown, the last collections)."""
    _write({"kind": "end", "self": time.process_time(), "children": _children(), "at": time.time()})


def summarise(folder: Path, top: int = 60) -> str:
    """Totals, the costliest tests, and sums by file and by directory."""
    tests: dict[str, float] = {}
    startup = end = controller = 0.0
    workers = 0
    for path in sorted(folder.glob("*.jsonl")):
        workers += path.stem != "main"
        for line in path.read_text().splitlines():
            record = json.loads(line)
            cost = record["self"] + record["children"]
            if record["kind"] == "test":
                tests[record["id"]] = tests.get(record["id"], 0.0) + cost
            elif record["kind"] == "startup":
                startup += cost
            elif path.stem == "main" and workers:
                # Its reaped children are the workers, counted already.
                controller += record["self"]
            else:
                end += cost
    by_file: dict[str, float] = defaultdict(float)
    by_dir: dict[str, float] = defaultdict(float)
    for nodeid, cost in tests.items():
        by_file[nodeid.split("::")[0]] += cost
        by_dir[nodeid.split("::")[0].rsplit("/", 1)[0]] += cost
    in_tests = sum(tests.values())
    lines = [
        f"workers {workers}, tests {len(tests)}: {in_tests:.1f} CPU-s in tests, "
        f"{startup:.1f} before the first test, {end:.1f} at the workers' ends in all "
        f"(so {end - startup - in_tests:.1f} between and after tests); "
        f"the controller {controller:.1f}; all {end + controller:.1f}",
        "",
        "by directory:",
    ]
    lines += [f"{cost:8.1f}  {name}" for name, cost in sorted(by_dir.items(), key=lambda x: -x[1])]
    lines += ["", f"top {top} files:"]
    ranked = sorted(by_file.items(), key=lambda x: -x[1])[:top]
    lines += [f"{cost:8.1f}  {name}" for name, cost in ranked]
    lines += ["", f"top {top} tests:"]
    ranked = sorted(tests.items(), key=lambda x: -x[1])[:top]
    lines += [f"{cost:8.1f}  {name[:160]}" for name, cost in ranked]
    return "\n".join(lines)


def timeline(folder: Path, tail: float = 60.0) -> str:
    """When each worker ran dry, how busy the run's last `tail` seconds were, what ended it.

    Needs lines with `start` and `at` (written since st29b). A worker counts as busy
    while one of its tests runs; a test that mostly sleeps counts as busy too, so the
    tests with most wall beyond their CPU are listed as well.
    """
    runs: list[tuple[float, float, str, float]] = []
    ends: dict[str, float] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text().splitlines():
            record = json.loads(line)
            if record["kind"] == "test" and "start" in record:
                cost = record["self"] + record["children"]
                runs.append((record["start"], record["at"], record["id"], cost))
                ends[path.stem] = max(ends.get(path.stem, 0.0), record["at"])
    if not runs:
        return "no timestamps (lines written before st29b)"
    first = min(start for start, _, _, _ in runs)
    last = max(end for _, end, _, _ in runs)
    lines = [f"tests from first start to last end: {last - first:.1f} s", "", "workers ran dry at:"]
    lines += [
        f"{end - first:8.1f} s  {name}" for name, end in sorted(ends.items(), key=lambda x: x[1])
    ]
    window = max(first, last - tail)
    busy = sum(max(0.0, min(end, last) - max(start, window)) for start, end, _, _ in runs)
    lines.append(
        f"\nthe last {last - window:.0f} s: {busy / max(last - window, 1e-9):.2f} workers busy "
        f"on average, of {len(ends)}"
    )
    lines.append("the tests still running then (start, end, wall-CPU, id):")
    ending = sorted((r for r in runs if r[1] > window), key=lambda r: r[1])[-12:]
    lines += [
        f"{start - first:8.1f} {end - first:8.1f} {end - start - cost:6.1f}  {nodeid[:120]}"
        for start, end, nodeid, cost in ending
    ]
    lines.append("\nmost wall beyond CPU (waiting: sleeps, children not reaped, I/O):")
    idle = sorted(runs, key=lambda r: -(r[1] - r[0] - r[3]))[:20]
    lines += [f"{end - start - cost:8.1f}  {nodeid[:140]}" for start, end, nodeid, cost in idle]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarise(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 60))
    print()
    print(timeline(Path(sys.argv[1])))
