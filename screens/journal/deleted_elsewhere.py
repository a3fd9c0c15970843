"""Deleting an entry away from the journal list: where its undo goes, and the keys named."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from screens.journal.entry import EntryClosed
    from screens.parts import Session


def journal_takes_delete(app: Session, result: EntryClosed | None) -> None:
    """An entry deleted on a screen opened outside the journal: the journal opens, ready to undo."""
    # Its delete question promised the journal's undo (rv22: it went home, undo nowhere).
    if result is None or not result.deleted or app.journal is None:
        return
    from screens.journal.journal import JournalScreen
    from screens.keys import keymap_of

    journal = JournalScreen(
        journal=app.journal,
        content=app.content,
        today=app.clock().date(),
        keymap=keymap_of(app.config),
    )
    app.push_screen(journal)
    journal.undoable(result.entry)


def deleted_elsewhere_said(keymap: Mapping[str, str]) -> str:
    """A save that put back an entry deleted meanwhile: said with the keys the footer shows."""
    from screens.keys import shown_key

    in_list = shown_key(keymap, "delete", "Del")
    on_entry = shown_key(keymap, "delete_entry", "Ctrl+D")
    # What is known is that the file no longer held it, not who removed it (rv47 D5:
    # a sync tool putting back an older file was blamed on another coach).
    return (
        "This entry was gone from the journal file when you saved: deleted elsewhere while "
        f"you had it open (in another coach, with {in_list} in its journal or {on_entry} on "
        "the entry), or the file was changed outside coach. Saving put it back with your "
        "changes; delete it again if you meant it to go."
    )
