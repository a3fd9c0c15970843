"""Textual's Header, whose title update gives way when its screen closes first."""

from __future__ import annotations

from contextlib import suppress

from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.events import Mount, Resize
from textual.widgets import Header, Static

# Narrower than this, the title takes the room kept for a clock coach never shows:
# at 40 columns it was cut to "coach — What the coac…" (rv19).
ROOM_FOR_A_CLOCK = 60

# A reply draft opened outside the walk, and what stands before it in `coach draft ID`.
DRAFT_TITLE = "Reply draft"


class TitleHeader(Header):
    """A `Header` that never raises when its title parts are already gone.

    Textual's own header sets its title in a callback queued at mount. When a
    screen is dismissed in the same moment it opened (a key pressed at once,
    a quit), the callback can run after the header's children were removed and
    raise `NoMatches`, which ends the whole app. Here that case is a no-op.
    """

    def _on_mount(self, event: Mount) -> None:
        # Stops Header._on_mount, whose callback only forgives NoScreen.
        event.prevent_default()

        async def set_title() -> None:
            with suppress(NoScreen, NoMatches):
                self.query_one("HeaderTitle", Static).update(self.format_title())

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)

    def on_resize(self, event: Resize) -> None:
        """A narrow terminal gives the clock's empty place to the title."""
        # By its type's name: Textual does not export the class.
        for space in self.query("HeaderClockSpace"):
            space.display = event.size.width >= ROOM_FOR_A_CLOCK
