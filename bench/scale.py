"""Prints what a person waits for at 100, 10k and 50k journal entries, and the ratios.

Run by hand (the 50k row takes minutes on a busy machine):
    uv run python bench/scale.py                 # 100, 10000, 50000
    uv run python bench/scale.py 100 10000       # only those sizes
    uv run python bench/scale.py --label after   # also keeps the figures in /tmp/i16-bench

Journals are generated once and cached under /tmp/i16-bench/<count>/ (each
entry has notes, four reflections and a ~1.5 KB reply draft); every measure
runs on a fresh copy, so the cache is never changed. Figures are medians of a
few runs on a shared machine: read the ratios, not the milliseconds.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, bench/ comes first on the path, and bench/email.py would
# then stand in for the standard library's email module.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from coach.model import (  # noqa: E402
    Entry,
    FeedbackStatus,
    ReplyPart,
    ReplyPlan,
    ReplyStatus,
    Stage,
)
from coach.records import entry_to_record  # noqa: E402

CACHE = Path("/tmp/i16-bench")
TODAY = date(2026, 11, 25)
WORDS = """interview team feedback recruiter role design system product manager thanks
portfolio resume practice answer question salary onsite process weeks call schedule
follow learned better next kind clear honest project code review""".split()


def sentence(rng: random.Random, words: int) -> str:
    """Plausible filler text of about words words."""
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def realistic_entry(rng: random.Random, n: int) -> Entry:
    """About 3.7 KB of JSON: notes, four reflections and a ~1.5 KB reply draft."""
    stage = rng.choice(list(Stage))
    day = TODAY - timedelta(days=rng.randrange(1200))
    return Entry(
        company=f"Company {n}",
        stage=stage,
        role="Senior product designer",
        contact="Alex Morgan",
        date=day,
        notes=sentence(rng, 90),
        mood_before=rng.randrange(11),
        mood_after=rng.randrange(11),
        reflections={f"q{i}": sentence(rng, 25) for i in range(4)},
        reply=ReplyPlan(
            status=rng.choice(list(ReplyStatus)),
            parts=[ReplyPart.THANKS, ReplyPart.APPLY_AGAIN],
            template="thanks",
            draft="\n\n".join(sentence(rng, 40) for _ in range(5)),
        ),
        feedback=rng.choice(list(FeedbackStatus)),
        reapply_after=day + timedelta(days=180) if rng.random() < 0.1 else None,
        next_step=sentence(rng, 10),
    )


def by_line(data: dict[str, Any]) -> bytes:
    """The layout coach writes (one record a line); kept here so older trees can bench too."""
    parts = [b"{\n"]
    names = sorted(data, key=lambda name: len(data[name]))
    for number, name in enumerate(names):
        rows = [orjson.dumps(k) + b":" + orjson.dumps(v) for k, v in data[name].items()]
        parts.append(orjson.dumps(name) + b":{\n")
        if rows:
            parts.append(b",\n".join(rows) + b"\n")
        parts.append(b"},\n" if number < len(names) - 1 else b"}\n")
    parts.append(b"}\n")
    return b"".join(parts)


def cached_journal(count: int) -> Path:
    """The journal file of count entries, generated on first use.

    Laid out one record a line, as coach writes it from its first save on (an
    older coach reads it as the JSON it is).
    """
    folder = CACHE / str(count)
    path = folder / "journal-lines.json"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    single = folder / "journal.json"  # the first layout this bench wrote
    if single.exists():
        data = orjson.loads(single.read_bytes())
    else:
        rng = random.Random(count)
        entries = {str(n + 1): entry_to_record(realistic_entry(rng, n)) for n in range(count)}
        data = {
            "_meta": {"1": {"schema": 1}},
            "entries": entries,
            "_storage": {"1": {"generation": 1}},
        }
    temp = path.with_suffix(".tmp")
    temp.write_bytes(by_line(data))
    os.replace(temp, path)
    return path


def fresh_copy(count: int) -> Path:
    """A throwaway data dir holding a copy of the cached journal."""
    folder = Path(tempfile.mkdtemp(prefix=f"i16-bench-{count}-", dir="/tmp"))
    shutil.copyfile(cached_journal(count), folder / "journal.json")
    return folder


def median_of(runs: int, action: Callable[[], object]) -> float:
    """Median wall time of action, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


