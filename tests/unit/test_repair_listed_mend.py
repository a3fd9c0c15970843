"""Repair of a table made a list: an empty list, one id twice, a field broken, no id (rv40)."""

from __future__ import annotations

import json
from pathlib import Path

from coach.cli import main
from coach.journal import Journal
from coach.repair_copies import MAY_GO, copy_state
from tests.conftest import make_entry
from tests.unit.test_repair_listed import _cues, _listed, _relisted


def _repair(folder: Path, capsys) -> tuple[int, str]:
    code = main(["--data-dir", str(folder), "repair"])
    return code, capsys.readouterr().out


def _entries_listed(folder: Path, edit: object) -> Path:
    """Three entries, the backup holding e1 and e2; the entries made a list and `edit`ed."""
    path = folder / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1", notes="first notes"))
    journal.add(make_entry("Beta", id="e2"))
    journal.add(make_entry("Gamma", id="e3"))
    data = json.loads(path.read_text())
    data["entries"] = list(data["entries"].values())
    edit(data["entries"])  # type: ignore[operator]
    path.write_text(json.dumps(data))
    return path


def test_an_empty_entries_list_takes_the_backups_entries(capsys, tmp_path: Path) -> None:
    # rv40 D4: `"entries": []` dropped every entry, exit 0, the only whole copy "may go".
    path = _entries_listed(tmp_path, lambda entries: entries.clear())
    code, out = _repair(tmp_path, capsys)
    assert sorted(e.id for e in Journal.open(path).entries()) == ["e1", "e2"], out
    assert "entries table was an empty list" in out and "Took 2 records from the backup" in out
    assert code == 0
    path = _listed(tmp_path / "plans")
    _relisted(path, lambda plans: plans.clear())
    code, out = _repair(tmp_path / "plans", capsys)
    assert set(_cues(path)) == {"pone", "ptwo"}, out


def test_a_plan_listed_twice_one_copy_broken_is_kept_once(capsys, tmp_path: Path) -> None:
    # rv40 D2: a readable pone and a broken copy of it became two pone plans, and
    # `coach plans done pone` could reach neither.
    path = _listed(tmp_path)

    def pasted(plans: list[dict[str, object]]) -> None:
        copy = dict(plans[0])
        del copy["due"]
        plans.append(copy)

    _relisted(path, pasted)
    code, out = _repair(tmp_path, capsys)
    plans, unread = Journal.open(path).read_plans()
    assert sorted(p.id for p in plans) == ["pone", "ptwo"] and unread == [], out
    assert "listed twice under one id" in out, out
    assert code == 0, out  # nothing but the broken day was only in the second copy
    assert main(["--data-dir", str(tmp_path), "plans", "done", "pone"]) == 0


def test_a_broken_second_copy_with_other_words_is_said_and_kept_aside(
    capsys, tmp_path: Path
) -> None:
    path = _listed(tmp_path)

    def pasted(plans: list[dict[str, object]]) -> None:
        copy = {**plans[0], "then": "write to Ana today"}
        del copy["due"]
        plans.append(copy)

    _relisted(path, pasted)
    code, out = _repair(tmp_path, capsys)
    assert sorted(p.id for p in Journal.open(path).plans()) == ["pone", "ptwo"], out
    assert "(I will; it did not read: due is missing" in out, out
    assert code == 1 and "KEEP IT" in out, out


def test_two_readable_plans_with_one_id_are_told_apart(capsys, tmp_path: Path) -> None:
    path = _listed(tmp_path)
    _relisted(path, lambda plans: plans.extend([dict(plans[0]), {**plans[0], "then": "call"}]))
    code, out = _repair(tmp_path, capsys)
    plans = Journal.open(path).plans()
    assert len(plans) == 3 and len({p.id for p in plans}) == 3, out
    assert sorted(p.then for p in plans) == ["call", "stretch", "write"], out
    assert "(the same both times)" in out and "it now has its own" in out, out
    assert code == 0


