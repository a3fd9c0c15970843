"""`coach from-email` and `coach import mail.eml`, as a person types them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.model import ReplyPart, Stage
from coach.transfer import ImportFileError, read_import_file

EMAILS = Path(__file__).resolve().parent.parent / "data" / "emails"
SAMPLE = EMAILS / "dev" / "gh-application-plain.eml"
KEYS = [
    "company",
    "contact",
    "role",
    "stage",
    "date",
    "reapply_after",
    "feedback_invited",
    "not_a_rejection",
    "agency",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_from_email_json_has_exactly_the_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "from-email", str(SAMPLE), "--json")
    assert code == 0
    found = json.loads(out)
    assert list(found) == KEYS
    assert found["company"] == "Northwind Labs"
    assert found["stage"] == "application"
    assert found["date"] == "2026-11-03"
    assert found["reapply_after"] == "2027-05-03"
    assert found["feedback_invited"] is False
    assert found["contact"] is None


AGENCY = """Hi Priya,

My client, a leading fintech in the City, has decided not to take your application
forward for the Java Developer role.

Kind regards,
Mark Jones
Senior Consultant
Robert Half Technology
"""


def test_from_email_json_names_an_agency_writing_for_an_unnamed_client(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mail = tmp_path / "agency.txt"
    mail.write_text(AGENCY, encoding="utf-8")
    code, out, _ = run(capsys, "from-email", str(mail), "--json")
    found = json.loads(out)
    assert code == 0
    assert (found["company"], found["agency"]) == (None, "Robert Half Technology")
    # A firm writing for itself has no agency.
    code, out, _ = run(capsys, "from-email", str(SAMPLE), "--json")
    assert json.loads(out)["agency"] is None


def test_from_email_text_says_nothing_was_saved(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "from-email", str(SAMPLE), "--data-dir", str(tmp_path / "d"))
    assert code == 0
    assert "Company:" in out and "Northwind Labs" in out
    assert "nothing was saved" in out
    assert not (tmp_path / "d").exists()


def test_from_email_gives_no_stage_for_an_invitation_over_an_older_no(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # As the app does: an invitation names no stage at which a no came, whatever the
    # older no quoted below it says.
    thread = tmp_path / "thread.txt"
    thread.write_text(
        "Subject: RE: Junior Designer\n\nDear Sam,\n\nWe would like to invite you to a "
        "final interview for the Junior Designer post. Are you free on Thursday?\n\n"
        "Regards,\nMaya Okafor\nTallow Studio\n\n-----Original Message-----\n"
        "From: Maya Okafor <maya@tallowstudio.co.uk>\nSent: 02 November 2026 16:40\n"
        "To: Sam Reid <sam.reid@example.org>\nSubject: Junior Designer\n\nDear Sam,\n\n"
        "Thanks for the portfolio review. I'm sorry to say we have decided not to take your "
        "application further.\n\nRegards,\nMaya Okafor\nTallow Studio\n"
    )
    code, out, _ = run(capsys, "from-email", str(thread))
    assert code == 0
    assert "invitation" in out
    stage_line = next(line for line in out.splitlines() if line.startswith("Stage:"))
    assert "left empty" in stage_line
    code, out, _ = run(capsys, "from-email", str(thread), "--json")
    assert json.loads(out)["stage"] is None


def test_from_email_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pasted = "Hi Jo,\n\nThanks for the technical interview for the QA Lead role.\n\nBest,\nAcme\n"
    stdin = io.TextIOWrapper(io.BytesIO(pasted.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "from-email", "-", "--json")
    assert code == 0
    assert json.loads(out)["stage"] == Stage.TECHNICAL.value


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\xff" * 100, "binary"),
        (None, "does not exist"),
    ],
)
def test_from_email_bad_input_exits_1_with_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "mail.eml"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "from-email", str(path))
    assert code == 1
    assert out == ""
    assert message in err and "Traceback" not in err


def test_from_email_junk_in_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"From: \xff\xfe\nContent-Type: text/html; charset=nope\n\n<p>" * 50)
    result = subprocess.run(
        [sys.executable, "-m", "coach.cli", "from-email", str(junk), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert list(json.loads(result.stdout)) == KEYS


def test_import_an_eml_adds_one_entry_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    code, out, _ = run(capsys, "import", str(SAMPLE), "--data-dir", str(data))
    assert code == 0 and "Imported 1 entry" in out
    [entry] = Journal.open(data / "journal.json").entries()
    assert entry.company == "Northwind Labs"
    assert entry.role == "Senior Data Analyst"
    assert entry.stage is Stage.APPLICATION
    assert entry.date.isoformat() == "2026-11-03"
    assert entry.reapply_after is not None
    assert "Northwind Labs" in entry.email_text
    code, out, _ = run(capsys, "import", str(SAMPLE), "--data-dir", str(data))
    assert code == 0 and "already in the journal" in out
    assert len(Journal.open(data / "journal.json").entries()) == 1


def test_import_several_emails_in_one_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    names = ["gh-application-plain.eml", "f-teamtailor-hej.eml", "e-dr-in-display.eml"]
    files = [str(EMAILS / "dev" / name) for name in names]
    code, out, _ = run(capsys, "import", *files, "--data-dir", str(data))
    assert code == 0 and "Imported 3 entries" in out
    entries = Journal.open(data / "journal.json").entries()
    # One entry each, through the same reader as `coach from-email`.
    assert {(e.company, e.contact) for e in entries} == {
        ("Northwind Labs", ""),
        ("Skogsmark", "Linnea Berg"),
        ("Verity Clinical", "Dr. Rahul Mehta"),
    }
    assert all(e.email_text for e in entries)
    # Skogsmark's email invites questions before any interview: its reply will ask.
    by_company = {e.company: e for e in entries}
    assert by_company["Skogsmark"].stage is Stage.PORTFOLIO
    assert ReplyPart.FEEDBACK in by_company["Skogsmark"].reply.parts
    assert ReplyPart.FEEDBACK not in by_company["Northwind Labs"].reply.parts
    code, out, _ = run(capsys, "import", *files, "--data-dir", str(data))
    assert code == 0 and "3 already in the journal" in out


def test_one_bad_email_in_a_batch_imports_none_and_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    # No company to read: a file to fix, so the whole batch waits for it. (An email that
    # reads as no rejection is skipped instead: tests/unit/test_email_thread.py.)
    bad = tmp_path / "no-company.eml"
    bad.write_bytes(b"From: someone@gmail.com\nSubject: hi\n\nUnfortunately not this time.\n")
    missing = tmp_path / "gone.eml"
    for wrong in (bad, missing):
        code, _out, err = run(capsys, "import", str(SAMPLE), str(wrong), "--data-dir", str(data))
        assert code == 1
        assert str(wrong) in err and "Nothing was imported" in err and "Traceback" not in err
        assert (
            not (data / "journal.json").exists()
            or not Journal.open(data / "journal.json").entries()
        )


def test_the_email_is_private_in_every_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, "import", str(SAMPLE), "--data-dir", str(data))
    for fmt in ("json", "csv", "markdown"):
        _, out, _ = run(capsys, "export", "--format", fmt, "--data-dir", str(data))
        assert "carefully reviewed" not in out and "careful review" not in out, fmt
        _, out, _ = run(
            capsys, "export", "--format", fmt, "--include-private", "--data-dir", str(data)
        )
        assert "careful review" in out, fmt


def test_the_email_round_trips_through_a_private_json_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    run(capsys, "import", str(SAMPLE), "--data-dir", str(data))
    export = tmp_path / "all.json"
    run(capsys, "export", "--include-private", "-o", str(export), "--data-dir", str(data))
    [entry] = read_import_file(export)
    assert "careful review" in entry.email_text


def test_an_eml_without_a_company_imports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bare.eml"
    path.write_bytes(b"From: someone@gmail.com\nSubject: hi\nDate: x\n\nno thanks.\n")
    with pytest.raises(ImportFileError, match="Nothing was imported"):
        read_import_file(path)


def test_the_paste_keys_can_be_remapped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "--default"]) == 0
    text = capsys.readouterr().out
    assert '# paste_email = "ctrl+r"' in text
    assert '# paste_email_use = "ctrl+n"' in text
