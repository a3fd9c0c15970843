"""What the journal's backup file really holds, in words, for the advice of a damaged journal.

The backup is the file as it was before the last whole rewrite. A small journal
is rewritten at every save, so its backup is one save older; a big one saves
through its log, and its backup can be weeks older, or even the empty journal
of the first import. Advice that calls it "one save older" would have a person
copy it over the journal and lose everything since, so it is described as it
is: when it was written and how many entries it holds.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import orjson

# A backup not laid out a record a line is parsed whole only below this size.
PARSE_UP_TO = 8 * 2**20
ENTRIES_HEAD = b'"entries":{\n'


def backup_note(backup: Path) -> str:
    """'an older copy, from 3 Nov 2026 at 14:02, with 12 entries' (the count when it reads)."""
    try:
        when = datetime.fromtimestamp(os.stat(backup).st_mtime)
    except (OSError, ValueError, OverflowError):
        return "an older copy"
    said = f"an older copy, from {when.day} {when:%b %Y} at {when:%H:%M}"
    count = entry_count(backup)
    if count is None:
        return said
    return f"{said}, with {count} {'entry' if count == 1 else 'entries'}"


def entry_count(path: Path) -> int | None:
    """How many entries the journal file at path holds; None when that is not quick to say."""
    try:
        with open(path, "rb", buffering=1 << 20) as handle:
            if handle.read(2) == b"{\n":
                handle.seek(0)
                return _count_by_line(handle)
            if os.fstat(handle.fileno()).st_size > PARSE_UP_TO:
                return None
            handle.seek(0)
            data = orjson.loads(handle.read())
    except (OSError, orjson.JSONDecodeError):
        return None  # sealed, damaged or gone: its date is all that can be said
    if not isinstance(data, dict):
        return None
    entries = data.get("entries", {})
    return len(entries) if isinstance(entries, dict) else None


def _count_by_line(handle: BinaryIO) -> int | None:
    """Entries in a file laid out a record a line (journal_lines): the lines of its table."""
    inside = False
    count = 0
    for line in handle:
        if not inside:
            inside = line == ENTRIES_HEAD
        elif line in (b"},\n", b"}\n"):
            return count
        else:
            count += 1
    return 0 if not inside else None
