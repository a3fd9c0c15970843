"""A whole plans table damaged: home says so, and that `coach repair` mends it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.plans import Plan
from screens.app import make_app
from screens.home.home import HomeScreen
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW, make_entry


def _damaged(folder: Path) -> Path:
    """A journal of one entry and one plan (in its backup too) whose plans table is a list."""
    path = folder / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Edited", id="edited1"))
    journal.save_plan(Plan("edited1", "after dinner", "write", FIXED_NOW.date(), id="pkept1"))
    journal.add(make_entry("Later", id="later1"))  # the backup now holds the plan
    data = json.loads(path.read_text())
    data["plans"] = ["not a table of plans"]
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_home_says_plans_could_not_be_read_and_how_to_mend_them(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(journal=Journal.open(_damaged(tmp_path)), clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        await until(
            pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.query(".notice")
        )
        await pilot.pause()
        notices = " ".join(str(n.render()) for n in app.screen.query(".notice"))
        said = " ".join(notices.split())
        assert "Your plans could not be read: the journal's plans table is a list" in said
        assert "quit coach and run `coach repair`" in said
        # rv37 D2: "not affected" invited saves, each of which pushed the plans out of
        # the backup; now a save leaves both be, and that is what home says.
        assert "a save leaves the plans table and the backup as they are" in said
        # Not a plan's field to mend by hand (there is no plan, nor an id to search for).
        assert "Could not read this plan" not in said and "text editor" not in said
        assert app.screen.query_one("#home-menu").display  # the rest of home is there
        app.plans.check_in(quiet=False)  # the palette's Plans
        await pilot.pause()
        told = " ".join(n.message for n in app._notifications)
        assert "Your plans could not be read" in told and "No plans" not in told


def test_coach_repair_mends_a_plans_table_that_is_no_object(capsys, tmp_path: Path) -> None:
    path = _damaged(tmp_path)
    code = main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert "reads fine" not in out and f"Repaired {path}" in out, out
    assert code == 1  # the damaged table's lines are kept aside, to mend by hand
    journal = Journal.open(path)
    assert [p.id for p in journal.plans()] == ["pkept1"] and journal.unreadable_plans == []
    assert {e.id for e in journal.entries()} == {"edited1", "later1"}


def test_coach_repair_mends_an_entries_table_that_is_no_object(capsys, tmp_path: Path) -> None:
    # The same dead end for entries: home named a field to mend by hand, repair "reads fine".
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Edited", id="edited1"))
    journal.add(make_entry("Later", id="later1"))  # the backup now holds edited1
    data = json.loads(path.read_text())
    data["entries"] = list(data["entries"].values())
    path.write_text(json.dumps(data))
    main(["--data-dir", str(tmp_path), "repair"])
    out = capsys.readouterr().out
    assert "reads fine" not in out and "The damaged file is kept as" in out, out
    assert "edited1" in {e.id for e in Journal.open(path).entries()}


def _entries_listed(folder: Path) -> Path:
    """The journal of `_damaged` with its plans whole and its entries made a list."""
    path = _damaged(folder)
    data = json.loads(path.read_text())
    data["plans"] = json.loads(path.with_name("journal.json.bak").read_text())["plans"]
    data["entries"] = list(data["entries"].values())
    path.write_text(json.dumps(data))
    return path


async def test_home_says_an_entries_list_needs_coach_repair_not_one_entry(tmp_path) -> None:
    # rv40 D9: "Could not read this journal entry … mend the field named … (search for
    # the id)" over a whole entries table made a list.
    app = make_app(journal=Journal.open(_entries_listed(tmp_path)), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 40)) as pilot:
        await until(
            pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.query(".notice")
        )
        await pilot.pause()
        said = " ".join(" ".join(str(n.render()) for n in app.screen.query(".notice")).split())
    assert "Your entries could not be read: the journal's entries table is a list" in said
    assert "quit coach and run `coach repair`" in said
    assert "Could not read this journal entry" not in said and "search for" not in said, said


def test_coach_list_and_plans_name_coach_repair_over_a_list_not_empty(capsys, tmp_path) -> None:
    _entries_listed(tmp_path)
    assert main(["--data-dir", str(tmp_path), "list"]) == 1
    said = capsys.readouterr()
    assert "The journal is empty" not in said.out, said.out
    assert "entries table is a list" in said.err and "run `coach repair`" in said.err
    assert "1 entry in the journal could not be read" not in said.err, said.err
    _damaged(tmp_path / "plans")
    assert main(["--data-dir", str(tmp_path / "plans"), "plans", "--all"]) == 1
    said = capsys.readouterr()
    assert "No plans yet" not in said.out and "run `coach repair`" in said.err, said


async def test_home_says_what_waits_aside_and_that_nothing_saves_with_both_tables_lists(
    tmp_path: Path,
) -> None:
    # fz31 leftover: "Your entries still save" with the entries table a list too (no entry
    # saves then); rv43 S5: an earlier repair's copy holding words was never said again.
    path = _damaged(tmp_path)
    data = json.loads(path.read_text())
    data["entries"] = list(data["entries"].values())
    path.write_text(json.dumps(data))
    aside = tmp_path / "journal.json.damaged-20261101-101010"
    aside.write_text("{}")
    (tmp_path / f"{aside.name}.unmended").write_text("a note")
    app = make_app(journal=Journal.open(path), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(
            pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.query(".notice")
        )
        await pilot.pause()
        notices = " ".join(str(n.render()) for n in app.screen.query(".notice"))
        said = " ".join(notices.split())
        assert "Your entries still save" not in said, said
        assert "The entries table is damaged too, so no entry saves either" in said, said[200:]
        assert "An earlier `coach repair` kept aside what it could not put back" in said
        assert aside.name in said
