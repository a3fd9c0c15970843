"""A coach's first claim on its data folder, made before it reads whether the folder is sealed.

`coach encrypt`, `decrypt` and `passphrase` refuse while any coach holds its
autosave lock, and hold the journal's lock while they change the files' form.
So a starting coach takes its own autosave lock first, then waits out any of
those commands already running (by taking and letting go of the journal's
lock), and only then reads the journal's form. A coach can then never work in
plain text in a folder sealed under it, nor sit at its passphrase screen while
the folder is opened under it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from coach.errors import JournalBusy
from coach.paths import Locations
from coach.unsaved import UnsavedStore

# Sealing a big journal may take a while; a coach starting then waits for it.
FORM_CHANGE_WAIT = 60.0


# Said (on the terminal, before any screen) while a coach waits for such a command.
WAITING = (
    "Waiting for another coach… it is saving to {folder}, or a `coach encrypt`, `decrypt` "
    "or `passphrase` is changing its files; this coach opens once that is done (it waits "
    "up to a minute)."
)


def claim_folder(
    places: Locations,
    *,
    wait: float = FORM_CHANGE_WAIT,
    say: Callable[[str], None] | None = None,
) -> UnsavedStore | None:
    """This coach's autosave store with its lock held; None when the folder cannot hold one.

    Raises JournalBusy when the journal's lock stays taken for `wait` seconds
    (the store's lock is let go first), FolderUnusable when the folder cannot
    even be looked into. `say` is told when it has to wait: a blank terminal
    for the whole of a long seal invites ctrl+c.
    """
    from coach.sealing import journal_is_sealed

    journal_is_sealed(places)  # FolderUnusable, before any screen, for a folder not searchable
    store = UnsavedStore(places.data_dir)
    try:
        store.open()
    except OSError:
        # A folder coach cannot write: encrypt cannot write there either, and
        # the autosave says why once there is typing to keep.
        return None
    try:
        wait_for_form_change(places, wait, say)
    except BaseException:
        store.close()
        raise
    return store


def wait_for_form_change(
    places: Locations, wait: float, say: Callable[[str], None] | None = None
) -> None:
    """Return once no encrypt, decrypt or passphrase change is running on the folder."""
    from filelock import FileLock, Timeout

    from coach.files import FILE_MODE

    lock_path = places.journal.with_name(places.journal.name + ".lock")
    lock = FileLock(lock_path, timeout=wait, mode=FILE_MODE, thread_local=False)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if say is not None:
                say(WAITING.format(folder=places.data_dir))
            lock.acquire()
    except Timeout:
        raise JournalBusy(lock_path) from None
    except OSError:
        return  # a lock file coach cannot use: the first save says so, plainly
    with contextlib.suppress(OSError):
        lock.release()
