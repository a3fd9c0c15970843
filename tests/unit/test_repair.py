"""`coach repair`: a damaged journal mended without losing its last save."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import replace
from pathlib import Path

import pytest

from coach.backup_note import entry_count
from coach.cli import main
from coach.crypto import PASSPHRASE_ENV, Sealer, file_is_sealed
from coach.journal import Journal
from coach.log_storage import LogStorage
from coach.model import Profile
from coach.repair_copies import repair_copies, unmended_note
from tests.conftest import make_entry


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _journal_with(data: Path, *companies: str) -> Journal:
    journal = Journal.open(data / "journal.json")
    for company in companies:
        journal.add(make_entry(company))  # one save each, so the backup is one save old
    return journal


def _break_line_of(path: Path, company: str) -> bytes:
    """A hand edit's typo in the record of this company (a doubled comma)."""
    raw = path.read_bytes()
    needle = f'"company":{json.dumps(company)},'.encode()
    assert needle in raw
    damaged = raw.replace(needle, needle + b",")
    path.write_bytes(damaged)
    return damaged


def _companies(data: Path) -> list[str]:
    return sorted(e.company for e in Journal.open(data / "journal.json").entries())


def test_the_advice_never_copies_the_backup_over_the_last_save(capsys, tmp_path: Path) -> None:
    data = tmp_path / "my data"
    _journal_with(data, "First Co", "Second Co")
    _break_line_of(data / "journal.json", "First Co")
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1
    # Copying the backup in would lose Second Co, the last save's entry.
    assert "cp " not in err and "last good copy" not in err
    # What the backup holds is said as it is: one entry (First Co), before Second Co.
    assert "is an older copy, from " in err and "with 1 entry," in err, err
    assert "Do not copy the backup journal.json.bak over the journal" in err
    assert f"Run `coach --data-dir {shlex.quote(str(data))} repair` first" in err


def test_a_big_journals_backup_is_said_to_be_the_empty_journal_it_is(
    capsys, tmp_path: Path
) -> None:
    """A journal saving through its log keeps the backup of its last fold: here the empty one."""
    data = tmp_path / "big"
    storage = LogStorage(data / "journal.json", append_over=0, fold_at=0.0)
    journal = Journal(storage)
    journal.import_entries([make_entry(f"Co{n}") for n in range(30)])  # one whole rewrite
    storage.fold_at = 1000.0
    journal.add(make_entry("Latest"))  # into the log: the backup stays the empty journal
    path = data / "journal.json"
    assert entry_count(path.with_name("journal.json.bak")) == 0
    _break_line_of(path, "Co12")
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1
    assert "one save older" not in err
    assert "is an older copy, from " in err and "with 0 entries" in err, err
    assert "repair` first" in err


