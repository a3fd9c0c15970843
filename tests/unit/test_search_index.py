"""The word index beside a big journal: searching through it finds what reading it all finds."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import orjson
import pytest

from coach.journal import Journal
from coach.log_storage import LogStorage
from coach.search_index import index_path, load
from coach.searchable import DIGITS_NOT_DATES
from tests.conftest import make_entry

NEEDLES = [
    "acme",
    "company 3",
    "pany 1",
    "BLUE whale",
    "straße",
    "STRASSE",
    "[b]",
    "[/ x]",
    "whale.",
    "onsite",
    "zz-top",
    "technical",
    "2026-11-0",
    "november 2026",
    "2026",  # digits alone: only what was written, never the day (none here)
    "3",
    "1st of november",  # a day in words none of its words are in (rv23 item 5)
    "november 3",
    "03/11/2026",
    "11/03/2026",  # both readings real: 11 March and 3 November
    "3 november 20",  # a year still being typed
    "nov 2026",
    "nothing holds this",
]


def big(path: Path, **options: float) -> Journal:
    """A journal that saves the way a big one does: appending to its log."""
    options.setdefault("fold_at", 1000.0)
    return Journal(LogStorage(path, append_over=0, **options))  # type: ignore[arg-type]


def command(path: Path) -> Journal:
    """The journal as `coach list --search` opens it: nothing read yet."""
    return Journal(LogStorage(path, append_over=0), check_now=False)


def started(path: Path) -> list[str]:
    journal = Journal.open(path)  # small: each save rewrites the file, no log
    texts = [
        "A blue whale swam by [b] the onsite",
        "Company 3 said no; the straße was long",
        "ZZ-Top band [/ x] review",
        "nothing special here",
    ]
    ids = [
        journal.add(
            make_entry(f"Company {n}", notes=texts[n % 4], date=date(2026, 11, 1 + n % 28))
        ).id
        for n in range(24)
    ]
    journal.add(make_entry("Acme", notes="Strasse and a BLUE WHALE."))
    assert not path.with_name(path.name + ".log").exists()
    return ids


def truth(path: Path, needle: str) -> list[str]:
    """What reading the journal whole finds."""
    journal = Journal.open(path)
    journal.entries()
    return [entry.id for entry in journal.search(needle)]


def through_index(path: Path, needle: str) -> list[str] | None:
    found = command(path)._scan_indexed(needle.strip().casefold())
    return None if found is None else [entry.id for entry in found]


def assert_same(path: Path, *, indexed: bool = True) -> None:
    """Every needle: the index (when used) and the command find exactly the truth."""
    for needle in NEEDLES:
        expected = truth(path, needle)
        found = through_index(path, needle)
        if indexed and found is not None:
            assert found == expected, needle
        assert [e.id for e in command(path).search(needle)] == expected, needle
    if indexed:
        assert through_index(path, "company 3") is not None  # the index was really used
    else:
        assert through_index(path, "company 3") is None


def test_built_index_answers_like_reading_everything(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    started(path)
    assert not index_path(path).exists()
    assert_same(path, indexed=False)  # no index: the scan
    assert command(path).refresh_search_index()
    assert not command(path).refresh_search_index()  # up to date: not built again
    assert_same(path)
    assert through_index(path, "company 3") == truth(path, "company 3") != []
    assert through_index(path, "1st of november") == truth(path, "1st of november") != []


def test_an_index_written_before_the_day_was_searchable_is_not_used(tmp_path: Path) -> None:
    # Format 1 holds no words of the entries' days: it would miss "2026-11" (rv22 item 6).
    path = tmp_path / "journal.json"
    started(path)
    assert command(path).refresh_search_index()
    index = index_path(path)
    first, _, rest = index.read_bytes().partition(b"\n")
    index.write_bytes(orjson.dumps({**orjson.loads(first), "format": 1}) + b"\n" + rest)
    assert load(index) is None
    assert command(path).refresh_search_index()  # built again, with the days
    assert through_index(path, "2026-11-0") == truth(path, "2026-11-0") != []
    assert through_index(path, "2026") == truth(path, "2026") == []  # digits alone: no days


def test_saves_another_coach_and_imports_after_the_index_are_found(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    ids = started(path)
    command(path).refresh_search_index()
    mine, other = big(path), big(path)
    # An app save: an entry newly matches, another stops matching.
    first = mine.get(ids[0])
    mine.save(replace(first, notes="now about Quillfeather, no mammals"))
    second = mine.get(ids[1])
    mine.save(replace(second, notes="a blue whale now [b]"))
    mine.delete(ids[2])
    # Another coach on the same file, and an import without reading it whole.
    other.add(make_entry("Company 3 again", notes="pany 1 blue whale"))
    command(path).import_entries([make_entry("Imported Straße", date=date(2025, 1, 2))])
    assert path.with_name(path.name + ".log").exists()
    assert_same(path)
    assert through_index(path, "quillfeather") == [ids[0]]


def test_a_fold_makes_the_index_out_of_date_until_it_is_built_again(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    ids = started(path)
    command(path).refresh_search_index()
    journal = big(path, fold_at=0.0)  # every save folds: a new snapshot
    journal.save(replace(journal.get(ids[3]), notes="folded blue whale"))
    assert not path.with_name(path.name + ".log").exists()
    assert_same(path, indexed=False)
    assert command(path).refresh_search_index()
    assert_same(path)


@pytest.mark.parametrize("how", ["in place", "replaced", "times set back"])
def test_a_hand_edit_of_the_file_is_never_answered_from_the_index(tmp_path: Path, how: str) -> None:
    path = tmp_path / "journal.json"
    started(path)
    command(path).refresh_search_index()
    before = os.stat(path)
    raw = path.read_bytes()
    edited = raw.replace(b"Company 3 said no", b"Kompany 3 said no", 1)
    assert len(edited) == len(raw)
    if how == "replaced":
        temp = tmp_path / "edited"
        temp.write_bytes(edited)
        os.replace(temp, path)
    else:
        with open(path, "r+b") as handle:
            handle.write(edited)
    if how == "times set back":
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert_same(path, indexed=False)
    assert truth(path, "kompany 3") != []


def test_a_copied_journal_does_not_use_the_copied_index(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    started(path)
    command(path).refresh_search_index()
    copy = tmp_path / "copy" / "journal.json"
    copy.parent.mkdir()
    shutil.copy2(path, copy)
    shutil.copy2(index_path(path), index_path(copy))
    assert_same(copy, indexed=False)


@pytest.mark.parametrize("damage", ["cut short", "postings flipped", "header garbled", "empty"])
def test_a_damaged_index_means_the_scan(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "journal.json"
    started(path)
    command(path).refresh_search_index()
    index = index_path(path)
    raw = bytearray(index.read_bytes())
    if damage == "cut short":
        raw = raw[: len(raw) - 9]
    elif damage == "postings flipped":
        raw[-3] ^= 0xFF  # a posting of some word: its checksum no longer agrees
    elif damage == "header garbled":
        raw[5:9] = b"}}}}"
    else:
        raw = bytearray()
    index.write_bytes(bytes(raw))
    if damage == "postings flipped":
        # Only a lookup that reads the damaged word notices, and then scans.
        assert load(index) is not None
        for needle in NEEDLES:
            found = through_index(path, needle)
            assert found is None or found == truth(path, needle), needle
    else:
        assert load(index) is None
        assert_same(path, indexed=False)


def test_an_unreadable_record_is_still_reported_through_the_index(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    started(path)
    raw = path.read_bytes()
    bad = orjson.dumps({"id": "broken", "company": 42, "stage": "nonsense"})
    at = raw.index(b'"entries":{\n') + len(b'"entries":{\n')
    path.write_bytes(raw[:at] + b'"999":' + bad + b",\n" + raw[at:])
    assert command(path).refresh_search_index()
    journal = command(path)
    found = journal._scan_indexed("company 3")
    assert found is not None
    # Always read through the index, so always reported (the scan reports it
    # only when its bytes hold the text).
    assert [p.where for p in journal.problems] == ["entry broken"]
    assert [e.id for e in found] == truth(path, "company 3")


def test_a_sealed_journal_has_no_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach.cli import main
    from coach.crypto import PASSPHRASE_ENV, Sealer
    from coach.paths import locate

    folder = tmp_path / "data"
    places = locate(str(folder))
    started(places.journal)
    command(places.journal).refresh_search_index()
    assert b"whale" in index_path(places.journal).read_bytes()
    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    assert main(["--data-dir", str(folder), "encrypt"]) == 0, capsys.readouterr()
    assert not index_path(places.journal).exists()  # its words would be in the clear
    sealed = Journal(LogStorage(places.journal, append_over=0, codec=Sealer("pw")))
    assert not sealed.refresh_search_index()
    assert not index_path(places.journal).exists()
    assert sealed._scan_indexed("company 3") is None
    assert [e.company for e in sealed.search("acme")] == ["Acme"]


# -- the commands keep the index in step --------------------------------------


def cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    from coach.cli import main

    assert main(["--data-dir", str(folder), *args]) == 0
    return capsys.readouterr().out


def act_big(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, every journal opened acts big: saves go to a log, commands index it."""
    monkeypatch.setattr("coach.log_storage.APPEND_OVER", 0)


