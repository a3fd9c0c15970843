"""Saves that wait outside the journal file: a log it no longer belongs to, or one set aside.

When journal.json is changed outside coach, the log beside a big journal (its
latest saves) stops applying, and the next save sets it aside as
`journal.json.log.conflict-*`. Neither is read back until `coach repair`
merges them (coach/log_merge.py), so every opening says when any wait.
A log whose saves the file holds already (a fold that could not remove it) is no news.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from coach.crypto import file_is_sealed
from coach.json_numbers import parse_journal_json
from coach.log_base import belongs, stamp_of, whole_if_same
from coach.log_lines import log_path_of
from coach.log_net import net_changes
from coach.log_news import folded_already, news
from coach.storage import generation_of
from coach.wording import counted

CONFLICT_MARK = ".log.conflict-"
MERGED_MARK = ".merged-"


@dataclass
class Waiting:
    """Saves of coach's not in the journal file: how many records, and where they wait."""

    # Records the log beside the journal would add, change or remove.
    in_log: int = 0
    # Logs set aside by earlier saves, not merged back yet.
    set_aside: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.in_log or self.set_aside)


def set_aside_logs(real: Path) -> list[Path]:
    """The logs earlier saves set aside beside this journal file and no repair has merged."""
    try:
        found = real.parent.glob(f"{real.name}{CONFLICT_MARK}*")
        return sorted(p for p in found if MERGED_MARK not in p.name and p.is_file())
    except OSError:
        return []


def merged_name(path: Path) -> Path:
    """Where a set-aside log goes once merged, so it is never merged twice."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.name}{MERGED_MARK}{stamp}")


def log_is_orphan(raw: bytes, real: Path) -> bool:
    """Whether the log's head names another journal file than this one (or none that reads)."""
    import orjson

    try:
        head = orjson.loads(raw.split(b"\n", 1)[0])
        info = os.stat(real)
    except (orjson.JSONDecodeError, OSError):
        return False  # a damaged head is repair's to report, as a damaged log
    stamp = stamp_of(info)
    return not belongs(head, stamp, lambda: whole_if_same(real, stamp))


def orphan_records(real: Path) -> int:
    """Records the log beside this journal file would change that the file lacks (0: none)."""
    # Its head alone says whether it belongs (the usual case): this runs after
    # every command, so the rest is read only for a log that does not.
    try:
        with log_path_of(real).open("rb") as log:
            head = log.readline()
            if not head or not log_is_orphan(head, real):
                return 0
            raw = head + log.read()
    except OSError:
        return 0
    if file_is_sealed(real):
        # Its records cannot be compared without the passphrase: count what the log holds.
        latest = net_changes(raw).latest
        return sum(1 for name, _ in latest if not name.startswith("_"))
    try:
        data = parse_journal_json(real.read_bytes())
    except (OSError, ValueError, RecursionError):
        return 0  # a file that does not read: the reader reports it, and repair mends both
    if not isinstance(data, dict) or folded_already(raw, real, generation_of(data)):
        return 0
    return news(data, raw)


def waiting(journal: Path) -> Waiting:
    """What waits beside this journal (nothing for a journal whose saves are all in it)."""
    real = Path(os.path.realpath(journal))
    found = Waiting()
    with contextlib.suppress(OSError):
        found.in_log = orphan_records(real)
    found.set_aside = set_aside_logs(real)
    return found


def waiting_note(journal: Path, data_dir: Path) -> str | None:
    """Plain words on saves waiting outside the journal file and what to do; None if none."""
    found = waiting(journal)
    if not found:
        return None
    parts = []
    if found.in_log:
        parts.append(
            f"your latest saves ({counted(found.in_log, 'record')} added, changed or removed, "
            f"kept in {journal.name}.log) were made before {journal.name} was changed outside "
            "coach (a hand edit, a sync tool or a restored copy), so they are not shown yet"
        )
    if found.set_aside:
        names = ", ".join(path.name for path in found.set_aside)
        when = "when that happened" if parts else f"when {journal.name} changed outside coach"
        parts.append(
            f"{counted(len(found.set_aside), 'file')} of saves set aside {when} "
            f"({names}) {'is' if len(found.set_aside) == 1 else 'are'} not in the journal yet"
        )
    said = "; and ".join(parts)
    return (
        f"{said[0].upper()}{said[1:]}. Nothing is lost: run `coach --data-dir {data_dir} repair` "
        "to merge them back (where both sides changed an entry, or the words of a plan, "
        "it keeps both)."
    )
