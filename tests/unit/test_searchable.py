"""Entries beside their search texts: what a filter matches, and no object per entry."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from coach.date_filter import day_asked
from coach.journal import Journal
from coach.journal_records import matches
from coach.model import ReplyStatus, Stage, narrows, search_text
from coach.searchable import Searchable, why_nothing
from screens.journal.journal_filter import JournalFilter, nothing_matches
from tests.conftest import make_entry


def test_matching_follows_text_stage_and_reply() -> None:
    a = make_entry("Acme", stage=Stage.FINAL)
    b = make_entry("Globex", stage=Stage.PHONE_SCREEN)
    b.reply.status = ReplyStatus.SENT
    c = make_entry("Acme North", stage=Stage.PHONE_SCREEN)
    # Texts as the journal makes them: the day closes each at a fixed width.
    searchable = Searchable((a, b, c), tuple(map(search_text, (a, b, c))))
    assert [e.company for e in searchable.matching("acme").entries] == ["Acme", "Acme North"]
    assert searchable.matching("acme").texts == (search_text(a), search_text(c))
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


def test_digits_alone_look_in_what_was_written_and_a_date_needs_its_shape() -> None:
    # "10" after fz12's dates matched every entry of the 10th, of October and of 2010.
    journal_entries = [
        make_entry("10x Labs", date=date(2026, 3, 4)),
        make_entry("Octo Co", date=date(2026, 10, 10), notes="met at the fair"),
        make_entry("Year Co", date=date(2026, 5, 1), notes="the 2026 graduate scheme"),
        make_entry("Tenth Co", date=date(2026, 9, 30), role="Analyst"),
    ]
    searchable = Searchable(tuple(journal_entries), tuple(map(search_text, journal_entries)))

    def found(needle: str, stage: Stage | None = None) -> list[str]:
        return [e.company for e in searchable.matching(needle, stage).entries]

    assert found("10") == ["10x Labs"]
    assert found("2026") == ["Year Co"]
    assert found("30") == []
    assert found("10", Stage.TECHNICAL) == ["10x Labs"]  # the other way through matching
    assert found("2026-10") == ["Octo Co"]
    assert found("10 october") == ["Octo Co"]
    assert found("2026-") == ["10x Labs", "Octo Co", "Year Co", "Tenth Co"]
    assert found("30 september 2026") == ["Tenth Co"]  # the longest day in words, whole
    assert [matches(e, "10") for e in journal_entries] == [True, False, False, False]
    assert matches(journal_entries[1], "2026-10-10")


def test_coach_list_search_leaves_the_day_out_for_digits_alone(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("10x Labs", date=date(2026, 3, 4)))
    journal.add(make_entry("Octo Co", date=date(2026, 10, 10)))
    assert [e.company for e in Journal.open(tmp_path / "journal.json").search("10")] == ["10x Labs"]
    assert [e.company for e in Journal.open(tmp_path / "journal.json").search("2026-10")] == [
        "Octo Co"
    ]


def test_typing_on_from_digits_to_a_date_looks_through_every_entry_again() -> None:
    # "2026" matched only what was written; "2026-" matches days too, so the
    # filter must not narrow from the last matches (it would miss every day).
    base = Searchable((), ())
    screen = SimpleNamespace(_last_filter=("2026", None, None), _last_source=base, _indexed=base)
    assert not JournalFilter._narrows(screen, "2026-", None, None)  # type: ignore[arg-type]
    assert JournalFilter._narrows(screen, "20261", None, None)  # type: ignore[arg-type]
    screen._last_filter = ("acm", None, None)
    assert JournalFilter._narrows(screen, "acme", None, None)  # type: ignore[arg-type]
    assert "not in dates" in nothing_matches("Esc", "10")
    assert "dates" not in nothing_matches("Esc", "acme")


def test_a_day_typed_in_words_or_any_common_order_finds_that_day_only(tmp_path: Path) -> None:
    # rv23 item 5: "1 July" found the 21st; "July 1", "Jul 2026" and "14/07/2026"
    # found nothing; "may" or "march" listed every entry of the month.
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("First Co", date=date(2026, 7, 1)))
    journal.add(make_entry("Late Co", date=date(2026, 7, 21)))
    journal.add(make_entry("Mid Co", date=date(2026, 7, 14)))
    journal.add(make_entry("Spring Co", date=date(2025, 5, 3)))
    journal.add(make_entry("Hope Co", date=date(2026, 2, 9), notes="they may reopen it"))
    searchable = journal.with_search_text()

    def found(needle: str) -> list[str]:
        return sorted(e.company for e in searchable.matching(needle.casefold()).entries)

    for needle in ("1 July", "July 1", "1st July", "July 1st, 2026", "the 1st of July", "01/07"):
        assert found(needle) == ["First Co"], needle
    assert found("21 july") == ["Late Co"]
    assert found("Jul 2026") == found("July 2026") == ["First Co", "Late Co", "Mid Co"]
    for needle in ("14/07/2026", "07/14/2026", "14.07.2026", "14-07-2026", "july 14"):
        assert found(needle) == ["Mid Co"], needle
    # May and March alone are words first; with a day or year, the month.
    assert found("may") == ["Hope Co"]
    assert found("May 2025") == found("3 may") == ["Spring Co"]
    # The other way through matching (a stage chosen), and `coach list --search`.
    assert [e.company for e in searchable.matching("1 july", Stage.FINAL).entries] == []
    assert [e.company for e in Journal.open(journal.path).search("July 1")] == ["First Co"]


def test_figures_with_slashes_find_either_reading_and_a_year_begun_finds_its_days(
    tmp_path: Path,
) -> None:
    # rv24: "07/03/2026" was 7 March only, so a US reader's 3 July was missed with no
    # hint. fz15: "14 july 20" looked only in what was written until the year was whole.
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("July Co", date=date(2026, 7, 3)))
    journal.add(make_entry("March Co", date=date(2026, 3, 7)))
    journal.add(make_entry("Bastille Co", date=date(2026, 7, 14)))
    journal.add(make_entry("Old Co", date=date(2019, 7, 14)))
    searchable = journal.with_search_text()

    def found(needle: str) -> list[str]:
        return sorted(e.company for e in searchable.matching(needle.casefold()).entries)

    for needle in ("07/03/2026", "03/07/2026", "7/3", "07.03.2026"):
        assert found(needle) == ["July Co", "March Co"], needle
    assert found("14/07/2026") == found("07/14/2026") == ["Bastille Co"]
    for needle in ("14 july 20", "14 July 2", "14/07/20", "july 14 2"):
        assert found(needle) == ["Bastille Co", "Old Co"], needle
    assert found("14 july 201") == ["Old Co"] and found("14 july 202") == ["Bastille Co"]
    assert [e.company for e in Journal.open(journal.path).search("07/03/2026")] == [
        "July Co",
        "March Co",
    ]
    # Where nothing matches, the reading is said: both days, or the year begun.
    assert "7 March 2026 or 3 July 2026" in why_nothing("07/03/2026")
    assert "14 July 202… (the year not yet whole)" in why_nothing("14 july 202")
    assert "14 July 20… (2020, or a year not yet whole)" in why_nothing("14 july 20")
    assert why_nothing("acme") == "" and "not in dates" in why_nothing("10")


def test_other_digits_two_figure_years_and_a_trailing_slash_read_as_the_day_meant(
    tmp_path: Path,
) -> None:
    # rv28: "14/07/２０２６" (a Japanese keyboard) looked for " 14 july ２０２６ "; "14/07/19"
    # was a year begun, 19xx; "14/07/" read as no day between "14/07" and "14/07/2".
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("Bastille Co", date=date(2026, 7, 14)))
    journal.add(make_entry("Old Co", date=date(2019, 7, 14)))
    journal.add(make_entry("March Co", date=date(2026, 3, 7)))
    searchable = journal.with_search_text()

    def found(needle: str) -> list[str]:
        return sorted(e.company for e in searchable.matching(needle.casefold()).entries)

    for needle in (
        "14/07/２０２６",
        "١٤/٠٧/٢٠٢٦",
        "１４／０７／２０２６",
        "14 july ２０２６",
        "14/07/26",
    ):
        assert found(needle) == ["Bastille Co"], needle
    for needle in ("14/07/19", "14 jul 19", "jul 14 19", "14.07.19"):
        assert found(needle) == ["Old Co"], needle
    assert found("7.3.26") == found("7/3/26") == ["March Co"]
    assert "14 July 2019" in why_nothing("14/07/19") and "not yet whole" not in why_nothing(
        "14/07/19"
    )
    assert "14 July 1985" in why_nothing("14/07/85")
    # Typed a key at a time, every step finds what the day before it found, or fewer.
    for needle in ("14/07", "14/07/", "14/07/2", "14/07/20"):
        assert found(needle) == ["Bastille Co", "Old Co"], needle
    assert found("3/7/") == found("3/7") == ["March Co"]
    assert narrows("14/07", "14/07/") and narrows("14/07/", "14/07/2")


def test_typing_on_narrows_only_when_every_match_was_a_match_before() -> None:
    # "july 2" looks only in what was written, "july 20" at the 20th of July too.
    assert not narrows("july 2", "july 20")
    assert narrows("jul", "july 20") and narrows("july", "july 2026")
    assert not narrows("july 20", "july 2026")  # the 20th is not every day of 2026
    assert narrows("14/07/202", "14/07/2026") and narrows("14/07", "14/07/2026")
    assert narrows("07/03", "07/03/2026") and not narrows("1/1", "1/12")
    assert narrows("14 july 2", "14 july 20") and not narrows("july 20", "july 202")
    assert not narrows("2026", "2026-") and narrows("2026-", "2026-07")
    assert narrows("acm", "acme") and not narrows("acme", "acm")


def test_a_pasted_run_of_digits_and_dashes_is_never_read_whole_as_a_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # rv24: the list's shape backtracks at every digit and dash, so 20,000 of them
    # pasted held the journal screen for seconds a key. Past a day's length it is not run.
    from coach import date_filter

    shape = date_filter._LIST_SHAPE
    seen: list[int] = []
    spy = SimpleNamespace(fullmatch=lambda text: seen.append(len(text)) or shape.fullmatch(text))
    monkeypatch.setattr(date_filter, "_LIST_SHAPE", spy)
    entry = make_entry("Acme", date=date(2026, 7, 14))
    searchable = Searchable((entry,), (search_text(entry),))
    pasted = "1-" * 10_000 + "x"
    assert searchable.matching(pasted).entries == ()
    assert searchable.matching(pasted, entry.stage).entries == ()
    assert narrows(pasted, pasted + "a") and narrows("1-1-", pasted)
    assert max(seen, default=0) <= len("2026-07-14")
    # The day as the list shows it still finds it, whole or in part.
    for shown in ("2026-07-14", "2026-07", "07-14", "2026-"):
        assert searchable.matching(shown).entries == (entry,), shown
    assert seen


def test_a_day_its_month_does_not_have_is_named_not_read_as_a_date(tmp_path: Path) -> None:
    # rv28: "31/02/2026" read as 31 February 2026, and the empty list said so.
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry("Leap Co", date=date(2028, 2, 29)))
    journal.add(make_entry("April Co", date=date(2026, 4, 30)))
    searchable = journal.with_search_text()

    def found(needle: str) -> list[str]:
        return sorted(e.company for e in searchable.matching(needle.casefold()).entries)

    for needle in ("31/02/2026", "29/02/2026", "31/04/2026", "31 feb 2026", "feb 30", "31/04"):
        assert day_asked(needle) is None and found(needle) == [], needle
        assert why_nothing(needle) == (
            f"“{needle}” is not on the calendar (check the month and the day), so it was "
            "looked for only in what you wrote."
        )
    assert "is not on the calendar" in why_nothing("2026-02-31")  # the list's own form
    # rv32: day 0 and day 32 are as impossible as the 31st of February.
    for needle in ("0/1/2026", "32/1/2026", "1/0/2026", "32 jan 2026", "2026-01-32"):
        assert found(needle) == [] and "is not on the calendar" in why_nothing(needle), needle
    # Without a whole year, a figure past 31 is likelier words ("a 50/50 call").
    assert why_nothing("50/50") == why_nothing("32/1") == ""
    # A real day still reads, the 29th of February in a year not yet whole too.
    assert found("29/02/2028") == found("29 feb") == found("29/02/202") == ["Leap Co"]
    assert found("30/04") == ["April Co"] and "Read as a date" in why_nothing("30/04/2027")
