"""Merging back a log set aside when journal.json changed outside coach: damaged lines, plans."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from coach.journal import Journal
from coach.log_waiting import waiting, waiting_note
from tests.conftest import make_entry
from tests.unit.test_log_outside_change import big, companies, edit_by_hand, run, with_log


def test_a_damaged_line_of_a_merged_log_is_salvaged_and_the_rest_merged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = with_log(tmp_path / "d")
    journal.add(make_entry("Second Save"))
    log = path.with_name("journal.json.log")
    head, first, second, _ = log.read_bytes().split(b"\n")
    log.write_bytes(b"\n".join([head, first.replace(b'"g"', b'"g";', 1), second, b""]))
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 1, out  # not every line read whole: said, and the exit says so
    # Its one record still reads: salvaged, as a damaged line of the main log is.
    assert "Line 2 of journal.json.log is damaged; kept what could be read of it:" in out
    assert "Last Save" in out and "read whole." in out
    assert "The whole line is in the copy of it kept" in out
    assert "Second Save" in companies(path) and "Last Save" in companies(path)


def test_a_line_of_a_merged_log_of_which_nothing_reads_is_named_and_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = with_log(tmp_path / "d")
    journal.add(make_entry("Second Save"))
    log = path.with_name("journal.json.log")
    head, _first, second, _ = log.read_bytes().split(b"\n")
    log.write_bytes(b"\n".join([head, b"[b]garbled{{", second, b""]))
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 1, out
    assert "Could not read line 2 of journal.json.log: '[b]garbled{{'; it is not merged." in out
    assert "Second Save" in companies(path)


def test_a_damaged_field_in_a_log_set_aside_loses_that_field_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, journal = with_log(tmp_path / "d")
    journal.add(make_entry("Torn Save", role="Cut role"))
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    big(path).add(make_entry("After The Edit"))  # sets the log aside
    [aside] = list(path.parent.glob("journal.json.log.conflict-*"))
    head, first, second, _ = aside.read_bytes().split(b"\n")
    assert b'"stage":"technical"' in first
    # Line 2: its stage's key garbled; line 3: cut short by a crash, past its role.
    first = first.replace(b'"stage":"technical"', b'"stage";"technical"', 1)
    second = second[: second.index(b'"Cut role"') + len(b'"Cut role"')]
    aside.write_bytes(b"\n".join([head, first, second]))
    assert waiting(path).set_aside == [aside]
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 1, out
    assert f"Line 2 of {aside.name} is damaged; kept what could be read of it:" in out
    assert "not read: stage" in out
    assert f"The last line of {aside.name} was cut short" in out
    assert "Torn Save" in out and "not read: contact" in out
    entries = {e.company: e for e in Journal.open(path).entries()}
    assert {"Last Save", "Torn Save", "After The Edit", "Kept Co", "Other Co"} <= set(entries)
    assert entries["Torn Save"].role == "Cut role"
    assert "stage" in entries["Last Save"].notes.lower()  # the stage put in, and said so
    # Nothing of it is lost: the file stays whole under its merged name.
    [merged] = list(path.parent.glob("journal.json.log.conflict-*.merged-*"))
    assert b'"stage";"technical"' in merged.read_bytes()
    assert waiting_note(path, path.parent) is None


def with_plan(folder: Path) -> tuple[Path, Journal, str]:
    """A big journal whose snapshot holds an entry and its open plan; later saves go to the log."""
    from coach.plans import Plan

    folder.mkdir()
    path = folder / "journal.json"
    journal = big(path, fold_at=0.0)
    entry = journal.add(make_entry("Plan Co"))
    plan = journal.save_plan(
        Plan(
            entry_id=entry.id,
            when="I sit down on Saturday",
            then="compare my resume",
            due=date(2026, 11, 28),
        )
    )
    journal.storage.fold_at = 1000.0  # type: ignore[attr-defined]
    return path, journal, plan.id


def test_a_plan_whose_words_changed_on_both_sides_keeps_both(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from coach.plans import PlanStatus

    path, journal, plan_id = with_plan(tmp_path / "d")
    done = dataclasses.replace(journal.get_plan(plan_id), status=PlanStatus.DONE)
    journal.save_plan(done)  # answered in coach: in the log only
    edit_by_hand(path, b'"compare my resume"', b'"compare my CV, by hand"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0, out
    plans = {plan.then: plan for plan in Journal.open(path).plans()}
    assert set(plans) == {"compare my resume", "compare my CV, by hand (other version)"}
    assert plans["compare my resume"].status is PlanStatus.DONE  # coach's answer, in place
    assert plans["compare my CV, by hand (other version)"].status is PlanStatus.OPEN
    assert "Kept coach's latest save in place; the other, as journal.json had it, is kept" in out
    assert "compare my CV, by hand (other version)" in out and "coach plans --all" in out
    # A second repair makes no second copy.
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert len(Journal.open(path).plans()) == 2


def test_a_plan_that_differs_only_in_its_answer_keeps_coachs_and_names_the_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from coach.plans import PlanStatus

    path, journal, plan_id = with_plan(tmp_path / "d")
    done = dataclasses.replace(journal.get_plan(plan_id), status=PlanStatus.DONE)
    journal.save_plan(done)
    edit_by_hand(path, b'"due":"2026-11-28"', b'"due":"2026-11-30"')
    edit_by_hand(path, b'"status":"open"', b'"status":"dropped"')  # let go by hand
    edit_by_hand(path, b'"closed_on":null', b'"closed_on":"2026-11-29"')
    code, out, _ = run(capsys, "--data-dir", str(path.parent), "repair")
    assert code == 0, out
    [plan] = Journal.open(path).plans()
    assert plan.status is PlanStatus.DONE
    # fz18: the fields were said by their keys ("closed_on 2026-11-29, status dropped").
    said = "day it was answered 2026-11-29, day 2026-11-30, status let go"
    assert f"the file's version ({said}) is in the copy kept aside" in " ".join(out.split())
