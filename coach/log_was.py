"""What a save replaces, kept in its log line as digests ("was"), so a later merge can tell.

When journal.json is changed outside coach, coach/log_merge.py merges the log
back; a record whose digest matches the one its log line kept was left alone
by the outside change, so only coach changed it and no copy is needed.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from coach.storage import STORAGE_TABLE


def record_digest(record: Any) -> str:
    """A short digest of a record as stored, the same for it in memory and read back."""
    return hashlib.blake2b(
        orjson.dumps(record, option=orjson.OPT_SORT_KEYS), digest_size=12
    ).hexdigest()


def log_save(
    generation: int,
    sets: dict[str, Any],
    removed: dict[str, list[str]],
    before: dict[str, Any] | None,
    doc_ids: dict[str, set[str]],
) -> dict[str, Any]:
    """One save's line of the log, with the stored records it replaces as they were."""
    save: dict[str, Any] = {"g": generation, "set": sets, "del": removed}
    was = as_they_were(before, doc_ids, sets, removed)
    if was:
        save["was"] = was
    return save


def as_they_were(
    before: dict[str, Any] | None,
    doc_ids: dict[str, set[str]],
    sets: dict[str, Any],
    removed: dict[str, list[str]],
) -> dict[str, dict[str, str]]:
    """Digests of the stored records a save replaces or removes, as they stood before it.

    The log line keeps them (its "was"), so a merge after an outside change can
    tell a record changed outside from one only coach changed. Only a record
    replaced by another object is known as it was (one changed in place is
    not); without a digest a merge keeps both versions.
    """
    was: dict[str, dict[str, str]] = {}
    for name, keys in [*((n, list(r)) for n, r in sets.items()), *removed.items()]:
        old_table = (before or {}).get(name)
        known = doc_ids.get(name, set())
        if name == STORAGE_TABLE or not isinstance(old_table, dict):
            continue
        new_table = sets.get(name, {})
        for key in keys:
            old = old_table.get(key)
            if key in known and isinstance(old, dict) and old is not new_table.get(key):
                was.setdefault(name, {})[key] = record_digest(old)
    return was