def test_a_broken_stage_takes_the_backups_and_the_copy_may_go(capsys, tmp_path: Path) -> None:
    # rv40 D5 and D6: the backup's whole copy replaced e1, its newer notes said "put them
    # back by hand", with the broken value itself among them; exit 1 and KEEP for that.
    def edited(entries: list[dict[str, object]]) -> None:
        entries[0]["notes"] = "first notes, and what I added later"
        entries[0]["stage"] = 5

    path = _entries_listed(tmp_path, edited)
    code, out = _repair(tmp_path, capsys)
    e1 = Journal.open(path).get("e1")
    stage = make_entry("Acme").stage  # the backup's
    assert (e1.notes, e1.stage) == ("first notes, and what I added later", stage), out
    assert "entry e1: Acme, 2026-11-20 (stage held 5)" in out, out
    assert "by hand" not in out and "KEEP IT" not in out, out
    assert code == 0
    (aside,) = tmp_path.glob("journal.json.damaged-*[0-9]")
    assert copy_state(aside) == MAY_GO


def test_a_listed_entry_with_no_id_gets_one_that_stays(capsys, tmp_path: Path) -> None:
    # rv40 D3: a new made-up id on every read, so `coach show` could not reach it and an
    # edit in the app said it had been deleted elsewhere.
    path = _entries_listed(tmp_path, lambda entries: entries[2].pop("id"))
    code, out = _repair(tmp_path, capsys)
    assert code == 0, out
    ids = [e.id for e in Journal.open(path).entries() if e.company == "Gamma"]
    assert ids == [e.id for e in Journal.open(path).entries() if e.company == "Gamma"]
    assert len(ids) == 1 and ids[0] != "", out
    assert main(["--data-dir", str(tmp_path), "show", ids[0]]) == 0


def test_an_empty_item_of_a_list_is_left_out_not_called_an_entry(capsys, tmp_path: Path) -> None:
    # rv40 D7: `{}` was "entry ?: (no company)" to mend by hand, "search for the id".
    path = _entries_listed(tmp_path, lambda entries: entries.append({}))
    code, out = _repair(tmp_path, capsys)
    assert len(Journal.open(path).entries()) == 3
    assert "1 empty item ({}) of the list held nothing" in out and "entry ?" not in out, out
    assert code == 0


def test_a_plan_of_a_table_that_does_not_read_takes_the_backups_day(capsys, tmp_path) -> None:
    # rv40 D16: made a list, this damage was mended; left a table, repair said "reads fine".
    path = _listed(tmp_path)
    data = json.loads(path.read_text())
    data["plans"] = {str(n): plan for n, plan in enumerate(data["plans"], 1)}
    del data["plans"]["1"]["due"]
    path.write_text(json.dumps(data))
    assert Journal.open(path).read_plans()[1] != []
    code, out = _repair(tmp_path, capsys)
    plans, unread = Journal.open(path).read_plans()
    assert unread == [] and sorted(p.id for p in plans) == ["pone", "ptwo"], out
    assert "reads fine" not in out and "plans table held records coach could not read" in out
    assert code == 0


def test_a_second_repair_over_a_record_still_unread_does_not_say_it_reads_fine(
    capsys, tmp_path: Path
) -> None:
    # rv40 D10: the first repair said e3 unmended (exit 1); the second "reads fine", exit 0.
    _entries_listed(tmp_path, lambda entries: entries[2].pop("company"))
    assert _repair(tmp_path, capsys)[0] == 1
    code = main(["--data-dir", str(tmp_path), "repair"])
    said = capsys.readouterr()
    assert code == 1
    assert "reads fine" not in said.out + said.err
    assert "1 record in it does not" in said.err and "entry e3" in said.err, said.err
    assert "Nothing was changed" in said.err


def test_a_backup_whose_plans_are_a_list_too_still_mends(capsys, tmp_path: Path) -> None:
    # rv40 D8: "the backup holds no copy that does" of a backup holding pone, as a list.
    path = _listed(tmp_path)
    backup = path.with_name("journal.json.bak")
    data = json.loads(backup.read_text())
    data["plans"] = list(data["plans"].values())
    backup.write_text(json.dumps(data))
    _relisted(path, lambda plans: plans[0].pop("due"))
    code, out = _repair(tmp_path, capsys)
    assert Journal.open(path).read_plans()[1] == [], out
    assert "holds no copy" not in out and "(day was missing)" in out, out
    assert code == 0


