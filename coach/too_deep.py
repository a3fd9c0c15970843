"""Where a value nested deeper than coach can write sits in the journal, and what mends it.

orjson reads a value nested 1024 deep but writes only 254: a hand edit that
nested one made every save fail with "Recursion limit reached" (rv43 D6),
which told nobody where, nor what to do.
"""

from __future__ import annotations

import contextlib
from typing import Any

import orjson

from coach.journal_records import ENTRIES, PLANS


def too_deep_at(data: dict[str, Any]) -> list[str]:
    """Each field holding a value too deep to write, as a person finds it.

    `coach repair` mends them all: entries' and plans' with the backup
    (repair_listed), the rest as text or set aside (repair_deep).
    """
    from coach.repair_described import described

    found = []
    for name, table in data.items():
        if not isinstance(table, dict):
            with contextlib.suppress(TypeError, RecursionError):
                orjson.dumps({"": table})
                continue
            found.append(f'the table "{name}"')
        for key, record in table.items() if isinstance(table, dict) else []:
            fields = record.items() if isinstance(record, dict) else [("", record)]
            for field_name, value in fields:
                try:
                    orjson.dumps({"": {"": {"": value}}})  # as deep as it sits in the journal
                except (TypeError, RecursionError):
                    if name in (ENTRIES, PLANS) and isinstance(record, dict):
                        found.append(f'"{field_name}" of {described(name, record)}')
                    else:
                        said = f'"{field_name}" of ' if isinstance(record, dict) else ""
                        found.append(f'{said}record "{key}" in "{name}"')
    return found


def unstorable(data: dict[str, Any], error: Exception) -> str:
    """Why a save could not be written, in words: where a value too deep is, and the way on."""
    if "Recursion" not in str(error):
        return f"a value cannot be stored ({error})"
    try:
        found = too_deep_at(data)
    except (TypeError, RecursionError):
        found = []
    where = f" ({'; '.join(found[:3])})" if found else ""
    way = (
        "With coach closed, run `coach repair`: it puts its words back as text where the "
        "field holds text, else sets that value aside in a copy it keeps, and saves land again"
        if found
        else "With coach closed, open the journal in a text editor and remove that value "
        "(search for its name); `coach repair` names it"
    )
    return (
        f"a value in it is nested deeper than coach can write{where} (a list inside a "
        f"list, hundreds of times: a hand edit), so no save can land. {way}"
    )
