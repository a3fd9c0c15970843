"""How `coach repair` names a record a person would recognise, and counts records and fields."""

from __future__ import annotations

from typing import Any

from coach.repair_filled import dated


def count_records(number: int) -> str:
    """ "1 record", "3 records"."""
    return f"{number} record" + ("" if number == 1 else "s")


def count_fields(count: int) -> str:
    """ "1 field", "9 fields"."""
    return "1 field" if count == 1 else f"{count} fields"


def field_names(names: list[str]) -> str:
    """Field names, the first few of a long list and how many more."""
    if len(names) <= 6:
        return ", ".join(names)
    return ", ".join(names[:5]) + f" and {len(names) - 5} more"


def described(table: str, record: Any) -> str:
    """One line a person recognises a record by."""
    if table == "profile":
        return "your details (the profile)"
    if not isinstance(record, dict):
        return f"a record of {table}"
    if table == "entries":
        company = str(record.get("company") or "(no company)")
        day = record.get("date") if dated(table, record) is record else "date unreadable"
        return f"entry {record.get('id', '?')}: {company}, {day}"
    if table == "plans":
        when, then = record.get("when", ""), record.get("then", "")
        return f"plan {record.get('id', '?')}: when {when}, {then}"
    return f"a record of {table}"
