"""Prints journal speed: open, one durable save, stock TinyDB, and `coach list`.

Run by hand: uv run python bench/journal.py
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from coach.journal import Journal
from coach.model import Entry, Stage
from coach.records import entry_to_record

WORDS = """interview team feedback recruiter role design system product manager thanks
portfolio resume practice answer question salary onsite process weeks call schedule
follow learned better next kind clear honest project code review""".split()


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def realistic_entry(rng: random.Random, n: int) -> Entry:
    """About 2 KB: notes, a few reflections and a reply draft."""
    return Entry(
        company=f"Company {n}",
        stage=rng.choice(list(Stage)),
        role="Senior product designer",
        contact="Alex Morgan",
        date=date(2024, 1, 1) + timedelta(days=rng.randrange(900)),
        notes=sentence(rng, 90),
        mood_before=rng.randrange(11),
        mood_after=rng.randrange(11),
        reflections={f"q{i}": sentence(rng, 25) for i in range(4)},
        next_step=sentence(rng, 10),
    )


def fill(path: Path, count: int) -> None:
    rng = random.Random(count)
    journal = Journal.open(path)
    journal.import_entries(realistic_entry(rng, n) for n in range(count))


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(count: int, rng: random.Random) -> None:
    """One row of figures for a journal of count entries."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.json"
        fill(path, count)
        stock_path = Path(folder) / "stock.json"
        stock_path.write_bytes(path.read_bytes())

        open_time = best_of(5, lambda: Journal.open(path).entries())
        journal = Journal.open(path)
        journal.entries()
        save_time = best_of(9, lambda: journal.add(realistic_entry(rng, 0)))

        stock = TinyDB(stock_path, storage=JSONStorage)
        table = stock.table("entries")
        stock_time = best_of(9, lambda: table.insert(entry_to_record(realistic_entry(rng, 0))))
        stock.close()

        list_time = best_of(
            3,
            lambda: subprocess.run(
                [sys.executable, "-m", "coach", "--data-dir", folder, "list"],
                stdout=subprocess.DEVNULL,
                check=True,
            ),
        )
    print(
        f"{count:>8} {open_time * 1000:>7.1f}ms {save_time * 1000:>7.1f}ms "
        f"{stock_time * 1000:>7.1f}ms {save_time / stock_time:>6.2f} "
        f"{list_time * 1000:>7.0f}ms"
    )


def main() -> None:
    rng = random.Random(1)
    size = len(str(entry_to_record(realistic_entry(rng, 0))))
    print(f"entry size: about {size} bytes of JSON")
    print(f"{'entries':>8} {'open':>9} {'save':>9} {'stock':>9} {'ratio':>6} {'list':>9}")
    for count in (100, 1_000, 10_000):
        measure(count, rng)
    print("targets: save/stock <= 0.5 at 1,000 entries; `coach list` < 1 s at 10,000")


if __name__ == "__main__":
    main()