# -- whole processes ---------------------------------------------------------

MINIMAL = """
import time
from textual.app import App
from textual.widgets import Footer, Header, Static

class Minimal(App):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

async def leave(pilot):
    await pilot.pause(0)
    await pilot.pause(0)
    print(time.time(), flush=True)  # the first screen is drawn
    pilot.app.exit()

Minimal().run(headless=True, size=(80, 24), auto_pilot=leave)
"""

# As run_app does it, exiting once the first screen is drawn.
COACH = """
import sys
import time
from coach.paths import locate
from screens.launch import run_app
import screens.app as app_module

async def leave(pilot):
    # Home drawn: its messages handled. (Not pilot.pause(), which waits until
    # the process is idle, so it would wait for the journal read in a thread.)
    while type(pilot.app.screen).__name__ != "HomeScreen":
        await pilot.pause(0)
    await pilot.pause(0)
    print(time.time(), flush=True)  # the first screen is drawn
    pilot.app.exit()

original = app_module.CoachApp.run
def run(self, *args, **kwargs):
    return original(self, headless=True, size=(80, 24), auto_pilot=leave)
app_module.CoachApp.run = run
run_app(locate(sys.argv[1]))
"""

BUILD_INDEX = """
import sys
from pathlib import Path
from coach.journal import Journal
Journal.open(Path(sys.argv[1]), lazy=True).refresh_search_index()
"""

