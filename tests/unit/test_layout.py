"""The layout stays readable: no import circles in coach/ or screens/, no module too long."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("coach", "screens")

# One screen of code to hold in the head at once; past this a module holds two ideas.
MAX_LINES = 400

# Modules still longer than that, each held at its length so it can only
# shrink (none left: every module is split under the limit).
NOT_SPLIT_YET: dict[str, int] = {}


def module_files() -> dict[str, Path]:
    """Every module of coach/ and screens/ by dotted name."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imported_names(path: Path, name: str) -> set[str]:
    """Every module this one imports, anywhere in it: top, functions and TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # A relative import: resolve it against this module's package.
                here = name.split(".") if is_package else name.split(".")[:-1]
                base = here[: len(here) - (node.level - 1)]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            names.add(origin)
            # `from screens.walk import controller` imports a module, not a name.
            names.update(f"{origin}.{alias.name}" for alias in node.names)
    return names


def with_packages(name: str, imported: set[str]) -> set[str]:
    """The imported modules and the packages Python runs on the way to them.

    `import a.b.c` runs a/__init__ and a/b/__init__ too; a module's own
    packages are left out, since they are already running when it loads.
    """
    own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    found = set(imported)
    for module in imported:
        parts = module.split(".")
        found.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return found - own - {name}


@functools.cache
def import_graph() -> dict[str, set[str]]:
    """Module → the project modules it imports (parsed once: three tests read it; none
    changes it)."""
    files = module_files()
    return {
        name: {other for other in with_packages(name, imported_names(path, name)) if other in files}
        for name, path in files.items()
    }


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of two or more modules (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_graph_sees_imports_of_every_kind() -> None:
    graph = import_graph()
    assert "coach.journal" in graph["coach.cli_app"]
    # A TYPE_CHECKING import and one inside a function both count.
    assert any(graph[name] for name in graph if name.startswith("screens."))


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_a_package_on_the_way_counts_but_not_ones_own() -> None:
    assert with_packages("x.y.z", {"x.q.r"}) == {"x.q.r", "x.q"}
    assert with_packages("a", {"b.c"}) == {"b.c", "b"}


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from .one import x\n", encoding="utf-8")
    (package / "two.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import one\n",
        encoding="utf-8",
    )
    assert "pkg.one" in imported_names(package / "__init__.py", "pkg")
    assert "pkg.one" in imported_names(package / "two.py", "pkg.two")


def test_no_import_circles() -> None:
    cycles = find_cycles(import_graph())
    listed = "\n".join(" ↔ ".join(group) for group in cycles)
    assert cycles == [], f"modules that import each other, directly or round a circle:\n{listed}"


def line_counts() -> dict[str, int]:
    """Every module's length in lines."""
    return {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in module_files().items()
    }


def test_no_module_is_too_long_to_read() -> None:
    too_long = {
        name: count
        for name, count in line_counts().items()
        if count > NOT_SPLIT_YET.get(name, MAX_LINES)
    }
    assert too_long == {}, f"modules over {MAX_LINES} lines (or longer than listed): {too_long}"


def test_the_not_split_yet_list_only_shrinks() -> None:
    counts = line_counts()
    done = [name for name, count in NOT_SPLIT_YET.items() if counts.get(name, 0) <= MAX_LINES]
    assert done == [], f"{done} fit in {MAX_LINES} lines now: take them off NOT_SPLIT_YET"


# The App wires its parts and routes; its work lives in the parts it owns.
MAX_APP_LINES = 150


def app_class(source: str) -> ast.ClassDef:
    """The CoachApp class in a module's source."""
    [found] = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.ClassDef) and node.name == "CoachApp"
    ]
    return found


def app_bases(source: str) -> list[str]:
    """CoachApp's base classes, as written."""
    return [ast.unparse(base) for base in app_class(source).bases]


APP_SOURCE = (ROOT / "screens" / "app.py").read_text(encoding="utf-8")


def test_the_app_has_no_mixins() -> None:
    # A mixin widens the App by every method it brings; a part is handed what it needs.
    assert app_bases(APP_SOURCE) == ["App[int]"]


def test_the_base_check_sees_a_mixin() -> None:
    assert app_bases("class CoachApp(Saving, App[int]):\n    pass\n") == ["Saving", "App[int]"]


def test_the_app_class_stays_short() -> None:
    found = app_class(APP_SOURCE)
    length = (found.end_lineno or 0) - found.lineno + 1
    assert length < MAX_APP_LINES, f"CoachApp is {length} lines; move its work into a part"


def test_nothing_imports_the_app_but_what_starts_it() -> None:
    importers = {name for name, imported in import_graph().items() if "screens.app" in imported}
    # launch runs the app from the CLI, keymap checks its bindings; both sit above it.
    assert importers == {"screens.launch", "screens.keymap"}
