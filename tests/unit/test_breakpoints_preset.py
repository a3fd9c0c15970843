"""Every screen with breakpoints of its own gets their classes before its widgets mount."""

from __future__ import annotations

import ast
from pathlib import Path

SCREENS = Path(__file__).resolve().parents[2] / "screens"
BREAKPOINTS = {"HORIZONTAL_BREAKPOINTS", "VERTICAL_BREAKPOINTS"}


def _assigned(body: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for statement in body:
        targets = statement.targets if isinstance(statement, ast.Assign) else []
        if isinstance(statement, ast.AnnAssign):
            targets = [statement.target]
        names |= {target.id for target in targets if isinstance(target, ast.Name)}
    return names


def _presets(cls: ast.ClassDef) -> bool:
    for statement in cls.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == "compose":
            return any(
                isinstance(node, ast.Call) and getattr(node.func, "id", "") == "preset_breakpoints"
                for node in ast.walk(statement)
            )
    return False


def test_each_screen_with_breakpoints_presets_them_in_compose() -> None:
    # Set by Textual only on the screen's first resize, after every widget
    # mounted: a class change on the screen restyles every widget in it again.
    missing: list[str] = []
    for path in sorted(SCREENS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            own = isinstance(node, ast.ClassDef) and _assigned(node.body) & BREAKPOINTS
            if own and not _presets(node):
                missing.append(f"{path.relative_to(SCREENS)}: {node.name}")
    assert missing == []
