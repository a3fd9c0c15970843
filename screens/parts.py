"""What the app's parts ask of the app and of each other, as narrow protocols.

The app builds each part (opening, saving, the autosave, recovery, notices, the
plans check-in, the walk, the draft hand-off, the palette) and hands it what it
needs. A part names here the little it uses, so none of them imports the app.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from coach.config import Config
    from coach.content import Content
    from coach.crypto import Codec
    from coach.errors import CoachError
    from coach.journal import Journal, ProfileSaved, Saved
    from coach.model import Entry, Profile
    from coach.paths import Locations
    from coach.plans import Plan
    from coach.unsaved import UnsavedStore

Clock = Callable[[], datetime]


class Screens(Protocol):
    """Showing a screen over the others, and a toast."""

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Show a screen; its result comes back to the callback."""
        ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A toast on screen."""
        ...


class Session(Screens, Protocol):
    """What this run of the app has open: the journal, its guidance and settings."""

    journal: Journal | None
    codec: Codec
    config: Config | None
    places: Locations | None
    clock: Clock

    @property
    def content(self) -> Content:
        """The guidance, loaded on first use."""
        ...


class SavesSoon(Protocol):
    """The saves a walk or a part may ask for; each runs off the UI thread, never freezing."""

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
        base: Profile | None,
        done: Callable[[ProfileSaved], None],
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


class Saves(SavesSoon, Protocol):
    """The one place that writes the journal (screens/saving.py), as the parts ask it."""

    def delete_entry_soon(
        self,
        entry_id: str,
        done: Callable[[Entry], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        """Delete an entry; done gets it back."""
        ...

    def report_merge(self, saved: Saved) -> None:
        """Say what a save merged from elsewhere."""
        ...

    def profile(self) -> Profile:
        """The person's details, blank if the journal cannot be read."""
        ...

    def edit_profile(self, typed: Profile | None = None, key: str = "") -> None:
        """Open the profile screen and keep what is saved there (autosaved under key)."""
        ...


class Typing(Protocol):
    """The autosave of typing not yet in the journal."""

    # How many saves still wait on their thread (set by the saving part): quit waits for them.
    saves_waiting: Callable[[], int]

    @property
    def unsaved(self) -> UnsavedStore | None:
        """This coach's autosave file, once opened."""
        ...

    def flush_unsaved(self) -> bool:
        """Write the autosave now; False on failure."""
        ...

    def saved_surface(self, key: str) -> None:
        """A surface's typing is in the journal now: stop holding it."""
        ...
