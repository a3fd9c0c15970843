"""A slip that leaves the journal valid JSON but hides records: refused on opening, then mended."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.cli import main
from coach.errors import JournalCorrupt
from coach.journal import Journal
from coach.journal_lines import OWN_TABLES
from coach.repair_tables import KNOWN
from tests.unit.test_repair_layouts import COMPANIES, _companies, _with_plan
from tests.unit.test_repair_names import _laid_out, _repaired

# Entries hold keys 1 to 4 and the plan key 1, so "3" and "4" are entries' keys alone.
SLIPS = {
    "table name lost a letter": (r'"entries"', '"entres"', 1, "entres"),
    "two keys lost their digits": (
        r'"[34]"(?=\s*:\s*\{)',
        '""',
        2,
        'entries table have the same key ""',
    ),
    "key became another's": (
        r'"4"(?=\s*:\s*\{)',
        '"3"',
        1,
        'its entries table have the same key "3"',
    ),
}


@pytest.mark.parametrize("slip", list(SLIPS))
@pytest.mark.parametrize("layout", ["own", "indent 2", "one line"])
def test_hidden_records_are_refused_on_opening_and_every_one_mended(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, layout: str, slip: str
) -> None:
    path, _ = _with_plan(tmp_path)
    (tmp_path / "journal.json.bak").unlink(missing_ok=True)  # nothing to lean on but the file
    pattern, replacement, slips, named = SLIPS[slip]
    text, count = re.subn(pattern, replacement, _laid_out(path, layout))
    assert count == slips
    path.write_text(text)
    with pytest.raises(JournalCorrupt) as caught:
        Journal.open(path).entries()
    said = str(caught.value)
    assert named in said and "repair" in said, said
    # A search and the stats read the file a line at a time: they must refuse it too.
    for command in (["list"], ["list", "--search", "Acme"], ["stats"]):
        assert main(["--data-dir", str(tmp_path), *command]) == 1, command
        assert "repair" in capsys.readouterr().err
    assert path.read_text() == text  # nothing written over
    out = _repaired(tmp_path, path, text, capsys)
    assert _companies(tmp_path) == sorted(COMPANIES), out
    # Said as what happened to them, not as stray characters.
    told = "damaged table name" if "table" in slip else "got a new key"
    assert told in out and "stray characters" not in out, out
    assert len(Journal.open(path).plans()) == 1, out


def test_a_key_that_lost_its_digits_alone_hides_nothing_so_the_journal_opens(
    tmp_path: Path,
) -> None:
    # Coach shows, edits and saves a record under such a key: refusing would only cost the user.
    path, _ = _with_plan(tmp_path)
    text, count = re.subn(r'"4"(?=:\{)', '""', path.read_text())
    assert count == 1
    path.write_text(text)
    assert _companies(tmp_path) == sorted(COMPANIES)


def test_a_damaged_bookkeeping_table_name_does_not_refuse_the_journal(tmp_path: Path) -> None:
    # Coach writes _meta again; nothing the person wrote is out of sight.
    path, _ = _with_plan(tmp_path)
    text = path.read_text()
    assert text.count('"_meta"') == 1
    path.write_text(text.replace('"_meta"', '"_met"'))
    assert _companies(tmp_path) == sorted(COMPANIES)


def test_the_line_reader_knows_the_same_tables_as_repair() -> None:
    # A table the line reader took for foreign would only cost speed; one it took for its own
    # that repair does not know would hide records from the exact reader's check.
    assert OWN_TABLES == KNOWN
