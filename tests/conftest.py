"""Shared fixtures: journals over memory and real files, a fixed clock."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

# Where PYTHONDONTWRITEBYTECODE is set (this machine sets it), Python keeps no compiled
# copy of any module: every xdist worker, and every coach a test starts (each e2e test's
# in tmux, each CLI run), compiled coach, screens and Textual from source again, about
# 1.6 of a coach's 4.1 CPU-s to its first screen. The suite lets Python keep them, as
# it does by default; set before the imports below, and before the workers and the
# coaches they start inherit the environment.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

import pytest  # noqa: E402

from coach.crypto import KdfParams, Sealer  # noqa: E402
from coach.journal import Journal  # noqa: E402
from coach.model import Entry, Stage  # noqa: E402

FIXED_NOW = datetime(2026, 11, 25, 10, 30)
# The key settings a Sealer made without any uses in the product, kept before any test
# swaps them for cheap ones (see cheap_keys).
PRODUCT_KEY_DEFAULTS = Sealer.__init__.__defaults__
# The cheapest settings a header may carry: deriving the product's 32 MiB key took about
# 0.09 CPU-s a time, 16 CPU-s a run, and those tests are about what opens what.
CHEAP_KEY = KdfParams(log_n=10)
# Young collections in a test worker: after this many new objects, not Python's 700.
# A worker keeps every module and test it has collected, and each app test leaves a
# screen's worth of objects that outlive a young collection or two: about an eighth of
# the app tests' CPU went to the cycle collector, most of it walking the same objects.
YOUNG_THRESHOLD = 10_000


def pytest_configure(config: pytest.Config) -> None:
    """A worker's last look for errors raised in finalizers collects garbage once, not five times.

    pytest collects everything five times as a worker stops, to find errors raised while
    objects are freed. A worker holds about a million objects by then, so that cost 4-6
    CPU-s per worker, four fifths of it walking the same live objects again. The first
    collection frees the garbage and runs its finalizers; only garbage a finalizer itself
    leaves waits for a second. Errors raised while a test runs are reported with that test,
    as before.
    """
    from _pytest.unraisableexception import gc_collect_iterations_key

    config.stash[gc_collect_iterations_key] = 1
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What lives once the tests are collected (modules, the tests) is set aside for good.

    It lives until the worker ends, so each full collection walked it again for nothing.
    """
    gc.collect()
    gc.freeze()


def pytest_collection(session: pytest.Session) -> None:
    """Each xdist worker first rewrites the asserts of its share of the modules, for all."""
    controller = not os.environ.get("PYTEST_XDIST_WORKER") and session.config.option.numprocesses
    if controller or session.config.getoption("assertmode") != "rewrite":
        return
    from tests.rewritten import asked_for, rewrite_ahead, share

    index = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    rewrite_ahead(session.config, share(asked_for(session.config.args), index, count))


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """An xdist worker's share starts with the tests that take many seconds each."""
    from tests.long_first import long_first

    long_first(items, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))


@pytest.fixture(autouse=True)
def cheap_keys(request: pytest.FixtureRequest) -> Iterator[None]:
    """A Sealer made without key settings derives a cheap key, but in a test of the real cost.

    A file keeps its settings in its header, so every reader opens it as before. Tests
    marked `product_key_cost` keep the product's settings.
    """
    if request.node.get_closest_marker("product_key_cost"):
        yield
        return
    Sealer.__init__.__defaults__ = (CHEAP_KEY,)
    try:
        yield
    finally:
        Sealer.__init__.__defaults__ = PRODUCT_KEY_DEFAULTS


@pytest.fixture(params=["memory", "file"])
def journal(request: pytest.FixtureRequest, tmp_path: Path) -> Journal:
    """A journal over TinyDB's memory storage and over our durable file storage."""
    if request.param == "memory":
        return Journal.in_memory()
    return Journal.open(tmp_path / "data" / "journal.json")


@pytest.fixture
def file_journal(tmp_path: Path) -> Journal:
    """A journal on disk, for tests about the file itself."""
    return Journal.open(tmp_path / "data" / "journal.json")


def make_entry(company: str = "Acme", stage: Stage = Stage.TECHNICAL, **fields: object) -> Entry:
    """An entry with sensible defaults and a fixed creation time."""
    fields.setdefault("date", date(2026, 11, 20))
    fields.setdefault("created_at", FIXED_NOW)
    return Entry(company=company, stage=stage, **fields)  # type: ignore[arg-type]
