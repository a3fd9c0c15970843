"""Shared fixtures: journals over memory and real files, a fixed clock."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from coach.journal import Journal
from coach.model import Entry, Stage

FIXED_NOW = datetime(2026, 11, 25, 10, 30)


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


def pytest_collection(session: pytest.Session) -> None:
    """Each xdist worker first rewrites the asserts of its share of the modules, for all."""
    controller = not os.environ.get("PYTEST_XDIST_WORKER") and session.config.option.numprocesses
    if controller or session.config.getoption("assertmode") != "rewrite":
        return
    from tests.rewritten import asked_for, rewrite_ahead, share

    index = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    rewrite_ahead(session.config, share(asked_for(session.config.args), index, count))


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
