"""What the walk needs from whatever runs it, so the walk never imports the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from coach.content import Content
    from coach.errors import CoachError
    from coach.journal import Journal, Saved
    from coach.model import Entry, Profile
    from coach.plans import Plan
    from screens.walk.draft import DraftScreen


class WalkHost(Protocol):
    """The app as the walk sees it: its journal, guidance and clock, and how it saves."""

    journal: Journal | None
    clock: Callable[[], datetime]

    @property
    def content(self) -> Content:
        """The guidance the steps are built from."""
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

    def save_entry_soon(
        self,
        edit: Callable[[], tuple[Entry, Entry | None]],
        done: Callable[[Saved], None],
        failed: Callable[[CoachError], None],
        *,
        finished_walk: str = "",
    ) -> None:
        """Save an edit of an entry, merged with changes from elsewhere, never freezing."""
        ...

    def save_profile_soon(
        self,
        profile: Profile,
        done: Callable[[Profile], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        """Keep the person's details, never freezing."""
        ...

    def save_plan_soon(
        self,
        plan: Plan,
        done: Callable[[Plan], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        """Save a plan, never freezing."""
        ...

    def saved_surface(self, key: str) -> None:
        """A surface's typing is in the journal now."""
        ...

    def report_merge(self, saved: Saved) -> None:
        """Say what a save merged from elsewhere."""
        ...

    def make_draft_screen(
        self, entry: Entry, text: str, *, sent: bool, track: bool = False
    ) -> DraftScreen:
        """The draft editor for an entry's reply."""
        ...

    def walk_finished(self, *, saved: bool) -> None:
        """The walk ended."""
        ...
