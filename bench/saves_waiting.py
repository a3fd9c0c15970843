"""Prints how long saying whether saves wait takes, against the merge itself, at 50k entries.

Run by hand:
    uv run python bench/saves_waiting.py            # 50000 entries, 300 edited by an old log
    uv run python bench/saves_waiting.py 10000 50   # other sizes

The log is one written before digests ("was"), the slow case: every record
coach edited counts as changed on both sides. `pending` runs at each opening
of a journal whose log no longer belongs; `news` after every command.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from typing import Any

import orjson

from coach.log_merge import merge_log
from coach.log_news import news, pending
from coach.model import Entry, Stage
from coach.records import entry_to_record


def journal_and_old_log(count: int, edited: int) -> tuple[dict[str, Any], bytes]:
    """A journal's tables, and a log without digests that edited `edited` of its entries."""
    start = datetime(2026, 1, 1)
    entries = {
        str(number + 1): entry_to_record(
            Entry(
                company=f"Co {number}",
                stage=Stage.TECHNICAL,
                role=f"Role {number}",
                created_at=start + timedelta(minutes=number),
            )
        )
        for number in range(count)
    }
    lines = [orjson.dumps({"base": [1, 2, 3]})]
    for number in range(edited):
        key = str(1 + (number * 97) % count)
        record = {**entries[key], "notes": f"edited in coach {number}"}
        lines.append(orjson.dumps({"g": number + 2, "set": {"entries": {key: record}}, "del": {}}))
    return {"entries": entries}, b"\n".join(lines) + b"\n"


def timed(what: str, run: Any) -> None:
    began = time.perf_counter()
    answer = run()
    print(f"{what:<28} {time.perf_counter() - began:8.3f} s   ({answer})")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    edited = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    data, raw = journal_and_old_log(count, edited)
    print(f"{count} entries, an old log editing {edited} of them")
    timed("pending (each opening)", lambda: pending(data, raw))
    timed("news (after each command)", lambda: news(data, raw))
    tables = {name: dict(table) for name, table in data.items()}
    timed("the merge (coach repair)", lambda: len(merge_log(tables, raw).both_kept))


if __name__ == "__main__":
    main()
