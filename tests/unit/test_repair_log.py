"""`coach repair` on a big journal: the append log's saves are replayed, never dropped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.log_commands import fold_log
from coach.log_storage import LogStorage
from tests.conftest import make_entry


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _companies(data: Path) -> list[str]:
    return sorted(e.company for e in Journal.open(data / "journal.json").entries())


def _big_journal(data: Path) -> Path:
    """A snapshot holding A and B (its backup A only), and a log of later saves.

    The log adds C, edits A and removes B: the app shows "A edited" and "C".
    """
    data.mkdir()
    path = data / "journal.json"
    storage = LogStorage(path, append_over=0, fold_at=0.0)  # every save folds
    journal = Journal(storage)
    a = journal.add(make_entry("A Co"))
    b = journal.add(make_entry("B Co"))
    storage.fold_at = 1000.0  # from here on every save goes to the log
    journal.add(make_entry("C Co"))
    journal.save(make_entry("A edited", id=a.id))
    journal.delete(b.id)
    assert path.with_name("journal.json.log").exists()
    assert _companies(data) == ["A edited", "C Co"]
    return path


def _cut_snapshot(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: raw.index(b"B Co") + 2])  # in place, as a crash or full disk does


def _kept_log(out: str) -> Path:
    found = re.search(r"The log is kept as (\S+)\.\n", out)
    assert found is not None, out
    return Path(found.group(1))


def test_a_damaged_snapshot_is_mended_with_the_saves_in_its_log(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    log_bytes = log.read_bytes()
    _cut_snapshot(path)
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    # Mending the snapshot alone would go back to the last fold: A Co and B Co.
    assert _companies(data) == ["A edited", "C Co"]
    assert "Applied 3 saves from the log" in out
    assert code == 1  # cut short: nothing can tell what lay past the cut
    assert _kept_log(out).read_bytes() == log_bytes
    assert not log.exists()  # folded in, so no later coach applies it twice
    Journal.open(path).add(make_entry("D Co"))
    assert _companies(data) == ["A edited", "C Co", "D Co"]


def test_a_torn_last_line_of_the_log_is_named_and_what_it_holds_kept(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    with open(log, "ab") as handle:
        handle.write(b'{"g":99,"set":{"entries":{"9":{"company":"Torn Co"')  # no newline
    torn = log.read_bytes()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    # Its one field that reads is kept, not dropped: the person sees it and can check it.
    assert _companies(data) == ["A edited", "C Co", "Torn Co"]
    assert "reads fine" in out and "cut short" in out and "Torn Co" in out
    assert "1 field read of this new record; not read: id, stage" in " ".join(out.split())
    assert "day of the repair" in out
    assert code == 1
    assert _kept_log(out).read_bytes() == torn


def _damage_line(log: Path, holding: bytes, old: bytes, new: bytes) -> int:
    """Damage the line holding `holding` (old -> new); its line number."""
    lines = log.read_bytes().split(b"\n")
    number = next(n for n, line in enumerate(lines, start=1) if holding in line)
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    log.write_bytes(b"\n".join(lines))
    return number


def test_a_damaged_line_in_the_log_keeps_its_fields_and_later_saves_still_apply(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    number = _damage_line(log, b"C Co", b'"company":"C Co"', b'"company":"C Co",,')
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1 and "log" in err
    _says_which_line_and_to_repair(err, path, number)
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1  # a damaged line: nothing can promise it was all there
    flat = " ".join(out.split())
    assert f"Line {number} of the log is damaged; kept what could be read of it" in flat
    assert "C Co, 2026-11-20: 25 fields read of this new record, every field others have" in flat
    # C is back whole, and the edit of A and the removal of B came after: both are in.
    assert _companies(data) == ["A edited", "C Co"]
    c = next(e for e in Journal.open(path).entries() if e.company == "C Co")
    assert c.stage.value == "technical" and str(c.date) == "2026-11-20"


def test_a_garbled_field_of_an_edit_keeps_the_rest_and_names_the_field(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    # One byte gone wrong: the colon after "role" (the edit of A that renamed it).
    number = _damage_line(log, b"A edited", b'"role":', b'"role";')
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    flat = " ".join(out.split())
    assert f"Line {number} of the log is damaged" in flat
    assert "A edited" in flat and "not read: role, kept as the save before left it" in flat
    assert _companies(data) == ["A edited", "C Co"]


def test_a_line_cut_in_the_middle_keeps_what_came_before_the_cut(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    lines = log.read_bytes().split(b"\n")
    number = next(n for n, line in enumerate(lines, start=1) if b"C Co" in line)
    line = lines[number - 1]
    lines[number - 1] = line[: line.index(b'"date"')]  # the rest of the line lost
    log.write_bytes(b"\n".join(lines))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    flat = " ".join(out.split())
    assert "C Co, date unreadable" in flat and "not read: date, how it came" in flat
    assert "day of the repair" in flat
    assert _companies(data) == ["A edited", "C Co"]
    c = next(e for e in Journal.open(path).entries() if e.company == "C Co")
    assert "could not read this entry's date" in c.notes


def test_a_stray_control_character_in_a_log_line_still_reads_it_whole(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    _damage_line(log, b"C Co", b'"company":"C Co"', b'"company":"C\x01Co"')
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert "read whole once stray characters were let through" in out
    assert code == 0
    assert _companies(data) == ["A edited", "C\x01Co"]


def test_a_damaged_snapshot_and_a_torn_log_keep_every_whole_save(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    with open(log, "ab") as handle:
        handle.write(b'{"g":99,"set":{"entr')
    _cut_snapshot(path)
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    assert _companies(data) == ["A edited", "C Co"]
    assert "Applied 3 saves" in out and "cut short" in out


def test_a_healthy_big_journal_reads_fine_and_keeps_its_log(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    before = (path.read_bytes(), log.read_bytes())
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0 and "reads fine" in out
    assert (path.read_bytes(), log.read_bytes()) == before


def test_a_copied_folder_damaged_after_the_copy_still_takes_its_log(capsys, tmp_path: Path) -> None:
    import shutil

    path = _big_journal(tmp_path / "d")
    copy = tmp_path / "copy"
    shutil.copytree(path.parent, copy, copy_function=shutil.copy)  # a new inode, new times
    _cut_snapshot(copy / "journal.json")
    code, out, _ = run(capsys, "--data-dir", str(copy), "repair")
    # Its saves carry on from the generation the damaged file still names: they are its own.
    assert "Applied 3 saves from the log" in out and "earlier copy" not in out
    assert _companies(copy) == ["A edited", "C Co"]
    assert code == 1  # cut short


def _says_which_line_and_to_repair(message: str, path: Path, number: int) -> None:
    flat = " ".join(message.split())
    assert f"{path.with_name('journal.json.log')} " in flat
    assert f"line {number} is not valid JSON" in flat
    assert f"coach --data-dir {path.parent} repair" in flat
    assert "no backup" not in flat  # the log never has one; the journal's .bak is beside it


def test_a_damaged_log_line_says_which_file_and_line_and_to_repair(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    assert path.with_name("journal.json.bak").exists()
    log = path.with_name("journal.json.log")
    lines = log.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b'"company"', b'"company",,', 1)
    log.write_bytes(b"\n".join(lines))
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1
    _says_which_line_and_to_repair(err, path, 3)
    assert "journal.json itself reads fine" in " ".join(err.split())


def test_one_damaged_record_of_a_save_costs_only_that_record_s_bad_field() -> None:
    from coach.repair_log_line import salvage_save

    line = (
        b'{"g":7,"set":{"entries":{"4":{"id":"e4","company":"Four",#"stage":"final"},'
        b'"5":{"id":"e5","company":"Five","stage":"offer"}},"plans":{"2":{"id":"p2",'
        b'"when":"Monday"}},"_storage":{"1":{"generation":7}}},"del":{"entries":["9"]}}'
    )
    salvaged = salvage_save(line)
    assert salvaged is not None and salvaged.generation == 7
    records = {(r.table, r.key): (r.fields, r.whole) for r in salvaged.records}
    assert records[("entries", "4")] == ({"id": "e4", "company": "Four"}, False)
    assert records[("entries", "5")] == ({"id": "e5", "company": "Five", "stage": "offer"}, True)
    assert records[("plans", "2")] == ({"id": "p2", "when": "Monday"}, True)
    assert salvaged.removed == {"entries": ["9"]}
    assert salvage_save(b'{"g":7,"set":{"entr') is None  # nothing of a record: named, not kept


def test_a_hand_edit_in_place_of_a_damaged_journal_is_kept_beside_the_logs_save(
    capsys, tmp_path: Path
) -> None:
    # rv-diff 2: an editor that writes in place keeps the inode, so the log still matches the
    # damaged file by inode; a record the log changed and the hand edit changed keeps both.
    data = tmp_path / "d"
    path = _big_journal(data)
    a_co = b'"company":"A Co","stage":"technical","role":""'
    edited = path.read_bytes().replace(a_co, a_co[:-2] + b'"HANDEDIT"')
    with open(path, "r+b") as handle:  # in place, as many editors write: the same inode
        handle.write(edited.replace(b'"B Co"', b'"B Co'))  # and a line broken
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    roles = sorted((e.company, e.role) for e in Journal.open(path).entries())
    assert roles == [("A Co (other version)", "HANDEDIT"), ("A edited", ""), ("C Co", "")], out
    assert "Changed in both places: entry" in out and "A edited" in out
    assert code == 0


def test_a_set_aside_log_cut_short_at_its_end_is_merged_once_and_then_cleared(
    capsys, tmp_path: Path
) -> None:
    # rv-diff 3: a torn last line of which nothing reads is named, yet the file is merged whole
    # and renamed, so the notice and repair's exit 1 do not come back forever.
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    aside = path.with_name("journal.json.log.conflict-20261127-000000-6")
    aside.write_bytes(log.read_bytes() + b'{"g":7,"set":{"ent')
    log.unlink()
    code, out, err = run(capsys, "--data-dir", str(data), "list")
    assert "run `coach" in err
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0, out
    assert "a crash cut short" in out and "; it is not merged" not in out
    assert _companies(data) == ["A edited", "C Co"]
    assert not aside.exists()
    code, out, err = run(capsys, "--data-dir", str(data), "list")
    assert "repair" not in err
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert (code, "reads fine; nothing was changed" in out) == (0, True), out
    [copy] = data.glob("journal.json.before-merge-*")
    # The copy the merge kept is named, with the room it takes and how to let it go.
    assert f"  {copy.resolve()}  (" in out and "Copies kept by repairs" in out, out
    assert "you may delete" in out and copy.exists()


def test_a_set_aside_log_the_journal_holds_already_leaves_no_copy_and_says_so(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    aside = path.with_name("journal.json.log.conflict-20261127-000000-6")
    aside.write_bytes(log.read_bytes())
    fold_log(path)
    before = path.read_bytes()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0
    assert "holds all of its saves already" in out
    # rv-final 6: the set-aside file is renamed, a change, so "nothing was changed" is not said.
    assert "already holds every save that reads in the logs set aside" in out
    assert "nothing was changed" not in out, out
    assert "merged back in now" not in out and "merged its saves back" not in out
    assert not list(data.glob("journal.json.before-merge-*"))
    assert path.read_bytes() == before and not aside.exists()


def test_a_sound_log_beside_a_set_aside_one_is_not_called_damaged(capsys, tmp_path: Path) -> None:
    # After an import set a log aside and started a new one, repair merged the old one and
    # said the new, sound log "needed mending", keeping copies named "damaged".
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    log.rename(path.with_name("journal.json.log.conflict-20261127-000000-6"))
    Journal(LogStorage(path, append_over=0, fold_at=1000.0)).add(make_entry("New Co"))
    assert log.exists()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0
    assert "reads fine. Saves of coach kept outside it are merged back in now" in out, out
    assert "needed mending" not in out and not list(data.glob("*.damaged-*"))
    assert _companies(data) == ["A edited", "C Co", "New Co"]


def test_a_set_aside_log_with_an_unreadable_line_says_how_to_be_done_with_it(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    head, _first, *rest = log.read_bytes().split(b"\n")
    aside = path.with_name("journal.json.log.conflict-20261127-000000-6")
    aside.write_bytes(b"\n".join([head, b"[b]garbled{{", *rest]))
    log.unlink()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1 and "it is not merged" in out
    assert f"move {aside.name} out of the folder" in out, out
    aside.rename(tmp_path / aside.name)
    code, out, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 0 and "repair" not in err


def test_a_record_added_by_hand_in_place_under_a_key_the_log_sets_later_is_kept(
    capsys, tmp_path: Path
) -> None:
    # rv-final 3: the log's later save under that key has no "was" (the snapshot had no
    # record there), yet the damaged file holds a whole one: the hand's, kept beside it.
    data = tmp_path / "d"
    path = _big_journal(data)
    raw = path.read_bytes()
    b_line = next(line for line in raw.split(b"\n") if b'"B Co"' in line)
    hand = b_line.replace(b'"2":', b'"3":', 1).replace(b'"B Co"', b'"Hand Co"')
    hand = re.sub(rb'"id":"[^"]*"', b'"id":"feedc0de01"', hand, count=1)  # an id of its own
    assert not b_line.endswith(b",")  # B is the last entry: Hand Co goes after it
    edited = raw.replace(b_line, b_line + b",\n" + hand)
    edited = edited.replace(b'"A Co"', b'"A Co', 1)  # and A's line broken
    assert edited.count(b"Hand Co") == edited.count(b"feedc0de01") == 1
    with open(path, "r+b") as handle:  # in place, as many editors write: the same inode
        handle.write(edited)
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert _companies(data) == ["A edited", "C Co", "Hand Co (other version)"], out
    said = " ".join(out.split())
    assert "Changed in both places: entry" in said and "C Co" in said, out
    assert "Hand Co (other version)" in said, out
    assert code == 0


def test_a_set_aside_log_with_an_unread_line_the_journal_holds_is_not_said_unchanged(
    capsys, tmp_path: Path
) -> None:
    # rv-final 6: the lead line said "nothing was changed" above "Could not read line N".
    data = tmp_path / "d"
    path = _big_journal(data)
    log = path.with_name("journal.json.log")
    head, *rest = log.read_bytes().split(b"\n")
    aside = path.with_name("journal.json.log.conflict-20261127-000000-6")
    aside.write_bytes(b"\n".join([head, b"[b]garbled{{", *rest]))
    fold_log(path)
    before = path.read_bytes()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1 and "it is not merged" in out, out
    assert "nothing was changed" not in out, out
    assert "already holds every save that reads in the logs set aside" in out
    said = " ".join(out.split())
    assert "holds every save of it that reads; nothing was merged" in said, out
    assert "merged its saves back" not in out, out
    assert path.read_bytes() == before and aside.exists()


def _listed(out: str) -> dict[str, str]:
    """locate's line for each copy, by the copy's name."""
    return {
        Path(line.split("  ")[1]).name: line for line in out.splitlines() if line.startswith("  /")
    }


def test_locate_names_a_kept_log_started_on_another_journal_file(capsys, tmp_path: Path) -> None:
    # fz2's gap: the copy of a log started on another file was offered for deletion.
    ours = tmp_path / "ours"
    _cut_snapshot(_big_journal(ours))  # the log is this file's own
    theirs = tmp_path / "theirs"
    path = _big_journal(theirs)
    restored = path.with_name("restored")  # the backup put back from outside, then cut
    restored.write_bytes(path.with_name("journal.json.bak").read_bytes())
    restored.replace(path)
    path.write_bytes(path.read_bytes()[:-30])
    for data in (ours, theirs):
        run(capsys, "--data-dir", str(data), "repair")
    _, out, _ = run(capsys, "--data-dir", str(ours), "locate")
    [log] = [line for name, line in _listed(out).items() if name.endswith(".log")]
    assert "ANOTHER JOURNAL'S" not in log and "NOT CHECKED" not in log, out
    _, out, _ = run(capsys, "--data-dir", str(theirs), "locate")
    [log] = [line for name, line in _listed(out).items() if name.endswith(".log")]
    assert "ANOTHER JOURNAL'S: this log was started on another journal file" in log, out
    said = " ".join(out.split())
    assert "Keep it until `coach list` shows the entries it changed as you expect" in said, out
    # With the journal's copy beside it gone, which file it belongs to cannot be told.
    kept = Path(log.split("  ")[1])
    kept.with_name(kept.name.removesuffix(".log")).unlink()
    _, out, _ = run(capsys, "--data-dir", str(theirs), "locate")
    [log] = [line for name, line in _listed(out).items() if name.endswith(".log")]
    assert "NOT CHECKED: which journal file it was started on cannot be told" in log, out


def test_a_plan_a_damaged_save_of_the_log_leaves_unusable_is_set_aside(
    capsys, tmp_path: Path
) -> None:
    # rv34: in a big journal's log, a plan with its day cut was kept and never asked about.
    from datetime import date

    from coach.plans import Plan

    data = tmp_path / "d"
    path = _big_journal(data)
    journal = Journal(LogStorage(path, append_over=0, fold_at=1000.0))
    entry = journal.entries()[0]
    plan = Plan(entry_id=entry.id, when="after dinner", then="write to Sam", due=date(2026, 12, 2))
    journal.save_plan(plan)
    log = path.with_name("journal.json.log")
    raw = log.read_bytes()
    whole = b'"due":"2026-12-02","status":"open",'
    assert whole in raw
    log.write_bytes(raw.replace(whole, b'"due":"2026-12-0\x00,"stat,'))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    said = " ".join(out.split())
    assert code == 1
    assert (
        f"plan {plan.id}: After dinner, I will write to Sam: 8 fields read; not read: status"
        in said
    )
    assert "read what could be:" in said and "kept what could be read" not in said
    assert "Coach cannot use it as a plan (due '2026-12-0" in said and "it is left out." in said
    assert "The whole line is in the copy of the log kept aside." in said  # no `coach show`
    assert Journal.open(path).plans() == []
    code, _, err = run(capsys, "--data-dir", str(data), "plans")
    assert code == 0 and "could not read plan" not in err
