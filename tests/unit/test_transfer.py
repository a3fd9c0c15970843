"""Import and export files: future dates, every bad row at once, markdown, CSV formulas."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from coach.exporting import (
    csv_escape,
    csv_unescape,
    entry_markdown,
    export_text,
    to_csv,
    to_markdown,
)
from coach.model import Entry, Stage
from coach.transfer import MAX_LISTED_ERRORS, ImportFileError, read_import_file
from tests.conftest import make_entry

TODAY = date(2026, 11, 25)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def import_error(path: Path) -> str:
    with pytest.raises(ImportFileError) as error:
        read_import_file(path, today=TODAY)
    return str(error.value)


def test_an_entry_dated_after_today_is_a_bad_row(tmp_path: Path) -> None:
    records = [
        {"company": "TodayCo", "stage": "final", "date": "2026-11-25"},
        {"company": "FutureCo", "stage": "final", "date": "2099-01-01"},
    ]
    message = import_error(write(tmp_path, "in.json", json.dumps(records)))
    assert message.startswith(f"{tmp_path / 'in.json'}: entry 2: date 2099-01-01 is in the future")
    assert message.endswith("Nothing was imported.") and "\n" not in message
    entries = read_import_file(write(tmp_path, "ok.json", json.dumps(records[:1])), today=TODAY)
    assert [e.date for e in entries] == [TODAY]


def test_a_spreadsheets_days_are_read_as_the_walk_reads_them(tmp_path: Path) -> None:
    # The reviewer's CSV: 25/11/2026 and Nov 20 were "not a date in YYYY-MM-DD form".
    text = (
        "company,stage,date,reapply_after\n"
        "Slash Co,final,25/11/2026,\n"
        "Month Co,final,Nov 20,13/3/2027\n"
        "Iso Co,final,2026-11-01,2027-02-01\n"
    )
    entries = read_import_file(write(tmp_path, "d.csv", text), today=TODAY)
    assert [(e.company, e.date) for e in entries] == [
        ("Slash Co", date(2026, 11, 25)),
        ("Month Co", date(2026, 11, 20)),
        ("Iso Co", date(2026, 11, 1)),
    ]
    assert [e.reapply_after for e in entries] == [None, date(2027, 3, 13), date(2027, 2, 1)]
    message = import_error(write(tmp_path, "bad.csv", "company,stage,date\nX,final,banana\n"))
    assert "row 2: date 'banana' is not a date" in message


def test_a_reapply_date_more_than_a_year_ahead_is_imported(tmp_path: Path) -> None:
    # A plan's one-year limit once stopped a whole import over "in 400 days" (rv-fz 1);
    # a wait of a year or more is common advice in a rejection.
    records = [
        {
            "company": "Far Co",
            "stage": "final",
            "date": "2026-11-01",
            "reapply_after": "in 400 days",
        },
        {
            "company": "Weeks Co",
            "stage": "final",
            "date": "2026-11-01",
            "reapply_after": "in 60 weeks",
        },
    ]
    entries = read_import_file(write(tmp_path, "far.json", json.dumps(records)), today=TODAY)
    assert [e.reapply_after for e in entries] == [date(2027, 12, 30), date(2028, 1, 19)]
    records[0]["reapply_after"] = "in 999999999 days"
    message = import_error(write(tmp_path, "past.json", json.dumps(records[:1])))
    assert "reapply_after “in 999999999 days” is past the last day on the calendar" in message


def test_today_defaults_to_the_real_today(tmp_path: Path) -> None:
    path = write(tmp_path, "in.csv", "company,stage,date\nFutureCo,final,2099-01-01\n")
    with pytest.raises(ImportFileError, match="row 2: date 2099-01-01 is in the future"):
        read_import_file(path)


def test_every_bad_row_is_listed_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "in.csv",
        "company,stage,date\nGood,final,2026-01-01\nA,soon,\nB,final,2099-01-01\n,final,\n",
    )
    lines = import_error(path).splitlines()
    assert lines == [
        f"3 rows in {path} cannot be imported:",
        f"{path}: row 3: " + lines[1].split(": row 3: ", 1)[1],
        f"{path}: row 4: date 2099-01-01 is in the future; use the day the news arrived "
        "(today is fine if you are not sure)",
        f"{path}: row 5: " + lines[3].split(": row 5: ", 1)[1],
        "Nothing was imported.",
    ]
    assert "stage 'soon'" in lines[1] and "company" in lines[3]


def test_a_long_list_of_bad_entries_is_cut_short(tmp_path: Path) -> None:
    records = [{"company": f"C{n}", "stage": "soon"} for n in range(MAX_LISTED_ERRORS + 5)]
    lines = import_error(write(tmp_path, "in.json", json.dumps(records))).splitlines()
    assert (
        lines[0] == f"{MAX_LISTED_ERRORS + 5} entries in {tmp_path / 'in.json'} cannot be imported:"
    )
    listed = [line for line in lines if ": entry " in line]
    assert len(listed) == MAX_LISTED_ERRORS
    assert listed[-1].startswith(f"{tmp_path / 'in.json'}: entry {MAX_LISTED_ERRORS}: ")
    assert lines[-2:] == ["…and 5 more.", "Nothing was imported."]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
        ("+44 20", "'+44 20"),
        ("-minus", "'-minus"),
        ("@sum", "'@sum"),
        ("\tTabbed", "'\tTabbed"),
        ("\rReturn", "'\rReturn"),
        ("'=already quoted", "''=already quoted"),
        ("'plain quote", "'plain quote"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_csv_cells_never_start_a_formula_and_read_back_the_same(value: str, written: str) -> None:
    assert csv_escape(value) == written
    assert csv_unescape(written) == value


def test_csv_export_defuses_formulas(tmp_path: Path) -> None:
    entry = make_entry('=HYPERLINK("http://evil.example")', notes="=1+1", role="-minus")
    rows = list(csv.DictReader(io.StringIO(to_csv([entry]))))
    assert rows[0]["company"] == '\'=HYPERLINK("http://evil.example")'
    assert (rows[0]["notes"], rows[0]["role"]) == ("'=1+1", "'-minus")


def test_csv_round_trip_keeps_formula_like_text(tmp_path: Path) -> None:
    entries = [
        make_entry(
            "+Plus Co",
            Stage.FINAL,
            notes="=1+1",
            role="-minus",
            contact="@ana",
            next_step="'=kept quote",
            private_note="\tindented",
            reflections={"q": "=answer"},
        ),
        make_entry("Plain", Stage.NO_REPLY, notes="'just a quote"),
    ]
    path = write(tmp_path, "out.csv", export_text(entries, "csv", include_private=True))
    assert read_import_file(path, today=TODAY) == entries


def test_csv_round_trip_keeps_a_note_longer_than_csvs_default_field_limit(tmp_path: Path) -> None:
    long_note = "word " * 28_000  # 140 KB: past the csv module's 128 KB default
    entries = [make_entry("Long Co", notes=long_note, private_note=long_note + "!")]
    path = write(tmp_path, "out.csv", export_text(entries, "csv", include_private=True))
    before = csv.field_size_limit()
    assert read_import_file(path, today=TODAY) == entries
    assert csv.field_size_limit() == before  # the process-wide limit is put back


def test_markdown_shows_question_text_and_falls_back_to_the_id() -> None:
    entry = make_entry(
        reflections={"q-what-happened": "The panel\nran long", "q-unknown": "Hm", "q-empty": " "}
    )
    texts = {"q-what-happened": "What happened?", "q-empty": "Never shown?"}
    text = to_markdown([entry], question_texts=texts)
    assert "- *What happened?* The panel\n  ran long" in text
    assert "- *q-unknown:* Hm" in text
    assert "q-what-happened" not in text and "Never shown" not in text
    assert "- *q-what-happened:* The panel" in to_markdown([entry])
    assert "*What happened?*" in export_text([entry], "markdown", question_texts=texts)


def test_one_entry_renders_without_the_journal_heading() -> None:
    first = make_entry("Acme", notes="Went well", private_note="secret")
    second = make_entry("Globex", Stage.NO_REPLY)
    one = entry_markdown(first, include_private=True)
    assert one.startswith("## 2026-11-20 — ") and "# Rejection journal" not in one
    assert "secret" in one and "secret" not in entry_markdown(first)
    assert to_markdown([first, second]) == (
        "# Rejection journal\n\n" + entry_markdown(first) + "\n" + entry_markdown(second)
    )
    assert to_markdown([]) == "# Rejection journal\n\nNo entries yet.\n"


def test_an_email_saved_as_text_is_named_as_an_email_not_a_bad_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "rejection.txt",
        "From: Dana <dana@northwind.example>\nSubject: Your application\n\nHi, we decided...\n",
    )
    message = import_error(path)
    assert "looks like an email" in message and ".eml" in message
    assert "header row" not in message


def test_an_outlook_msg_file_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "rejection.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200))
    message = import_error(path)
    assert ".msg" in message and "save the email as .eml" in message


def test_import_errors_read_plainly_and_say_nothing_went_in(tmp_path: Path) -> None:
    # The reviewer: "Unterminated string starting at at line 35", and a binary
    # file's message without the "Nothing was imported." every other one has.
    message = import_error(write(tmp_path, "cut.json", '[{"company": "A'))
    assert "starting at line 1, column" in message and " at at " not in message
    assert message.endswith("Nothing was imported.")
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert import_error(binary).endswith("Nothing was imported.")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("03/04/2026", "could be 3 April or 4 March"),
        ("2026/12/25", "is ahead of today"),
        ("Dec 24 2099", "is ahead of today"),
        ("1026-11-20", "1000 years ago: check the year"),
        ("1026/11/20", "1000 years ago: check the year"),
    ],
)
def test_an_imported_day_refused_says_the_readers_own_reason(
    tmp_path: Path, typed: str, said: str
) -> None:
    # rv-diff 5: every such day was "not a date in YYYY-MM-DD form", and 1026-11-20 went in.
    message = import_error(write(tmp_path, "d.csv", f"company,stage,date\nX,final,{typed}\n"))
    assert "row 2: date" in message and said in message, message
    assert "YYYY-MM-DD form" not in message


def test_a_day_taken_as_last_years_is_said(tmp_path: Path) -> None:
    notes: list[str] = []
    text = "company,stage,date\nLate Co,final,Dec 24\nNear Co,final,Nov 20\n"
    entries = read_import_file(write(tmp_path, "d.csv", text), today=TODAY, notes=notes)
    assert [e.date for e in entries] == [date(2025, 12, 24), date(2026, 11, 20)]
    assert len(notes) == 1 and "row 2" in notes[0] and "2025-12-24" in notes[0], notes
    assert "last year" in notes[0]


def test_a_company_name_over_the_apps_limit_is_left_out_and_named_the_rest_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach.cli import main

    long = "Pasted Page Holdings " * 12  # 251 characters, trimmed: the app refuses it
    records = [
        {"company": "Acme", "stage": "final", "date": "2026-11-01"},
        {"company": long, "stage": "final", "date": "2026-11-02"},
        {"company": "Globex", "stage": "final", "date": "2026-11-03"},
    ]
    source = write(tmp_path, "in.json", json.dumps(records))
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(source)]) == 0
    out, err = capsys.readouterr()
    assert "Imported 2 entries, 1 left out (company name too long)." in out, out
    assert f"{source}: entry 2 (company “Pasted Page Holdings" in err, err
    assert "Shorten it in the file" in err and "import the file again" in err
    # Shortened, the file imported again brings in that entry alone.
    records[1]["company"] = "Pasted Page Holdings"
    source.write_text(json.dumps(records), encoding="utf-8")
    assert main(["--data-dir", str(data), "import", str(source)]) == 0
    assert "Imported 1 entry, 2 already in the journal." in capsys.readouterr().out
    # Read with nowhere to say it, the file is refused as a whole, never cut silently.
    records[1]["company"] = long
    assert "entry 2: That is 251 characters" in import_error(
        write(tmp_path, "again.json", json.dumps(records))
    )


def test_an_email_whose_company_reads_too_long_is_left_out_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach import transfer

    long = make_entry("Signature Block Holdings " * 10)
    monkeypatch.setattr(transfer, "_eml_entry", lambda *_, **__: long)
    email = write(tmp_path, "no.eml", "From: a@b.example\n\nNo.\n")
    notes: list[str] = []
    left_out: list[Entry] = []
    assert read_import_file(email, today=TODAY, notes=notes, left_out=left_out) == []
    assert left_out == [long] and notes[0].startswith(f"{email} (company “Signature")
    assert import_error(email).endswith(
        "or fewer (anything more belongs in the notes). Nothing was imported."
    )


def test_a_rows_problems_are_told_apart_and_its_example_day_is_not_ahead(tmp_path: Path) -> None:
    # rv43 S1: the example offered was in the future, and one problem holds ";"
    # itself, so problems joined with ";" read as four where there were three.
    path = write(tmp_path, "x.csv", "company,stage,date\n,badstage,31/02/2026\n")
    said = import_error(path)
    head, *problems, last = said.splitlines()
    assert head == f"{path}: row 2:"
    assert last == "Nothing was imported."
    assert len(problems) == 3 and all(line.startswith("  - ") for line in problems)
    assert problems[0].startswith("  - date “31/02/2026” is not on the calendar")
    assert problems[0].endswith("Try a date like 2026-11-01")  # today is 2026-11-25
    assert "company" in problems[1] and "'badstage'" in problems[2]


def test_a_plans_problems_are_each_named_and_a_day_not_on_the_calendar_is_said_so(
    tmp_path: Path,
) -> None:
    # rv45 D4: 2026-02-30 was "not a date in YYYY-MM-DD form", and only "then" was named.
    from coach.date_words import example_day
    from coach.transfer import read_import_plans

    plan = {"id": "p1", "entry_id": "e1", "when": "I wake", "then": "", "due": "2026-02-30"}
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"entries": [], "plans": [plan]}))
    with pytest.raises(ImportFileError) as raised:
        read_import_plans(path)
    lines = str(raised.value).splitlines()
    assert lines[0].endswith("plan 1:")
    assert "  - then is missing; a plan needs what you will do" in lines
    assert (
        "  - due '2026-02-30' is not on the calendar (check the month and the day). "
        f"Try a date like {example_day(date.today(), ahead=True)}"
    ) in lines
    assert "YYYY-MM-DD form" not in str(raised.value)
