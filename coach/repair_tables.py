"""Which table a record belongs in when its table's name was damaged: told by its fields."""

from __future__ import annotations

import re
from typing import Any

from coach.journal_lines import STORAGE_TABLE
from coach.journal_records import ENTRIES, META_TABLE, PLANS, PROFILE

KNOWN = frozenset({ENTRIES, PLANS, PROFILE, META_TABLE, STORAGE_TABLE})

# A table's opening line a slip damaged: a quote, the colon or the brace lost, a
# stray `}` or `"` let in ("entries:{", "entries":, "_meta"{, "entries"}:{). No
# record key: those are digits.
_DAMAGED_OPENING = re.compile(rb'^\s*[,}]?\s*[}"]*[A-Za-z_]+[}"]*\s*:?[\s}"]*\{?\s*$')

# The field only records of that table hold, checked in this order.
_TELLING: tuple[tuple[str, str], ...] = (
    ("entry_id", PLANS),
    ("company", ENTRIES),
    ("schema", META_TABLE),
    ("generation", STORAGE_TABLE),
    ("linkedin_url", PROFILE),
)


def table_of(record: Any) -> str | None:
    """The table a record read with no (readable) table name belongs in; None if unsure."""
    if not isinstance(record, dict):
        return None
    for name, table in _TELLING:
        if name in record:
            return table
    return None


def damaged_opening(line: bytes) -> bool:
    """Whether a line that is not a table's opening looks like one a slip damaged."""
    text = line.strip()
    return bool(text) and text not in (b"{", b"}", b"},") and bool(_DAMAGED_OPENING.match(text))


def placed_by_fields(tables: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Move each record that is in the wrong table to the table its fields say it belongs in.

    A letter lost from a table's name ("entres") leaves every record under a name
    the journal never reads; a lost closing brace, the next table's records in
    the one before. Records that fit no table, or whose key the table they fit
    holds already, stay where they are. The (table, key) of each record moved.
    """
    moved: list[tuple[str, str]] = []
    for name in list(tables):
        rows = tables[name]
        for key in list(rows):
            home = table_of(rows[key])
            if home is None or home == name or key in tables.get(home, {}):
                continue
            tables.setdefault(home, {})[key] = rows.pop(key)
            moved.append((home, key))
        if not rows and name not in KNOWN:
            del tables[name]
    return moved


def person_counts(tables: dict[str, Any]) -> int:
    """How many records of the tables a person counts: their entries and plans."""
    return sum(len(rows) for name, rows in tables.items() if name in (ENTRIES, PLANS))
