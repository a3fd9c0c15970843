"""A screen opened is styled and laid out once, not two or three times.

Opening a screen, Textual styles every widget as it mounts; styles them all
again when the screen is first shown (ScreenResume); lays the screen out and
draws it; then, on the Resize that first layout sends the screen itself, lays
it out and draws it again, and sets its breakpoint classes, which styles
every widget a third time. Nothing changed in between. On the walk's first
step and on help that was well over the 50 ms a keypress may wait.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.screen import Screen


def breakpoint_classes(screen: Screen[Any], width: int, height: int) -> dict[str, bool]:
    """Each breakpoint class of screen (-narrow, -short...): whether this size gives it."""
    app = screen.app
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
    return classes


def preset_breakpoints(screen: Screen[Any]) -> None:
    """Give screen now the breakpoint classes the terminal's size calls for.

    Call it first thing in compose, so its widgets are styled with them as
    they mount; Textual would add them only after, and style them all again.
    """
    width, height = screen.app.size
    # Only the screen's own classes: its widgets are styled as they mount, after this.
    screen.update_classes(breakpoint_classes(screen, width, height), update=False)


class StyledOnce:
    """Mixed into a Screen (before it): its first showing styles and lays out nothing twice.

    Later showings and real resizes are left to Textual, as before.
    """

    _shown_before = False
    _first_resize_seen = False

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first time, say there is nothing to restyle: mounting just did it."""
        if not self._shown_before:
            self._shown_before = True
            event.refresh_styles = False

    def on_resize(self, event: events.Resize) -> None:
        """The Resize the first layout sends the screen: laid out at this size already."""
        screen: Any = self
        if self._first_resize_seen or not self._shown_before:
            return
        self._first_resize_seen = True
        if event.size != screen.app.size or event.size != screen.size:
            return  # a real resize meanwhile: Textual's own handling
        # What Textual's handling would still do: the breakpoint classes (a
        # no-op when preset_breakpoints set them), without a second layout.
        screen.update_classes(breakpoint_classes(screen, *event.size), animate=False)
        event.prevent_default()
