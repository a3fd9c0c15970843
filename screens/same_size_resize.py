"""A resize to the size the app already has is dropped before anything lays out for it."""

from __future__ import annotations

from textual import events
from textual.app import App


def drop_same_size(app: App[object], event: events.Event) -> None:
    """Stop a resize that changes nothing from reaching Textual's own handler.

    Textual keeps such a resize and, when idle, sends it to every screen, each laying
    itself out and drawing itself whole again for nothing; the terminal's first resize
    always repeats the size the app gave itself at start. A return from the editor
    redraws by itself (App.suspend refreshes the layout), so nothing waits on it.
    """
    # App.size would guess a size before the first resize; _size is the one Textual took.
    if isinstance(event, events.Resize) and event.size == app._size:
        event.prevent_default()
