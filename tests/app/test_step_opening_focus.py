"""Each walk step opens with its field focused first, never its scrolling body, and unscrolled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widget import Widget

from screens.walk.step import StepScreen
from screens.widgets.scroll_body import ScrollBody
from tests.app.walk_helpers import walk_app, walk_to

# The field each step opens in (the id, or the class for Reflect's answers).
OPENING_FIELD = {
    "KindnessScreen": "mood",
    "HappenedScreen": "company",
    "VentScreen": "vent",
    "ReflectScreen": "answer",
    "DecideScreen": "replying",
    "CloseScreen": "mood",
}


def first_focus_per_step(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[Widget, set[str]]]:
    """Record the first widget each step screen is asked to focus, and its names, by step."""
    first: dict[str, tuple[Widget, set[str]]] = {}
    original = StepScreen.set_focus

    def recording(self: StepScreen, widget: Widget | None, *args: Any, **kw: Any) -> None:
        if widget is not None:
            first.setdefault(type(self).__name__, (widget, names(widget)))
        original(self, widget, *args, **kw)

    monkeypatch.setattr(StepScreen, "set_focus", recording)
    return first


def names(widget: Widget) -> set[str]:
    """A widget's id and classes, and those of the widget it is part of (Kindness's mood)."""
    found = {widget.id or "", *widget.classes}
    if widget.parent is not None:
        found |= {widget.parent.id or "", *widget.parent.classes}  # type: ignore[union-attr]
    return found


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_every_step_focuses_its_field_first_and_opens_unscrolled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    first = first_focus_per_step(monkeypatch)
    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await walk_to(pilot, "close")
        await pilot.pause()
    assert set(first) == set(OPENING_FIELD)
    for step, field in OPENING_FIELD.items():
        widget, its_names = first[step]
        assert not isinstance(widget, ScrollBody), f"{step} focused its body first"
        assert field in its_names, f"{step} first focused {widget!r}"


@pytest.mark.parametrize("step", ["happened", "vent", "reflect", "decide"])
async def test_a_step_opens_with_the_top_of_its_page_in_view_at_40x12(
    tmp_path: Path, step: str
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await walk_to(pilot, step)
        await pilot.pause()
        body = app.screen.query_one(".step-body", Widget)
        # Happened brings its company label into view; the others scroll nothing.
        label = app.screen.query("#label-company")
        if label:
            assert body.scroll_y <= label.first().virtual_region.y
        else:
            assert body.scroll_y == 0
