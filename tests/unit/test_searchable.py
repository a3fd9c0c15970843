"""Entries beside their search texts: what a filter matches, and no object per entry."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

from coach.journal import Journal
from coach.model import ReplyStatus, Stage
from coach.searchable import Searchable
from tests.conftest import make_entry


def test_matching_follows_text_stage_and_reply() -> None:
    a = make_entry("Acme", stage=Stage.FINAL)
    b = make_entry("Globex", stage=Stage.PHONE_SCREEN)
    b.reply.status = ReplyStatus.SENT
    c = make_entry("Acme North", stage=Stage.PHONE_SCREEN)
    searchable = Searchable((a, b, c), ("acme", "globex", "acme north"))
    assert [e.company for e in searchable.matching("acme").entries] == ["Acme", "Acme North"]
    assert searchable.matching("acme").texts == ("acme", "acme north")
    assert [e.company for e in searchable.matching("", Stage.PHONE_SCREEN).entries] == [
        "Globex",
        "Acme North",
    ]
    assert [e.company for e in searchable.matching("acme", Stage.PHONE_SCREEN).entries] == [
        "Acme North"
    ]
    assert [e.company for e in searchable.matching("", None, ReplyStatus.SENT).entries] == [
        "Globex"
    ]
    assert searchable.matching("zebra").entries == ()


def test_no_filter_is_the_same_object() -> None:
    """Nothing to narrow by: no copy of 50,000 entries for the young collections to walk."""
    searchable = Searchable((make_entry("Acme"),), ("acme",))
    assert searchable.matching("") is searchable


def test_search_texts_make_no_object_per_entry_for_the_collector(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.json")
    for n in range(300):
        journal.add(make_entry(f"Company {n}", date=date(2026, 1, 1 + n % 28)))
    journal.entries()
    gc.collect()
    before = len(gc.get_objects())
    kept = journal.with_search_text()
    gc.collect()
    # (entry, text) pairs were 300 tracked tuples here: now a few lists.
    assert len(gc.get_objects()) - before < 50
    assert len(kept) == 300


def test_a_filter_finds_an_entry_by_its_day_as_shown_or_its_month(tmp_path: Path) -> None:
    # rv22 item 6: "/2026-07" and "/July" found nothing though the Date column showed it.
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("Summer Co", date=date(2026, 7, 14)))
    journal.add(make_entry("Autumn Co", date=date(2026, 8, 2)))
    searchable = journal.with_search_text()
    for needle in ("2026-07", "2026-07-14", "july", "14 july 2026", "july 2026"):
        assert [e.company for e in searchable.matching(needle).entries] == ["Summer Co"], needle
    assert [e.company for e in journal.search("August")] == ["Autumn Co"]  # `coach list --search`
