"""A log's saves taken together: what each record ends as, and what it started from.

Each line of a big journal's append log is one save (coach/log_lines.py). Read
in order, they say what each record ends as (or that it was removed), and,
from each line's "was" digests, how the journal file held it before the log's
first change. A line that does not read is salvaged record by record, field by
field, as the main log's are (repair_log_line); a record it only half holds
takes the fields it lost from the log's earlier version of it, else (at the
merge) from the file's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from coach.repair_log_line import SalvagedSave, salvage_save

GONE = object()  # a record the log removed

Spot = tuple[str, str]  # (table, key)


@dataclass
class NetChanges:
    """A log's saves taken together: what each record ends as, and what it started from."""

    # The record the log left at each spot, or GONE.
    latest: dict[Spot, Any] = field(default_factory=dict)
    # The record the log held just before removing it.
    before_removal: dict[Spot, Any] = field(default_factory=dict)
    # A digest of the record the snapshot held before the log's first change of it.
    base: dict[Spot, str] = field(default_factory=dict)
    last_generation: int = 0
    unread: list[tuple[int, str]] = field(default_factory=list)
    # A last line a crash cut short, of which nothing reads: named, not counted as unread.
    torn: tuple[int, str] | None = None
    # Damaged lines that still gave something: (line number, cut short, what was read).
    salvaged: list[tuple[int, bool, SalvagedSave]] = field(default_factory=list)
    # Records last set by a damaged line that lost fields, with no earlier
    # version in the log to take them from: the fields read (the file's fill the rest).
    partial: dict[Spot, dict[str, Any]] = field(default_factory=dict)
    # The log's own version a damaged line's record took its lost fields from.
    filled_from: dict[tuple[int, Spot], dict[str, Any]] = field(default_factory=dict)


def net_changes(raw: bytes) -> NetChanges:
    """A log's saves together; a damaged line, or one a crash cut short, as far as it reads."""
    net = NetChanges()
    latest, before, unread = net.latest, net.before_removal, net.unread
    last = 0
    lines = raw.split(b"\n")
    tail = lines.pop()  # whatever follows the last newline never finished
    numbered = list(save_lines(lines))
    if tail.strip() and len(lines) > 1:  # a head alone and a torn line: a save never begun
        numbered.append((len(lines) + 1, tail, None))
    for number, line, change in numbered:
        if not is_save(change):
            salvaged = salvage_save(line)
            if salvaged is None:
                text = line.decode("utf-8", errors="replace").strip()
                shown = (number, text[:60] + ("…" if len(text) > 60 else ""))
                if number > len(lines):
                    net.torn = shown  # cut short by a crash: never a save, as in the app
                else:
                    unread.append(shown)
                continue
            net.salvaged.append((number, number > len(lines), salvaged))
            last = max(last, salvaged.generation or 0)
            _take_salvaged(net, number, salvaged)
            continue
        made = change.get("g")
        last = max(last, made if type(made) is int else 0)
        was = change.get("was")
        for name, digests in (was if isinstance(was, dict) else {}).items():
            for key, digest in digests.items() if isinstance(digests, dict) else []:
                if isinstance(digest, str):
                    net.base.setdefault((name, str(key)), digest)
        for name, records in change.get("set", {}).items():
            for key, record in records.items():
                latest[(name, str(key))] = record
                net.partial.pop((name, str(key)), None)
        for name, keys in change.get("del", {}).items():
            for key in keys if isinstance(keys, list) else []:
                spot = (name, str(key))
                was = latest.get(spot)
                if isinstance(was, dict):
                    before[spot] = was
                latest[spot] = GONE
    net.last_generation = last
    return net


def _take_salvaged(net: NetChanges, number: int, salvaged: SalvagedSave) -> None:
    """What a damaged save still holds, on top of the log's saves before it."""
    for record in salvaged.records:
        spot = (record.table, record.key)
        prior = net.latest.get(spot)
        if isinstance(prior, dict):
            net.filled_from[(number, spot)] = prior
        if record.whole:
            net.latest[spot] = record.fields
            net.partial.pop(spot, None)
        elif spot in net.partial:
            net.latest[spot] = net.partial[spot] = {**net.partial[spot], **record.fields}
        elif isinstance(prior, dict):
            net.latest[spot] = {**prior, **record.fields}
        else:
            net.latest[spot] = net.partial[spot] = dict(record.fields)
    for name, keys in salvaged.removed.items():
        for key in keys:
            spot = (name, key)
            was = net.latest.get(spot)
            if isinstance(was, dict):
                net.before_removal[spot] = was
            net.latest[spot] = GONE
            net.partial.pop(spot, None)


def save_lines(lines: list[bytes]) -> Iterator[tuple[int, bytes, Any]]:
    """Each line after the head, numbered from 1, with what it parses to (None: not JSON)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            change = orjson.loads(line)
        except orjson.JSONDecodeError:
            change = None
        if number == 1 and isinstance(change, dict) and "base" in change:
            continue  # the head: which snapshot the log was started on
        yield number, line, change


def is_save(value: Any) -> bool:
    """Whether a parsed log line has the shape of a save: a number, records set, ids removed."""
    if not isinstance(value, dict) or "g" not in value:
        return False
    sets, removed = value.get("set", {}), value.get("del", {})
    return (
        isinstance(sets, dict)
        and isinstance(removed, dict)
        and all(isinstance(records, dict) for records in sets.values())
    )
