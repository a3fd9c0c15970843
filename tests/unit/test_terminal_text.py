"""Escape codes and direction overrides never reach a terminal from journal text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.terminal_text import shown_safely, without_controls
from tests.conftest import make_entry

ESC_ROLE = "\x1b[31mRED\x1b[0m esc"
OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07Acme"
RTL = "\u202eRTL\u202c (Technical)"
TITLE = "\x1b]0;pwned\x1b\\Notes\x9b2J\x7f and \x00 more\r\nline two\tend"


def _raw_controls(text: str) -> list[str]:
    return [c for c in text if (ord(c) < 32 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F]


def test_whole_sequences_go_and_free_text_keeps_tab_and_newline() -> None:
    assert without_controls(ESC_ROLE) == ("RED esc", 2)
    assert without_controls(OSC52) == ("Acme", 1)
    assert without_controls(RTL) == ("RTL (Technical)", 2)
    cleaned, count = without_controls(TITLE)
    assert cleaned == "Notes and  more\nline two\tend"
    assert count == 4
    assert shown_safely(ESC_ROLE) == "\\u001b[31mRED\\u001b[0m esc"
    assert shown_safely("שלום\u2066x\u2069") == "שלום\\u2066x\\u2069"


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_import_strips_control_characters_and_says_so(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    record = {
        "company": OSC52,
        "role": ESC_ROLE,
        "contact": RTL,
        "stage": "final",
        "notes": TITLE,
        "reflections": {"q\x1b[2J": "a\u202eb"},
    }
    source = tmp_path / f"in.{kind}"
    if kind == "json":
        source.write_text(json.dumps([record]))
    else:
        import csv

        with source.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(record))
            writer.writeheader()
            writer.writerow({**record, "reflections": json.dumps(record["reflections"])})
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    err = capsys.readouterr().err
    assert "terminal control codes" in err
    [entry] = Journal.open(data / "journal.json").entries()
    assert (entry.company, entry.role, entry.contact) == ("Acme", "RED esc", "RTL (Technical)")
    assert entry.notes == "Notes and  more\nline two\tend"
    assert entry.reflections == {"q": "ab"}
    raw = (data / "journal.json").read_text()
    assert "\\u001b" not in raw and "\u202e" not in raw and "\\u202e" not in raw


def test_list_and_show_escape_what_is_already_in_a_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    entry = make_entry(OSC52, role=ESC_ROLE)
    entry.notes = TITLE
    entry.contact = RTL
    Journal.open(data / "journal.json").add(entry)
    for command in (["list"], ["show", entry.id[:6]], ["list", "--search", "RED"]):
        assert main([*command, "--data-dir", str(data)]) == 0
        out = capsys.readouterr().out
        assert _raw_controls(out) == [], command
        assert "\u202e" not in out and "\u202c" not in out
        assert "\\u001b[31mRED" in out
    assert main(["show", "nope\x1b[2J", "--data-dir", str(data)]) == 1
    assert "\x1b" not in capsys.readouterr().err
