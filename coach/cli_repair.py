"""`coach repair`: mend a damaged journal and say what was kept and what was not."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from coach.paths import Locations
from coach.repair import repair_journal


def cmd_repair(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Mend a journal that cannot be read, keeping the damaged file beside it."""
    done = repair_journal(places.journal)
    if done is None:
        print(f"The journal {places.journal} reads fine; nothing was changed.", file=out)
        return 0
    repair, aside = done
    print(f"Repaired {places.journal}.", file=out)
    print(f"The damaged file is kept as {aside}.", file=out)
    print(f"Kept {_count(repair.kept)} still readable in it.", file=out)
    if repair.from_backup:
        print(f"Took {_count(len(repair.from_backup))} from the backup:", file=out)
        for name, _key, record in repair.from_backup:
            print(f"  {_described(name, record)}", file=out)
    if repair.lost_lines:
        lines = ", ".join(str(number) for number in repair.lost_lines)
        where = "the backup does not hold them" if repair.backup_used else "there is no backup"
        print(
            f"Could not recover line(s) {lines} of the damaged file ({where}); "
            "they are still in the copy kept aside, to mend by hand.",
            file=out,
        )
        return 1
    return 0


def _count(number: int) -> str:
    return f"{number} record" + ("" if number == 1 else "s")


def _described(table: str, record: Any) -> str:
    """One line a person recognises a record by (the backup's copy, one save old)."""
    if not isinstance(record, dict):
        return f"a record of {table}"
    if table == "entries":
        company = str(record.get("company") or "(no company)")
        return f"entry {record.get('id', '?')}: {company}, {record.get('date', '')}"
    if table == "plans":
        when, then = record.get("when", ""), record.get("then", "")
        return f"plan {record.get('id', '?')}: when {when}, {then}"
    return f"a record of {table}"
