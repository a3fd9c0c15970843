"""Taking back a toast the person has acted on, so it does not hang over what follows."""

from __future__ import annotations

from typing import Any

from textual.app import App


def drop_toasts(app: App[Any], title: str, containing: str = "") -> None:
    """Remove the toasts with this title (and, if given, this text in their message)."""
    # Textual keeps no handle to a toast it shows; its own list is the one place to look.
    for note in [n for n in app._notifications if n.title == title and containing in n.message]:
        app._unnotify(note)
