"""Whether a log holds saves its journal file lacks, and how many: checked without merging.

Every command and home say when saves wait outside journal.json (log_waiting),
and opening a journal asks whether a log that no longer belongs still holds
news (log_lines). Both want only an answer, not a merged journal: merging a
50,000-entry journal's old log (one written before digests, where every record
coach edited counts as changed on both sides) looks for a kept copy of each
such entry across the whole table. Here each record is only classified, the
way the merge would take it, and the first piece of news is enough for `pending`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson

from coach.log_base import belongs, stamp_of, whole_if_same
from coach.log_merge import merge_log
from coach.log_net import net_changes
from coach.storage import generation_of


def news(data: dict[str, Any] | None, raw: bytes, *, first: bool = False) -> int:
    """How many records the log would add, change, remove or keep despite a removal, plus
    the lines of which nothing reads: what `coach repair` would name. Nothing is changed.

    first: stop at the first (the answer is then 0 or about 1).
    """
    tables = {n: dict(t) for n, t in (data or {}).items() if isinstance(t, dict)}
    merge = merge_log(tables, raw, counting="first" if first else "all")
    found: list[list[Any]] = [
        merge.added,
        merge.updated,
        merge.both_kept,
        merge.plans_kept,
        merge.replaced,
        merge.removed,
        # A delete kept since the record changed outside too, and a line that does not read.
        merge.kept_despite_removal,
        merge.unread,
    ]
    return sum(len(records) for records in found)


def pending(data: dict[str, Any] | None, raw: bytes) -> bool:
    """Whether the log holds anything the journal's data lacks (a quick look, nothing changed)."""
    return news(data, raw, first=True) > 0


def folded_already(raw: bytes, real: Path, generation: int) -> bool:
    """Whether a log that does not match the file was folded into it (its removal then failed).

    A fold replaces the file the log was started on, which becomes the backup,
    and every save it folded is at or below the new file's count of saves. A
    file changed outside coach fails one of the two: its backup is older, or
    (synced from a machine that saved more often) the log's base is not it.
    """
    if net_changes(raw).last_generation > generation:
        return False
    backup = real.with_name(real.name + ".bak")
    try:
        head = orjson.loads(raw.split(b"\n", 1)[0])
        stamp = stamp_of(os.stat(backup))
    except (orjson.JSONDecodeError, OSError):
        return False
    return belongs(head, stamp, lambda: whole_if_same(backup, stamp))


def unmerged(data: dict[str, Any] | None, raw: bytes, real: Path) -> bool:
    """Whether a log that does not match the file holds saves the file lacks."""
    return not folded_already(raw, real, generation_of(data)) and pending(data, raw)
