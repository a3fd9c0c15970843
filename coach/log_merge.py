"""Merging back a log whose journal file changed outside coach: its saves go in, keyed by id.

A big journal's latest saves wait in `<journal>.log` until the next fold. When
journal.json itself is changed outside coach (a hand edit, a sync tool, a
restore of that one file), the log no longer applies as it stands, yet it
holds the person's newest saves. Each save line holds whole records, merged
record by record into the journal file as it is now:

- a record the file lacks, or holds as the log found it, goes in as the log has it;
- a record both changed keeps the log's (coach's newest save); for an entry the
  file's version is kept beside it as an "(other version)" copy, as a clash of
  two coaches keeps both, and so for a plan whose words differ (its check-in
  then asks about both, each as its side left it); any other record, or a plan
  that differs only in its answer or day, is named (the repair's copy keeps it);
- a record the log removed goes, unless the outside change changed it too.

How the log found a record: each line keeps a digest of every stored record it
replaces or removes ("was"). A log written before that (or a record changed in
place) has none: then any difference counts as a change on both sides. Records
are matched by their own id where they have one, never by number alone.

The saves are read together by log_net, a damaged line as far as it reads; a
record such a line only half holds takes the fields it lost from the file's.
"""

from __future__ import annotations

from typing import Any

from coach.log_keep_both import (
    ENTRIES,
    PLANS,
    copy_keys,
    free_key,
    keep_both,
    keep_both_plans,
    plan_words,
    put_copy,
)
from coach.log_merge_account import LogMerge
from coach.log_net import GONE, NetChanges, Spot, net_changes
from coach.log_was import record_digest
from coach.repair_log_line import KeptRecord, SalvagedLine
from coach.storage import STORAGE_TABLE


def merge_log(
    data: dict[str, Any],
    raw: bytes,
    newer: set[tuple[str, str]] | None = None,
    *,
    counting: str = "",
) -> LogMerge:
    """Merge the log's saves into data (the journal file as it is now), in place.

    Records already in data are never changed in place: a table gets new or
    other records, so a caller may hand in shallow copies of its tables.
    newer: (table, key) of records a newer save put in data already; they stay.
    counting: "all" to count what the merge would do without copying any
    entry (data then holds no finished merge), "first" to stop at the first news.
    """
    net = net_changes(raw)
    merge = LogMerge(unread=net.unread, torn=net.torn, last_generation=net.last_generation)
    merge.counting = bool(counting)
    if counting == "first" and merge.unread:
        return merge
    by_id: dict[str, dict[str, str]] = {}
    files: dict[Spot, dict[str, Any]] = {}  # the file's version a half-read record was filled from
    for (name, key), record in net.latest.items():
        if name == STORAGE_TABLE:
            continue  # coach's own count of saves: the repair sets it anew
        table = data.get(name)
        if table is None:
            table = data[name] = {}
        if not isinstance(table, dict):
            continue  # a table of the wrong shape is left as it is (the reader names it)
        ids = by_id.get(name)
        if ids is None:
            ids = by_id[name] = {
                r["id"]: k for k, r in table.items() if isinstance(r, dict) and _id_of(r)
            }
        base = net.base.get((name, key))
        at = _where(table, ids, key, record if isinstance(record, dict) else None, merge.placed)
        if (name, key) in net.partial:
            record = net.latest[(name, key)] = _filled(name, table, at, record, files, key)
        if at is not None and (name, at) in (newer or set()):
            _older(merge, name, table, at, record)
        elif record is GONE:
            _remove(merge, name, table, ids, key, net.before_removal.get((name, key)), base)
        elif isinstance(record, dict):
            _set(merge, name, table, ids, key, record, base)
        if counting == "first" and (merge.changed or merge.kept_despite_removal):
            return merge
    merge.salvaged = _salvaged_lines(net, data, files)
    return merge


def _filled(
    name: str,
    table: dict[str, Any],
    at: str | None,
    fields: dict[str, Any],
    files: dict[Spot, dict[str, Any]],
    key: str,
) -> dict[str, Any]:
    """A half-read record, the fields it lost as the file holds them (else made readable)."""
    from coach.repair_filled import readable

    theirs = table.get(at) if at is not None else None
    if isinstance(theirs, dict):
        files[(name, key)] = theirs
        return {**theirs, **fields}
    return readable(name, fields)


