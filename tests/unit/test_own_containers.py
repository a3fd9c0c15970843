"""The app composes its own scroll bodies and folds, which restyle less than Textual's own."""

from __future__ import annotations

import ast
from pathlib import Path

SCREENS = Path(__file__).resolve().parents[2] / "screens"


def _uses(name: str, allowed_base: str) -> list[str]:
    """Each place in screens/ that calls name, or extends it without allowed_base."""
    found: list[str] = []
    for path in sorted(SCREENS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == name:
                found.append(f"{path.relative_to(SCREENS)}:{node.lineno} composes one")
            if isinstance(node, ast.ClassDef):
                bases = [getattr(base, "id", "") for base in node.bases]
                if name in bases and allowed_base not in bases and node.name != allowed_base:
                    found.append(f"{path.relative_to(SCREENS)}:{node.lineno} extends one")
    return found


def test_no_screen_composes_or_extends_a_plain_vertical_scroll() -> None:
    # A plain one, focused as its screen opens, restyles every widget inside it
    # twice (a journal entry: about 110); ScrollBody restyles itself.
    assert _uses("VerticalScroll", "FocusStylesItself") == []


def test_no_screen_composes_a_plain_collapsible() -> None:
    # A plain one restyles everything inside it once more as it mounts; Folded does not.
    assert _uses("Collapsible", "Folded") == []
