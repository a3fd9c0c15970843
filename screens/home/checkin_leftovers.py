"""Days typed for "not yet" that stopped coaches left: taken up for the check-in, none lost."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from screens.home.checkin_typing import CHECKIN_KEY, CHECKIN_META, joined

if TYPE_CHECKING:
    from coach.unsaved import Leftover, UnsavedStore


def adopt_checkin_typing(
    store: UnsavedStore | None, leftovers: Iterable[tuple[Leftover, str, dict[str, Any]]]
) -> None:
    """Stopped coaches' typed days made this coach's, for the check-in to put back.

    Two coaches with a day for the same plan: both are kept, the one left last
    in the field and the other named under it (the later file read wrote over it).
    """
    if store is None:
        return
    own = store.get(CHECKIN_KEY) or {}
    typed = dict(own.get("values") or {})
    at = str(own.get("saved_at") or "")
    held_at = dict.fromkeys(typed, at)
    for leftover, key, _ in leftovers:
        if key != CHECKIN_KEY:
            continue
        taken = store.adopt(leftover, key)
        if taken is None:
            continue  # another coach took it up first
        taken_at = str(taken.get("saved_at") or "")
        for plan_id, value in (taken.get("values") or {}).items():
            if plan_id in typed:
                typed[plan_id] = joined(typed[plan_id], value, held_at[plan_id], taken_at)
            else:
                typed[plan_id] = value
            held_at[plan_id] = taken_at
    if typed:
        store.put(CHECKIN_KEY, typed, **CHECKIN_META)