def test_repair_keeps_the_last_save_and_takes_the_broken_record_from_the_backup(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    _journal_with(data, "First Co", "Second Co")
    damaged = _break_line_of(data / "journal.json", "First Co")
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0
    assert _companies(data) == ["First Co", "Second Co"]
    assert "Kept 1 record" in out
    assert "Took 1 record from the backup" in out and "First Co" in out
    aside = re.search(r"kept as (\S+)\.\n", out)
    assert aside is not None and Path(aside.group(1)).read_bytes() == damaged
    assert Journal.open(data / "journal.json").add(make_entry("Third Co"))  # saves again


def test_repair_does_not_bring_back_what_the_last_save_removed(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    journal = _journal_with(data, "Kept Co", "Gone Co", "Typo Co")
    gone = next(e for e in journal.entries() if e.company == "Gone Co")
    journal.delete(gone.id)  # the backup still holds Gone Co
    _break_line_of(data / "journal.json", "Typo Co")
    code, _, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0
    assert _companies(data) == ["Kept Co", "Typo Co"]


def test_a_broken_record_the_backup_lacks_keeps_what_can_be_read(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _journal_with(data, "Old Co", "New Co")
    _break_line_of(data / "journal.json", "New Co")  # the last save's own record
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1  # only partly sure: the person is told to check it
    assert _companies(data) == ["New Co", "Old Co"]
    assert "Kept what could be read of line 10" in out and "New Co" in out
    assert "kept aside" in out


def test_a_plan_that_coach_cannot_read_is_set_aside_and_said_so(capsys, tmp_path: Path) -> None:
    # rv32: a plan whose day was cut short was kept, "repaired", and never asked about.
    from datetime import date

    from coach.plans import Plan

    data = tmp_path / "d"
    journal = _journal_with(data, "Old Co")
    journal.save_plan(
        Plan(
            entry_id=journal.entries()[0].id, when="I wake up", then="write", due=date(2026, 12, 1)
        )
    )
    raw = (data / "journal.json").read_bytes()
    whole = b'"due":"2026-12-01","status":"open",'
    assert whole in raw
    (data / "journal.json").write_bytes(raw.replace(whole, b'"due":"2026-12-0\x00,"stat,'))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    said = " ".join(out.split())
    assert "Kept what could be read of line" not in said and "Could not read line" not in said
    # The day cut short (a NUL where it ended) counts as not read, as the lost status does.
    assert "Set aside line" in said and "not read: day, status" in said
    assert "coach cannot use it as a plan (its day could not be read)" in said
    assert "not in the mended" in said
    (aside,) = data.glob("journal.json.damaged-*[0-9]")
    assert f"in the copy kept aside, {aside} (`coach locate` names it)" in said
    assert "coach show" not in said
    # Set aside like a line that does not read: not in the journal, its copy kept and named.
    assert Journal.open(data / "journal.json").plans() == []
    code, out, err = run(capsys, "--data-dir", str(data), "plans")
    assert code == 0 and "could not read plan" not in err
    code, out, _ = run(capsys, "--data-dir", str(data), "locate")
    assert str(aside) in out and "KEEP IT" in out


def _twelve_then_one(data: Path) -> list[str]:
    """A journal of 13 entries whose backup holds the first 12 (one save older)."""
    companies = [f"Firm {n:02d}" for n in range(1, 13)]
    journal = Journal.open(data / "journal.json")
    journal.import_entries([make_entry(c) for c in companies])
    journal.add(make_entry("Last Firm"))
    return [*companies, "Last Firm"]


def test_a_journal_cut_short_takes_back_everything_past_the_cut(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    companies = _twelve_then_one(data)
    path = data / "journal.json"
    raw = path.read_bytes()
    path.write_bytes(raw[: raw.index(b"Firm 04") + 3])  # cut inside the fourth entry
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1 and "cut short" in err and "typo" not in err
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert "cut short" in out and "past the cut" in out
    # Everything the backup holds is back; only the last save's entry, past the
    # cut and not in the backup, is gone, and the message says so.
    assert _companies(data) == sorted(companies[:-1])
    assert "in neither file" in out
    assert code == 1  # whether the last save put anything past the cut, nothing can tell


def test_a_journal_cut_at_a_line_end_is_not_taken_as_whole(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    companies = _twelve_then_one(data)
    path = data / "journal.json"
    raw = path.read_bytes()
    cut = raw.index(b"\n", raw.index(b"Firm 05")) + 1  # the file ends after a whole record
    path.write_bytes(raw[:cut])
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    assert _companies(data) == sorted(companies[:-1])
    assert "Took 7 records from the backup" in out


def test_the_backup_outlives_the_next_save_after_a_repair(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _twelve_then_one(data)
    path = data / "journal.json"
    backup = (data / "journal.json.bak").read_bytes()
    path.write_bytes(path.read_bytes()[:600])
    _, out, _ = run(capsys, "--data-dir", str(data), "repair")
    kept = re.search(r"The backup is copied to (\S+) \(", out)
    assert kept is not None
    Journal.open(path).add(make_entry("After Co"))  # rotates journal.json.bak
    Journal.open(path).add(make_entry("After Again"))
    assert Path(kept.group(1)).read_bytes() == backup


def test_a_cut_journal_without_a_backup_says_the_rest_is_lost(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _twelve_then_one(data)
    (data / "journal.json.bak").unlink()
    path = data / "journal.json"
    path.write_bytes(path.read_bytes()[:900])
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    assert "no backup" in out and "lost" in out


def test_a_stray_control_character_keeps_the_whole_newer_record(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    journal = _journal_with(data, "Old Co", "Ctl Co")
    entry = next(e for e in journal.entries() if e.company == "Old Co")
    journal.save(replace(entry, role="Newer role"))  # the backup holds the older role
    path = data / "journal.json"
    path.write_bytes(path.read_bytes().replace(b"Ctl Co", b"Ctl\x01Co"))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0
    assert "held stray characters" in out
    assert _companies(data) == ["Ctl\x01Co", "Old Co"]
    roles = {e.company: e.role for e in Journal.open(path).entries()}
    assert roles["Old Co"] == "Newer role"


def test_a_line_of_noise_is_named_never_dropped_silently(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _journal_with(data, "One Co", "Two Co")
    path = data / "journal.json"
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b'"entries":{\n', b'"entries":{\n@@ noise @@\n'))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    assert "Could not read line" in out and "@@ noise @@" in out
    assert _companies(data) == ["One Co", "Two Co"]


def test_repair_leaves_a_readable_journal_alone(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _journal_with(data, "Fine Co")
    before = (data / "journal.json").read_bytes()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0 and "reads fine" in out
    assert (data / "journal.json").read_bytes() == before
    assert not [p for p in data.iterdir() if "damaged" in p.name]


def test_an_emptied_journal_is_rebuilt_from_the_backup_and_nothing_unreadable_is_touched(
    capsys, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    _journal_with(data, "Only Co", "Later Co")
    (data / "journal.json").write_bytes(b"")
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0 and "Kept 0 records" in out and "Only Co" in out
    assert _companies(data) == ["Only Co"]  # all the one-save-older backup holds
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "journal.json").write_bytes(b"not json at all")
    code, _, err = run(capsys, "--data-dir", str(lone), "repair")
    assert code == 1 and "no readable backup" in err and "Nothing was changed" in err
    assert (lone / "journal.json").read_bytes() == b"not json at all"
    assert not [p for p in lone.iterdir() if "damaged" in p.name]


def _sealed_twelve_then_one(data: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    companies = _twelve_then_one(data)
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert main(["--data-dir", str(data), "encrypt"]) == 0
    return companies


def test_a_healthy_encrypted_journal_reads_fine(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    _sealed_twelve_then_one(data, monkeypatch)
    capsys.readouterr()
    before = (data / "journal.json").read_bytes()
    code, out, err = run(capsys, "--data-dir", str(data), "repair")
    assert code == 0 and "reads fine" in out and err == ""
    assert (data / "journal.json").read_bytes() == before


def test_an_encrypted_journal_cut_short_takes_everything_from_the_backup(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    companies = _sealed_twelve_then_one(data, monkeypatch)
    capsys.readouterr()
    path = data / "journal.json"
    damaged = path.read_bytes()[:-40]
    path.write_bytes(damaged)
    code, _, err = run(capsys, "--data-dir", str(data), "list")
    assert code == 1 and "coach --data-dir" in err and "repair" in err
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1  # the last save is lost, and said to be
    assert "could not be opened" in out and "what was saved after it is lost" in out
    assert file_is_sealed(path)
    assert sorted(e.company for e in Journal.open(path, codec=Sealer("pw1")).entries()) == sorted(
        companies[:-1]
    )
    aside = re.search(r"kept as (\S+)\.\n", out)
    assert aside is not None and Path(aside.group(1)).read_bytes() == damaged


def _sealed_then_cut_short(data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A sealed journal of twelve then one, its last 40 bytes lost (a save cut short)."""
    _sealed_twelve_then_one(data, monkeypatch)
    path = data / "journal.json"
    path.write_bytes(path.read_bytes()[:-40])
    return path


def test_a_sealed_copy_no_one_can_open_is_not_left_to_be_mended_by_hand(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rv22: KEEP IT ... mend them by hand, of a copy sealed and cut short; and every
    # record taken back listed one a line, the lines that matter pushed out of sight.
    data = tmp_path / "d"
    _sealed_then_cut_short(data, monkeypatch)
    capsys.readouterr()
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    assert "Took 12 records from the backup, as the backup holds them: 12 entries." in out
    assert "Firm 01" not in out and len(out.splitlines()) < 12, out
    assert out.index("Took 12") < out.index("could not be opened") < out.index("Copies kept")
    _, located, _ = run(capsys, "--data-dir", str(data), "locate")
    for said in (out, located):
        assert "SEALED AND DAMAGED" in said and "nobody can open it" in said, said
        assert "Mend them by hand" not in said and "KEEP IT" not in said
        assert "you may delete it and the note beside it" in said


def test_a_sealed_damaged_copy_stops_no_passphrase_change_and_no_decrypt_part_way(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found with rv22's repaired journal: `coach passphrase` stopped part way at the copy
    # ("the passphrase is wrong"), and so did `coach decrypt`, the journal already plain.
    data = tmp_path / "d"
    path = _sealed_then_cut_short(data, monkeypatch)
    assert run(capsys, "--data-dir", str(data), "repair")[0] == 1
    [copy] = [p for p, _ in repair_copies(path) if p.name.endswith(tuple("0123456789"))]
    damaged = copy.read_bytes()
    # Its note is plain text (fz13 found it sealed, so nobody could read it), says
    # what can be done with a sealed copy, and holds no entry text.
    note = unmended_note(copy)
    said = note.read_text()
    assert "encrypted and damaged" in said and "Mend them by hand" not in said
    assert "Firm" not in said
    monkeypatch.setenv("COACH_NEW_PASSPHRASE", "pw2")
    code, out, err = run(capsys, "--data-dir", str(data), "passphrase")
    assert code == 0 and "The passphrase is changed" in out, err
    assert f"Left {copy.name} as it was" in out and copy.read_bytes() == damaged
    assert note.read_text() == said  # no passphrase change seals it
    assert not (data / "passphrase-change-under-way").exists()
    monkeypatch.setenv(PASSPHRASE_ENV, "pw2")
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    code, _, err = run(capsys, "--data-dir", str(data), "decrypt")
    assert code == 1 and copy.name in err and "Nothing was changed" in err, err
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before
    copy.rename(tmp_path / copy.name)  # moved out, as the refusal says
    code, out, err = run(capsys, "--data-dir", str(data), "decrypt")
    assert code == 0 and "plain text again" in out, err
    assert not file_is_sealed(path)
    assert note.read_text() == said
    # Encrypted again, the note stays readable, and is not called a file left plain.
    monkeypatch.setenv(PASSPHRASE_ENV, "pw3")
    code, out, err = run(capsys, "--data-dir", str(data), "encrypt")
    assert code == 0 and note.name not in out + err and note.read_text() == said, err


def test_a_half_read_entry_whose_date_is_lost_says_so(capsys, tmp_path: Path) -> None:
    data = tmp_path / "d"
    _journal_with(data, "Old Co", "New Co")
    path = data / "journal.json"
    raw = path.read_bytes()
    line = next(line for line in raw.split(b"\n") if b'"New Co"' in line)
    broken = re.sub(rb'"date":"[0-9-]+",', b'"date":"2026-11-0,', line)
    assert broken != line
    path.write_bytes(raw.replace(line, broken))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    assert "date unreadable" in out and ", ;" not in out
    assert "Its date could not be read" in out
    (entry,) = [e for e in Journal.open(path).entries() if e.company == "New Co"]
    assert "could not read this entry's date" in entry.notes
    assert entry.date.isoformat() in entry.notes  # the day put in is named


def test_repair_and_locate_name_the_copies_repairs_kept_and_their_room(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Each repair that merges keeps a whole copy (14 MB at 20,000 entries), and none was ever
    # named again: the person could not know what filled the folder, nor what was safe to remove.
    data = tmp_path / "data"
    _journal_with(data, "Acme")
    copies = {
        "journal.json.before-merge-20261127-010203": 2_500_000,
        "journal.json.before-merge-20261127-010203.log": 1_500,
        "journal.json.damaged-20261125-235959": 800,
        "journal.json.damaged-20261125-235959.bak": 1,
    }
    for name, size in copies.items():
        (data / name).write_bytes(b"x" * size)
    # Not repair's copies: a log set aside (still to merge), a merged one, another journal's.
    for name in (
        "journal.json.log.conflict-20261127-000000-6",
        "other.json.damaged-20261101-000000",
    ):
        (data / name).write_bytes(b"y")
    (data / "journal.json.before-merge-20261128-000000").mkdir()  # a folder is no copy
    for command in ("repair", "locate"):
        code, out, _ = run(capsys, "--data-dir", str(data), command)
        assert code == 0, out
        assert "Copies kept by repairs, oldest first: 4 files, 2.5 MB in all." in out, out
        listed = [line.split("  ")[1] for line in out.splitlines() if line.startswith("  /")]
        assert [Path(line).name for line in listed] == [*list(copies)[2:], *list(copies)[:2]]
        assert "journal.json.damaged-20261125-235959.bak  (1 byte)" in out
        assert "journal.json.before-merge-20261127-010203  (2.5 MB)" in out
        assert "(800 bytes)" in out and "(1.5 KB)" in out
        assert "you may delete the ones you no longer want" in out
    assert all((data / name).stat().st_size == size for name, size in copies.items())


def test_with_no_copies_kept_nothing_is_said_of_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _journal_with(data, "Acme")
    for command in ("repair", "locate"):
        code, out, _ = run(capsys, "--data-dir", str(data), command)
        assert code == 0 and "Copies kept" not in out, out


def test_a_copy_holding_lines_repair_could_not_keep_is_never_offered_for_deletion(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The reviewer's case: a line lost from the mended journal lives only in the copy, and
    # `coach list` cannot show that it is missing; "you may delete them" lost it for good.
    data = tmp_path / "d"
    _journal_with(data, "Old Co", "Eps Co")  # the backup is one save old: no Eps Co
    path = data / "journal.json"
    lines = path.read_bytes().split(b"\n")
    lines = [b"\x00garbage{{" if b'"company":"Eps Co"' in line else line for line in lines]
    path.write_bytes(b"\n".join(lines))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1 and "Could not read line" in out, out
    assert _companies(data) == ["Old Co"]
    (aside,) = data.glob("journal.json.damaged-*[0-9]")
    for command in ("repair", "locate"):
        if command == "locate":
            code, out, _ = run(capsys, "--data-dir", str(data), command)
        listed = {line.split("  ")[1]: line for line in out.splitlines() if line.startswith("  /")}
        assert "KEEP IT" in listed[str(aside)], out
        assert all("KEEP IT" not in line for name, line in listed.items() if name != str(aside))
        assert "Do not delete a copy marked KEEP IT" in out
        assert "you may delete the ones you no longer want" in out  # the backup's copy only
        assert "Coach does not need the others" in out
    assert b"\x00garbage{{" in aside.read_bytes()  # the line, only there


def test_a_copy_from_before_the_notes_is_read_again_to_find_its_unkept_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # A repair made before the .unmended notes left none: its copy was offered for
    # deletion though a line lived only there. Read again, it is marked KEEP IT.
    data = tmp_path / "d"
    _journal_with(data, "Old Co", "Eps Co")
    path = data / "journal.json"
    lines = path.read_bytes().split(b"\n")
    lines = [b"\x00garbage{{" if b'"company":"Eps Co"' in line else line for line in lines]
    path.write_bytes(b"\n".join(lines))
    code, _, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1
    (aside,) = data.glob("journal.json.damaged-*[0-9]")
    (aside.parent / (aside.name + ".unmended")).unlink()  # as an older repair left it
    before = sorted(p.name for p in data.iterdir())
    code, out, _ = run(capsys, "--data-dir", str(data), "locate")
    listed = {line.split("  ")[1]: line for line in out.splitlines() if line.startswith("  /")}
    assert "KEEP IT" in listed[str(aside)], out
    assert "KEEP IT" not in listed[str(aside) + ".bak"]
    assert sorted(p.name for p in data.iterdir()) == before  # locate only reads


def test_a_damaged_copy_whose_lines_were_all_kept_may_go(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # A broken line the backup holds: the mended journal has it, and the copy may go.
    data = tmp_path / "d"
    _journal_with(data, "Old Co", "Eps Co", "Third Co")  # the backup holds Eps Co
    _break_line_of(data / "journal.json", "Eps Co")
    code, _, _ = run(capsys, "--data-dir", str(data), "repair")
    (aside,) = data.glob("journal.json.damaged-*[0-9]")
    assert not (aside.parent / (aside.name + ".unmended")).exists()
    code, out, _ = run(capsys, "--data-dir", str(data), "locate")
    assert code == 0 and "KEEP IT" not in out and "you may delete" in out, out


def test_a_copy_that_cannot_be_read_again_is_kept_not_offered_for_deletion(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sealed, too large, or a log with lines that do not read: the check could not look
    # inside, and "you may delete" was said of them all, as of a copy found clean (rv-fz 2).
    monkeypatch.setattr("coach.repair_copies.READ_AGAIN_UP_TO", 100)
    data = tmp_path / "d"
    _journal_with(data, "Old Co")
    whole_save = b'{"g":2,"set":{},"del":{}}\n'
    copies = {
        "journal.json.before-merge-20261120-000000": (b"{}", ""),
        "journal.json.damaged-20261121-000000": (
            b"COACHENC" + b"z" * 40,
            "NOT CHECKED: it is sealed",
        ),
        "journal.json.damaged-20261122-000000": (b"{" * 200, "NOT CHECKED: it is over 100 bytes"),
        "journal.json.damaged-20261123-000000.log": (b"\x00garbage\n", "NOT CHECKED: some of"),
        "journal.json.damaged-20261124-000000.log": (whole_save + b'{"g":3,"se', "KEEP IT"),
        "journal.json.damaged-20261125-000000.log": (whole_save, ""),
    }
    for name, (raw, _) in copies.items():
        (data / name).write_bytes(raw)
    code, out, _ = run(capsys, "--data-dir", str(data), "locate")
    assert code == 0, out
    listed = {
        Path(line.split("  ")[1]).name: line for line in out.splitlines() if line.startswith("  /")
    }
    for name, (_, mark) in copies.items():
        if mark:
            assert mark in listed[name], out
        else:
            assert "KEEP IT" not in listed[name] and "NOT CHECKED" not in listed[name], out
    assert "Keep it until you have looked" in out
    assert "Coach does not need the others to run" in out  # the two found clean
    assert all((data / name).read_bytes() == raw for name, (raw, _) in copies.items())


@pytest.mark.parametrize("details_first", [False, True])
def test_a_sealed_journal_cut_short_over_a_backup_of_no_entries_is_refused_not_emptied(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, details_first: bool
) -> None:
    # rv23: a first import's backup is the empty journal; the sealed journal cut short
    # was "Repaired" into an empty one, and nothing said the backup held no entries.
    # Details saved before that import leave a backup of them alone: the same.
    data = tmp_path / "d"
    journal = Journal.open(data / "journal.json")
    if details_first:
        journal.save_profile(Profile(name="Sam Reed"))
    journal.import_entries([make_entry(f"Firm {n:02}") for n in range(12)])  # one save
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert main(["--data-dir", str(data), "encrypt"]) == 0
    path = data / "journal.json"
    path.write_bytes(path.read_bytes()[:-40])
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    code, out, err = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1 and out == "", out
    assert "leaves a journal with none" in err and "Nothing was changed" in err, err
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before


def test_a_sealed_journal_of_details_alone_cut_short_is_started_again_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rv24: a journal that never had an entry (or had them all deleted) was refused
    # with "from before the first save with any", and nothing offered a way on.
    data = tmp_path / "d"
    journal = Journal.open(data / "journal.json")
    journal.save_profile(Profile(name="Sam Reed"))
    journal.save_profile(replace(journal.profile(), phone="0100 000"))  # the backup: name only
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert main(["--data-dir", str(data), "encrypt"]) == 0
    path = data / "journal.json"
    path.write_bytes(damaged := path.read_bytes()[:-20])
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    code, out, err = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1 and out == "", out
    assert "before the first save" not in err, err  # it cannot know that
    assert "(it holds your details as they were one save ago)" in err, err
    assert "Nothing was changed" in err, err
    asked = re.search(r"`(coach .* --without-entries)`", err)
    assert asked is not None, err
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before
    code, out, err = run(capsys, *shlex.split(asked[1])[1:])
    assert code == 0 and "Repaired" in out and err == "", (code, out, err)  # rv28: it was 1
    (aside,) = data.glob("journal.json.damaged-*[0-9]")
    assert aside.read_bytes() == damaged  # kept as it was, to restore or look into
    mended = Journal.open(path, codec=Sealer("pw1"))
    assert mended.profile().name == "Sam Reed" and mended.entries() == []
    assert file_is_sealed(path)
    assert "--without-entries" not in out  # it did what it is for: nothing more to say
    # fz16: anywhere else the option was taken and ignored without a word.
    code, out, err = run(capsys, *shlex.split(asked[1])[1:])
    assert code == 0 and "reads fine; nothing was changed" in out, (out, err)
    assert "--without-entries changed nothing: it is only for a journal" in " ".join(out.split())


def test_a_plain_journal_cut_before_its_entries_over_a_backup_of_none_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # rv28: cut to its first line over a backup from before the first import, the
    # repair wrote an empty journal and called it repaired, where the sealed twin is
    # refused; and "--without-entries changed nothing" was said of this very case.
    data = tmp_path / "d"
    journal = Journal.open(data / "journal.json")
    journal.import_entries([make_entry(f"Firm {n}") for n in range(8)])  # one save
    path = data / "journal.json"
    path.write_bytes(damaged := path.read_bytes()[:30])
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    code, out, err = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1 and out == "", out
    assert "holds no entries" in err and "Nothing was changed" in err, err
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before
    asked = re.search(r"`(coach .* --without-entries)`", err)
    assert asked is not None, err
    code, out, err = run(capsys, *shlex.split(asked[1])[1:])
    assert code == 0 and "Repaired" in out and err == "", (code, out, err)
    assert "changed nothing" not in out, out
    (aside,) = data.glob("journal.json.damaged-*[0-9]")
    assert aside.read_bytes() == damaged


@pytest.mark.parametrize(
    ("field", "said"),
    [
        # rv34: a cut theme set aside a plan coach could ask about: its theme is its own now.
        ("theme", "Not read: theme. Check it with `coach plans`."),
        # rv34: a cut entry id kept the plan apart from its entry: not read, so no plan.
        ("entry_id", "not read: entry"),
        # rv34: a cut time made read as the start of its day, for a plan ahead in the future.
        ("created_at", "Not read: time it was made."),
    ],
)
def test_a_plan_field_cut_short_counts_as_not_read(
    capsys, tmp_path: Path, field: str, said: str
) -> None:
    from datetime import date

    from coach.plans import Plan

    data = tmp_path / "d"
    journal = _journal_with(data, "Old Co")
    entry = journal.entries()[0]
    plan = Plan(entry_id=entry.id, when="I wake up", then="write", due=date(2026, 12, 1))
    journal.save_plan(plan)
    path = data / "journal.json"
    raw = path.read_bytes()
    value = {"theme": plan.theme, "entry_id": entry.id, "created_at": ""}[field]
    value = value or plan.created_at.isoformat()
    whole = f'"{field}":"{value}",'.encode()
    assert raw.count(whole) == 1
    # Cut as rv34 did: two characters kept, then a NUL where its closing quote was.
    path.write_bytes(raw.replace(whole, f'"{field}":"{value[:2]}\x00,'.encode()))
    code, out, _ = run(capsys, "--data-dir", str(data), "repair")
    assert code == 1 and said in " ".join(out.split()), out
    plans = Journal.open(path).plans()
    if field == "theme":
        assert [(p.entry_id, p.theme) for p in plans] == [(entry.id, "own")]
        # Its time made, read whole, is kept; one not read would be now at the latest.
        assert plans[0].created_at == plan.created_at
    elif field == "created_at":
        from datetime import datetime

        assert len(plans) == 1 and plans[0].created_at <= datetime.now()
    else:
        assert plans == [] and "Set aside line" in out


def test_repair_names_a_plan_as_coach_says_it_and_a_half_not_read() -> None:
    from coach.repair_described import described

    # rv34: "plan p1: when after dinner, write to Sam" was the raw cue; a cut one gave "when , …".
    plan = {"id": "p1", "when": "after dinner", "then": "write to Sam"}
    assert described("plans", plan) == "plan p1: After dinner, I will write to Sam"
    assert described("plans", {"id": "p1", "then": "call"}) == (
        "plan p1: (its cue not read), I will call"
    )
    assert described("plans", {"id": "p1", "when": "I wake up"}) == (
        "plan p1: When I wake up, (what you will do not read)"
    )


def test_a_damaged_copy_that_could_not_be_opened_holds_unmended_even_with_no_reason(
    tmp_path: Path,
) -> None:
    # rv39 5: an empty reason (a str) dropped the copy from the list of those holding
    # what the mended journal lacks, so it had no note and could be said to be safe to go.
    from coach.repair import kept_whole
    from coach.repair_files import _holding_unmended

    repair = kept_whole({"entries": {}})
    repair.unopened = ""
    aside = tmp_path / "journal.json.damaged-20261128-100000"
    assert _holding_unmended(repair, aside, b"sealed", None, None) == [(aside, b"sealed")]
