"""A Collapsible styled folded (or open) as it mounts, not restyled whole once mounted."""

from __future__ import annotations

from typing import Any

from textual.widgets import Collapsible

# The class Textual's Collapsible sets on itself while folded (its _update_collapsed);
# pinned by tests/app/test_folded.py.
FOLDED_CLASS = "-collapsed"


class Folded(Collapsible):
    """A Collapsible whose folded class is there before it mounts.

    Textual adds the class only in the Collapsible's own Mount, after
    everything inside it mounted and was styled: the class change then
    restyles the Collapsible and everything inside it again (a stage's
    suggestion, a journal entry's private note). Set first, the class is
    already there and Textual's own call changes nothing.
    """

    def __init__(self, *children: Any, **kwargs: Any) -> None:
        super().__init__(*children, **kwargs)
        self.set_class(self.collapsed, FOLDED_CLASS, update=False)
