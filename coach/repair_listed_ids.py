"""An entry of a table a hand edit broke that has no id: the backup's same entry's, else new."""

from __future__ import annotations

from typing import Any

from coach.journal_records import ENTRIES
from coach.repair_described import described


def same_but_id(record: dict[str, Any], backed: dict[Any, Any], held: dict[Any, str]) -> Any:
    """The backup's one record a record with no id is in every other field (rv40 D7); else None.

    Only one whose id no record of the list that reads holds: never a second copy.
    """
    if listed_id(record) is not None:
        return None
    fields = {name: value for name, value in record.items() if name != "id"}
    found = [
        copy
        for key, copy in backed.items()
        if key not in held and {n: v for n, v in copy.items() if n != "id"} == fields
    ]
    return found[0] if len(found) == 1 else None


def given_ids(rows: dict[str, Any], backed: dict[Any, Any]) -> list[str]:
    """An entry with no id gets the backup's same record's, else a new one, stored.

    Read without one, it gets a new one every time (rv40 D3): `coach show`
    cannot reach it, and an edit in the app finds it "deleted elsewhere". Given
    a new one first, the backup's same record was never found, and its plans
    lost it (rv42 D3).
    """
    from coach.model import new_entry_id

    held = {listed_id(record): key for key, record in rows.items() if listed_id(record) is not None}
    given = []
    for key, record in rows.items():
        if listed_id(record) is None:
            copy = same_but_id(record, backed, held)
            rows[key] = {**record, "id": new_entry_id() if copy is None else listed_id(copy)}
            held[listed_id(rows[key])] = key
            whose = "a new one" if copy is None else "the backup's same entry's"
            given.append(f"{described(ENTRIES, rows[key])} ({whose})")
    return given


def listed_id(record: dict[str, Any]) -> str | None:
    """A record's id as the journal reads it; None when it has none (or no text: a hand edit)."""
    value = record.get("id")
    return (value.strip() or None) if isinstance(value, str) else None
