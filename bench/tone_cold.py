"""Prints what the first tone check of a process costs, in CPU-s, and where it goes.

Run by hand: `uv run python bench/tone_cold.py [--runs N]`. Three figures:
- a cold `coach check` of a short draft, whole (a fresh process, imports and
  all; its children's CPU from the kernel), median of N runs;
- the same first check taken apart in one fresh process: the imports, the
  shipped rules compiled, the scan's reading of them, the model, the reply
  templates, the rest, and a second (warm) check;
- which modules' regular expressions took the time in that process: parsing
  (re.compile's, and the scan's own readings) and code generation apart.

CPU-s, not seconds on the wall: the machine is shared. Python keeps compiled
modules here as it does for a person (PYTHONDONTWRITEBYTECODE is dropped, and
a first run writes them), so the figures time coach, not the byte compiler.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

DRAFT = "Thanks for your note about the role. I will reply properly on Monday.\n"

# What a person's Python does: keep the modules it compiled (see bench/startup.py).
KEEPS_BYTECODE = {
    name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
}

# Run in a fresh process: each step timed by process_time, the compiles by module.
APART = """
import collections, re, sys, time
import re._compiler as rc
import re._parser as rp

# Parsing and code generation timed apart, each put to the coach module that asked.
spent = {"parse": collections.Counter(), "code": collections.Counter()}
_LIBRARY = ("re", "functools", "coach.tone_parse_once")

def timed(kind, plain):
    def run(*args, **kwargs):
        started = time.process_time()
        try:
            return plain(*args, **kwargs)
        finally:
            frame = sys._getframe(1)
            while frame and frame.f_globals.get("__name__", "").startswith(_LIBRARY):
                frame = frame.f_back
            asker = frame.f_globals.get("__name__", "?") if frame else "?"
            spent[kind][asker] += time.process_time() - started
    return run

rp.parse = timed("parse", rp.parse)
rc._code = timed("code", rc._code)
draft = sys.argv[1]
steps = []
def step(name, run):
    started = time.process_time()
    out = run()
    steps.append((name, time.process_time() - started))
    return out

step("import coach.tone", lambda: __import__("coach.tone"))
from coach import tone, tone_model, tone_rules, tone_scan
from coach.tone_app_words import template_texts
rules = step("shipped rules compiled", tone_rules.shipped_rules)
step("scan's reading of the rules", lambda: tone_scan.Edges(
    draft.lower(), tuple(r.pattern for r in rules.rules)))
step("learned model loaded", tone_model.shipped_model)
step("reply templates read", template_texts)
step("the rest of the first check", lambda: tone.check(draft))
step("a second check (warm)", lambda: tone.check(draft + " "))
for name, cpu in steps:
    print(f"  {name:32} {cpu:6.3f}")
print(f"  {'all':32} {sum(cpu for name, cpu in steps[:-1]):6.3f} (the warm check left out)")
print("regular expressions parsed / compiled to code, by the module asking (CPU-s):")
both = spent["parse"] + spent["code"]
for name, _cpu in both.most_common(8):
    print(f"  {name:32} {spent['parse'][name]:6.3f} {spent['code'][name]:6.3f}")
print(f"  {'all':32} {sum(spent['parse'].values()):6.3f} {sum(spent['code'].values()):6.3f}")
"""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold_check(draft: Path, data_dir: str) -> float:
    """CPU-s of one `coach check` in a fresh process."""
    before = children_cpu()
    command = [sys.executable, "-m", "coach", "--data-dir", data_dir, "check", str(draft)]
    subprocess.run(command, env=KEEPS_BYTECODE, capture_output=True, check=False)
    return children_cpu() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="cold checks to take the median of")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        draft = Path(data_dir) / "draft.txt"
        draft.write_text(DRAFT, encoding="utf-8")
        cold_check(draft, data_dir)  # writes the compiled modules, fills the file cache
        runs = [cold_check(draft, data_dir) for _ in range(args.runs)]
    print(f"cold `coach check` of a short draft: {statistics.median(runs):.3f} CPU-s", end="")
    print(f" (median of {args.runs}: {', '.join(f'{r:.2f}' for r in runs)})")
    print("the first check taken apart, in a fresh process (CPU-s):")
    subprocess.run([sys.executable, "-c", APART, DRAFT], env=KEEPS_BYTECODE, check=True)


if __name__ == "__main__":
    main()
