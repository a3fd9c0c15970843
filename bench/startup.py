"""Prints time to the first screen of coach against a minimal Textual app.

Each run is a fresh process (imports count, as they do for a person), exiting
as soon as the first screen has been drawn. Run by hand:
uv run python bench/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Minimal(App):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

async def leave(pilot):
    await pilot.pause()
    pilot.app.exit()

Minimal().run(headless=True, size=(80, 24), auto_pilot=leave)
"""

COACH = """
import sys
from pathlib import Path
from coach.paths import locate
from screens.app import make_app
from coach.journal import Journal

async def leave(pilot):
    await pilot.pause()
    pilot.app.exit()

places = locate(sys.argv[1])
app = make_app(journal=Journal.open(places.journal), places=places)
app.run(headless=True, size=(80, 24), auto_pilot=leave)
"""


# A person's Python keeps the modules it compiled; where PYTHONDONTWRITEBYTECODE is set
# (this machine sets it), every run would compile them all again and time that instead.
KEEPS_BYTECODE = {
    name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
}


def time_runs(script: str, data_dir: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, data_dir], check=True, env=KEEPS_BYTECODE)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    runs = 9
    with tempfile.TemporaryDirectory() as data_dir:
        time_runs(COACH, data_dir, 1)  # warm the file cache and .pyc files
        time_runs(MINIMAL, data_dir, 1)
        minimal = time_runs(MINIMAL, data_dir, runs)
        coach = time_runs(COACH, data_dir, runs)
    print(f"minimal Textual app: {minimal * 1000:7.0f} ms (median of {runs})")
    print(f"coach first screen:  {coach * 1000:7.0f} ms (median of {runs})")
    print(f"ratio: {coach / minimal:.2f} (target 1.2 or less)")


if __name__ == "__main__":
    main()
