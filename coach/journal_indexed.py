"""Reading only the records of a big journal that its word index names (search_index).

It yields what journal_lines.scan yields with a filter that keeps every
possible match: the small tables' records, the candidate entries straight from
their places in the snapshot, and every record the log sets. Raises
NotScannable whenever the index cannot answer, and the caller scans instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from coach.date_filter import day_asked
from coach.journal_lines import NotScannable, Row, log_changes, log_rows, overrides, read_log
from coach.log_base import stamp_of, whole_digest
from coach.search_index import WordIndex, index_path, load, snapshot_stamp


def indexed_rows(snapshot: Path, log: Path, table: str, needle: str) -> Iterator[Row]:
    """(table, doc_id, record JSON) for every record of table that may hold needle, and the rest."""
    index = load(index_path(snapshot))
    if index is None:
        raise NotScannable
    return rows_of(snapshot, log, table, index, lambda: _candidates(index, needle))


def _candidates(index: WordIndex, needle: str) -> list[int] | None:
    """The entries that may hold needle as written, or as the day it names (its own words)."""
    found = index.candidates(needle)
    asked = day_asked(needle)
    if found is None or asked is None:
        return found
    # "1st of july" is in the day as " 1 july ": those words hold no "1st" or "of".
    union = set(found)
    for words in asked.words:
        more = index.candidates(words)
        if more is None:
            return None
        union.update(more)
    return sorted(union, key=index.offsets.__getitem__)


def rows_of(
    snapshot: Path,
    log: Path,
    table: str,
    index: WordIndex,
    numbers: Callable[[], list[int] | None],
) -> Iterator[Row]:
    """The small tables' records, the entries numbers() names (None: cannot say), and the log's."""
    log_raw = read_log(log)
    try:
        fd = os.open(snapshot, os.O_RDONLY)
    except OSError:
        raise NotScannable from None
    try:
        if snapshot_stamp(fd) != index.stamp:
            raise NotScannable  # another snapshot: the index is for an older one
        picked = numbers()
        if picked is None:
            raise NotScannable
        info = os.fstat(fd)
        changes, base_matches = log_changes(log_raw, stamp_of(info), lambda: whole_digest(fd))
        overridden = overrides(changes, base_matches)
        for name, doc_id, at, length in index.small:
            if (name, doc_id) not in overridden:
                yield name, doc_id, _record(fd, doc_id, at, length)
        for number in picked:
            doc_id = index.ids[number]
            if (table, doc_id) not in overridden:
                at, length = index.offsets[number], index.lengths[number]
                yield table, doc_id, _record(fd, doc_id, at, length)
    finally:
        os.close(fd)
    yield from log_rows(changes, base_matches, index.generation)


def _record(fd: int, doc_id: str, at: int, length: int) -> bytes:
    """The record JSON on the snapshot's line at this place, which must be doc_id's."""
    try:
        line = os.pread(fd, length, at)
    except OSError:
        raise NotScannable from None
    prefix = b'"' + doc_id.encode() + b'":'
    if not line.startswith(prefix) or not line.endswith(b"\n"):
        raise NotScannable
    return line[len(prefix) : -2 if line.endswith(b",\n") else -1]
