"""Taking back a toast the person has acted on, or that a newer one of its kind replaces."""

from __future__ import annotations

import weakref
from collections.abc import Hashable
from typing import Any

from textual.app import App
from textual.notifications import Notification, Notify, SeverityLevel

# The toasts posted through `toast`, by app and by what they are about. Textual's
# notify() hands back no handle, so this keeps them: a toast is taken back by
# what it is about (one deleted entry, one answer), never by matching its words.
_POSTED: weakref.WeakKeyDictionary[App[Any], dict[Hashable, list[Notification]]] = (
    weakref.WeakKeyDictionary()
)
# The newest toast of each kind (its title, else what it is about), by app.
_NEWEST: weakref.WeakKeyDictionary[App[Any], dict[Hashable, Notification]] = (
    weakref.WeakKeyDictionary()
)


def toast(
    app: App[Any],
    about: Hashable,
    message: str,
    *,
    title: str = "",
    severity: SeverityLevel = "information",
    timeout: float | None = None,
) -> None:
    """Show a toast as app.notify does (never markup), kept under about for `drop_toasts`.

    One rule for every toast posted here: a newer toast of the same kind (the
    same title; untitled, the same about) takes the older one's place. Two
    answers saved in a row piled two "Saved" toasts over the plan still to answer.
    """
    note = Notification(
        message,
        title,
        severity,
        app.NOTIFICATION_TIMEOUT if timeout is None else timeout,
        markup=False,
    )
    kind = title or about
    newest = _NEWEST.setdefault(app, {})
    older = newest.get(kind)
    newest[kind] = note
    if older is not None and not older.has_expired:
        # After the older toast's own Notify, still queued if both came at once.
        app.call_next(_take_back, app, [older])
    kept = _POSTED.setdefault(app, {}).setdefault(about, [])
    kept[:] = [*(old for old in kept if not old.has_expired and old is not older), note]
    app.post_message(Notify(note))  # what app.notify posts, with the handle kept


def drop_toasts(app: App[Any], *about: Hashable) -> None:
    """Take back every toast posted about these that is still showing."""
    posted = _POSTED.get(app, {})
    _take_back(app, [note for one in about for note in posted.pop(one, [])])


def _take_back(app: App[Any], notes: list[Notification]) -> None:
    # Textual 8 has no public way to take back one toast (only clear_notifications,
    # which takes every one); _unnotify is its own, used by a click on a toast.
    # A notification it no longer holds is passed over; a Textual without
    # _unnotify leaves the toast to time out by itself.
    unnotify = getattr(app, "_unnotify", None)
    if unnotify is None:
        return
    for note in notes:
        unnotify(note)
