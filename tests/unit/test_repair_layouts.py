"""`coach repair` on a journal an editor or a tool laid out another way, with one slip in it."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from coach.cli import main
from coach.crypto import KdfParams, Sealer
from coach.journal import Journal
from coach.plans import Plan
from tests.conftest import make_entry

COMPANIES = ("Acme", "Globex", "Initech", "Umbrella")


def _relaid(data: Path, **dumps: object) -> Path:
    """Four entries, the file laid out by json.dumps(**dumps), then a comma lost after Globex."""
    journal = Journal.open(data / "journal.json")
    journal.import_entries([make_entry(company) for company in COMPANIES])
    path = data / "journal.json"
    text = json.dumps(json.loads(path.read_bytes()), **dumps)  # type: ignore[arg-type]
    slip = text.replace('"Globex",', '"Globex"', 1)
    assert slip != text
    path.write_text(slip)
    (data / "journal.json.bak").unlink(missing_ok=True)  # no backup to lean on
    return path


def _companies(data: Path) -> list[str]:
    return sorted(e.company for e in Journal.open(data / "journal.json").entries())


@pytest.mark.parametrize(
    "dumps",
    [{"indent": 4}, {"indent": 1}, {"separators": (",", ":")}, {}],
    ids=["json.tool", "indent 1", "one line", "one line spaced"],
)
def test_every_record_still_readable_is_kept_whatever_the_layout(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dumps: dict[str, object]
) -> None:
    path = _relaid(tmp_path, **dumps)
    damaged = path.read_bytes()
    assert main(["--data-dir", str(tmp_path), "repair"]) == 1  # one record only partly kept
    out = capsys.readouterr().out
    assert _companies(tmp_path) == sorted(COMPANIES), out
    assert "Kept 3 records still readable" in out, out
    assert "cut short" not in out
    # The damaged file is kept as it was, and the line named is the record's first.
    (aside,) = tmp_path.glob("journal.json.damaged-*[0-9]")
    assert aside.read_bytes() == damaged
    line = int(out.split("Kept what could be read of line ")[1].split(" ")[0])
    starts = [n for n, text in enumerate(damaged.split(b"\n"), 1) if b"Globex" in text]
    assert line <= starts[0], (line, starts)


def test_a_file_of_which_nothing_reads_is_refused_not_emptied(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.import_entries([make_entry(company) for company in COMPANIES])
    (tmp_path / "journal.json.bak").unlink()
    raw = path.read_bytes()
    # Every record's key and opening brace lost: no record can be told apart.
    # (With only the keys lost, each record still reads whole, under a new key.)
    damaged = re.sub(rb'"\d+":\{', b"x", raw)
    assert damaged != raw
    path.write_bytes(damaged)
    assert main(["--data-dir", str(tmp_path), "repair"]) == 1
    err = capsys.readouterr().err
    assert "would leave an empty journal" in err and "Nothing was changed" in err, err
    assert path.read_bytes() == damaged
    assert not list(tmp_path.glob("journal.json.damaged-*"))


def test_a_sealed_backup_beside_a_plain_journal_is_said_to_be_sealed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An interrupted `coach decrypt`: the journal plain, its backup still sealed."""
    path = _relaid(tmp_path, indent=2)
    sealed = Sealer("first words", KdfParams(log_n=10)).encode(b'{"entries":{}}')
    (tmp_path / "journal.json.bak").write_bytes(sealed)
    main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert "there is no backup" not in out.lower(), out
    assert "journal.json.bak is sealed (encrypted)" in out and "stopped part way" in out, out
    assert (tmp_path / "journal.json.bak").read_bytes() == sealed
    assert _companies(path.parent) == sorted(COMPANIES)


def _with_plan(data: Path) -> tuple[Path, str]:
    """Four entries and a plan in coach's own layout; returns the file and the plan's entry id."""
    journal = Journal.open(data / "journal.json")
    journal.import_entries([make_entry(company) for company in COMPANIES])
    entry = journal.entries()[0]
    journal.save_plan(
        Plan(
            entry_id=entry.id,
            id="pone1111",
            when="I sit down on Saturday",
            then="call Sam",
            due=date(2026, 11, 28),
            created_at=datetime(2026, 11, 20, 9, 0),
        )
    )
    (data / "journal.json.bak").unlink(missing_ok=True)  # no backup to lean on
    return data / "journal.json", entry.id