def _salvaged_lines(
    net: NetChanges, data: dict[str, Any], files: dict[Spot, dict[str, Any]]
) -> list[SalvagedLine]:
    """Each damaged line that gave something, its records as they were taken, for the report."""
    lines = []
    for number, torn, salvaged in net.salvaged:
        kept = []
        for record in salvaged.records:
            if record.table.startswith("_"):
                continue  # coach's own bookkeeping: no record a person would recognise
            spot = (record.table, record.key)
            before = net.filled_from.get((number, spot)) or files.get(spot)
            table = data.get(record.table)
            others = (r for k, r in table.items() if k != record.key and isinstance(r, dict))
            usual = tuple(next(others, {})) if isinstance(table, dict) else ()
            stored = net.latest.get(spot)
            stored = stored if isinstance(stored, dict) else dict(record.fields)
            kept.append(
                KeptRecord(
                    record.table, record.key, record.fields, before, record.whole, usual, stored
                )
            )
        removed = sum(len(keys) for name, keys in salvaged.removed.items() if name[:1] != "_")
        lines.append(SalvagedLine(number, torn, kept, removed, salvaged.whole))
    return lines


def _older(merge: LogMerge, name: str, table: dict[str, Any], at: str, record: Any) -> None:
    """A record a newer save holds: it stays; this log's entry is kept beside it if it differs."""
    from coach.journal_records import conflict_copy, copy_kept_already
    from coach.merge import content_of
    from coach.records import EntryError, entry_to_record

    newest = table[at]
    if not isinstance(record, dict) or not isinstance(newest, dict) or record == newest:
        return  # a delete, or the same: the newer save decides
    if name == ENTRIES:
        if content_of(record) == content_of(newest):
            return
        try:
            if copy_kept_already(table, at, record, copy_keys(merge, table, record)) is not None:
                return
            copy = entry_to_record(conflict_copy(record))
        except EntryError:
            return  # unreadable as an entry: it stays in the set-aside file
        put_copy(merge, table, at, copy)
        merge.both_kept.append((newest, copy))
        return
    merge.older.append((name, record, newest))


def _id_of(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    return value if isinstance(value, str) and value else None


def _where(
    table: dict[str, Any], ids: dict[str, str], key: str, record: Any, skip: list[str]
) -> str | None:
    """The key under which the file holds this record (by its id when it has one).

    skip: keys this merge put a record under (merge.placed), never what a log's key meant.
    """
    own = _id_of(record) if isinstance(record, dict) else None
    if own is not None:
        return ids.get(own)
    return key if key in table and key not in skip else None


def _set(
    merge: LogMerge,
    name: str,
    table: dict[str, Any],
    ids: dict[str, str],
    key: str,
    record: dict[str, Any],
    base: str | None,
) -> None:
    at = _where(table, ids, key, record, merge.placed)
    if at is None:
        at = free_key(table, key)
        if at != key:
            merge.placed.append(at)
        table[at] = record
        if _id_of(record):
            ids[record["id"]] = at
        merge.added.append((name, record))
        merge.touched.add((name, at))
        return
    theirs = table[at]
    merge.touched.add((name, at))
    if theirs == record:
        merge.already += 1
        return
    if base is not None and record_digest(theirs) == base:
        table[at] = record  # the outside change left it as the log found it
        merge.updated.append((name, record))
        return
    if name == PLANS and isinstance(theirs, dict) and plan_words(theirs) != plan_words(record):
        keep_both_plans(merge, table, at, record, theirs)
        return
    if name != ENTRIES or not isinstance(theirs, dict):
        table[at] = record
        merge.replaced.append((name, record, theirs if isinstance(theirs, dict) else {}))
        return
    keep_both(merge, table, at, record, theirs)


def _remove(
    merge: LogMerge,
    name: str,
    table: dict[str, Any],
    ids: dict[str, str],
    key: str,
    was: dict[str, Any] | None,
    base: str | None,
) -> None:
    at = _where(table, ids, key, was, merge.placed)
    if at is None:
        return
    theirs = table[at]
    if not isinstance(theirs, dict):
        return
    if base is not None:
        untouched = record_digest(theirs) == base
    elif was is None:
        # A log written before digests, and the record as it was unknown: what sits
        # at that key now may be another record altogether, so it is kept and named.
        untouched = False
    else:
        untouched = not _saved_again(theirs, was)
    if not untouched:
        merge.kept_despite_removal.append((name, theirs))
        return
    del table[at]
    merge.removed.append((name, theirs))
    merge.touched.add((name, at))


def _saved_again(theirs: dict[str, Any], was: dict[str, Any]) -> bool:
    """Whether another coach saved the record after the version the log removed."""
    mine, other = was.get("revision"), theirs.get("revision")
    return type(mine) is int and type(other) is int and other > mine and theirs != was
