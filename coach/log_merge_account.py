"""What merging one log did, record by record: the account log_merge fills and repair prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coach.repair_log_line import SalvagedLine


@dataclass
class LogMerge:
    """What merging one log did, record by record (tables coach keeps for itself left out)."""

    # Records the journal file lacked: (table, record as put in).
    added: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Entries both changed: (the log's, now in place; the file's, kept as a copy or None
    # when an identical copy was kept already).
    both_kept: list[tuple[dict[str, Any], dict[str, Any] | None]] = field(default_factory=list)
    # Plans whose words both changed: (the log's, now in place; the file's, kept beside
    # it as "(other version)", or None when such a copy was kept already).
    plans_kept: list[tuple[dict[str, Any], dict[str, Any] | None]] = field(default_factory=list)
    # Other records both changed: (table, the log's now in place, the file's it replaced).
    replaced: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    # Records the log removed, taken out of the file: (table, record as the file held it).
    removed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Records the log removed that the outside change changed too: kept (table, record).
    kept_despite_removal: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Records the log changed that the file held as the log found them: (table, record).
    updated: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Records a newer save holds (the log beside the journal, or a later set-aside
    # one): this older log's version left out of place (table, record, the newer).
    older: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    # Where this merge set or removed a record: (table, key in the journal file).
    touched: set[tuple[str, str]] = field(default_factory=set)
    # Records the file holds already exactly as the log left them.
    already: int = 0
    # Lines of the log of which nothing reads: (line number, first characters).
    unread: list[tuple[int, str]] = field(default_factory=list)
    torn: tuple[int, str] | None = None  # a last line cut short, nothing of it read: named only
    # Damaged lines of which something was read, each record as it was taken.
    salvaged: list[SalvagedLine] = field(default_factory=list)
    # The highest save number the log names.
    last_generation: int = 0
    # Only counting what the merge would do (log_news): no copy of an entry is
    # looked for or made, which at 50,000 entries is most of the time.
    counting: bool = False
    # The file's entries by created_at, made at the first look for a kept copy
    # (the whole table once, not once per entry both changed).
    by_created: dict[str, list[str]] | None = field(default=None, repr=False)
    # Keys this merge put a record under that the log never named (a copy, or a
    # record whose own key was taken): a key of the log's never means them.
    placed: list[str] = field(default_factory=list, repr=False)
    next_copy: int = field(default=0, repr=False)  # where the next copy goes (0: not known yet)

    @property
    def changed(self) -> bool:
        """Whether the merge changed the journal (the log held something the file lacks)."""
        both = self.both_kept or self.plans_kept or self.replaced
        return bool(self.added or self.updated or both or self.removed)

    @property
    def complete(self) -> bool:
        """Whether every line of the log read whole (a salvaged one may have lost fields)."""
        return not self.unread and all(line.whole for line in self.salvaged)
