"""A word index beside a big journal, so a search reads only the entries that may match.

It is a cache, never the truth. It describes one snapshot file exactly (see
snapshot_stamp: a copy or any write makes it out of date), and says where each
entry's line is in it and which words its search text holds. A search asks it
which entries hold, for each word of the text looked for, a word containing
that word; only those are read, and each is checked with the exact test. The
entries the log beside the journal changes are checked from the log, never
from the index. Any doubt (another snapshot, a damaged or missing index, text
without a word) means the ordinary scan: slower, never wrong.

Why every match is among the candidates: a word of the text looked for (a run
of word characters) sits, wherever the text occurs, inside one run of word
characters of the entry's search text, and the index holds every such run.

Only plain journals get one: beside a sealed journal it would give away its words.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from coach.files import FILE_MODE, TEMP_MARK
from coach.journal_lines import NotScannable, snapshot_rows

INDEX_SUFFIX = ".words"
FORMAT = 1
WORD = re.compile(r"\w+")
# Bytes at each end of the snapshot that go into its stamp.
STAMP_ENDS = 1 << 16
# Past this share of the entries, reading candidates one by one is slower than the scan.
MOST_CANDIDATES = 0.125
FEW_CANDIDATES = 200  # up to this many are read one by one in a blink

Place = tuple[int, int]  # a line's offset in the snapshot and its length
SearchText = Callable[[bytes], "str | None"]  # a record's search text; None if unreadable


def index_path(snapshot: Path) -> Path:
    """Where the index of this journal file lives."""
    return snapshot.with_name(snapshot.name + INDEX_SUFFIX)


def snapshot_stamp(fd: int) -> list[int]:
    """What the index must agree with: the file's identity and times, and its ends' checksum.

    The journal's own test for an outside change (inode, size, modification
    time), plus the change time (any write, or a time set back by hand,
    moves it) and the bytes at both ends.
    """
    info = os.fstat(fd)
    head = os.pread(fd, STAMP_ENDS, 0)
    tail = os.pread(fd, STAMP_ENDS, max(0, info.st_size - STAMP_ENDS))
    ends = zlib.crc32(tail, zlib.crc32(head))
    return [info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns, ends]


@dataclass
class WordIndex:
    """An index as read back: where each entry is, and the words of each."""

    path: Path
    stamp: list[int]
    generation: int
    schema: Any
    small: list[tuple[str, str, int, int]]  # every other table's records: name, id, place
    ids: list[str]
    places: list[Place]
    always: list[int]  # entries that did not read: always candidates (they are reported)
    vocabulary: list[str]
    starts: list[int]
    checks: list[int]
    postings_at: int

    def candidates(self, needle: str) -> list[int] | None:
        """The entries (by number) that may hold needle; None when the scan is better."""
        words = set(WORD.findall(needle.casefold()))
        if not words:
            return None
        found: set[int] | None = None
        with open(self.path, "rb") as handle:
            # The longest word first: it usually narrows the most.
            for word in sorted(words, key=len, reverse=True):
                holders = self._holders(handle, word)
                found = holders if found is None else found & holders
        assert found is not None
        if len(found) > max(FEW_CANDIDATES, len(self.ids) * MOST_CANDIDATES):
            return None
        found.update(self.always)
        return sorted(found, key=lambda number: self.places[number][0])

    def _holders(self, handle: BinaryIO, word: str) -> set[int]:
        holders: set[int] = set()
        starts, checks = self.starts, self.checks
        for number, known in enumerate(self.vocabulary):
            if word not in known:
                continue
            handle.seek(self.postings_at + 4 * starts[number])
            raw = handle.read(4 * (starts[number + 1] - starts[number]))
            if zlib.crc32(raw) != checks[number]:
                raise NotScannable  # damaged: the scan answers
            postings = array("I")
            postings.frombytes(raw)
            holders.update(postings)
        return holders


def load(path: Path) -> WordIndex | None:
    """The index at path, or None when there is none or it is not whole."""
    try:
        with open(path, "rb") as handle:
            header = orjson.loads(handle.readline())
            if header.get("format") != FORMAT or header.get("byteorder") != sys.byteorder:
                return None
            meta_raw = handle.read(header["meta"])
            if zlib.crc32(meta_raw) != header["meta_check"]:
                return None
            meta = orjson.loads(meta_raw)
            at = handle.tell()
            size = os.fstat(handle.fileno()).st_size
        vocabulary = meta["vocabulary"].split("\n") if meta["vocabulary"] else []
        index = WordIndex(
            path=path,
            stamp=header["stamp"],
            generation=meta["generation"],
            schema=meta["schema"],
            small=[tuple(row) for row in meta["small"]],  # type: ignore[misc]
            ids=meta["ids"],
            places=[tuple(place) for place in meta["places"]],  # type: ignore[misc]
            always=meta["always"],
            vocabulary=vocabulary,
            starts=meta["starts"],
            checks=meta["checks"],
            postings_at=at,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    whole = (
        len(index.starts) == len(index.vocabulary) + 1
        and len(index.checks) == len(index.vocabulary)
        and len(index.places) == len(index.ids)
        and size == at + 4 * (index.starts[-1] if index.starts else 0)
    )
    return index if whole else None


def build(snapshot: Path, search_text: SearchText, *, entries: str) -> bool:
    """Write the index of the snapshot at snapshot beside it; False if it is not in the line layout.

    Reads the snapshot a line at a time; entries names the table to index.
    """
    try:
        with open(snapshot, "rb") as handle:
            stamp = snapshot_stamp(handle.fileno())
            lines = _PlacedLines(handle)
            meta, postings = _index_rows(lines, search_text, entries)
            if snapshot_stamp(handle.fileno()) != stamp:
                return False  # changed while read: the next chance builds it
    except (OSError, NotScannable, orjson.JSONDecodeError):
        return False
    meta_raw = orjson.dumps(meta)
    header = {
        "format": FORMAT,
        "byteorder": sys.byteorder,
        "stamp": stamp,
        "meta": len(meta_raw),
        "meta_check": zlib.crc32(meta_raw),
    }
    _write_replacing(index_path(snapshot), [orjson.dumps(header) + b"\n", meta_raw, *postings])
    return True


def remove(snapshot: Path) -> None:
    """Take away the index of this journal file, if any (before it is sealed)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(index_path(snapshot))


