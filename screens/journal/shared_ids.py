"""Entries a sync tool or a hand edit gave one id: said plainly, and never changed in the app."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from textual.widgets import Static

from coach.model import Entry
from screens.widgets.entry_table import EntryTable


def shared_among(entries: Iterable[Entry]) -> dict[str, int]:
    """Each id more than one of these entries holds, with how many hold it."""
    counts = Counter(entry.id for entry in entries)
    return {entry_id: count for entry_id, count in counts.items() if count > 1}


def shared_notice(shared: Mapping[str, int]) -> str:
    """What is wrong, what the app will not do because of it, and what mends it."""
    if len(shared) == 1:
        ((entry_id, count),) = shared.items()
        who = f"{count} entries share the id {entry_id}, so neither"
        if count > 2:
            who = f"{count} entries share the id {entry_id}, so none of them"
    else:
        ids = ", ".join(list(shared)[:3]) + (", …" if len(shared) > 3 else "")
        who = f"Some entries share an id ({ids}), so none of those"
    return (
        f"{who} can be changed or deleted here. Run `coach repair` in a terminal: it gives "
        "each its own id and changes nothing else in them."
    )


class JournalSharedIds:
    """The journal screen's notice of shared ids, and its refusal to act on those entries."""

    # The ids more than one loaded entry holds (the whole journal, not the filter's).
    shared: dict[str, int] = {}  # replaced whole, never changed in place

    def _show_shared(self, entries: Iterable[Entry]) -> None:
        self.shared = shared_among(entries)
        notice = self.query_one("#journal-shared", Static)
        notice.update(shared_notice(self.shared) if self.shared else "")
        notice.display = bool(self.shared)

    def refused_for_shared(self) -> bool:
        """Whether the highlighted entry's id is shared: then say why nothing is done."""
        entry = self.query_one(EntryTable).current
        if entry is None or entry.id not in self.shared:
            return False
        self.notify(
            shared_notice({entry.id: self.shared[entry.id]}), severity="warning", markup=False
        )
        return True
