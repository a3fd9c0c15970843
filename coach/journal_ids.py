"""Entries sharing an id (a sync tool or a hand edit did it), found and given ids of their own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from coach.errors import CoachError
from coach.journal_records import ENTRIES
from coach.journal_store import JournalStore
from coach.model import Entry, new_entry_id


class ReadsEntries(Protocol):
    """What finding a typed-on entry needs of a journal (coach.journal.Journal has it).

    A protocol, not the Journal: journal_writing imports this module, and the
    journal is built on journal_writing.
    """

    def get(self, entry_id: str) -> Entry:
        """The entry with this id or unique prefix."""
        ...

    def entries(self) -> list[Entry]:
        """Every readable entry."""
        ...


@dataclass(frozen=True)
class Renumbered:
    """One entry given a new id: the id it shared, its new one, and its company."""

    old: str
    new: str
    company: str
    # How the one renumbered differs from the one that keeps the id, in words (rv40 D13:
    # two "Acme" could not be told apart): ("with role “Engineer”", the other's).
    told: tuple[str, str] = ("", "")


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
            seen: dict[str, dict[str, Any]] = {}
            done: list[Renumbered] = []
            touched: set[str] = set()
            for key, record in table.items():
                old = record.get("id") if isinstance(record, dict) else None
                if not isinstance(old, str):
                    continue
                if old not in seen:
                    seen[old] = record
                    continue
                new = new_entry_id()
                while new in taken:
                    new = new_entry_id()
                taken.add(new)
                table[key] = {**record, "id": new}
                touched.add(key)
                told = told_apart(record, seen[old])
                done.append(Renumbered(old, new, str(record.get("company", "")), told))
            self._write(data, {ENTRIES: touched}, **{ENTRIES: table})
        return done


# The fields a person tells two entries apart by, in the order they would look.
_TOLD_BY = ("company", "role", "date", "stage", "contact", "next_step", "notes", "created_at")


def told_apart(one: dict[str, Any], other: dict[str, Any]) -> tuple[str, str]:
    """How two records sharing an id differ, each in words: the first field that does.

    ("", "") when they differ in no field a person sees.
    """
    from coach.field_words import field_word

    for name in _TOLD_BY:
        if one.get(name) != other.get(name):
            word = field_word(name)
            return _whose(word, one.get(name)), _whose(word, other.get(name))
    return "", ""


def _whose(word: str, value: Any) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        return f"with no {word}"
    return f"with {word} “{text[:40]}{'…' if len(text) > 40 else ''}”"


def typed_on(base: Entry, entries: Iterable[Entry]) -> Entry:
    """The entry as opened for typing, under the id it holds now.

    `coach repair` may give the twin being typed in a new id, and leave the old
    one to the other twin (rv20): the entry as opened, kept with the typing, tells
    them apart, unchanged first, then by when it was logged and its company. It
    stays the entry as opened, so a save still merges what changed since.
    """
    candidates = list(entries)
    at_id = [entry for entry in candidates if entry.id == base.id]
    tiers = (
        [entry for entry in at_id if entry == base],
        [entry for entry in candidates if replace(entry, id=base.id) == base],
        [entry for entry in at_id if _same_one(entry, base)],
        [entry for entry in candidates if _same_one(entry, base)],
    )
    for found in tiers:
        if len(found) == 1:
            return replace(base, id=found[0].id)
    return base


def _same_one(entry: Entry, base: Entry) -> bool:
    return (entry.created_at, entry.company) == (base.created_at, base.company)


def entry_typed_on(journal: ReadsEntries, opened: Entry) -> Entry:
    """The entry typing was begun on (as it was then), under the id it holds in journal now."""
    try:
        if journal.get(opened.id) == opened:
            return opened
        return typed_on(opened, journal.entries())
    except CoachError:
        return opened  # unreadable now: the save says what is wrong
