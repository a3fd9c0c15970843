"""Toasts kept small on a small terminal: full width, no padding, so they take few rows."""

from __future__ import annotations

from typing import Any

from textual.app import App

# Set on the app below this size; coach.tcss styles toasts by it. Textual's own
# toast is 60 columns at most half the width, with padding all round: at 40x12
# a two-line message stood 6 rows tall over half the screen.
SMALL_TERMINAL = "-small-terminal"
SMALL_WIDTH = 60
SMALL_HEIGHT = 18


def is_small(width: int, height: int) -> bool:
    """Whether a terminal this size gets the small toasts."""
    return width < SMALL_WIDTH or height < SMALL_HEIGHT


def fit_toasts(app: App[Any], width: int, height: int) -> None:
    """Give the app the small-terminal class at this size (restyling only when it changes)."""
    if app.has_class(SMALL_TERMINAL) != is_small(width, height):
        app.set_class(is_small(width, height), SMALL_TERMINAL)
