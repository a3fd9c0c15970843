"""What the walk needs from whatever runs it, so the walk never imports the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from screens.parts import SavesSoon

if TYPE_CHECKING:
    from coach.content import Content
    from coach.journal import Journal
    from coach.model import Entry, Profile
    from screens.walk.draft import DraftScreen


class WalkHost(SavesSoon, Protocol):
    """The walk's host as the walk sees it: journal, guidance, clock, and how it saves.

    `Walks` in `screens/walk/starting.py` is the host; it passes on what the
    app's parts handed it. Its saves are the app's (`SavesSoon`).
    """

    @property
    def journal(self) -> Journal | None:
        """The journal the walk saves to."""
        ...

    @property
    def clock(self) -> Callable[[], datetime]:
        """Now, as the app tells it."""
        ...

    @property
    def content(self) -> Content:
        """The guidance the steps are built from."""
        ...

    @property
    def keymap(self) -> dict[str, str]:
        """The person's remapped keys, for the buttons that name them."""
        ...

    def profile(self) -> Profile:
        """The person's details, blank if the journal cannot be read."""
        ...

    def notify(self, message: str, **options: Any) -> None:
        """A toast on screen."""
        ...

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Show a screen; its result comes back to the callback."""
        ...

    def flush_unsaved(self) -> bool:
        """Write the autosave now."""
        ...

    def saved_surface(self, key: str) -> None:
        """A surface's typing is in the journal now."""
        ...

    def make_draft_screen(
        self, entry: Entry, text: str, *, sent: bool, track: bool = False
    ) -> DraftScreen:
        """The draft editor for an entry's reply."""
        ...

    def walk_finished(self, *, saved: bool, note: str = "") -> None:
        """The walk ended; a saved walk's toast ends with note (e.g. when its plan is due)."""
        ...