PEAK = """
import resource, sys, io
from coach.cli import main
out = io.StringIO()
sys.stdout = out
code = main(sys.argv[1:])
sys.stdout = sys.__stdout__
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def python(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)


def first_paint(*args: str) -> float:
    """Seconds from starting a process to its first screen (not to its exit).

    A process may go on reading in a thread after that; a person is already
    looking at the screen, so that time is not part of the wait.
    """
    started = time.time()
    done = subprocess.run(
        [sys.executable, *args], check=True, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    return float(done.stdout.split()[0]) - started


def median_first_paint(runs: int, *args: str) -> float:
    return statistics.median(first_paint(*args) for _ in range(runs))


def coach(*args: str) -> None:
    python("-m", "coach", *args)


def search_out_of_step(folder: Path) -> tuple[float, float]:
    """`coach list --search` with no index: seconds until its answer is out, and until it exits."""
    started = time.perf_counter()
    command = ["-m", "coach", "--data-dir", str(folder), "list", "--search", "company 4242"]
    process = subprocess.Popen(
        [sys.executable, *command],
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.readline()
    answered = time.perf_counter() - started
    process.stdout.read()
    process.wait()
    return answered, time.perf_counter() - started


def process_figures(count: int, runs: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    folder = fresh_copy(count)
    try:
        python("-c", COACH, str(folder))  # warm caches
        python("-c", MINIMAL)
        minimal = median_first_paint(runs, "-c", MINIMAL)
        first = median_first_paint(runs, "-c", COACH, str(folder))
        figures["first_paint_ratio"] = first / minimal
        figures["first_paint_s"] = first

        rng = random.Random(7)
        numbers = iter(range(10**6, 2 * 10**6))

        def import_one() -> None:
            one = folder / "one.json"
            record = entry_to_record(realistic_entry(rng, next(numbers)))
            one.write_bytes(orjson.dumps([record]))
            coach("--data-dir", str(folder), "import", str(one))

        def search() -> None:
            coach("--data-dir", str(folder), "list", "--search", "company 4242")

        # With no word index (after a fold, a copy, or before the app first
        # ran): the scan answers, then the command builds the index once.
        answered, whole = search_out_of_step(folder)
        figures["list_search_scan_s"] = answered
        figures["list_search_rebuild_s"] = whole
        # The build alone, as home's warm-up thread or a command does it.
        index = folder / "journal.json.words"
        if index.exists():
            index.unlink()
        started = time.perf_counter()
        python("-c", BUILD_INDEX, str(folder / "journal.json"))
        figures["index_build_s"] = time.perf_counter() - started
        figures["import_one_s"] = median_of(runs, import_one)
        # After the imports: their entries are in the log, checked beside the index.
        figures["list_search_s"] = median_of(runs, search)
        size = (folder / "journal.json").stat().st_size
        for extra in folder.glob("journal.json.*"):
            if extra.name.endswith((".log",)):
                size += extra.stat().st_size
        result = subprocess.run(
            [sys.executable, "-c", PEAK, "--data-dir", str(folder), "stats"],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        peak_kb = int(result.stdout.strip().splitlines()[-1])
        figures["stats_peak_mb"] = peak_kb / 1024
        figures["file_mb"] = size / 2**20
        figures["stats_peak_to_file"] = peak_kb * 1024 / size
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


# -- inside the app ----------------------------------------------------------


class LagMonitor:
    """The longest the event loop went without running a 2 ms timer: UI blocked.

    Also the most CPU the UI thread itself spent between two ticks (worst_cpu):
    on a shared machine a gap also holds the time other processes had the
    core, which the UI thread's own CPU time leaves out.
    """

    def __init__(self) -> None:
        self.worst = 0.0
        self.worst_cpu = 0.0
        self.worst_collection = 0.0  # the longest pause of Python's cycle collector
        self._task: asyncio.Task[None] | None = None
        self._collecting_since = 0.0
        gc.callbacks.append(self._collector)

    def _collector(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._collecting_since = time.perf_counter()
        elif self._task is not None:
            took = time.perf_counter() - self._collecting_since
            self.worst_collection = max(self.worst_collection, took)

    async def _watch(self) -> None:
        while True:
            started = time.perf_counter()
            cpu = time.thread_time()
            await asyncio.sleep(0.002)
            self.worst = max(self.worst, time.perf_counter() - started - 0.002)
            self.worst_cpu = max(self.worst_cpu, time.thread_time() - cpu)

    def start(self) -> None:
        self.worst = 0.0
        self.worst_cpu = 0.0
        self.worst_collection = 0.0
        self._task = asyncio.get_running_loop().create_task(self._watch())

    def stop(self) -> float:
        if self._task:
            self._task.cancel()
            self._task = None
        return self.worst


async def wait_until(pilot: Any, ready: Callable[[], bool], limit: float = 120.0) -> float:
    """Seconds until ready() holds, pausing the pilot between looks."""
    started = time.perf_counter()
    while not ready():
        if time.perf_counter() - started > limit:
            raise TimeoutError("the app never got there")
        await pilot.pause(0.005)
    return time.perf_counter() - started


def send_key(app: Any, key: str) -> None:
    """The key as the terminal hands it over, without Pilot's wait for a quiet process.

    Pilot's press returns only once the whole process has used under 1 ms of
    CPU in a 20 ms window (up to a second): the lag monitor's own ticks, a
    worker thread or the idle collector's look kept it from returning for
    300-600 ms after the screen was shown, and that wait was counted as
    opening the journal. Only letters and named keys without a character
    (escape, f1) are sent this way.
    """
    from textual import events

    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)


async def painted(app: Any) -> None:
    """Until the screen has drawn what it holds now."""
    done = asyncio.Event()
    app.screen.call_after_refresh(done.set)
    await done.wait()


def screen_loaded(app: Any, kind: type) -> bool:
    screen = app.screen
    return isinstance(screen, kind) and not getattr(screen, "loading_entries", False)


async def app_figures(count: int) -> dict[str, float]:
    from coach.journal import Journal
    from coach.paths import locate
    from screens import collector
    from screens.app import make_app
    from screens.home.home import HomeScreen
    from screens.journal.insights import InsightsScreen
    from screens.journal.journal import JournalScreen

    figures: dict[str, float] = {}
    folder = fresh_copy(count)
    # As after the app's first run: the word index is there, and home's warm-up
    # only checks it (it is built once per snapshot, measured in process_figures).
    python("-c", BUILD_INDEX, str(folder / "journal.json"))
    monitor = LagMonitor()
    try:
        places = locate(str(folder))
        # As run_app opens it: a big journal is read after home is on screen.
        journal = Journal.open(places.journal, lazy=True)
        quick = journal.load_is_quick()
        if quick:
            journal.entries()
        # As in a process of its own: start-up's set-aside happens once a
        # process (screens/collector.py), and the previous size's app left
        # garbage a set-aside would keep; collected first, none is kept.
        gc.collect()
        collector._settled = False
        app = make_app(journal=journal, places=places, clock=lambda: _now())
        async with app.run_test(size=(100, 30)) as pilot:
            monitor.start()
            await wait_until(pilot, lambda: screen_loaded(app, HomeScreen))
            await wait_until(pilot, lambda: getattr(app.screen, "notices_ready", True))
            # Until the background read and warm-up are over (insights worked out).
            await wait_until(pilot, lambda: quick or app._insights_memo is not None)
            await pilot.pause()
            figures["home_notices_block_s"] = monitor.stop()
            figures["home_notices_block_cpu_s"] = monitor.worst_cpu
            figures["home_notices_block_gc_s"] = monitor.worst_collection
            # The warm-up's thread done, as when a person has looked at home a moment.
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)

            monitor.start()
            started = time.perf_counter()
            send_key(app, "j")
            await wait_until(pilot, lambda: screen_loaded(app, JournalScreen))
            await painted(app)
            figures["journal_open_s"] = time.perf_counter() - started
            await pilot.pause()
            figures["journal_open_block_s"] = monitor.stop()
            figures["journal_open_block_cpu_s"] = monitor.worst_cpu
            figures["journal_open_block_gc_s"] = monitor.worst_collection

            screen = app.screen
            await pilot.press("slash")
            await pilot.pause()
            worst = worst_cpu = worst_gc = 0.0
            for char in "company 42":
                monitor.start()
                await pilot.press(char)
                await pilot.pause(0.08)  # a quick typist
                worst = max(worst, monitor.stop())
                worst_cpu = max(worst_cpu, monitor.worst_cpu)
                worst_gc = max(worst_gc, monitor.worst_collection)
            figures["filter_key_block_cpu_s"] = worst_cpu
            figures["filter_key_block_gc_s"] = worst_gc
            settle_started = time.perf_counter()
            await wait_until(pilot, lambda: _filter_applied(screen, "company 42"))
            figures["filter_settle_s"] = time.perf_counter() - settle_started
            figures["filter_key_block_s"] = worst
            figures["filter_key_work_s"] = await keystroke_work(pilot, screen)
            screen = None  # held, the closed screen would stay in memory
            await pilot.press("escape")
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

            monitor.start()
            started = time.perf_counter()
            send_key(app, "i")
            await wait_until(
                pilot,
                lambda: (
                    isinstance(app.screen, InsightsScreen)
                    and app.screen.insights is not None
                    and not app.screen.sections_waiting
                ),
            )
            await painted(app)
            figures["insights_open_s"] = time.perf_counter() - started
            await pilot.pause()
            figures["insights_block_s"] = monitor.stop()
            figures["insights_block_cpu_s"] = monitor.worst_cpu
            figures["insights_block_gc_s"] = monitor.worst_collection
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(app.screen, HomeScreen))

            # The other screens a key opens from home: the UI blocked while each opens.
            for key, name in OTHER_SCREENS:
                await pilot.pause(LOOK_AT_HOME)
                monitor.start()
                await pilot.press(key)
                await wait_until(pilot, lambda: not isinstance(app.screen, HomeScreen))
                await wait_until(pilot, lambda: not parts_waiting(app.screen))
                await pilot.pause(0.2)
                figures[f"{name}_block_s"] = monitor.stop()
                figures[f"{name}_block_cpu_s"] = monitor.worst_cpu
                figures[f"{name}_block_gc_s"] = monitor.worst_collection
                await pilot.pause(0.1)
                # From Esc until home has shown for 0.2 s: what a person going
                # back, then on to the next place, waits for.
                monitor.start()
                while not isinstance(app.screen, HomeScreen):
                    was = app.screen
                    send_key(app, "escape")
                    await wait_until(pilot, lambda: app.screen is not was, limit=5.0)  # noqa: B023
                # Held here, the closed screen could not be freed, and the idle
                # collector would not set home aside until it took it to live on.
                was = None
                await painted(app)
                await pilot.pause(0.2)
                figures[f"{name}_back_block_s"] = monitor.stop()
                figures[f"{name}_back_block_cpu_s"] = monitor.worst_cpu
                figures[f"{name}_back_block_gc_s"] = monitor.worst_collection

            figures.update(await screens_in_a_loop(pilot, monitor))
            figures["idle_collection_s"] = app.opening.idle.longest
            figures["idle_collection_cpu_s"] = app.opening.idle.longest_cpu

            # The walk's final save: one new entry into the journal in use.
            rng = random.Random(3)
            numbers = iter(range(3 * 10**6, 4 * 10**6))
            times = []
            for _ in range(5):
                entry = realistic_entry(rng, next(numbers))
                started = time.perf_counter()
                journal.save(entry)
                times.append(time.perf_counter() - started)
            figures["walk_save_s"] = statistics.median(times)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


# Seconds a person looks at home before the next key: long enough for the
# idle moment in which the app runs its full collection (screens/collector.py).
LOOK_AT_HOME = 1.0
# Screens opened and closed in the loop that would show a leak.
LOOP_ROUNDS = 5
LOOP_KEYS = ("j", "i", "n", "p", "f1", "g")


def parts_waiting(screen: Any) -> bool:
    """Whether a page mounted in parts (help, guidance, insights) is still arriving."""
    from screens.in_steps import PageInParts

    return any(page.waiting for page in screen.query(PageInParts))


def live_memory(app: Any) -> tuple[int, float]:
    """Objects the cycle collector tracks, and the resident memory in MB, after a collection.

    The app's own idle collection, so a closed screen it had not come to yet is not counted.
    Objects set aside (gc.freeze) count too: one thrown away since is never freed.
    That collection is the bench's act, not one the person waited for: it is
    left out of the idle collections' longest (they print on their own row).
    """
    idle = app.opening.idle
    longest, longest_cpu = idle.longest, idle.longest_cpu
    idle.collect_now()
    idle.longest, idle.longest_cpu = longest, longest_cpu
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    tracked = len(gc.get_objects()) + gc.get_freeze_count()
    return tracked, pages * os.sysconf("SC_PAGE_SIZE") / 2**20


async def screens_in_a_loop(pilot: Any, monitor: LagMonitor) -> dict[str, float]:
    """Thirty screens opened and closed: the worst UI block, and memory growth (a leak shows).

    A person looks at home a moment between screens, as the idle collector needs.
    """
    from screens.home.home import HomeScreen

    app = pilot.app
    worst = worst_cpu = worst_gc = 0.0
    objects_first, rss_first = live_memory(app)
    objects_before, rss_before = objects_first, rss_first
    for round_number in range(LOOP_ROUNDS):
        if round_number == 1:
            # What the first round filled (caches, code loaded) is not a leak:
            # growth is counted from here on.
            await pilot.pause(LOOK_AT_HOME)
            objects_before, rss_before = live_memory(app)
        for key in LOOP_KEYS:
            await pilot.pause(LOOK_AT_HOME)
            monitor.start()
            await pilot.press(key)
            await wait_until(pilot, lambda: not isinstance(app.screen, HomeScreen))
            await wait_until(pilot, lambda: not parts_waiting(app.screen))
            await pilot.pause(0.2)
            worst = max(worst, monitor.stop())
            worst_cpu = max(worst_cpu, monitor.worst_cpu)
            worst_gc = max(worst_gc, monitor.worst_collection)
            while not isinstance(app.screen, HomeScreen):
                await pilot.press("escape")
                await pilot.pause(0.05)
    await pilot.pause(LOOK_AT_HOME)
    objects_after, rss_after = live_memory(app)
    return {
        "loop_block_s": worst,
        "loop_block_cpu_s": worst_cpu,
        "loop_block_gc_s": worst_gc,
        "loop_first_round_objects": objects_before - objects_first,
        "loop_objects_growth": objects_after - objects_before,
        "loop_rss_growth_mb": rss_after - rss_before,
        "loop_rss_mb": rss_after,
    }


# Key on home, and the figure's name.
OTHER_SCREENS = (
    ("n", "walk_step"),
    ("p", "profile"),
    ("f1", "help"),
    ("g", "guidance"),
)


async def keystroke_work(pilot: Any, screen: Any) -> float:
    """The worst work one typed character causes: the filter handler, then a redraw."""
    from textual.widgets import Input

    from screens.widgets.entry_table import EntryTable

    field = screen.query_one("#journal-filter", Input)
    table = screen.query_one(EntryTable)
    field.value = ""
    await pilot.pause(0.3)
    worst = 0.0
    typed = ""
    for char in "company 42":
        typed += char
        with field.prevent(Input.Changed):
            field.value = typed
        started = time.perf_counter()
        screen._text_changed()
        for y in range(table.size.height):
            table.render_line(y)
        worst = max(worst, time.perf_counter() - started)
    return worst


def _now() -> Any:
    from datetime import datetime

    return datetime(2026, 11, 25, 10, 0)


def _filter_applied(screen: Any, text: str) -> bool:
    shown = screen.shown
    if getattr(screen, "filter_pending", False):
        return False
    count = str(screen.query_one("#journal-count").render())
    return count.startswith(f"{len(shown)} of")


# -- report ------------------------------------------------------------------

ROWS = (
    ("first paint, ratio to a minimal Textual app", "first_paint_ratio", "x"),
    ("UI blocked after first paint, until loaded", "home_notices_block_s", "s"),
    ("open the journal screen (until filled)", "journal_open_s", "s"),
    ("  UI blocked while it opens", "journal_open_block_s", "s"),
    ("filter keystroke: UI blocked, worst", "filter_key_block_s", "s"),
    ("  filter settled after last key", "filter_settle_s", "s"),
    ("filter keystroke: handler + redraw, worst", "filter_key_work_s", "s"),
    ("open insights (until shown)", "insights_open_s", "s"),
    ("  UI blocked while it opens", "insights_block_s", "s"),
    ("a walk's first step: UI blocked while it opens", "walk_step_block_s", "s"),
    ("  back to home (Esc): UI blocked", "walk_step_back_block_s", "s"),
    ("profile (settings): UI blocked while it opens", "profile_block_s", "s"),
    ("help (F1): UI blocked while it opens", "help_block_s", "s"),
    ("  back to home (Esc): UI blocked", "help_back_block_s", "s"),
    ("guidance: UI blocked while it opens", "guidance_block_s", "s"),
    ("  back to home (Esc): UI blocked", "guidance_back_block_s", "s"),
    ("30 screens opened and closed: UI blocked, worst", "loop_block_s", "s"),
    ("  live objects made by the first 6 (caches)", "loop_first_round_objects", "n"),
    ("  live objects made by the other 24 (a leak)", "loop_objects_growth", "n"),
    ("  resident memory, growth over the other 24", "loop_rss_growth_mb", "MB"),
    ("  resident memory after", "loop_rss_mb", "MB"),
    ("full collection at idle, longest", "idle_collection_s", "s"),
    ("finish a walk (save one entry)", "walk_save_s", "s"),
    ("`coach import` of one entry (process)", "import_one_s", "s"),
    ("`coach list --search` (process)", "list_search_s", "s"),
    ("  no index yet: until the answer is out (scan)", "list_search_scan_s", "s"),
    ("  no index yet: until it exits (scan, then index built)", "list_search_rebuild_s", "s"),
    ("  building the word index alone", "index_build_s", "s"),
    ("peak memory of `coach stats`", "stats_peak_mb", "MB"),
    ("  as a multiple of the journal file", "stats_peak_to_file", "x"),
    ("journal file size", "file_mb", "MB"),
)


def shown(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "block":
        return f"{value * 1000:.0f} ms"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "n":
        return f"{value:+,.0f}"
    return f"{value:.2f}x"


def report(results: dict[int, dict[str, float]]) -> None:
    sizes = sorted(results)
    base = sizes[0]
    header = f"{'path':<56}" + "".join(f"{n:>20}" for n in sizes)
    header += "".join(f"{f'{n}/{base}':>12}" for n in sizes[1:])
    print(header)
    for label, key, unit in ROWS:
        line = f"{label:<56}"
        for n in sizes:
            figure = shown(results[n].get(key), unit)
            cpu = results[n].get(key.removesuffix("_s") + "_cpu_s")
            collection = results[n].get(key.removesuffix("_s") + "_gc_s")
            if cpu is not None:
                # The UI thread's own CPU in that gap; the longest collection meanwhile.
                figure += f" ({cpu * 1000:.0f}; {(collection or 0) * 1000:.0f})"
            line += f"{figure:>20}"
        for n in sizes[1:]:
            a, b = results[base].get(key), results[n].get(key)
            ratio = f"{b / a:.1f}x" if a and b is not None else "-"
            line += f"{ratio:>12}"
        print(line)
    print(
        "UI blocked: the longest gap; in brackets, the UI thread's own CPU time in that gap,"
        " and the longest pause of the cycle collector in the window (ms)"
    )
    print(
        "targets at 50k: first paint ratio <= 1.3x its 100 figure; walk save and import <= 3x;"
        " list --search <= 4x; journal open <= 0.5 s, a keystroke <= 30 ms; insights <= 0.5 s;"
        " stats peak <= 2x the file; nothing after first paint blocks the UI > 50 ms"
    )


def main() -> None:
    args = sys.argv[1:]
    label = None
    if "--label" in args:
        at = args.index("--label")
        label = args[at + 1]
        del args[at : at + 2]
    sizes = [int(a) for a in args] or [100, 10_000, 50_000]
    # An installed coach has its modules compiled; without that, every first
    # import would compile (PYTHONDONTWRITEBYTECODE keeps it from being saved).
    import compileall

    for package in ("coach", "screens"):
        compileall.compile_dir(ROOT / package, quiet=1)
    results: dict[int, dict[str, float]] = {}
    for count in sizes:
        cached_journal(count)
        runs = 3 if count >= 50_000 else 5
        figures = process_figures(count, runs)
        figures.update(asyncio.run(app_figures(count)))
        results[count] = figures
        print(f"{count}: {json.dumps({k: round(v, 4) for k, v in figures.items()})}", flush=True)
    report(results)
    if label:
        CACHE.mkdir(parents=True, exist_ok=True)
        (CACHE / f"results-{label}.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
