"""Entries sharing an id (a sync tool or a hand edit did it), found and given ids of their own."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from coach.journal_records import ENTRIES
from coach.journal_store import JournalStore
from coach.model import new_entry_id


@dataclass(frozen=True)
class Renumbered:
    """One entry given a new id: the id it shared, its new one, and its company."""

    old: str
    new: str
    company: str


def refused_for_shared(entry_id: str, what: str) -> str:
    """Why a change to an entry whose id another entry holds too was not made, and what mends it."""
    return (
        f"More than one entry has the id {entry_id}, so {what}: which of them it would "
        "change is anyone's guess. Run `coach repair`: it gives each its own id and "
        "changes nothing else in either."
    )


def held_twice(table: Any, key: str, entry_id: str) -> bool:
    """Whether a record other than the one at key holds this entry id too."""
    return isinstance(table, dict) and any(
        other != key and isinstance(record, dict) and record.get("id") == entry_id
        for other, record in table.items()
    )


def shared_ids(table: Any) -> dict[str, int]:
    """Each id more than one record of an entries table holds, with how many, first seen first."""
    if not isinstance(table, dict):
        return {}
    counts = Counter(
        r["id"] for r in table.values() if isinstance(r, dict) and isinstance(r.get("id"), str)
    )
    return {entry_id: count for entry_id, count in counts.items() if count > 1}


class JournalIds(JournalStore):
    """Finding and mending entry ids held by more than one record."""

    def shared_ids(self) -> dict[str, int]:
        """The entry ids more than one record holds (get, delete and undo would mix them)."""
        return shared_ids(self._data().get(ENTRIES))

    def renumber_shared_ids(self) -> list[Renumbered]:
        """Give every record but the first holding an id a new id of its own, in one save.

        The first (the one `coach show ID` opens) keeps the id, and the plans
        made from it; nothing of either entry is lost or merged.
        """
        with self._transaction():
            data = self._data()
            source = data.get(ENTRIES)
            if not shared_ids(source):
                return []
            table = self._writable_table(data, ENTRIES)
            taken = {r.get("id") for r in table.values() if isinstance(r, dict)}
            seen: set[str] = set()
            done: list[Renumbered] = []
            touched: set[str] = set()
            for key, record in table.items():
                old = record.get("id") if isinstance(record, dict) else None
                if not isinstance(old, str):
                    continue
                if old not in seen:
                    seen.add(old)
                    continue
                new = new_entry_id()
                while new in taken:
                    new = new_entry_id()
                taken.add(new)
                table[key] = {**record, "id": new}
                touched.add(key)
                done.append(Renumbered(old, new, str(record.get("company", ""))))
            self._write(data, {ENTRIES: touched}, **{ENTRIES: table})
        return done
