"""Prints journal screen speed: time to open it and to apply one filter keystroke.

Run by hand: uv run python bench/journal_screen.py
Targets at 10,000 entries: opens under 0.5 s, a keystroke under 50 ms.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

# Run as a script, bench/ is on the path: reuse the journal bench's entries.
from journal import realistic_entry
from textual.widgets import Input

from coach.content import load_content
from coach.journal import Journal
from screens.app import make_app
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable

TODAY = date(2026, 11, 25)


def redraw(table: EntryTable) -> None:
    """Draw every visible line, as the next frame would."""
    for y in range(table.size.height):
        table.render_line(y)


async def measure(path: Path) -> tuple[float, float, float, float]:
    """Open time; keystroke work (filter and redraw), median and worst; a Pilot press."""
    content = load_content().content
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        started = time.perf_counter()
        # Opening includes reading the journal file, as the app would.
        screen = JournalScreen(Journal.open(path), content, TODAY)
        await app.push_screen(screen)
        await pilot.pause()
        opened = time.perf_counter() - started
        table = screen.query_one(EntryTable)
        filter_input = screen.query_one("#journal-filter", Input)
        times = []
        # The work one keystroke causes: the Input.Changed handler refilters,
        # then the table draws its visible lines. Typed, then erased.
        typed = ["company 1"[: n + 1] for n in range(9)]
        for text in [*typed, *reversed(typed[:-1]), "zzz", ""]:
            filter_input.value = text
            started = time.perf_counter()
            screen.refilter()
            redraw(table)
            times.append(time.perf_counter() - started)
        # A real keypress through Pilot, which adds Textual's own message
        # round trips and waits; compare with an empty journal's figure.
        await pilot.press("slash")
        started = time.perf_counter()
        await pilot.press("x")
        pressed = time.perf_counter() - started
    return opened, statistics.median(times), max(times), pressed


def main() -> None:
    print(f"{'entries':>8} {'open':>9} {'key median':>11} {'key worst':>10} {'pilot press':>12}")
    for count in (0, 100, 1_000, 10_000):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "journal.json"
            rng = random.Random(count)
            Journal.open(path).import_entries(realistic_entry(rng, n) for n in range(count))
            opened, median, worst, pressed = asyncio.run(measure(path))
            print(
                f"{count:>8} {opened * 1000:>7.0f}ms {median * 1000:>9.1f}ms "
                f"{worst * 1000:>8.1f}ms {pressed * 1000:>10.1f}ms"
            )
    print("targets at 10,000: open < 500 ms, one keystroke < 50 ms")


if __name__ == "__main__":
    main()
