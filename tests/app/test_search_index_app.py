"""The app builds a big journal's word index in home's warm-up thread, never on the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from coach.journal import Journal
from coach.log_storage import LogStorage
from coach.paths import locate
from coach.search_index import index_path
from screens.app import make_app
from tests.app.walk_helpers import NOW, until
from tests.conftest import make_entry


async def test_the_warm_up_builds_the_word_index_off_the_ui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coach.journal.QUICK_LOAD_BYTES", 0)  # read in a thread, as a big one
    places = locate(tmp_path / "data")
    seed = Journal.open(places.journal)
    for name in ("Zebracorn [b]", "Acme", "Initech"):
        seed.add(make_entry(name))
    builders: list[str] = []
    original = Journal.refresh_search_index

    def spied(self: Journal) -> bool:
        builders.append(threading.current_thread().name)
        return original(self)

    monkeypatch.setattr(Journal, "refresh_search_index", spied)
    # Saves append and the index is kept from the first byte: a big journal in small.
    journal = Journal(LogStorage(places.journal, append_over=0), check_now=False)
    app = make_app(journal=journal, places=places, clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        # The warm-up's thread may not have started when the first workers are done (a CI
        # run at load 12-18 found no build), so wait for the build to start, then to end.
        await until(pilot, lambda: builders)
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert builders and threading.main_thread().name not in builders
    assert index_path(places.journal).exists()
    command = Journal(LogStorage(places.journal, append_over=0), check_now=False)
    found = command._scan_indexed("zebracorn")
    assert found is not None and [e.company for e in found] == ["Zebracorn [b]"]
