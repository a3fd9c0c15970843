"""The command line, as a person types it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.model import Stage
from tests.conftest import make_entry


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert "coach 0." in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in (
        "tui",
        "locate",
        "import",
        "export",
        "list",
        "show",
        "check",
        "content",
    ):
        assert command in out


def test_locate_follows_data_dir_and_env(capsys, data: Path, monkeypatch) -> None:
    code, out, _ = run(capsys, "locate", "--data-dir", str(data))
    assert code == 0
    assert f"journal:           {data / 'journal.json'}" in out
    assert "content overrides:" in out
    monkeypatch.setenv("COACH_DATA_DIR", str(data / "env"))
    _, out, _ = run(capsys, "locate")
    assert str(data / "env" / "journal.json") in out


def test_import_then_list_show_and_export(capsys, data: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            [
                {"company": "Acme [/ team]", "stage": "technical", "role": "SRE"},
                {"company": "Globex", "stage": "no_reply", "date": "2026-01-05"},
            ]
        )
    )
    code, out, _ = run(capsys, "--data-dir", str(data), "import", str(source))
    assert (code, out.strip()) == (0, "Imported 2 entries.")
    code, out, _ = run(capsys, "--data-dir", str(data), "import", str(source))
    assert out.strip() == "Imported 0 entries, 2 already in the journal."
    _, out, _ = run(capsys, "list", "--data-dir", str(data))
    assert "Acme [/ team]" in out and "Globex" in out
    _, out, _ = run(capsys, "list", "--data-dir", str(data), "--stage", "no_reply")
    assert "Globex" in out and "Acme" not in out
    _, out, _ = run(capsys, "list", "--data-dir", str(data), "--search", "sre")
    assert "Acme" in out and "Globex" not in out
    entry_id = out.split()[0]
    code, out, _ = run(capsys, "show", entry_id[:4], "--data-dir", str(data))
    assert code == 0 and "Acme [/ team]" in out and "SRE" in out
    code, out, _ = run(capsys, "export", "--data-dir", str(data), "--format", "markdown")
    assert "# Rejection journal" in out and "Globex" in out
    code, out, _ = run(capsys, "export", "--data-dir", str(data), "--format", "csv")
    assert out.splitlines()[0].startswith("id,company,stage")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_then_import_is_the_same_journal(capsys, tmp_path: Path, fmt: str) -> None:
    first = Journal.open(tmp_path / "a" / "journal.json")
    entry = make_entry(
        'Zoë, "quoted"', Stage.FINAL, reflections={"q": "line\nbreak"}, mood_before=3
    )
    first.add(entry)
    first.add(make_entry("Plain", Stage.NO_REPLY, private_note="secret"))
    out_file = tmp_path / f"export.{fmt}"
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    args = ["export", "--format", fmt, "--include-private", "--output", str(out_file)]
    assert run(capsys, "--data-dir", a, *args)[0] == 0
    assert run(capsys, "--data-dir", b, "import", str(out_file))[0] == 0
    assert Journal.open(tmp_path / "b" / "journal.json").entries() == first.entries()


def test_private_notes_stay_out_of_export_unless_asked(capsys, data: Path) -> None:
    Journal.open(data / "journal.json").add(make_entry(private_note="I am furious"))
    _, out, _ = run(capsys, "export", "--data-dir", str(data))
    assert "furious" not in out
    _, out, _ = run(capsys, "export", "--data-dir", str(data), "--include-private")
    assert "furious" in out


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ('[{"company": "A", "stage": "x"}]', ".json", "entry 1: stage 'x'"),
        (
            '[{"company": "A", "stage": "final"}, {"stage": "final"}]',
            ".json",
            "entry 2: company",
        ),
        (
            "company,stage\nA,final\nB,final,extra\nC,soon\n",
            ".csv",
            "row 4: stage 'soon'",
        ),
        ("name,stage\nA,final\n", ".csv", "has no company column"),
        ("{broken", ".json", "not valid JSON"),
        ('{"entries": 5}', ".json", "'entries' list"),
    ],
)
def test_a_bad_import_names_the_row_and_imports_nothing(
    capsys, data: Path, tmp_path: Path, content: str, suffix: str, message: str
) -> None:
    source = tmp_path / f"bad{suffix}"
    source.write_text(content)
    code, _, err = run(capsys, "import", str(source), "--data-dir", str(data))
    assert code == 1
    assert message in err
    assert err.count("\n") == 1
    assert len(Journal.open(data / "journal.json")) == 0


def test_errors_are_one_line_without_traceback(capsys, data: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "missing.json"), "--data-dir", str(data))
    assert code == 1 and err.startswith("coach: Cannot read") and err.count("\n") == 1
    code, _, err = run(capsys, "show", "nope", "--data-dir", str(data))
    assert code == 1 and "There is no journal at" in err and err.count("\n") == 1
    assert not data.exists()  # a read never starts a journal
    Journal.open(data / "journal.json")
    code, _, err = run(capsys, "show", "nope", "--data-dir", str(data))
    assert code == 1 and "No entry has the id 'nope'" in err
    _, out, _ = run(capsys, "list", "--data-dir", str(data))
    assert "The journal is empty" in out


def test_python_dash_m_coach_works_like_coach(tmp_path: Path) -> None:
    run_ = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "locate"],
        capture_output=True,
        text=True,
    )
    assert run_.returncode == 0 and "journal.json" in run_.stdout


def test_check_reports_findings_and_exit_codes(capsys, tmp_path: Path) -> None:
    angry = tmp_path / "angry.txt"
    angry.write_text("Hi {contact_name},\nPlease give me another chance!!!\n")
    code, out, _ = run(capsys, "check", str(angry))
    assert code == 1
    assert "1:4 placeholder:" in out and "begging" in out and "shouting" in out
    # Each finding quotes its words, then names a calmer alternative.
    lines = out.splitlines()
    begging = next(i for i, line in enumerate(lines) if " begging: " in line)
    assert lines[begging + 1] == '    words: "give me another chance"'
    assert lines[begging + 2].startswith("    instead: ") and len(lines[begging + 2]) > 14
    code, out, _ = run(capsys, "check", "--json", str(angry))
    kinds = {f["kind"] for f in json.loads(out)}
    assert {"placeholder", "begging", "shouting"} <= kinds
    calm = tmp_path / "calm.txt"
    calm.write_text("Hi Ana,\nThank you for letting me know. I was disappointed, but grateful.\n")
    assert run(capsys, "check", str(calm))[0] == 0
    code, _, err = run(capsys, "check", str(tmp_path / "nope.txt"))
    assert code == 1 and "Cannot read" in err


def test_content_check_passes_shipped_and_fails_broken(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "content", "check", "--data-dir", str(tmp_path))
    assert code == 0 and "All content is valid" in out
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "q.md").write_text(
        '+++\ntype = "questions"\n+++\n\n## Why?\n\n```toml\nid = "q"\nstages = ["nope"]\n'
        'topic = "feelings"\n```\n'
    )
    code, out, _ = run(capsys, "content", "check", str(broken))
    assert code == 1 and "q.md:" in out and "unknown stage id 'nope'" in out


def test_import_lists_every_bad_row_and_refuses_the_future(
    capsys, data: Path, tmp_path: Path
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "company,stage,date\nA,final,2026-01-01\nB,soon,\nFutureCo,final,2099-01-01\n"
    )
    code, _, err = run(capsys, "import", str(source), "--data-dir", str(data))
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == f"coach: 2 rows in {source} cannot be imported:"
    assert lines[1].startswith(f"{source}: row 3: stage 'soon'")
    assert lines[2].startswith(f"{source}: row 4: date 2099-01-01 is in the future")
    assert lines[-1] == "Nothing was imported."
    assert len(Journal.open(data / "journal.json")) == 0


def test_import_names_every_problem_of_one_row(capsys, data: Path, tmp_path: Path) -> None:
    # rv41: a day off the calendar hid the bad stage until the day was fixed.
    source = tmp_path / "x.csv"
    source.write_text("company,stage,date\nCsvCo,badstage,2026-13-45\nLate,soon,2099-01-01\n")
    code, _, err = run(capsys, "import", str(source), "--data-dir", str(data))
    assert code == 1
    # Each row under its own heading, each of its problems on a line of its own
    # (rv43 S1: a problem may itself hold ";").
    lines = err.splitlines()
    assert lines[1].endswith("row 2:") and lines[4].endswith("row 3:"), lines
    assert "date" in lines[2] and "calendar" in lines[2], lines
    assert "stage 'badstage' is not one of" in lines[3], lines
    assert "stage 'soon'" in lines[5] and "2099-01-01 is in the future" in lines[6], lines
    assert len(Journal.open(data / "journal.json")) == 0


def test_csv_export_defuses_formulas_and_imports_them_back(capsys, tmp_path: Path) -> None:
    first = Journal.open(tmp_path / "a" / "journal.json")
    first.add(make_entry("Acme", notes="=1+1", role="-minus"))
    out_file = tmp_path / "export.csv"
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert (
        run(capsys, "--data-dir", a, "export", "--format", "csv", "--output", str(out_file))[0] == 0
    )
    assert "'=1+1" in out_file.read_text() and "'-minus" in out_file.read_text()
    assert run(capsys, "--data-dir", b, "import", str(out_file))[0] == 0
    assert Journal.open(tmp_path / "b" / "journal.json").entries() == first.entries()


def test_a_private_export_file_is_private(capsys, data: Path, tmp_path: Path) -> None:
    import os
    import stat

    Journal.open(data / "journal.json").add(make_entry(private_note="mine alone"))
    target = tmp_path / "out.json"
    code, _, _ = run(
        capsys, "export", "--include-private", "-o", str(target), "--data-dir", str(data)
    )
    assert code == 0 and "mine alone" in target.read_text()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_data_dir_that_cannot_be_a_folder_is_one_line(capsys, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, _, err = run(capsys, "list", "--data-dir", str(blocker / "inside"))
    assert code == 1 and err.count("\n") == 1
    assert "Cannot use" in err and f"{blocker} is a file" in err


def test_a_deeply_nested_import_is_refused_in_one_line(capsys, data: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    code, _, err = run(capsys, "import", str(deep), "--data-dir", str(data))
    assert code == 1 and "too deeply" in err and err.count("\n") == 1


def test_content_check_warns_of_a_stage_with_too_few_own_questions(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coach.content.loader

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "q.md").write_text(
        '+++\ntype = "questions"\n+++\n\n## Why?\n\n```toml\nid = "q"\nstages = ["all"]\n'
        'topic = "feelings"\n```\n\n## Who?\n\n```toml\nid = "q2"\nstages = ["final"]\n'
        'topic = "next"\n```\n'
    )
    monkeypatch.setattr(
        coach.content.loader, "_shipped", lambda: coach.content.loader._load_folder(shipped)
    )
    code, out, _ = run(capsys, "content", "check", "--data-dir", str(tmp_path / "data"))
    warnings = [line for line in out.splitlines() if line.startswith("warning:")]
    assert len(warnings) == len(Stage)
    assert "warning: stage final has 1 question(s) of its own" in out
    assert code == 0  # a warning alone does not fail the check


def test_a_file_given_twice_is_named_as_a_repeat_not_as_already_in_the_journal(
    capsys, data: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps([{"company": "Acme", "stage": "technical"}]))
    code, out, _ = run(capsys, "--data-dir", str(data), "import", str(source), str(source))
    assert (code, out.strip()) == (0, "Imported 1 entry, 1 given twice.")
    code, out, _ = run(capsys, "--data-dir", str(data), "import", str(source), str(source))
    assert out.strip() == "Imported 0 entries, 1 already in the journal, 1 given twice."


def test_content_check_of_a_folder_with_only_tone_rules(capsys, tmp_path: Path) -> None:
    from coach.content import shipped_content_dir

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "tone.toml").write_bytes((shipped_content_dir() / "tone.toml").read_bytes())
    code, out, _ = run(capsys, "content", "check", str(mine))
    assert "no content files" not in out
    assert code == 0
    # A whole copy of the rules file is checked as one, with nothing to complain of.
    assert "problem" not in out


def test_check_speaks_plainly_about_files_it_cannot_read(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "check", str(tmp_path / "nope.txt"))
    assert code == 1 and "no such file" in err and "Errno" not in err
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 1 and "is a folder" in err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Merci, très bien".encode("latin-1"))
    code, _, err = run(capsys, "check", str(latin))
    assert code == 1 and "not UTF-8 text" in err and "codec" not in err
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    code, out, err = run(capsys, "check", str(empty))
    assert code == 0 and "Nothing to check" in err and "calm" not in err + out
    code, out, _ = run(capsys, "check", "--json", str(empty))
    assert json.loads(out) == []


def test_check_refuses_a_pipe_a_device_and_a_huge_file(capsys, monkeypatch, tmp_path) -> None:
    # A named pipe with no writer would wait for ever; /dev/zero never ends.
    import io
    import os

    from coach.cli_reading import MAX_DRAFT_BYTES

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "check", str(fifo))
    assert code == 1 and "is a named pipe, not a file" in err and "standard input" in err
    code, _, err = run(capsys, "check", "/dev/zero")
    assert code == 1 and "is a device, not a file" in err
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * (MAX_DRAFT_BYTES + 1))
    code, out, err = run(capsys, "check", str(huge))
    assert code == 1 and out == "" and "is larger than" in err and "right file" in err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(huge.read_bytes())))
    code, out, err = run(capsys, "check", "-")
    assert code == 1 and "standard input is larger than" in err


def test_importing_an_empty_json_file_says_it_is_empty(capsys, data: Path, tmp_path: Path) -> None:
    empty = tmp_path / "entries.json"
    empty.write_text("\n")
    code, _, err = run(capsys, "import", str(empty), "--data-dir", str(data))
    assert code == 1 and "is empty" in err and "CSV" not in err


def test_check_from_stdin_names_bytes_that_are_not_utf8(capsys, monkeypatch) -> None:
    # As a shell in a strict UTF-8 locale hands it over: the bytes decide, not
    # the locale, and bad ones get the same message a file gets, never a traceback.
    import io

    def stdin(raw: bytes) -> io.TextIOWrapper:
        return io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="strict")

    monkeypatch.setattr(sys, "stdin", stdin(b"\xff\xfe Please give me another chance!!!"))
    code, out, err = run(capsys, "check", "-")
    assert code == 1 and out == ""
    assert "standard input is not UTF-8 text" in err
    monkeypatch.setattr(sys, "stdin", stdin("\ufeffPlease give me another chance!!!".encode()))
    code, out, _ = run(capsys, "check", "-")
    assert code == 1 and "1:8 begging:" in out  # a BOM is not counted as a column


def test_a_json_export_carries_the_details_and_import_fills_only_empty_ones(
    capsys, tmp_path: Path
) -> None:
    from coach.model import Profile

    source = tmp_path / "source"
    journal = Journal.open(source / "journal.json")
    journal.add(make_entry("Acme"))
    journal.save_profile(
        Profile(name="Ada [b]", linkedin_url="linkedin.com/in/ada", phone="+1 555")
    )
    shared, private = tmp_path / "shared.json", tmp_path / "private.json"
    assert run(capsys, "export", "--data-dir", str(source), "-o", str(shared))[0] == 0
    assert (
        run(capsys, "export", "--data-dir", str(source), "-o", str(private), "--include-private")[0]
        == 0
    )
    # The phone reaches someone directly: like the private notes, only when asked for.
    assert json.loads(shared.read_text())["profile"] == {
        "name": "Ada [b]",
        "linkedin_url": "linkedin.com/in/ada",
    }
    assert json.loads(private.read_text())["profile"]["phone"] == "+1 555"
    fresh = tmp_path / "fresh"
    assert run(capsys, "import", "--data-dir", str(fresh), str(private))[0] == 0
    assert Journal.open(fresh / "journal.json").profile() == journal.profile()
    other = tmp_path / "other"
    Journal.open(other / "journal.json").save_profile(Profile(name="Grace"))
    code, _, err = run(capsys, "import", "--data-dir", str(other), str(shared))
    assert code == 0
    assert Journal.open(other / "journal.json").profile() == Profile(
        name="Grace", linkedin_url="linkedin.com/in/ada"
    )
    assert "the export's name differs from yours; yours is kept" in err
    assert "your LinkedIn URL was empty; it is now the export's" in err


def test_a_chosen_silence_has_one_name_in_the_cli_and_the_app(capsys, data: Path) -> None:
    from coach.model import ReplyStatus
    from screens.widgets.entry_table import REPLY_LABELS

    entry = make_entry("Quiet Co")
    entry.reply.status = ReplyStatus.NOT_REPLYING
    Journal.open(data / "journal.json").add(entry)
    _, listed, _ = run(capsys, "list", "--data-dir", str(data))
    _, shown, _ = run(capsys, "show", entry.id, "--data-dir", str(data))
    _, stats, _ = run(capsys, "stats", "--data-dir", str(data))
    name = REPLY_LABELS[ReplyStatus.NOT_REPLYING]  # what the journal screen shows
    assert listed.rstrip().endswith(name)
    assert f"**Reply:** {name}" in shown
    assert "1 no message (by choice)" in stats
    assert "not replying" not in listed + shown + stats
