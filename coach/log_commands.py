"""What commands do to a big journal's log outside the app's saves.

`append_unread` adds records without reading the journal whole (for `coach
import`). Under the lock, each record of the table is offered to a quick test
on its own id and day, and only the records it keeps, with every record of
the small tables and the log, are handed over. The word index beside the
journal (search_index) holds every record's id and day, so with one up to
date only the kept records are read; without one, the snapshot is read a line
at a time. The records to add go
in one fsynced log line, exactly as any save of `LogStorage` appends one.
Anything unusual (a small, sealed or oddly laid out journal, a log to fold or
set aside, a change from outside meanwhile) answers False: do it the ordinary way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from coach.crypto import PLAIN, Codec
from coach.errors import JournalWriteError
from coach.journal_indexed import rows_of
from coach.journal_lines import NotScannable, Row, scan
from coach.journal_raw import line_keys
from coach.log_base import belongs, whole_if_same
from coach.log_storage import LogStorage
from coach.search_index import index_path, load
from coach.storage import STORAGE_KEY, STORAGE_TABLE
from coach.too_deep import unstorable

# keep sees this much of each line: a record's id and date come first.
LINE_HEAD = 320
# Given the rows kept and a source of free keys: the records to add by key, or None to give up.
Choose = Callable[[list[Row], Callable[[], str]], dict[str, Any] | None]
KeysTest = Callable[[str | None, str | None], bool]
Found = tuple[list[Row], int]  # the rows to offer, and the highest key of the table


def append_unread(storage: Any, table: str, keys: KeysTest, choose: Choose) -> bool:
    """Add the records choose picks to table, unless the ordinary way is needed (False).

    keys: a test on a record's own id and day (journal_raw.line_keys) that
    keeps every record choose must see.
    """
    if not isinstance(storage, LogStorage) or not storage.can_append_unread():
        return False
    with storage.unread_transaction():
        return _append(storage, table, keys, choose)


def _append(storage: LogStorage, table: str, keys: KeysTest, choose: Choose) -> bool:
    before = (storage.snapshot_stat(), storage.log_stat())
    snapshot = before[0]
    if snapshot is None or snapshot[1] < storage.append_over:
        return False  # a small journal: the ordinary way is quick
    found = _rows_by_index(storage, table, keys) if not storage.codec.encrypted else None
    if found is None:
        found = _rows_by_lines(storage, table, keys)
    if found is None:
        return False  # anything unusual: the ordinary reader sorts it out
    rows, top = found
    raw = storage.read_log_bytes()
    if (storage.snapshot_stat(), storage.log_stat()) != before:
        return False  # changed from outside meanwhile
    meta = None
    for name, doc_id, record in rows:
        if name == table and doc_id.isdigit() and len(doc_id) < 19:
            top = max(top, int(doc_id))
        elif name == STORAGE_TABLE and doc_id == STORAGE_KEY:
            meta = orjson.loads(record)
    generation = meta.get("generation") if isinstance(meta, dict) else None
    if not isinstance(meta, dict) or type(generation) is not int:
        return False
    keys = iter(range(top + 1, 10**18))
    records = choose(rows, lambda: str(next(keys)))
    if records is None:
        return False
    if not records:
        return True
    meta["generation"] = generation + 1
    sets = {table: records, STORAGE_TABLE: {STORAGE_KEY: meta}}
    try:
        line = orjson.dumps({"g": generation + 1, "set": sets, "del": {}}) + b"\n"
    except TypeError as error:
        raise JournalWriteError(storage.path, unstorable({table: records}, error)) from None
    whole = raw[: raw.rfind(b"\n") + 1]
    head = orjson.loads(whole[: whole.find(b"\n")]) if whole else {}
    # A log started on this snapshot goes on; any other was folded in already.
    digest = lambda: whole_if_same(storage.snapshot_path, snapshot)  # noqa: E731 - read if asked
    good = len(whole) if belongs(head, snapshot, digest) else 0
    return storage.append_line(line, snapshot, good, generation + 1)


def _rows_by_index(storage: LogStorage, table: str, keys: KeysTest) -> Found | None:
    """The rows to offer, read through the word index beside the journal; None without one."""
    index = load(index_path(storage.snapshot_path))
    if index is None:
        return None
    try:
        twins = lambda: index.twins(keys)  # noqa: E731 - read only once the stamp agrees
        rows = list(rows_of(storage.snapshot_path, storage.log_path, table, index, twins))
    except NotScannable:
        return None
    return rows, index.top_key()


def _rows_by_lines(storage: LogStorage, table: str, keys: KeysTest) -> Found | None:
    """The rows to offer, reading the snapshot a line at a time; None if it cannot be."""
    top = 0

    def offer(doc_id: str, line: bytes) -> bool:
        nonlocal top
        if len(doc_id) < 19 and int(doc_id) > top:
            top = int(doc_id)
        return keys(*line_keys(line))

    try:
        rows = list(scan(storage.path, storage.log_path, table, offer, head=LINE_HEAD))
    except NotScannable:
        return None
    return rows, top


def fold_log(path: Path, codec: Codec = PLAIN) -> None:
    """Fold a waiting log into the journal file now (before its bytes change form)."""
    storage = LogStorage(path, codec=codec)
    if storage.log_stat() is None:
        return
    with storage.transaction():
        data = storage.read()
        if data is not None and storage.log_stat() is not None:
            storage.fold(data)
