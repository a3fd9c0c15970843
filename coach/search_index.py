"""A word index beside a big journal, so a search reads only the entries that may match.

It is a cache, never the truth. It describes one snapshot file exactly (see
snapshot_stamp: a copy or any write makes it out of date), and says where each
entry's line is in it, which words its search text holds, and its own id and
day (so `coach import` reads only the possible twins). A search asks it
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
from coach.journal_lines import READ_BUFFER, NotScannable, snapshot_rows
from coach.journal_raw import line_keys

INDEX_SUFFIX = ".words"
# 2: the search text holds the entry's day (model.search_text); an index of 1 lacks it.
FORMAT = 2
WORD = re.compile(r"\w+")
# Bytes at each end of the snapshot that go into its stamp.
STAMP_ENDS = 1 << 16
# Past this share of the entries, reading candidates one by one is slower than the scan.
MOST_CANDIDATES = 0.125
# Written for a key journal_raw.line_keys cannot tell (JSON text never holds it raw).
UNSURE = "\x00"
FEW_CANDIDATES = 200  # up to this many are read one by one in a blink

Meta = dict[str, Any]
Body = tuple[list[tuple[str, bytes]], list[bytes]]  # the named sections, the postings
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
    small: list[list[Any]]  # every other table's records: name, id, offset, length
    ids: list[str]
    offsets: array[int]
    lengths: array[int]
    always: list[int]  # entries that did not read: always candidates (they are reported)
    key_ids: list[str | None]  # each entry's own id and day (journal_raw.line_keys)
    key_days: list[str | None]
    vocabulary: list[str]
    starts: array[int]
    checks: array[int]
    postings_at: int

    def candidates(self, needle: str) -> list[int] | None:
        """The entries (by number) that may hold needle; None when the scan is better."""
        words = set(WORD.findall(needle.casefold()))
        if not words:
            return None
        found: set[int] | None = None
        with open(self.path, "rb") as handle:
            for word in words:
                holders = self._holders(handle, word)
                found = holders if found is None else found & holders
        assert found is not None
        if len(found) > max(FEW_CANDIDATES, len(self.ids) * MOST_CANDIDATES):
            return None
        found.update(self.always)
        return sorted(found, key=self.offsets.__getitem__)

    def twins(self, maybe: Callable[[str | None, str | None], bool]) -> list[int]:
        """The entries (by number) whose own id and day maybe() keeps: an import's twins."""
        pairs = zip(self.key_ids, self.key_days, strict=True)
        return [number for number, pair in enumerate(pairs) if maybe(*pair)]

    def top_key(self) -> int:
        """The highest entry key in the snapshot (0 if none)."""
        return max((int(doc_id) for doc_id in self.ids if len(doc_id) < 19), default=0)

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
            body = handle.read(header["body"])
            if zlib.crc32(body) != header["check"]:
                return None
            at = handle.tell()
            size = os.fstat(handle.fileno()).st_size
        meta_size = header["meta"]
        meta = orjson.loads(body[:meta_size])
        parts = _parts(body[meta_size:], meta["sections"])
        count, words = meta["count"], meta["words"]
        index = WordIndex(
            path=path,
            stamp=header["stamp"],
            generation=meta["generation"],
            small=meta["small"],
            ids=_texts(parts["ids"], count),
            offsets=_numbers("Q", parts["offsets"]),
            lengths=_numbers("Q", parts["lengths"]),
            always=meta["always"],
            key_ids=[None if key == UNSURE else key for key in _texts(parts["key_ids"], count)],
            key_days=[None if key == UNSURE else key for key in _texts(parts["key_days"], count)],
            vocabulary=_texts(parts["vocabulary"], words),
            starts=_numbers("Q", parts["starts"]),
            checks=_numbers("I", parts["checks"]),
            postings_at=at,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
    whole = (
        len(index.ids) == len(index.offsets) == len(index.lengths) == count
        and len(index.key_ids) == len(index.key_days) == count
        and len(index.starts) == words + 1
        and len(index.checks) == words
        and size == at + 4 * index.starts[-1]
        and all(0 <= number < count for number in index.always)
    )
    return index if whole else None


def _parts(raw: bytes, sections: list[list[Any]]) -> dict[str, bytes]:
    parts = {}
    at = 0
    for name, length in sections:
        parts[name] = raw[at : at + length]
        at += length
    if at != len(raw):
        raise ValueError("sections do not add up")
    return parts


def _texts(raw: bytes, count: int) -> list[str]:
    return raw.decode().split("\n") if count else []


def _numbers(kind: str, raw: bytes) -> array[int]:
    numbers = array(kind)
    if numbers.itemsize != {"I": 4, "Q": 8}[kind]:
        raise ValueError("another machine's sizes")
    numbers.frombytes(raw)
    return numbers


def build(snapshot: Path, search_text: SearchText, *, entries: str) -> bool:
    """Write the index of the snapshot at snapshot beside it; False if it is not in the line layout.

    Reads the snapshot a line at a time; entries names the table to index.
    """
    try:
        with open(snapshot, "rb", buffering=READ_BUFFER) as handle:
            stamp = snapshot_stamp(handle.fileno())
            lines = _PlacedLines(handle)
            meta, body = _index_rows(lines, search_text, entries)
            if snapshot_stamp(handle.fileno()) != stamp:
                return False  # changed while read: the next chance builds it
    except (OSError, NotScannable, orjson.JSONDecodeError):
        return False
    sections, postings = body
    meta["sections"] = [[name, len(part)] for name, part in sections]
    meta_raw = orjson.dumps(meta)
    whole = meta_raw + b"".join(part for _, part in sections)
    header = {
        "format": FORMAT,
        "byteorder": sys.byteorder,
        "stamp": stamp,
        "meta": len(meta_raw),
        "body": len(whole),
        "check": zlib.crc32(whole),
    }
    _write_replacing(index_path(snapshot), [orjson.dumps(header) + b"\n", whole, *postings])
    return True


def remove(snapshot: Path) -> None:
    """Take away the index of this journal file, if any (before it is sealed)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(index_path(snapshot))


def _index_rows(lines: _PlacedLines, search_text: SearchText, entries: str) -> tuple[Meta, Body]:
    """The index's table of contents (small values, then sections), and its postings."""
    ids: list[str] = []
    offsets, lengths = array("Q"), array("Q")
    always: list[int] = []
    key_ids: list[str] = []
    key_days: list[str] = []
    small: list[tuple[str, str, int, int]] = []
    # Arrays, not lists: the cycle collector never looks at them, so building
    # the index sets off no long collection in a thread beside the UI's.
    by_word: dict[str, array[int]] = {}
    rows = snapshot_rows(lines, "", lambda doc_id, line: True, set())
    while True:
        try:
            name, doc_id, raw = next(rows)
        except StopIteration as stop:
            generation = stop.value
            break
        if name != entries:
            small.append((name, doc_id, lines.at, len(lines.line)))
            continue
        number = len(ids)
        ids.append(doc_id)
        offsets.append(lines.at)
        lengths.append(len(lines.line))
        stored_id, day = line_keys(lines.line)
        key_ids.append(UNSURE if stored_id is None else stored_id)
        key_days.append(UNSURE if day is None else day)
        text = search_text(raw)
        if text is None:
            always.append(number)
            continue
        for word in set(WORD.findall(text)):
            postings = by_word.get(word)
            if postings is None:
                by_word[word] = array("I", (number,))
            else:
                postings.append(number)
    vocabulary = list(by_word)
    starts, checks = array("Q", [0]), array("I")
    blobs = []
    for word in vocabulary:
        blob = by_word[word].tobytes()
        blobs.append(blob)
        checks.append(zlib.crc32(blob))
        starts.append(starts[-1] + len(blob) // 4)
    meta = {
        "generation": generation,
        "small": small,
        "always": always,
        "count": len(ids),
        "words": len(vocabulary),
    }
    sections = [
        ("ids", "\n".join(ids).encode()),
        ("offsets", offsets.tobytes()),
        ("lengths", lengths.tobytes()),
        ("key_ids", "\n".join(key_ids).encode()),
        ("key_days", "\n".join(key_days).encode()),
        ("vocabulary", "\n".join(vocabulary).encode()),
        ("starts", starts.tobytes()),
        ("checks", checks.tobytes()),
    ]
    return meta, (sections, blobs)


class _PlacedLines:
    """A file's lines, remembering the last one handed out and where it starts."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.at = 0  # where the last line handed out starts
        self.line = b""
        self._next = 0

    def __iter__(self) -> _PlacedLines:
        return self

    def __next__(self) -> bytes:
        line = self._handle.readline()
        if not line:
            raise StopIteration
        self.at, self.line = self._next, line
        self._next += len(line)
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
    """Build the index if a snapshot of at least smallest bytes has none up to date (True).

    One coach builds at a time (a lock file beside the index); one that finds
    another building leaves it to that one rather than read the journal twice.
    """
    if not _wants_building(snapshot, smallest):
        return False
    from filelock import FileLock, Timeout  # imported only when a build may be due

    try:
        with FileLock(build_lock_path(snapshot), timeout=0, mode=FILE_MODE):
            # Built by another coach while this one waited to look?
            if not _wants_building(snapshot, smallest):
                return False
            return build(snapshot, search_text, entries=entries)
    except Timeout:
        return False  # another coach is building it now
    except OSError:
        return False  # no lock file (a read-only folder): no index either


def build_lock_path(snapshot: Path) -> Path:
    """The lock file held while the index of this journal file is built."""
    return snapshot.with_name(snapshot.name + INDEX_SUFFIX + ".lock")


def _wants_building(snapshot: Path, smallest: int) -> bool:
    """Whether the snapshot is big and its index missing, damaged or for another snapshot."""
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
    return existing is None or existing.stamp != stamp
