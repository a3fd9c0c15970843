"""A stopped coach's typing claimed the moment Resume is chosen, and never offered once taken."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from screens.leftover_restore import is_walk, key_of_its_own
from screens.leftover_words import taken_elsewhere_note

if TYPE_CHECKING:
    from coach.unsaved import Leftover
    from screens.dialogs.resume import ResumeScreen
    from screens.parts import Session, Typing

# How often a question about a stopped coach's typing looks whether another coach
# open on the folder took it up meanwhile: a small file read, only while it asks.
LOOK_EVERY = 1.0


def still_left(typing: Typing, leftover: Leftover | None, key: str) -> bool:
    """Whether the typing is still the dead coach's to offer: no other coach took it up."""
    if leftover is None or typing.unsaved is None:
        return True  # this coach's own, or no autosave to ask
    return typing.unsaved.still_left(leftover, key)


def claim(
    app: Session, typing: Typing, leftover: Leftover | None, key: str, record: dict[str, Any]
) -> tuple[str, dict[str, Any]] | None:
    """Take the typing into this coach's autosave now, under a key of its own; None if gone.

    Taken only once every question was answered, another coach started meanwhile
    offered it too, and both could choose it (fz45). Moved at once to a key no
    other leftover shares: two details left were both adopted into "profile".
    """
    store = typing.unsaved
    if leftover is None or store is None:
        return key, record
    taken = store.adopt(leftover, key)
    if taken is None:
        app.notify(taken_elsewhere_note(key, record), markup=False, timeout=15)
        return None
    if is_walk(key):
        return key, taken
    return key_of_its_own(typing, key, taken), taken


def watch(dialog: ResumeScreen, typing: Typing, leftover: Leftover | None, key: str) -> None:
    """While the question is up, say in it if another coach takes the typing up meanwhile."""
    if leftover is None:
        return
    record = leftover.surfaces.get(key, {})

    def look() -> None:
        if dialog.taken or not dialog.is_attached:
            timer.stop()
        elif not still_left(typing, leftover, key):
            timer.stop()
            dialog.taken_elsewhere(taken_elsewhere_note(key, record))

    timer = dialog.set_interval(LOOK_EVERY, look)
