"""How `coach repair` names a record a person would recognise, and counts records and fields."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from coach.repair_filled import dated


def count_records(number: int) -> str:
    """ "1 record", "3 records"."""
    return f"{number} record" + ("" if number == 1 else "s")


def count_fields(count: int) -> str:
    """ "1 field", "9 fields"."""
    return "1 field" if count == 1 else f"{count} fields"


def tables_counted(tables: Iterable[str]) -> str:
    """ "197 entries and 6 plans": records counted by what a person calls them."""
    names = {"entries": ("entry", "entries"), "plans": ("plan", "plans")}
    counts = Counter(tables)
    parts = []
    for table, number in counts.items():
        if table == "profile":
            parts.append("your details")
            continue
        one, many = names.get(table, (f"record of {table}", f"records of {table}"))
        parts.append(f"{number} {one if number == 1 else many}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" and {parts[-1]}"


def field_names(names: list[str], table: str = "entries") -> str:
    """Fields in the app's words, the first few of a long list and how many more."""
    from coach.field_words import field_words

    if len(names) <= 6:
        return field_words(names, table)
    return field_words(names[:5], table) + f" and {len(names) - 5} more"


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
        return f"plan {record.get('id', '?')}: {_plan_words(record)}"
    return f"a record of {table}"


def _plan_words(record: dict[str, Any]) -> str:
    """The plan as coach says it ("After dinner, I will write to Sam"); a half not read, named."""
    from coach.plans import plan_sentence

    when = str(record.get("when") or "").strip()
    then = str(record.get("then") or "").strip()
    if when and then:
        return plan_sentence(when, then).rstrip(".")
    if then:
        return f"(its cue not read), {plan_sentence('x', then).split(', ', 1)[1].rstrip('.')}"
    if when:
        return f"{plan_sentence(when, 'x').rsplit(', ', 1)[0]}, (what you will do not read)"
    return "(its words not read)"