def _index_rows(
    lines: _PlacedLines, search_text: SearchText, entries: str
) -> tuple[dict[str, Any], list[bytes]]:
    """The index's table of contents, and its postings a word at a time."""
    ids: list[str] = []
    places: list[Place] = []
    always: list[int] = []
    small: list[tuple[str, str, int, int]] = []
    schema: Any = None
    by_word: dict[str, list[int]] = {}
    rows = snapshot_rows(lines, "", lambda doc_id, line: True, set())
    while True:
        try:
            name, doc_id, raw = next(rows)
        except StopIteration as stop:
            generation = stop.value
            break
        place = lines.place
        if name != entries:
            small.append((name, doc_id, *place))
            if name == "_meta" and doc_id == "1":
                record = orjson.loads(raw)
                schema = record.get("schema") if isinstance(record, dict) else None
            continue
        number = len(ids)
        ids.append(doc_id)
        places.append(place)
        text = search_text(raw)
        if text is None:
            always.append(number)
            continue
        for word in set(WORD.findall(text)):
            postings = by_word.get(word)
            if postings is None:
                by_word[word] = [number]
            else:
                postings.append(number)
    vocabulary = list(by_word)
    starts = [0]
    checks = []
    blobs = []
    for word in vocabulary:
        blob = array("I", by_word[word]).tobytes()
        blobs.append(blob)
        checks.append(zlib.crc32(blob))
        starts.append(starts[-1] + len(blob) // 4)
    meta = {
        "generation": generation,
        "schema": schema,
        "small": small,
        "ids": ids,
        "places": places,
        "always": always,
        "vocabulary": "\n".join(vocabulary),
        "starts": starts,
        "checks": checks,
    }
    return meta, blobs


class _PlacedLines:
    """A file's lines, remembering where the last one handed out starts and how long it is."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._at = 0
        self.place: Place = (0, 0)

    def __iter__(self) -> _PlacedLines:
        return self

    def __next__(self) -> bytes:
        line = self._handle.readline()
        if not line:
            raise StopIteration
        self.place = (self._at, len(line))
        self._at += len(line)
        return line


def _write_replacing(path: Path, parts: list[bytes]) -> None:
    """Write the file whole under a temporary name, then put it in place.

    Not fsynced: a cache whose every part is checksummed; a crash that leaves
    it short or garbled only means the scan until it is built again.
    """
    temp = path.with_name(f".{path.name}{TEMP_MARK}{secrets.token_hex(4)}")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            for part in parts:
                view = memoryview(part)
                while view:
                    view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def refresh(snapshot: Path, search_text: SearchText, *, entries: str, smallest: int) -> bool:
    """Build the index if a snapshot of at least smallest bytes has none up to date (True)."""
    try:
        fd = os.open(snapshot, os.O_RDONLY)
    except OSError:
        return False
    try:
        stamp = snapshot_stamp(fd)
    finally:
        os.close(fd)
    if stamp[0] < smallest:
        return False  # a small journal is scanned in a blink
    existing = load(index_path(snapshot))
    if existing is not None and existing.stamp == stamp:
        return False
    return build(snapshot, search_text, entries=entries)
