"""`coach repair` on a journal an editor or a tool laid out another way, with one slip in it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.crypto import KdfParams, Sealer
from coach.journal import Journal
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
    # Every record's opening brace lost: no field of any record can be told apart.
    damaged = raw.replace(b'":{"id"', b'":"id"')
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
