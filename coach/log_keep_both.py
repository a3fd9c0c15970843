"""Keeping both sides of a record changed in two places: the log's in place, the other beside it.

An entry or a plan whose words differ is kept as an "(other version)" copy
(once: a copy kept already is looked for). Shared by log_merge (a journal
changed outside coach) and repair_in_place (a damaged file edited in place).
"""

from __future__ import annotations

from typing import Any

from coach.log_merge_account import LogMerge

ENTRIES = "entries"
PLANS = "plans"


def free_key(table: dict[str, Any], wanted: str) -> str:
    """wanted when the table has nothing there, else the key after its largest number."""
    if wanted not in table:
        return wanted
    # isascii: str.isdigit also takes digits int() refuses ("²").
    numbers = [
        int(k) for k in table if isinstance(k, str) and k.isascii() and k.isdigit() and len(k) < 19
    ]
    return str(max(numbers, default=0) + 1)


def keep_both(
    merge: LogMerge, table: dict[str, Any], at: str, mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    """The log's entry in place, the file's kept beside it as "(other version)" (once)."""
    from coach.journal_records import conflict_copy, copy_kept_already
    from coach.merge import content_of
    from coach.model import new_entry_id
    from coach.records import EntryError, entry_to_record

    mine = dict(mine)
    revisions = [r.get("revision") for r in (mine, theirs)]
    mine["revision"] = max((r for r in revisions if type(r) is int), default=0) + 1
    table[at] = mine
    if content_of(mine) == content_of(theirs):
        merge.already += 1  # only coach's bookkeeping differed
        return
    if merge.counting:
        merge.both_kept.append((mine, None))  # whether a copy is kept already is not looked for
        return
    try:
        kept = copy_kept_already(table, at, theirs, copy_keys(merge, table, theirs))
        copy = entry_to_record(conflict_copy(theirs)) if kept is None else None
    except EntryError:
        # Unreadable as an entry: kept as it was, whole, under an id of its own
        # (two records with one id would be taken for one).
        kept, copy = None, {**theirs, "id": new_entry_id()}
    if copy is not None:
        put_copy(merge, table, at, copy)
    merge.both_kept.append((mine, copy))


def copy_keys(merge: LogMerge, table: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """The keys of the entries table that may hold a copy of theirs (same created_at)."""
    if merge.by_created is None:
        merge.by_created = {}
        for key, record in table.items():
            if isinstance(record, dict):
                merge.by_created.setdefault(str(record.get("created_at")), []).append(key)
    written = [key for name, key in merge.touched if name == ENTRIES]
    return merge.by_created.get(str(theirs.get("created_at")), []) + written + merge.placed


def put_copy(merge: LogMerge, table: dict[str, Any], at: str, copy: dict[str, Any]) -> None:
    """A copy under a key of its own (the largest key is looked for once, not per copy)."""
    number = merge.next_copy or int(free_key(table, at))
    while str(number) in table:
        number += 1
    table[str(number)] = copy
    merge.next_copy = number + 1
    merge.placed.append(str(number))


def plan_words(plan: dict[str, Any]) -> tuple[str, str]:
    """What a person reads of a plan: its two halves, without a clash marker."""
    from coach.merge import OTHER_VERSION

    when, then = (str(plan.get(half) or "").strip() for half in ("when", "then"))
    return when, then.removesuffix(OTHER_VERSION)


def keep_both_plans(
    merge: LogMerge, table: dict[str, Any], at: str, mine: dict[str, Any], theirs: dict[str, Any]
) -> None:
    """The log's plan in place, the file's kept beside it as "(other version)" (once)."""
    from coach.merge import OTHER_VERSION
    from coach.plans import new_plan_id

    table[at] = mine
    wanted = (plan_words(theirs), theirs.get("entry_id"))
    kept = merge.counting or any(
        isinstance(plan, dict) and (plan_words(plan), plan.get("entry_id")) == wanted
        for key, plan in table.items()
        if key != at
    )
    copy = None
    if not kept:
        then = f"{str(theirs.get('then') or '').strip()}{OTHER_VERSION}"
        copy = {**theirs, "id": new_plan_id(), "then": then}
        table[free_key(table, at)] = copy
    merge.plans_kept.append((mine, copy))