@pytest.fixture
def acts_big(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each build of an index is noted."""
    import coach.search_index as search_index

    builds: list[Path] = []
    original = search_index.build

    def noted(snapshot: Path, *args: object, **kwargs: object) -> bool:
        builds.append(snapshot)
        return original(snapshot, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_index, "build", noted)
    return builds


def only_through_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, reading the journal any other way than through its index fails."""

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("read the journal without the index")

    monkeypatch.setattr(LogStorage, "scan", refused)
    monkeypatch.setattr(LogStorage, "_load_from_disk", refused)


def test_an_import_that_folds_leaves_the_index_in_step(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    acts_big: list[Path],
) -> None:
    folder = tmp_path / "data"
    path = folder / "journal.json"
    folder.mkdir()
    started(path)
    act_big(monkeypatch)
    cli(capsys, folder, "list", "--search", "whale")  # no index yet: scanned, then built
    assert len(acts_big) == 1
    old = load(index_path(path))
    assert old is not None
    monkeypatch.setattr("coach.log_storage.FOLD_AT", 0.0)  # the import's save folds
    one = tmp_path / "one.json"
    one.write_text('[{"company": "Foldwell [b]", "stage": "final", "notes": "a blue whale"}]')
    assert "Imported 1 entry" in cli(capsys, folder, "import", str(one))
    assert not path.with_name(path.name + ".log").exists()  # folded: a new journal file
    assert len(acts_big) == 2  # the import rebuilt it
    new = load(index_path(path))
    assert new is not None and new.stamp != old.stamp
    whales = truth(path, "blue whale")
    assert len(truth(path, "foldwell [b]")) == 1
    only_through_the_index(monkeypatch)
    out = cli(capsys, folder, "list", "--search", "foldwell [b]")
    assert out.count("\n") == 1 and "Foldwell [b]" in out
    assert through_index(path, "blue whale") == whales


@pytest.mark.parametrize("how", ["hand edit", "copy"])
def test_a_stale_index_is_never_trusted_and_is_rebuilt_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    acts_big: list[Path],
    how: str,
) -> None:
    folder = tmp_path / "data"
    path = folder / "journal.json"
    folder.mkdir()
    started(path)
    act_big(monkeypatch)
    cli(capsys, folder, "list", "--search", "whale")
    assert len(acts_big) == 1
    if how == "copy":
        # Another journal (a backup restored) put in place with the old index beside it.
        other = tmp_path / "other"
        monkeypatch.setattr("coach.log_storage.APPEND_OVER", 2**30)  # written small
        started(other / "journal.json")
        act_big(monkeypatch)
        raw = (other / "journal.json").read_bytes().replace(b"Company 3 said", b"Kompany 3 said", 1)
        temp = folder / "restored"
        temp.write_bytes(raw)
        os.replace(temp, path)
    else:
        raw = path.read_bytes()
        edited = raw.replace(b"Company 3 said no", b"Kompany 3 said no", 1)
        with open(path, "r+b") as handle:
            handle.write(edited)
    expected = truth(path, "kompany 3")
    assert len(expected) == 1
    # The old index would answer "none"; the stale one is not used, the scan answers.
    out = cli(capsys, folder, "list", "--search", "kompany 3")
    assert out.count("\n") == 1 and "Company" in out
    assert len(acts_big) == 2  # rebuilt, once
    only_through_the_index(monkeypatch)
    out_again = cli(capsys, folder, "list", "--search", "kompany 3")
    assert out_again == out
    assert cli(capsys, folder, "list", "--search", "quillfeather") == "No entries match.\n"
    # Digits alone found nothing: it is said that the days were not looked in.
    assert DIGITS_NOT_DATES in cli(capsys, folder, "list", "--search", "2026")
    assert len(acts_big) == 2  # in step: never built again


def test_a_search_the_index_answered_builds_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    acts_big: list[Path],
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    started(folder / "journal.json")
    act_big(monkeypatch)
    first = cli(capsys, folder, "list", "--search", "acme")
    for _ in range(3):
        assert cli(capsys, folder, "list", "--search", "acme") == first
    assert len(acts_big) == 1


def test_one_coach_builds_at_a_time(tmp_path: Path, acts_big: list[Path]) -> None:
    """Two coaches finding the index out of date at once: one reads the journal, not both."""
    from filelock import FileLock

    from coach.search_index import build_lock_path

    path = tmp_path / "journal.json"
    started(path)
    with FileLock(build_lock_path(path)):
        # Another coach is building: this one leaves it to that one.
        assert not command(path).refresh_search_index()
    assert acts_big == [] and not index_path(path).exists()
    assert command(path).refresh_search_index()
    assert not command(path).refresh_search_index()
    assert acts_big == [path]
