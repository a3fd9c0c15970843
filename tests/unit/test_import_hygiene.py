"""The architecture rule: nothing in coach/ loads Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import coach

ROOT = Path(__file__).resolve().parents[2]


def coach_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(coach.__path__, prefix="coach.")]
    return [n for n in names if n != "coach.__main__"]


def test_every_coach_module_is_found() -> None:
    modules = coach_modules()
    assert {"coach.journal", "coach.storage", "coach.cli", "coach.model"} <= set(modules)


def test_no_coach_module_imports_textual() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {coach_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        print(name); sys.exit(1)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, f"{run.stdout.strip()} imports textual\n{run.stderr}"


def test_screens_never_touch_tinydb() -> None:
    offenders = [
        path.relative_to(ROOT)
        for path in (ROOT / "screens").rglob("*.py")
        if "tinydb" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_no_screen_module_loads_tinydb_even_indirectly() -> None:
    import screens

    names = [m.name for m in pkgutil.walk_packages(screens.__path__, prefix="screens.")]
    assert "screens.walk.controller" in names
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'tinydb' in sys.modules:\n"
        "        print(name); sys.exit(1)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, f"{run.stdout.strip()} loads tinydb\n{run.stderr}"


def test_the_insight_modules_take_only_each_others_public_names() -> None:
    # insight_reading took insight_words' private _spread_reading (closing16); each
    # module of the reading says by its names what the others may use.
    import ast

    taken = [
        f"{path.name}: {name.name} from {node.module}"
        for path in sorted((ROOT / "coach").glob("insight*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("coach.")
        for name in node.names
        if name.name.startswith("_")
    ]
    assert taken == []
