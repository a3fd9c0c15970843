"""A table written as a list: saves leave a plans list's backup be, and repair keeps its plans."""

from __future__ import annotations

import json
from pathlib import Path

from coach.cli import main
from coach.journal import Journal
from coach.plans import Plan
from tests.conftest import FIXED_NOW, make_entry


def _listed(folder: Path) -> Path:
    """Two plans, the backup holding both; then a hand edit makes the table a list and
    changes one plan's cue (as another coach's change would have, before the edit)."""
    path = folder / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1"))
    day = FIXED_NOW.date()
    journal.save_plan(Plan("e1", "after dinner", "write", day, id="pone"))
    journal.save_plan(Plan("e1", "When I wake up", "stretch", day, id="ptwo"))
    journal.add(make_entry("Later", id="e2"))  # the backup now holds both plans
    data = json.loads(path.read_text())
    plans = list(data.pop("plans").values())
    plans[1]["when"] = "at 9 pm"  # newer than the backup's "When I wake up"
    # One record a line, as a person editing by hand writes it.
    rest = json.dumps(data)[:-1]
    listed = ",\n".join(json.dumps(plan) for plan in plans)
    path.write_text(f'{rest}, "plans": [\n{listed}\n]}}\n')
    return path


def _cues(path: Path) -> dict[str, str]:
    journal = Journal.open(path)
    return {plan.id: plan.when for plan in journal.plans()}


def test_repair_keeps_the_newer_plans_of_the_list(capsys, tmp_path: Path) -> None:
    # rv37 D3: repair took the backup's older plans over the list's whole, newer ones,
    # and said both "took 2 from the backup" and "the backup does not hold them".
    path = _listed(tmp_path)
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert _cues(path) == {"pone": "after dinner", "ptwo": "at 9 pm"}
    assert "plans table was a list" in out and "2 records in it are put back" in out, out
    assert "from the backup" not in out and "Could not read line" not in out, out
    assert "KEEP IT" not in out  # nothing of the damaged copy is missing from the journal
    assert code == 0
    assert {e.id for e in Journal.open(path).entries()} == {"e1", "e2"}


def test_a_save_beside_the_list_leaves_the_backup_and_repair_keeps_it_all(
    capsys, tmp_path: Path
) -> None:
    # rv37 D2: saving an entry made the damaged file the backup, and repair then lost
    # the plans (each line of the one-line file "could not be read").
    path = _listed(tmp_path)
    backup = path.with_name("journal.json.bak")
    before = backup.read_bytes()
    journal = Journal.open(path)
    journal.add(make_entry("Newer", id="e3"))  # home says entries still save
    assert backup.read_bytes() == before  # the last copy of the plans in their table
    assert [p["id"] for p in json.loads(path.read_text())["plans"]] == ["pone", "ptwo"]
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert _cues(path) == {"pone": "after dinner", "ptwo": "at 9 pm"}
    assert {e.id for e in Journal.open(path).entries()} == {"e1", "e2", "e3"}


def test_a_list_with_items_no_record_takes_the_missing_plans_from_the_backup(
    capsys, tmp_path: Path
) -> None:
    path = _listed(tmp_path)
    data = json.loads(path.read_text())
    data["plans"] = [data["plans"][1], "a stray word"]  # pone lost in the edit
    path.write_text(json.dumps(data))
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert _cues(path) == {"pone": "after dinner", "ptwo": "at 9 pm"}
    assert "missing from the damaged table" in out and '"a stray word"' in out, out
    assert code == 1 and "KEEP IT" in out  # the stray item is only in the copy kept aside


def test_a_profile_table_as_a_list_is_not_sent_to_repair_nor_freezes_the_backup(
    tmp_path: Path,
) -> None:
    # rv39 3: the refusal sent the person to `coach repair`, which said "reads fine";
    # and the backup stopped following the saves, with nothing said.
    import pytest

    from coach.errors import CoachError
    from coach.model import Profile

    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1"))
    journal.add(make_entry("Later", id="e2"))
    data = json.loads(path.read_text())
    data["profile"] = [{"name": "Ana"}]
    path.write_text(json.dumps(data))
    journal = Journal.open(path)
    with pytest.raises(CoachError) as refused:
        journal.save_profile(Profile(name="Ana"))
    assert "`coach repair` mends it" not in str(refused.value)
    assert "by hand" in str(refused.value)
    journal.add(make_entry("Newer", id="e3"))
    journal.add(make_entry("Newest", id="e4"))
    backup = json.loads(path.with_name("journal.json.bak").read_text())
    assert "e3" in json.dumps(backup["entries"])  # the backup follows the saves
