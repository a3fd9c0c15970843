"""The date fields' placeholders name forms the reader reads, and fit the field at 40x12."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input

from coach.content import load_content
from coach.dates import parse_received
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.walk.happened import HappenedScreen
from tests.app.walk_helpers import open_walk, press_to, until, walk_app
from tests.conftest import FIXED_NOW, make_entry

TODAY = date(2026, 11, 25)


def check_placeholder(field: Input) -> None:
    """Each form it lists reads, it shows more than the old forms, and it is not cut off."""
    shown = str(field.placeholder)
    forms = [form.strip() for form in re.split(r",|\bor\b", shown) if form.strip()]
    for form in forms:
        parse_received(form.removeprefix("e.g. "), TODAY)  # raises if the reader refuses it
    lowered = shown.lower()
    assert re.search(r"last (mon|tue|wed|thu|fri|sat|sun)", lowered), shown  # a weekday
    assert re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b", lowered), shown
    assert len(shown) <= field.content_region.width, (shown, field.content_region.width)


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_walk_date_placeholder(tmp_path: Path, size: tuple[int, int]) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        check_placeholder(app.screen.query_one("#received", Input))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_entry_editor_date_placeholder(size: tuple[int, int]) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry("Acme", Stage.NO_REPLY, id="e1", date=date(2026, 11, 1)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        await app.push_screen(JournalScreen(journal, load_content().content, TODAY))
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        check_placeholder(app.screen.query_one("#f-date", Input))
