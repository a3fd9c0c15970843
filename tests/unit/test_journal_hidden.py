"""A slip that leaves the journal valid JSON but hides records: refused on opening, then mended."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.cli import main
from coach.errors import JournalCorrupt
from coach.journal import Journal
from tests.unit.test_repair_layouts import COMPANIES, _companies, _with_plan
from tests.unit.test_repair_names import _laid_out, _repaired

# Entries hold keys 1 to 4 and the plan key 1, so "4" is the last entry's key alone.
SLIPS = {
    "table name lost a letter": (r'"entries"', '"entres"', "entres"),
    "key lost its digit": (r'"4"(?=\s*:\s*\{)', '""', 'the key ""'),
    "key became another's": (r'"4"(?=\s*:\s*\{)', '"3"', 'its entries table have the same key "3"'),
}


@pytest.mark.parametrize("slip", list(SLIPS))
@pytest.mark.parametrize("layout", ["own", "indent 2", "one line"])
def test_hidden_records_are_refused_on_opening_and_every_one_mended(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, layout: str, slip: str
) -> None:
    path, _ = _with_plan(tmp_path)
    (tmp_path / "journal.json.bak").unlink(missing_ok=True)  # nothing to lean on but the file
    pattern, replacement, named = SLIPS[slip]
    text, count = re.subn(pattern, replacement, _laid_out(path, layout))
    assert count == 1
    path.write_text(text)
    with pytest.raises(JournalCorrupt) as caught:
        Journal.open(path).entries()
    said = str(caught.value)
    assert named in said and "repair" in said, said
    assert main(["--data-dir", str(tmp_path), "list"]) == 1
    assert "repair" in capsys.readouterr().err
    assert path.read_text() == text  # nothing written over
    out = _repaired(tmp_path, path, text, capsys)
    assert _companies(tmp_path) == sorted(COMPANIES), out
    assert len(Journal.open(path).plans()) == 1, out
