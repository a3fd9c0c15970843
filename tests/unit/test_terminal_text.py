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


# An email as a stranger could write it: an OSC 52 clipboard write in the
# text, a colour code in the sender's name and one in an encoded subject.
HOSTILE_EML = (
    b"From: =?utf-8?q?Evil=1B=5B31m_Corp?= <e@x.io>\n"
    b"Subject: =?utf-8?q?Your_application=1B=5D0=3Bpwned=07?=\n"
    b"Content-Type: text/plain; charset=utf-8\n\n"
    b"Hi,\nUnfortunately we will not proceed with your application for the "
    b"\x1b]52;c;ZWNobyBwd25lZA==\x07Senior Dev role at Evil Corp.\n\xc2\x9b2J\nBest, Evil\n"
)


def _no_controls(value: object) -> bool:
    texts = value if isinstance(value, list) else [value]
    return all(_raw_controls(text) == [] for text in texts if isinstance(text, str))


@pytest.mark.parametrize("pasted", [False, True])
def test_every_field_the_email_reader_gives_is_free_of_controls(pasted: bool) -> None:
    from dataclasses import fields

    from coach.email_reader import read_email_input

    data = HOSTILE_EML.decode("utf-8") if pasted else HOSTILE_EML
    if pasted:  # the text part alone, as copied out of a mail client
        data = data.split("\n\n", 1)[1]
    read = read_email_input(data)
    for field in fields(read):
        assert _no_controls(getattr(read, field.name)), field.name
    assert "\x1b" not in read.text and "Senior Dev role" in read.body
    assert read.controls_removed >= 2


def test_an_imported_email_keeps_no_controls_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, source = tmp_path / "data", tmp_path / "evil.eml"
    source.write_bytes(HOSTILE_EML)
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    assert "terminal control code" in capsys.readouterr().err
    [entry] = Journal.open(data / "journal.json").entries()
    assert entry.role == "Senior Dev"
    for text in (entry.company, entry.contact, entry.role, entry.email_text):
        assert _raw_controls(text) == [], text
    raw = (data / "journal.json").read_text()
    assert "\\u001b" not in raw and "\\u0007" not in raw and "\\u009b" not in raw


def test_a_pasted_email_is_kept_without_controls() -> None:
    from datetime import date

    from screens.walk.paste_email import read_pasted

    body = HOSTILE_EML.decode("utf-8").split("\n\n", 1)[1]
    guess = read_pasted(body, date(2026, 11, 26))
    assert _raw_controls(guess.text) == [] and "Senior Dev role" in guess.text
    assert _raw_controls(guess.role) == []


@pytest.mark.parametrize("fmt", ["markdown", "csv", "json"])
def test_an_export_never_writes_raw_controls_even_from_old_entries(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    # Saved before imports were cleaned: the journal holds the codes as they came.
    entry = make_entry(OSC52, role=ESC_ROLE)
    entry.notes, entry.contact = TITLE, RTL
    entry.email_text = "Hi\x1b]52;c;ZWNobyBwd25lZA==\x07 there\x9b2J"
    entry.reply.draft = "Dear \x1b[2JAna"
    Journal.open(data / "journal.json").add(entry)
    target = tmp_path / f"out.{fmt}"
    # Piped (pytest's capture is no terminal) and to a file: the same care.
    common = ["export", "--format", fmt, "--include-private", "--data-dir", str(data)]
    assert main(common) == 0
    piped = capsys.readouterr().out
    assert main([*common, "--output", str(target)]) == 0
    for text in (piped, target.read_text(encoding="utf-8")):
        assert _raw_controls(text) == []
        assert "\u202e" not in text
        assert "RED" in text and "there" in text
    if fmt == "json":  # still lossless: JSON's own \u escapes read back the same
        [record] = json.loads(piped)["entries"]
        assert record["email_text"] == entry.email_text and record["contact"] == RTL


@pytest.mark.parametrize("sequence", ["\x1b(B", "\x1b)0", "\x1b#8", "\x1b%G", "\x1b F"])
def test_an_escape_with_an_intermediate_goes_whole(sequence: str) -> None:
    # tput sgr0 prints ESC ( B: three characters, the final "B" must not stay behind.
    assert without_controls(f"Acme{sequence}\x1b[m done") == ("Acme done", 2)


@pytest.mark.parametrize("follows", ["bank", "7 days", "\tx", "a\x1b[m"])
def test_a_stray_escape_before_a_space_takes_no_letter_with_it(follows: str) -> None:
    # The reviewer's case: ESC, a space, then text lost its first letter (ESC SP b
    # was read as a sequence; only ESC SP F, G, L, M and N are ones terminals know).
    assert without_controls(f"Acme\x1b {follows}")[0] == f"Acme {follows}".replace("\x1b[m", "")


@pytest.mark.parametrize("follows", [", bank", ". Bank", "- bank", "( bank", "! bank", "(  b", "#"])
def test_a_stray_escape_before_punctuation_and_a_space_keeps_the_text(follows: str) -> None:
    # ESC , SP b was read as a sequence with two intermediates and the final b: three
    # characters of the text went (rv-fz 3). A space follows ESC only as the first.
    assert without_controls(f"Acme\x1b{follows}") == (f"Acme{follows}", 1)
