"""Quick tests on a stored record's line, for reading a big journal a line at a time.

Each test may keep a record that turns out not to matter (the caller then
parses it and decides exactly), but never drops one that does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.date_filter import day_asked
from coach.model import Entry, Stage

# Up to this many entries, an import into a big journal looks for twins a line at a time.
QUICK_IMPORT_MOST = 8
_PLAIN_ID = re.compile(r"[A-Za-z0-9._-]+")


# A record's own id and day, as a twin test reads them; None where it cannot tell.
LineKeys = tuple["str | None", "str | None"]


def twin_keys(entries: list[Entry]) -> Callable[[str | None, str | None], bool] | None:
    """A test on a stored record's line_keys: true for any record that may be a twin of an entry.

    A twin holds an entry's id, or its day: of the fields a twin shares, the
    one coach stores one way only (every date as YYYY-MM-DD). Anything
    unusual about them counts as a maybe. None when no such quick test is safe.
    """
    if not entries or len(entries) > QUICK_IMPORT_MOST:
        return None
    if not all(_PLAIN_ID.fullmatch(entry.id) for entry in entries):
        return None
    ids = {entry.id for entry in entries}
    days = {entry.date.isoformat() for entry in entries}

    def maybe(stored_id: str | None, day: str | None) -> bool:
        return stored_id is None or stored_id.strip() in ids or day is None or day in days

    return maybe


def line_keys(line: bytes) -> LineKeys:
    """The record's own id and day (YYYY-MM-DD); None for either that is not plain or not sure."""
    stored_id = _own_text(line, b'"id":')
    if stored_id is None or not stored_id.isascii():
        return None, None
    day = _own_text(line, b'"date":')
    if day is None or not _is_iso_day(day):
        return stored_id.decode(), None
    return stored_id.decode(), day.decode()


def _own_text(line: bytes, key: bytes) -> bytes | None:
    """The text of a record's own key (b"" if it has none); None when it cannot be told at a glance.

    line may be cut short (no newline at its end): what is not in it is unsure.

    The first `"key":` is a key (inside text a quote is escaped); it is the
    record's own when no other object opens before it. Not looked for: a
    second copy of the same key (only a hand edit makes one).
    """
    at = line.find(key)
    if at < 0:
        # `"key" :` spaced, or a line cut before the key: look closer.
        return None if key[:-1] in line or not line.endswith(b"\n") else b""
    if line.find(b"{", line.find(b"{") + 1, at) >= 0:
        return None  # another object (or a brace in text) before it
    start = at + len(key)
    if line[start : start + 1] != b'"':
        return None  # not text
    end = line.find(b'"', start + 1)
    value = line[start + 1 : end]
    return None if end < 0 or b"\\" in value else value


def _is_iso_day(day: bytes) -> bool:
    return (
        len(day) == 10
        and day[4:5] == b"-"
        and day[7:8] == b"-"
        and day[:4].isdigit()
        and day[5:7].isdigit()
        and day[8:].isdigit()
    )


def prefilter_safe(needle: str) -> bool:
    """Whether a needle can be looked for in the raw JSON bytes of a record.

    Not when JSON would escape it, or when it could match a stage's label or
    name a day ("14 july", "14/07/2026"), which search text holds in words but
    the stored record does not (it holds only "2026-07-14").
    """
    if any(ord(c) < 0x20 or c in '"\\' for c in needle):
        return False
    if any(needle in stage.label.casefold() for stage in Stage):
        return False
    return day_asked(needle) is None


def raw_filter(needle: str) -> Callable[[str, bytes], bool]:
    """A quick test on a record's JSON bytes that never misses a real match."""
    encoded = needle.encode()

    def keep(doc_id: str, raw: bytes) -> bool:
        if b"\\u" in raw:
            return True  # escaped characters: let the exact test decide
        if raw.isascii():
            return encoded in raw.lower()
        return needle in raw.decode("utf-8", "replace").casefold()

    return keep
