"""A screen opened is styled once: not again on its first showing, nor for its breakpoints.

Textual styles every widget as it mounts, then again when the new screen is
first shown (ScreenResume), then again when its first resize sets its
breakpoint classes. On the walk's first step that was half the time the UI
thread was held; the journal's, a third.
"""

from __future__ import annotations

from typing import Any

from textual import events
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


class StyledOnce:
    """Mixed into a Screen (before it): its first showing keeps the styles its widgets mounted with.

    Later showings are left to Textual, as before.
    """

    _shown_before = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first time, say there is nothing to restyle: mounting just did it."""
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False
