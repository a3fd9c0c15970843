"""What the look for a stopped coach's typing found besides typing to offer, told as notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from coach.unsaved import Leftover, SetAside, UnsavedStore
    from screens.parts import Session


def tell_found(
    app: Session,
    store: UnsavedStore,
    leftovers: list[Leftover],
    damaged: list[SetAside],
    told: set[str],
    on_home: Callable[[str], bool],
) -> None:
    """Typing set aside, brought back, resealed or locked: never out of sight unsaid.

    told holds what was said already this run: the look is made again on n,
    and a file kept locked would be named each time. on_home puts a note on
    home, where it stays, and says whether it could.
    """
    from coach.unsaved_aside import aside_note, locked_note

    def say(key: str, text: str) -> None:
        if key in told:
            return
        told.add(key)
        app.notify(text, severity="warning", timeout=10, markup=False)

    for aside in damaged:
        key = f"damaged:{aside.path}"
        # Named where it stays until the file is gone: on home, as at every later
        # start. A toast too named it twice, and alone it went after 10 s.
        if key in told:
            continue
        note = aside_note(aside.path, app.places.journal if app.places is not None else None)
        if on_home(note):
            told.add(key)
        else:  # `coach draft ID`: home is never shown
            say(key, f"{note} Your journal is not affected.")
    for path in store.brought_back:
        say(
            f"back:{path}",
            f"Autosaved typing set aside earlier as unreadable opens now, so it is offered "
            f"back ({path}).",
        )
    for path in store.other_key:
        say(f"locked:{path}", locked_note(path))
    for leftover in leftovers:
        if leftover.was_unencrypted:
            say(
                f"plain:{leftover.path}",
                f"Autosaved typing in {leftover.path} had been saved unencrypted (a coach "
                "was running while the folder was encrypted). It is encrypted now and "
                "offered back.",
            )
