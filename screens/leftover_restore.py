"""A stopped coach's draft, entry, new plan or details typing, opened again as it was left."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.model import Entry
    from coach.walk import WalkState
    from screens.parts import Session, Typing
    from screens.walk.draft_handoff import DraftHandoff


@dataclass(frozen=True)
class Resumed:
    """A leftover the person chose to resume: opened once every question is answered."""

    key: str  # its surface: "walk", "entry:ID", …
    record: dict[str, Any]
    restore: Callable[[], None]

    def held_walk(self) -> WalkState | None:
        """The walk it brings back, if it is one: this coach autosaves only one."""
        from coach.walk import WalkState

        if not is_walk(self.key):
            return None
        return WalkState.from_record(self.record.get("values") or {})


def is_walk(key: str) -> bool:
    """Whether a leftover brings back a walk: one left whole, or a vent kept apart."""
    return key == "walk" or key.startswith("vent:")


def base_entry(app: Session, record: dict[str, Any]) -> Entry | None:
    """The entry the typing was an edit of: as it was then, else as the journal holds it."""
    from coach.errors import CoachError
    from coach.journal_ids import entry_typed_on
    from coach.records import EntryError, entry_from_record

    base = record.get("base")
    if isinstance(base, dict):
        opened = None
        with contextlib.suppress(EntryError):
            opened = entry_from_record(base)
        if opened is not None:  # `coach repair` may have given it a new id since (rv20)
            return entry_typed_on(app.journal, opened) if app.journal else opened
    if app.journal is None:
        return None
    try:
        return app.journal.get(str(record.get("entry_id", "")))
    except CoachError:
        return None


def restore_draft(
    app: Session,
    drafts: DraftHandoff,
    record: dict[str, Any],
    on_closed: Callable[[], None] | None = None,
    key: str = "",
) -> None:
    """Open the reply typed for an entry, as it was left (autosaved under key, if given)."""
    entry = base_entry(app, record)
    if entry is None:
        app.notify("The entry for that draft is gone; nothing to restore.", markup=False)
        return
    values = record.get("values") or {}
    sent = values.get("sent")
    drafts.open_draft(
        entry,
        typed=str(values.get("draft", "")),
        sent=sent if isinstance(sent, bool) else None,
        on_closed=on_closed,
        key=key,
    )


def restore_entry(
    app: Session, record: dict[str, Any], *, plan_key: str = "", entry_key: str = ""
) -> None:
    """Open the entry screen with the changes typed in it, as they were left.

    plan_key: the typing is a new plan's for the entry, opened over it in its form,
    which autosaves under this key. entry_key: the entry screen's typing, autosaved
    under this key.
    """
    from screens.journal.deleted_elsewhere import journal_takes_delete
    from screens.journal.entry_opening import open_entry

    entry = base_entry(app, record)
    if entry is None or app.journal is None:
        app.notify("That entry is gone; nothing to restore.", markup=False)
        return
    values = dict(record.get("values") or {})
    plan = bool(plan_key)
    if plan:
        from screens.journal.entry_new_plan import RESUMED_KEY

        values[RESUMED_KEY] = plan_key
    elif entry_key:
        from screens.journal.entry_form import RESUMED_KEY as ENTRY_RESUMED

        values[ENTRY_RESUMED] = entry_key
    open_entry(
        app,
        app.journal,
        entry,
        app.content,
        app.clock().date(),
        typed=None if plan else values,
        on_closed=partial(journal_takes_delete, app),
        plan_typed=values if plan else None,
    )


def key_of_its_own(typing: Typing, key: str, record: dict[str, Any]) -> str:
    """A resumed plan's, entry's, draft's or details' typing, moved to a key no screen holds.

    Two leftovers under one key (coach keyed them by the entry alone, or "profile")
    were both adopted into it, and the second adopt or the screen that autosaved
    last wrote over the other (rv45 D1 for plans, fz38 for entries and drafts,
    rv47 D0 for My details).
    """
    from screens.home.profile import profile_key
    from screens.journal.entry_form import entry_key
    from screens.journal.entry_new_plan import new_plan_key
    from screens.walk.draft_handoff import draft_key

    store = typing.unsaved
    if store is None:
        return key
    kinds = {
        "plan": new_plan_key,
        "entry": entry_key,
        "draft": draft_key,
        "profile": lambda _entry_id: profile_key(),
    }
    fresh_key = kinds[key.partition(":")[0]]
    fresh = fresh_key(str(record.get("entry_id", "")))
    meta = {k: v for k, v in record.items() if k not in ("values", "saved_at")}
    # Put and forget in one flush: the typing is on disk under one key or the other.
    store.put(fresh, dict(record.get("values") or {}), **meta)
    store.forget(key)
    typing.flush_unsaved()
    return fresh
