"""Zero-width characters leave imported names, so the names are found and line up as shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.name_text import clean_name
from tests.conftest import make_entry

HIDDEN = "Zero\u200bWidth\u200d\ufeffCo"


def test_stray_zero_width_characters_go_and_the_joiners_scripts_need_stay() -> None:
    assert clean_name(HIDDEN) == "ZeroWidthCo"
    assert clean_name("\ufeffAcme\u2060 Ltd\u200c") == "Acme Ltd"
    # Between two non-ASCII characters a joiner shapes the text: an emoji, Persian.
    assert clean_name("\U0001f469\u200d\U0001f4bb Lab") == "\U0001f469\u200d\U0001f4bb Lab"
    assert clean_name("\u0645\u06cc\u200c\u062e\u0648") == "\u0645\u06cc\u200c\u062e\u0648"


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_import_takes_them_out_of_names_and_keeps_notes_as_written(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    record = {
        "company": HIDDEN,
        "role": "Dev\u200b Ops",
        "contact": "\ufeffDana",
        "stage": "final",
        "date": "2026-11-01",
        "notes": "a\u200bb",
    }
    source = tmp_path / f"in.{kind}"
    if kind == "json":
        source.write_text(json.dumps([record]))
    else:
        source.write_text(",".join(record) + "\n" + ",".join(record.values()) + "\n")
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    [entry] = Journal.open(data / "journal.json").entries()
    assert (entry.company, entry.role, entry.contact) == ("ZeroWidthCo", "Dev Ops", "Dana")
    assert entry.notes == "a\u200bb"
    capsys.readouterr()
    assert main(["list", "--search", "zerowidth", "--data-dir", str(data)]) == 0
    assert "ZeroWidthCo" in capsys.readouterr().out


def test_list_lines_up_a_name_an_older_import_kept_them_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    journal = Journal.open(data / "journal.json")
    journal.add(make_entry(HIDDEN, role="Dev"))
    journal.add(make_entry("Plain", role="Dev"))
    assert main(["list", "--data-dir", str(data)]) == 0
    # What a terminal shows: the zero-width characters take no column.
    shown = capsys.readouterr().out.translate(dict.fromkeys(map(ord, "\u200b\u200d\ufeff")))
    rows = shown.splitlines()
    assert len(rows) == 2 and len(rows[0]) == len(rows[1])
    assert rows[0].index("Dev") == rows[1].index("Dev")
