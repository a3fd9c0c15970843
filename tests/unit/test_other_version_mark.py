"""A clash copy's "(other version)" mark is never what a narrow column cuts (rv41, defect 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.merge import clip_keeping_mark
from screens.widgets.entry_table import fit_cell, layout
from tests.conftest import make_entry

COPY = "Acme Robotics HUPCOZa (other version)"
MINE = "Acme Robotics HUPCOZb"


@pytest.mark.parametrize("table_width", [38, 78])  # the journal list at 40 and 80 columns
def test_the_journal_list_keeps_the_mark_and_cuts_the_name(table_width: int) -> None:
    width = dict((c.key, w) for c, w in layout(table_width))["company"]
    copy, mine = fit_cell(COPY, "company", width), fit_cell(MINE, "company", width)
    assert copy.endswith("(other)") or copy.endswith("(other version)"), copy
    assert len(copy) == len(mine) == width and copy != mine


def test_a_name_that_fits_is_shown_whole_and_a_plain_one_is_cut_as_before() -> None:
    assert fit_cell(COPY, "company", 40).rstrip() == COPY
    assert fit_cell(MINE, "company", 10) == "Acme Robo…"
    cut = clip_keeping_mark(COPY, 24, lambda t, w: t if len(t) <= w else t[: w - 1] + "…")
    assert cut == "Acme Ro… (other version)"


def test_coach_list_keeps_the_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry(MINE, id="e1"))
    journal.add(make_entry(COPY, id="e2"))
    assert main(["list", "--data-dir", str(tmp_path)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert {row.split("  ")[2].strip() for row in rows} == {
        "Acme Ro… (other version)",
        "Acme Robotics HUPCOZb",
    }


def test_coach_list_fits_wide_characters_by_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # rv43 S7: cut and padded by characters, a company in wide characters pushed its
    # row's columns right, and its clash copy no longer lined up with it.
    from rich.cells import cell_len

    wide = "株式会社ロボテック東京本社開発部"  # 16 characters, 32 cells
    journal = Journal.open(tmp_path / "journal.json")
    journal.add(make_entry(wide, id="e1", role="Engineer"))
    journal.add(make_entry(f"{wide} (other version)", id="e2", role="Engineer"))
    journal.add(make_entry("Acme", id="e3", role="Engineer"))
    assert main(["list", "--data-dir", str(tmp_path)]) == 0
    rows = capsys.readouterr().out.splitlines()
    # The role column starts at the same cell on every row.
    starts = {cell_len(row[: row.index("Engineer")]) for row in rows}
    assert len(starts) == 1, rows
    marked = next(row for row in rows if "(other" in row)
    assert "… (other version)" in marked or "…(other)" in marked.replace(" ", ""), marked
