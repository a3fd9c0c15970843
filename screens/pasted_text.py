"""Pasted text without terminal control codes, before any field (or the screen) gets it."""

from __future__ import annotations

from textual import events

from coach.terminal_text import without_controls


def clean_paste(event: events.Event) -> None:
    """A paste's escape sequences and control characters removed, in place.

    A field draws what it holds: an email's OSC 52 pasted as it was would be
    written to the terminal (the clipboard), and a CSI would garble the screen.
    The same cleaning an email's text and an import get. A paste's own ESC
    bytes arrive here in their C1 form (screens/paste_guard.py), and go too.
    """
    if isinstance(event, events.Paste):
        event.text, _ = without_controls(event.text)
