"""`coach repair` when a table's name, `_meta` or a record's key took a slip: no record lost."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.repair import mend
from tests.unit.test_repair_layouts import COMPANIES, _companies, _with_plan

LAYOUTS = {"own": None, "indent 2": {"indent": 2}, "one line": {"separators": (",", ":")}}


def _laid_out(path: Path, layout: str) -> str:
    """The journal's text in one of three layouts (coach's own: one record a line)."""
    dumps = LAYOUTS[layout]
    if dumps is None:
        return path.read_text()
    return json.dumps(json.loads(path.read_bytes()), **dumps)  # type: ignore[arg-type]


def _repaired(tmp_path: Path, path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    path.write_text(text)
    main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    # The damaged file is kept aside, byte for byte, and said to be.
    (aside,) = tmp_path.glob("journal.json.damaged-*[0-9]")
    assert aside.read_text() == text and str(aside) in out, out
    return out


@pytest.mark.parametrize(
    "slip",
    [
        ('"entries"', '"entries'),  # its closing quote lost
        ('"entries"', 'entries"'),  # its opening quote lost
        ('"entries"', '"entries"}'),  # a stray brace after it
        ('"plans"', '"plans'),
        ('"_meta"', '"_meta'),
    ],
    ids=["entries quote", "entries open quote", "entries brace", "plans quote", "meta quote"],
)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_damaged_table_name_costs_no_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, layout: str, slip: tuple[str, str]
) -> None:
    path, entry_id = _with_plan(tmp_path)
    text = _laid_out(path, layout)
    assert text.count(slip[0]) == 1
    out = _repaired(tmp_path, path, text.replace(slip[0], slip[1]), capsys)
    assert _companies(tmp_path) == sorted(COMPANIES), out
    (plan,) = Journal.open(path).plans()
    assert plan.entry_id == entry_id, out
    assert "No record of the journal could be read" not in out, out
    if layout == "own":  # in another layout the name's pieces are named as lines not read
        # Said as what it is: a name, of which nothing is lost; no line to mend by hand.
        assert "A table's name did not read on line(s)" in out and "KEEP IT" not in out, out
        assert "Could not read line" not in out, out


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_lost_closing_brace_before_a_table_leaves_its_records_in_their_own_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, layout: str
) -> None:
    path, _ = _with_plan(tmp_path)
    text = _laid_out(path, layout)
    # The brace closing the plans table, just before "entries": plans read on into it.
    end = re.search(r'\}(\s*),(\s*)"entries"', text)
    assert end is not None
    out = _repaired(tmp_path, path, text[: end.start()] + text[end.start() + 1 :], capsys)
    assert _companies(tmp_path) == sorted(COMPANIES), out
    assert len(Journal.open(path).plans()) == 1, out


@pytest.mark.parametrize(
    "slip",
    [
        ("", "}"),  # before the key
        (":", "}:"),  # between the key and its colon
        (":", ":}"),  # between the colon and the brace
        ("{", "{}"),  # just inside the brace
    ],
    ids=["before the key", "before the colon", "before the brace", "inside"],
)
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_stray_character_in_a_record_key_costs_no_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, layout: str, slip: tuple[str, str]
) -> None:
    path, _ = _with_plan(tmp_path)
    data = json.loads(path.read_bytes())
    text = _laid_out(path, layout)
    key = next(k for k, v in data["entries"].items() if v["company"] == "Globex")
    start = re.search(rf'"{key}"(\s*):(\s*)\{{', text)
    assert start is not None
    if slip[0] == "":
        damaged = text[: start.start()] + slip[1] + text[start.start() :]
    else:
        at = text.index(slip[0], start.start() + len(key) + 2)
        damaged = text[:at] + slip[1] + text[at + 1 :]
    out = _repaired(tmp_path, path, damaged, capsys)
    assert _companies(tmp_path) == sorted(COMPANIES), out
    assert len(Journal.open(path).plans()) == 1, out
    assert "Could not read line" not in out, out
    assert "Globex" in out.split("stray characters")[1], out  # said, by name


@pytest.mark.parametrize("lost", ["0", "10"], ids=["a digit", "every digit"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_record_key_that_lost_its_digits_keeps_its_record_under_a_key_of_its_own(
    tmp_path: Path, layout: str, lost: str
) -> None:
    """ "10" read as "1" (a key another record holds) or as "": both records are kept.

    The file is also damaged elsewhere (else it reads as JSON, and repair is not needed).
    """
    from tests.conftest import make_entry

    path = tmp_path / "journal.json"
    companies = [f"Co{number:02d}" for number in range(11)]
    Journal.open(path).import_entries([make_entry(company) for company in companies])
    text = _laid_out(path, layout)
    at = re.search(r'"10"(\s*):', text)
    assert at is not None
    text = text[: at.start() + 1] + "10".replace(lost, "", 1) + text[at.start() + 3 :]
    damaged = text.replace('"Co03",', '"Co03"', 1)  # a comma lost: the file needs mending
    mended = mend(damaged.encode(), None).data["entries"]
    assert sorted(record["company"] for record in mended.values()) == companies
