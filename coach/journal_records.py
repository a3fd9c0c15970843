"""What the journal stores and hands back: table names, results, and helpers on raw records."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coach.errors import CoachError
from coach.merge import OTHER_VERSION, content_of
from coach.model import Entry, Profile, holds, new_entry_id, search_text
from coach.records import EntryError, entry_from_record, entry_to_record, holds_id

ENTRIES = "entries"
PLANS = "plans"
PROFILE = "profile"
PROFILE_KEY = 1
META_TABLE = "_meta"
META_KEY = 1
# Enough to recognise any walk a killed coach could still have on disk.
FINISHED_WALKS_KEPT = 200


@dataclass
class ImportResult:
    """What an import did: entries added, entries already present, and repeats in the batch."""

    added: list[Entry] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)
    repeated: list[Entry] = field(default_factory=list)


@dataclass
class Saved:
    """What a save did: the entry as now stored, what was merged, and any conflict copy."""

    entry: Entry
    merged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    conflict_copy: Entry | None = None
    # The other version's text was kept already (a clash before), so no new copy was made.
    copy_kept_before: bool = False
    # An edit of an entry that was gone when it was written (deleted elsewhere
    # while open): the save put it back.
    restored: bool = False


@dataclass
class ProfileSaved:
    """What a save of the details did: them as now stored, and what came from another coach.

    merged names fields only the other coach changed (theirs kept);
    replaced maps each field both changed to the other coach's value, which
    this save's value replaced.
    """

    profile: Profile
    merged: list[str] = field(default_factory=list)
    replaced: dict[str, str] = field(default_factory=dict)


def table_where(name: str) -> str:
    """Where a whole table coach cannot read is said to be ("the 'entries' table")."""
    return f"the {name!r} table"


@dataclass
class Unreadable:
    """A record that cannot be read: where it is and why. It stays on disk as it is."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def matches(entry: Entry, text: str) -> bool:
    """Whether any of the entry's fields or its day contain text (case-insensitive).

    Digits alone are looked for in the fields only (model.DATE_TAIL).
    """
    return holds(search_text(entry), text.casefold())


def identity(entry: Entry) -> tuple[str, str, str, str, str]:
    # Two records describe the same rejection when these agree; used to keep
    # a re-import of a file without ids from adding twins.
    return (
        entry.company.casefold(),
        entry.stage.value,
        entry.date.isoformat(),
        entry.role.casefold(),
        entry.contact.casefold(),
    )


def sort_new(entries: Iterable[Entry], stored: list[dict[str, Any]]) -> ImportResult:
    """Which entries to add, and which are here already (by id, or as the same rejection)."""
    result = ImportResult()
    ids = {str(r.get("id", "")).strip() for r in stored}
    identities = {raw_identity(r) for r in stored}
    batch: set[object] = set()
    for entry in entries:
        if entry.id in batch or identity(entry) in batch:
            result.repeated.append(entry)  # the same file given twice, say
            continue
        batch.update((entry.id, identity(entry)))
        if entry.id in ids or identity(entry) in identities:
            result.skipped.append(entry)
            continue
        result.added.append(entry)
    return result


def raw_identity(record: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """identity of the entry this stored record parses to (without parsing it)."""

    def text(name: str) -> str:
        value = record.get(name)
        return "" if value is None else str(value).strip()

    day = text("date")
    with contextlib.suppress(ValueError):
        day = date.fromisoformat(day).isoformat()
    return (
        text("company").casefold(),
        text("stage"),
        day,
        text("role").casefold(),
        text("contact").casefold(),
    )


# Fields `coach stats` never looks at; left out when counting a big journal.
LONG_FIELDS = ("notes", "private_note", "reflections", "reply_draft", "feedback_text")


def unreadable_where(key: str, record: Any) -> str:
    """Where an unreadable record is, as `problems` names it: its id, company and date."""
    if not isinstance(record, dict):
        return f"entry record {key}"
    label = _printable(record.get("id")) or f"record {key}"
    # What a person knows it by, where those fields still read as text (rv22: an id alone).
    known = [_printable(record.get(name), number=False) for name in ("company", "date")]
    known = [text for text in known if text]
    return f"entry {label} ({', '.join(known)})" if known else f"entry {label}"


def _printable(value: Any, *, number: bool = True) -> str:
    """Text from a hand edit as a terminal and home may show it: no control codes, 40 long."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        return ""
    if isinstance(value, int) and not number:
        return ""  # a company of 42 is the damage itself, not a name
    text = " ".join(str(value).split())
    return "".join(ch for ch in text if ch.isprintable())[:40].strip()


def shape_of(value: Any) -> str:
    """What a table a hand edit broke is instead, in words (rv42 D6: it said "a int")."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if value is None:
        return "null"
    return f"a {type(value).__name__}"


def key_of(table: dict[str, Any], entry_id: str) -> str | None:
    for key, record in table.items():
        if holds_id(record, entry_id):
            return key
    return None


def next_number(table: dict[str, Any]) -> int:
    # TinyDB's document ids: one more than the largest numeric key.
    numbers = [int(k) for k in table if isinstance(k, str) and k.isdigit() and len(k) < 19]
    return max(numbers, default=0) + 1


def conflict_copy(record: dict[str, Any]) -> Entry:
    """The other side's version, kept whole as its own entry so neither is lost."""
    copy = entry_from_record(record)
    copy.id, copy.revision, copy.company = new_entry_id(), 0, f"{copy.company}{OTHER_VERSION}"
    return copy


def copy_kept_already(
    table: dict[str, Any],
    key: str,
    theirs: dict[str, Any],
    among: Iterable[str] | None = None,
) -> Entry | None:
    """An entry other than `key` whose text is theirs already (a clash copy kept before), or None.

    Two coaches saving from stale forms clash again and again over the same
    two texts: each clash would otherwise keep another copy of one of them.
    A copy keeps its entry's created_at, so only those records are compared,
    and of them only those of a like company are read whole (an import stamps
    thousands of entries with one created_at). among: the keys to look at, when
    the caller knows which may hold that created_at (default: every key).
    """
    wanted = _text_of(theirs)
    company = _loose(theirs.get("company"))
    for other_key in table if among is None else among:
        record = table.get(other_key)
        if other_key == key or not isinstance(record, dict):
            continue
        if record.get("created_at") != theirs.get("created_at"):
            continue
        if _loose(record.get("company")) != company:
            continue
        try:
            entry = entry_from_record(record)
        except EntryError:
            continue
        if _text_of(entry_to_record(entry)) == wanted:
            return entry
    return None


def _loose(company: Any) -> str:
    """A company's letters and digits, clash marker left out: equal for any two texts that match."""
    text = company.replace(OTHER_VERSION.strip(), "") if isinstance(company, str) else ""
    return "".join(char for char in text.casefold() if char.isalnum())


def _text_of(record: dict[str, Any]) -> dict[str, Any]:
    """What a person reads of a record: no bookkeeping, and no clash marker on the company."""
    text = content_of(record)
    text["company"] = str(text.get("company", "")).removesuffix(OTHER_VERSION)
    return text


def entry_or_explain(record: dict[str, Any]) -> Entry:
    try:
        return entry_from_record(record)
    except EntryError as error:
        raise CoachError(
            f"The entry {record.get('id', '')!r} cannot be read ({error}). It is left "
            "as it is in the journal; fix that field in the file, or restore the backup."
        ) from None