def _one_line_with_plan(data: Path) -> tuple[Path, str]:
    """The same, the file written again on one line (as `jq -c` writes it)."""
    path, entry_id = _with_plan(data)
    path.write_text(json.dumps(json.loads(path.read_bytes()), separators=(",", ":")))
    return path, entry_id


@pytest.mark.parametrize("lost", ['"pone1111"', '"Acme"', '"Initech"'])
def test_a_lost_quote_on_a_file_that_is_one_line_costs_only_its_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lost: str
) -> None:
    """The quote's pairing goes wrong only up to the next record, not to the end of the file."""
    path, entry_id = _one_line_with_plan(tmp_path)
    text = path.read_text()
    at = text.index(lost) + len(lost) - 1
    path.write_text(text[:at] + text[at + 1 :])  # its closing quote lost
    main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert _companies(tmp_path) == sorted(COMPANIES), out
    assert "had removed" not in out, out
    (plan,) = Journal.open(path).plans()
    # What was read of the damaged record keeps its spaces and the field after the slip.
    assert (plan.id, plan.entry_id, plan.when, plan.then) == (
        "pone1111",
        entry_id,
        "I sit down on Saturday",
        "call Sam",
    ), out


@pytest.mark.parametrize("where", ["record", "nested", "key quote"])
@pytest.mark.parametrize("dumps", [{"indent": 2}, {"separators": (",", ":")}, None])
def test_a_lost_opening_brace_or_key_quote_costs_no_record(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dumps: dict[str, object] | None,
    where: str,
) -> None:
    path, _ = _with_plan(tmp_path)
    data = json.loads(path.read_bytes())
    # None: coach's own layout, one record a line.
    text = path.read_text() if dumps is None else json.dumps(data, **dumps)  # type: ignore[arg-type]
    key = next(k for k, v in data["entries"].items() if v["company"] == "Globex")
    record = re.search(rf'"{key}":\s*\{{', text)
    assert record is not None
    if where == "record":  # the record's own `{`
        slipped = text[: record.end() - 1] + text[record.end() :]
    elif where == "nested":  # the `{` of an object inside it: a brace then closes it early
        at = text.index('"reflections":', record.end()) + len('"reflections":')
        at = text.index("{", at)
        slipped = text[:at] + text[at + 1 :]
    else:  # the record key's opening quote
        slipped = text[: record.start()] + text[record.start() + 1 :]
    assert slipped != text
    path.write_text(slipped)
    main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert _companies(tmp_path) == sorted(COMPANIES), out
    assert len(Journal.open(path).plans()) == 1, out
    assert "Could not read line" not in out, out
    if where == "record":
        assert "lost a brace" in out, out


def test_a_file_cut_short_is_said_to_end_at_its_own_last_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _ = _one_line_with_plan(tmp_path)
    text = json.dumps(json.loads(path.read_bytes()), indent=2)
    cut = text[: text.index('"Initech"') + 4]
    path.write_text(cut)
    main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert f"it ends at line {cut.count(chr(10)) + 1}." in out, out


@pytest.mark.parametrize("dumps", [{"indent": 2}, {"separators": (",", ":")}])
def test_a_doubled_closing_brace_closes_no_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, dumps: dict[str, object]
) -> None:
    """A record follows the stray brace, so the records after it stay in their table."""
    path, _ = _with_plan(tmp_path)
    data = json.loads(path.read_bytes())
    text = json.dumps(data, **dumps)  # type: ignore[arg-type]
    second = list(data["entries"])[1]
    after_first = re.search(rf',\s*"{second}":', text)
    assert after_first is not None
    path.write_text(text[: after_first.start()] + "}" + text[after_first.start() :])
    main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert _companies(tmp_path) == sorted(COMPANIES), out
    assert len(Journal.open(path).plans()) == 1, out


def test_kept_counts_entries_and_plans_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # rv38: the person's details (and any plan) were counted with the entries kept.
    from coach.model import Profile

    journal = Journal.open(tmp_path / "journal.json")
    journal.save_profile(Profile(name="Ana"))
    journal.save_plan(Plan("e1", "after dinner", "write", date(2026, 12, 1), id="pone"))
    _relaid(tmp_path, indent=1)
    assert main(["--data-dir", str(tmp_path), "repair"]) == 1
    out = capsys.readouterr().out
    assert "Kept 4 records still readable" in out, out  # 3 whole entries and the plan