def test_with_no_backup_repair_says_there_is_none(capsys, tmp_path: Path) -> None:
    # rv40 D8: "(not in the backup)" and "the backup holds no copy" with no backup at all.
    _entries_listed(tmp_path, lambda entries: entries[2].pop("company"))
    (tmp_path / "journal.json.bak").unlink()
    code, out = _repair(tmp_path, capsys)
    assert code == 1
    assert "there is no backup to take a copy from" in out, out
    assert "not in the backup" not in out and "holds no copy" not in out, out


def test_repair_is_refused_while_a_coach_is_open_on_the_folder(capsys, tmp_path: Path) -> None:
    # rv40 D14: repair ran under an open app, whose home then said the plans could not be
    # read over the plans just mended; `coach encrypt` refuses in that case.
    from coach.unsaved import UnsavedStore

    path = _listed(tmp_path)
    before = path.read_bytes()
    running = UnsavedStore(tmp_path)
    running.open()
    try:
        code = main(["--data-dir", str(tmp_path), "repair"])
    finally:
        running.close()
    said = capsys.readouterr()
    assert code == 1 and path.read_bytes() == before
    assert "A coach is open on" in said.err and "Nothing was changed" in said.err, said.err
    assert _repair(tmp_path, capsys)[0] == 0  # once it is closed


def test_a_listed_plan_that_lost_only_its_id_takes_it_from_the_backup(capsys, tmp_path) -> None:
    # rv40 D7: the id-less record was pone in every other field, and stayed unreadable,
    # with "search for the id" where there was none.
    path = _listed(tmp_path)
    _relisted(path, lambda plans: plans[0].pop("id"))
    code, out = _repair(tmp_path, capsys)
    plans, unread = Journal.open(path).read_plans()
    assert unread == [] and sorted(p.id for p in plans) == ["pone", "ptwo"], out
    assert code == 0, out


def test_two_plans_with_one_id_in_a_table_are_told_apart(capsys, tmp_path: Path) -> None:
    # rv40 D2: in a table (not a list) repair said "reads fine" and `plans done` stayed
    # locked out.
    path = _listed(tmp_path)
    data = json.loads(path.read_text())
    plans = data["plans"]
    data["plans"] = {"1": plans[0], "2": plans[1], "3": {**plans[0], "then": "call"}}
    path.write_text(json.dumps(data))
    code, out = _repair(tmp_path, capsys)
    assert code == 0 and "reads fine" not in out, out
    assert len({p.id for p in Journal.open(path).plans()}) == 3, out
    assert main(["--data-dir", str(tmp_path), "plans", "done", "pone"]) == 0


def test_a_backup_that_does_not_read_is_said_so(capsys, tmp_path: Path) -> None:
    # rv40 D8: a truncated backup was said to "hold no copy".
    path = _listed(tmp_path)
    path.with_name("journal.json.bak").write_text('{"entries": {"1": {')
    _relisted(path, lambda plans: plans[0].pop("due"))
    code, out = _repair(tmp_path, capsys)
    assert code == 1 and "the backup could not be read either" in out, out


def test_entries_sharing_an_id_beside_one_still_unread_get_their_own(capsys, tmp_path) -> None:
    # Refusing over the unread record must not leave the shared ids as they were.
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1"))
    journal.add(make_entry("Beta", id="e2"))
    data = json.loads(path.read_text())
    data["entries"]["8"] = {**data["entries"]["1"], "company": "Acme Two"}
    data["entries"]["9"] = {**data["entries"]["1"], "id": "enew", "stage": 5}
    path.write_text(json.dumps(data))
    code = main(["--data-dir", str(tmp_path), "repair"])
    said = capsys.readouterr()
    assert code == 1 and "entry enew" in said.err, said.err
    assert "Two entries had the id e1" in said.out, said.out
