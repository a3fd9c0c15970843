"""A line of words shown in a Static, changed only when the words differ."""

from __future__ import annotations

from textual.widgets import Static


def show_words(static: Static, words: str) -> None:
    """Show `words` in `static`, leaving it be when it already shows them.

    Static.update lays out the whole screen, even for the words already shown: the
    hints and errors said again at every key typed beside them did it at every key.
    """
    if static.content != words:
        static.update(words)
