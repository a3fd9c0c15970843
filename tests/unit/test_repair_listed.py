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


def _relisted(path: Path, edit: object) -> None:
    """The list rewritten after `edit(plans)` changed it, one record a line."""
    data = json.loads(path.read_text())
    plans = data.pop("plans")
    edit(plans)  # type: ignore[operator]
    rest = json.dumps(data)[:-1]
    path.write_text(f'{rest}, "plans": [\n' + ",\n".join(json.dumps(p) for p in plans) + "\n]}\n")


def test_a_listed_plan_that_does_not_read_takes_the_backups_day(capsys, tmp_path: Path) -> None:
    # rv39 4: pone lost its day in the edit; repair kept it so, said "repaired", exited 0,
    # and marked the damaged copy (its only other copy) safe to delete.
    path = _listed(tmp_path)
    _relisted(path, lambda plans: plans[0].pop("due"))
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    plans, unread = Journal.open(path).read_plans()
    assert unread == [], out
    assert {p.id: p.due for p in plans} == {"pone": FIXED_NOW.date(), "ptwo": FIXED_NOW.date()}
    assert _cues(path)["ptwo"] == "at 9 pm"  # the one that reads stays as the list held it
    assert "plan pone: After dinner, I will write (day was missing)" in out, out
    assert "that field takes the backup's value" in out, out
    assert "Kept 3 records still readable" in out, out  # 2 entries and ptwo
    assert code == 0


def test_a_listed_plan_that_does_not_read_nor_is_in_the_backup_is_said_unmended(
    capsys, tmp_path: Path
) -> None:
    from coach.repair_copies import MAY_GO, copy_state

    path = _listed(tmp_path)

    def lost_day(plans: list[dict[str, object]]) -> None:
        plans[0].pop("due")
        plans[0]["id"] = "pnew"  # made after the backup's last save

    _relisted(path, lost_day)
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert code == 1, out
    assert "1 record in it does not read" in out and "plan pnew" in out, out
    assert "put back what is missing in journal.json" in out, out
    assert "due is missing" in out, out
    # rv40 D15: the record is kept in the journal itself, so the copy is not the only
    # place it is, and is not marked KEEP IT, now or when read again.
    assert "KEEP IT" not in out, out
    (aside,) = tmp_path.glob("journal.json.damaged-*[0-9]")
    assert not aside.with_name(aside.name + ".unmended").exists()
    assert copy_state(aside) == MAY_GO
    # Kept as it is in the journal, where coach names it as a plan it cannot read.
    _, unread = Journal.open(path).read_plans()
    assert unread == ["plan pnew: due is missing; use a date in YYYY-MM-DD form"]


def test_a_listed_entry_that_does_not_read_takes_the_backups_field(capsys, tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1"))
    journal.add(make_entry("Beta", id="e2"))
    journal.add(make_entry("Gamma", id="e3"))  # the backup holds e1 and e2
    data = json.loads(path.read_text())
    entries = list(data.pop("entries").values())
    entries[0]["company"] = ""  # lost in the hand edit
    entries[1]["stage"] = "no such stage"
    entries[2]["stage"] = None  # not in the backup either
    path.write_text(json.dumps({**data, "entries": entries}))
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert code == 1, out
    journal = Journal.open(path)
    assert sorted(e.company for e in journal.entries()) == ["Acme", "Beta"], out
    assert "entry e3: Gamma" in out and "1 record in it does not read" in out, out
    assert "1 record in it did not read for a field" in out, out
    # A stage in words is the person's: in its notes now, the backup's stage in place.
    assert 'entry e2: Beta, 2026-11-20 (stage held "no such stage")' in out, out
    assert "no such stage" in journal.get("e2").notes, out


def test_the_listed_note_counts_as_newer_only_what_the_backup_holds(capsys, tmp_path: Path) -> None:
    # rv38: "2 records … put back … (newer than the backup's)", one of them not in it.
    path = _listed(tmp_path)
    _relisted(path, lambda plans: plans[1].update(id="pnew"))
    assert main(["--data-dir", str(tmp_path), "repair"]) == 0
    out = capsys.readouterr().out
    assert "2 records in it are put back" in out, out
    # rv40 D13: pone is just as the backup holds it, so it is not "newer".
    assert "(1 the same as the backup's, 1 not in the backup)" in out, out
    path = _listed(tmp_path / "all-new")
    _relisted(path, lambda plans: [plan.update(id=f"n{n}") for n, plan in enumerate(plans)])
    assert main(["--data-dir", str(tmp_path / "all-new"), "repair"]) == 0
    assert "(not in the backup)" in capsys.readouterr().out


def test_kept_counts_entries_and_plans_not_the_details_nor_bookkeeping(
    capsys, tmp_path: Path
) -> None:
    # rv38: "Kept 6 records still readable" of 3 entries and 2 plans (and the details).
    from coach.model import Profile

    path = _listed(tmp_path)
    Journal.open(path).save_profile(Profile(name="Ana"))
    assert main(["--data-dir", str(tmp_path), "repair"]) == 0
    assert "Kept 4 records still readable" in capsys.readouterr().out  # 2 entries, 2 plans


def test_a_listed_plan_that_lost_its_day_keeps_its_newer_words(capsys, tmp_path: Path) -> None:
    # rv40 D5: ptwo lost its day, and the backup's whole copy stood in for it, so its new
    # cue "at 9 pm" left the journal (only in the copy kept aside, exit 1). Only the day
    # is the backup's now; the words stay as the list held them.
    path = _listed(tmp_path)
    _relisted(path, lambda plans: plans[1].pop("due"))
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert _cues(path) == {"pone": "after dinner", "ptwo": "at 9 pm"}
    assert Journal.open(path).read_plans()[1] == []
    assert "plan ptwo: At 9 pm, I will stretch (day was missing)" in out, out
    assert "KEEP IT" not in out and "by hand" not in out, out
    assert code == 0
