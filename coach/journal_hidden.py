"""Damage that leaves the journal valid JSON yet hides records: found on opening, for repair."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from coach.errors import repair_command
from coach.journal_records import ENTRIES, PLANS, PROFILE
from coach.repair_tables import KNOWN, table_of

# A key of digits (or none) opening an object: every record's key matches once. Text
# inside a string never does (its quotes are escaped), but a match there only costs
# the exact count below, never a miss.
_RECORD_KEY = re.compile(rb'"\d*"\s*:\s*\{')
# The person's own records. A damaged _meta or _storage name is not refused: coach writes
# its bookkeeping again, and nothing the person wrote is out of sight.
_PEOPLES = frozenset({ENTRIES, PLANS, PROFILE})


def hidden_records(data: dict[str, Any], raw: bytes) -> str | None:
    """Why some records of this parsed journal would not be seen; None when all are.

    raw: the JSON bytes data was parsed from, to find two records under one key
    (a JSON reader keeps only the last of them).
    """
    why = strange_table(data)
    if why is not None:
        return why
    if len(_RECORD_KEY.findall(raw)) > _record_keys(data):
        return shared_key(raw)
    return None


def strange_table(data: dict[str, Any]) -> str | None:
    """A table coach does not know (a damaged name) holding entries, plans or the profile.

    A record key that is no number is not one: coach shows, edits and saves such a record.
    """
    for name, table in data.items():
        if name in KNOWN or not isinstance(table, dict):
            continue
        placed = [key for key, record in table.items() if table_of(record) in _PEOPLES]
        if placed:
            home = table_of(table[placed[0]])
            return (
                f"it has a table named {json.dumps(name)}, which coach does not know, "
                f"holding {_records(len(placed))} that belong in {home} (the table's name "
                "was damaged), so coach would not show them"
            )
    return None


def repair_advice(path: Path) -> str:
    """What to do about hidden records: repair, which finds each one its place."""
    return (
        f"Nothing is lost yet, and coach will not save over it. Run `{repair_command(path)}`: "
        "it puts every record back where it belongs, and keeps this file aside as it is now."
    )


def shared_key(raw: bytes) -> str | None:
    """Two records under one key in one table (a slip that made "10" read "1"), exactly."""
    # Objects are made innermost first: the table with the pair is made before its name is
    # met, so it is kept (made once, never copied) to be found among its parent's values.
    found: list[Any] = []  # the key repeated, the table holding it, then the table's name

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        made = dict(items)
        if not found and len(made) < len(items):
            seen: set[str] = set()
            for key, value in items:
                if key in seen and isinstance(value, dict):
                    found.extend([key, made])
                    break
                seen.add(key)
        elif len(found) == 2:
            found.extend(key for key, value in items if value is found[1])
        return made

    try:
        json.loads(raw, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None
    if not found:
        return None
    where = f"its {found[2]} table" if len(found) > 2 else "it"
    return (
        f"two records in {where} have the same key {json.dumps(found[0])}, and coach would "
        "show only the second of them"
    )


def _record_keys(data: dict[str, Any]) -> int:
    """How many records the parsed tables hold (an object inside a record under a key of
    digits is not counted: the exact count then runs, and finds nothing shared)."""
    return sum(
        sum(1 for key, record in table.items() if isinstance(record, dict) and _digits(key))
        for table in data.values()
        if isinstance(table, dict)
    )


def _digits(key: str) -> bool:
    """Whether _RECORD_KEY matches this key: ASCII digits, or none."""
    return not key or (key.isascii() and key.isdigit())


def _records(count: int) -> str:
    return "1 record" if count == 1 else f"{count} records"
