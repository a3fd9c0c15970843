"""A damaged journal's records changed in place outside coach, where its log changed them too.

A damaged journal file is matched to its log by inode, yet many editors (and a
shell's `>`) write in place and keep the inode: a record changed by hand there
and saved again in coach would be replayed over. Each log line keeps a digest
of every record it replaces ("was"); a record the damaged file still reads
whole that differs from the log's first digest of it was changed outside too,
and so was one where that first save has no digest (a record added by hand
under a key coach later used, say).
After the replay, such a record is kept beside coach's save the way
log_merge keeps both sides: an entry or a plan's words as "(other version)",
any other record named (the damaged copy kept aside holds it).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from coach.log_keep_both import ENTRIES, PLANS, keep_both, keep_both_plans, plan_words
from coach.log_lines import change_generation
from coach.log_merge_account import LogMerge
from coach.log_net import is_save, save_lines
from coach.log_was import record_digest

Spot = tuple[str, str]


def changed_outside(
    data: dict[str, Any], raw: bytes, generation: int | None, unsure: set[Spot]
) -> dict[Spot, dict[str, Any]]:
    """The records of data, as they are before the replay, that differ from the log's "was".

    unsure: records of broken lines (taken from the backup or half read): no
    hand edit can be told there, so the log's save stands.
    """
    found: dict[Spot, dict[str, Any]] = {}
    for spot, digest in _first_touches(raw, generation):
        table = data.get(spot[0])
        record = table.get(spot[1]) if isinstance(table, dict) else None
        if spot in unsure or not isinstance(record, dict):
            continue
        # No "was": the snapshot had no record there (or coach changed it in
        # place), so a whole one here may be the hand's: kept, never replayed over.
        if digest is None or record_digest(record) != digest:
            found[spot] = copy.deepcopy(record)
    return found


def _first_touches(raw: bytes, generation: int | None) -> Iterator[tuple[Spot, str | None]]:
    """Each record the log's later saves set or delete, once, with its first "was" digest.

    Saves at or before `generation` are already in the file; None where the
    first save that touches a record keeps no digest of it.
    """
    seen: set[Spot] = set()
    for _, _, change in save_lines(raw.split(b"\n")[:-1]):
        if not is_save(change) or (
            generation is not None and change_generation(change) <= generation
        ):
            continue
        was = change.get("was")
        was = was if isinstance(was, dict) else {}
        for key_name in ("set", "del"):
            for name, rows in change[key_name].items():
                digests = was.get(name)
                for key in rows:
                    spot = (name, str(key))
                    if spot in seen or name.startswith("_"):
                        continue
                    seen.add(spot)
                    yield spot, digests.get(spot[1]) if isinstance(digests, dict) else None


def keep_outside(data: dict[str, Any], outside: dict[Spot, dict[str, Any]]) -> LogMerge:
    """Put back beside the replayed saves each record changed outside too (after the replay)."""
    merge = LogMerge()
    for (name, key), theirs in outside.items():
        table = data.setdefault(name, {})
        mine = table.get(key)
        merge.touched.add((name, key))
        if not isinstance(mine, dict):
            table[key] = theirs  # coach deleted it, the hand edit changed it: both may matter
            merge.kept_despite_removal.append((name, theirs))
        elif name == ENTRIES:
            keep_both(merge, table, key, mine, theirs)
        elif name == PLANS and plan_words(mine) != plan_words(theirs):
            keep_both_plans(merge, table, key, mine, theirs)
        else:
            merge.replaced.append((name, mine, theirs))
    return merge
