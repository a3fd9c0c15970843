"""A screen's breakpoint classes set before its widgets are styled, not on its first resize."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen


def preset_breakpoints(screen: Screen[Any]) -> None:
    """Give screen now the breakpoint classes (-narrow, -short...) the terminal's size calls for.

    Call it first thing in compose. Textual adds them on the screen's first
    Resize, after every widget is styled, and then styles every widget again:
    about a third of the time the journal screen took to open. Found already
    in place, they change nothing then, and later resizes work as before.
    """
    app = screen.app
    width, height = app.size
    horizontal = screen.HORIZONTAL_BREAKPOINTS
    if horizontal is None:
        horizontal = app.HORIZONTAL_BREAKPOINTS
    vertical = screen.VERTICAL_BREAKPOINTS
    if vertical is None:
        vertical = app.VERTICAL_BREAKPOINTS
    classes: dict[str, bool] = {}
    for dimension, points in ((width, horizontal or []), (height, vertical or [])):
        chosen = next((name for at, name in sorted(points, reverse=True) if dimension >= at), None)
        for _, name in points:
            classes[name] = classes.get(name, False) or name == chosen
    # Only the screen's own classes: its widgets are styled as they mount, after this.
    screen.update_classes(classes, update=False)
