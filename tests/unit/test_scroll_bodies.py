"""Every scrolling body the app composes restyles only itself when the focus comes and goes."""

from __future__ import annotations

import ast
from pathlib import Path

SCREENS = Path(__file__).resolve().parents[2] / "screens"


def test_no_screen_composes_or_extends_a_plain_vertical_scroll() -> None:
    # A plain one, focused as its screen opens, restyles every widget inside it
    # twice (a journal entry: about 110); ScrollBody restyles itself.
    plain: list[str] = []
    for path in sorted(SCREENS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "VerticalScroll":
                plain.append(f"{path.relative_to(SCREENS)}:{node.lineno} composes one")
            if isinstance(node, ast.ClassDef):
                bases = [getattr(base, "id", "") for base in node.bases]
                if "VerticalScroll" in bases and "FocusStylesItself" not in bases:
                    plain.append(f"{path.relative_to(SCREENS)}:{node.lineno} extends one")
    assert plain == []
