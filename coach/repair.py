"""Mending a damaged journal: keep each record still readable, take the rest from the backup."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from coach.errors import CoachError
from coach.journal_records import PLANS
from coach.json_numbers import parse_journal_json
from coach.log_lines import log_path_of
from coach.log_merge import LogMerge, merge_log
from coach.log_news import folded_already
from coach.repair_deep import DeepMend
from coach.repair_filled import readable
from coach.repair_in_place import changed_outside, keep_outside
from coach.repair_log import (
    LogRead,
    follows_on,
    replay_leniently,
    started_on,
)
from coach.repair_log_line import KeptRecord
from coach.repair_salvage import Salvage, keys_past_the_cut, salvage
from coach.repair_tables import person_counts
from coach.storage import STORAGE_KEY, STORAGE_TABLE, generation_of


@dataclass
class Taken:
    """A record put back from the backup, and why."""

    table: str
    key: str
    record: Any
    # "broken": its line in the damaged file is broken; "cut": it lay past the cut.
    why: str


@dataclass
class Repair:
    """The mended journal, and what went into it, for the person to read."""

    data: dict[str, Any]
    kept: int
    from_backup: list[Taken]
    # Broken lines the backup did not hold: (line, table, what of the record could be read).
    partial: list[tuple[int, str, dict[str, Any]]]
    # Records read whole although their line held stray characters: (table, record).
    read_past_damage: list[tuple[str, Any]]
    # Lines of which nothing could be kept: (line number, its first characters).
    lost_lines: list[tuple[int, str]]
    # Records the backup holds that the last save had removed: (table, record).
    left_out: list[tuple[str, Any]]
    # The line the damaged file stops at, when it was cut short.
    cut_at: int | None
    backup_used: bool
    # Why a sealed damaged file could not be opened at all (its records all lost).
    unopened: str | None = None
    # The damaged file's own generation, when its bookkeeping line could be read.
    snapshot_generation: int | None = None
    # Line number of each broken record line -> (table, key), for the log to settle.
    line_keys: dict[int, tuple[str, str]] = field(default_factory=dict)
    # What the append log beside a big journal added (None: there was none).
    log: LogRead | None = None
    # True when the journal file itself read fine and only its log needed mending.
    file_whole: bool = False
    log_sound: bool = False  # its log read fine too: only set-aside saves were merged
    # Logs made before the journal file changed outside coach, merged back (log_merge).
    merges: list[tuple[Path, LogMerge]] = field(default_factory=list)
    # Records a newer save set or removed: an older log merged after leaves them be.
    newer: set[tuple[str, str]] = field(default_factory=set)
    # Where each line read began in the file, when it was read record by record.
    origin: list[int] | None = None
    # The backup is sealed and this repair has no passphrase: it was not read.
    backup_sealed: bool = False
    # Lines holding a table's name that did not read (line number, its text): the
    # records under it were placed by their fields, so nothing of them is lost.
    names_lost: list[tuple[int, str]] = field(default_factory=list)
    # Records whose key was lost or repeated another's, now on keys of their own: (table, record).
    rekeyed: list[tuple[str, Any]] = field(default_factory=list)
    # Records moved out of a table whose name did not read into their own: (table, record).
    placed: list[tuple[str, Any]] = field(default_factory=list)
    # Broken plan lines whose readable part is no plan coach can use (a day cut to
    # "2026-11-2"): left out of the journal, only in the copy kept aside, as a line of
    # which nothing reads is: (line, what of it could be read, why it is no plan).
    plans_aside: list[tuple[int, dict[str, Any], str]] = field(default_factory=list)
    # Tables that were a list, their records put back in a table (repair_listed.Listed).
    listed: list[Any] = field(default_factory=list)
    # Values too deep to write outside entries and plans, mended (repair_deep).
    deep: DeepMend = field(default_factory=DeepMend)

    def at_line(self, number: int) -> int:
        """The damaged file's line where the line read as `number` began."""
        return number if self.origin is None else self.origin[number - 1]

    @property
    def complete(self) -> bool:
        """Whether every record went into the mended journal whole, as far as can be told.

        A file cut short never counts: what its last save put past the cut is in
        neither file, and nothing says whether there was any.
        """
        return (
            not self.partial
            and not self.plans_aside
            and not self.lost_lines
            and not any(table.unmended for table in self.listed)
            and not self.deep.aside
            and self.cut_at is None
            and self.unopened is None
            and (self.log is None or self.log.complete)
            and all(merge.complete for _, merge in self.merges)
        )

    def _plan_aside(self, record: KeptRecord) -> None:
        """A plan a damaged save left no plan coach can use: the save before's, or none.

        As for the journal file (rv32 #4, rv34): kept, it would never be asked
        about; the whole line stays in the log's copy kept aside.
        """
        why = _no_plan(record.stored)
        if why is None:
            return
        record.aside = why
        table = self.data[PLANS]
        if record.before is not None:
            record.stored = table[record.key] = record.before
        else:
            table.pop(record.key, None)

    def take_log(self, raw: bytes, real: Path, *, whole: bool) -> None:
        """Apply the append log's saves on top, and drop from the account what they replaced."""
        belongs = started_on(raw, real, whole=whole)
        if not belongs and not whole:
            belongs = follows_on(raw, self.snapshot_generation)
        if not belongs:
            if whole and folded_already(raw, real, self.snapshot_generation or 0):
                return  # a fold that could not remove it: the file holds all of it
            # Saves made before the file changed outside coach: merged record by record.
            self.merge_in(log_path_of(real), raw)
            return
        # A damaged file matches by inode, kept by an edit in place: such edits are kept too.
        unsure = {*self.line_keys.values(), *((t.table, t.key) for t in self.from_backup)}
        gen = self.snapshot_generation
        outside = {} if whole else changed_outside(self.data, raw, gen, unsure)
        log = replay_leniently(self.data, raw, generation=gen, belongs=belongs)
        if outside:
            self.merges.append((log_path_of(real), keep_outside(self.data, outside)))
        self.log = log
        self.newer |= log.touched
        for line in log.salvaged:
            for record in line.records:
                if record.before is None and not record.whole:
                    table = self.data[record.table]
                    record.stored = table[record.key] = readable(record.table, record.stored)
                if record.table == PLANS and not record.whole:
                    self._plan_aside(record)
        # A record a later save set or removed is as it left it, whatever else held it.
        self.from_backup = [t for t in self.from_backup if (t.table, t.key) not in log.touched]
        self.partial = [p for p in self.partial if self.line_keys.get(p[0]) not in log.touched]
        self.plans_aside = [
            p for p in self.plans_aside if self.line_keys.get(p[0]) not in log.touched
        ]
        self.lost_lines = [
            line for line in self.lost_lines if self.line_keys.get(line[0]) not in log.touched
        ]
        generation = max(generation_of(self.data), log.last_generation) + 1
        self.data[STORAGE_TABLE] = {STORAGE_KEY: {"generation": generation}}

    def merge_in(self, path: Path, raw: bytes) -> None:
        """Merge a log its journal file no longer matches (or one set aside) into the data.

        Called newest first: a record a newer save put in stays (self.newer).
        """
        merge = merge_log(self.data, raw, self.newer)
        self.newer |= merge.touched
        self.merges.append((path, merge))
        generation = max(generation_of(self.data), merge.last_generation) + 1
        self.data[STORAGE_TABLE] = {STORAGE_KEY: {"generation": generation}}


def mend(damaged: bytes, backup: bytes | None) -> Repair:
    """The damaged file's readable records, plus what the backup holds of the rest."""
    found = salvage(damaged)
    old = backup_data(backup)
    if not found.tables:
        if not old:
            raise CoachError(
                "No record of the journal could be read, and there is no readable backup. "
                "Mend it in a text editor, or restore a copy of your own. Nothing was changed."
            )
        found.unplaced = True  # nothing placed at all: everything must come from the backup
    data: dict[str, Any] = {name: dict(table) for name, table in found.tables.items()}
    from_backup: list[Taken] = []
    left_out: list[tuple[str, Any]] = []
    for name, table in old.items():
        if not isinstance(table, dict) or name == STORAGE_TABLE:
            continue
        past_cut = keys_past_the_cut(found, name, table)
        for key, record in table.items():
            if key in data.get(name, {}):
                continue  # the damaged file's copy is the newer one
            if (name, key) in found.bad_keys or found.unplaced:
                why = "broken"
            elif key in past_cut:
                why = "cut"
            else:
                # The damaged file is whole here, so the last save removed it.
                left_out.append((name, record))
                continue
            data.setdefault(name, {})[key] = record
            from_backup.append(Taken(name, key, record, why))
    taken = {(item.table, item.key) for item in from_backup}
    partial: list[tuple[int, str, dict[str, Any]]] = []
    plans_aside: list[tuple[int, dict[str, Any], str]] = []
    for (name, key), (number, broken) in found.broken.items():
        if (name, key) in taken or not broken.fields:
            continue
        fields = _plan_fields(broken.fields) if name == PLANS else broken.fields
        kept = readable(name, fields)
        unusable = _no_plan(kept) if name == PLANS else None
        if unusable is not None:
            # Kept, it would sit in the journal never asked about, and every read
            # would warn of it (rv32 #4): set aside, like a line that does not read.
            plans_aside.append((number, fields, unusable))
            continue
        # Not in the backup: what of it could be read is better than nothing.
        data.setdefault(name, {})[key] = _made_by_now(kept) if name == PLANS else kept
        partial.append((number, name, fields))
    if found.bad_lines and not any(rows for n, rows in data.items() if not n.startswith("_")):
        # Mending would leave an empty journal where the file plainly held records.
        raise CoachError(
            "No record of the journal could be read, and the backup holds none, so a "
            "repair would leave an empty journal. Mend it in a text editor (at the line "
            "`coach list` names), or restore a copy of your own. Nothing was changed."
        )
    own = found.tables.get(STORAGE_TABLE)
    generation = max(generation_of(data), generation_of(old)) + 1
    data[STORAGE_TABLE] = {STORAGE_KEY: {"generation": generation}}
    return Repair(
        data=data,
        kept=found.records,
        from_backup=from_backup,
        partial=partial,
        plans_aside=plans_aside,
        read_past_damage=[(name, found.tables[name][key]) for name, key in found.read_past_damage],
        rekeyed=[(name, found.tables[name][key]) for name, key in found.rekeyed],
        placed=[(name, found.tables[name][key]) for name, key in found.placed],
        lost_lines=_lost_lines(found, taken, partial, plans_aside),
        left_out=left_out if not found.unplaced else [],
        # The file's own last line, not where the record cut there began.
        cut_at=damaged.rstrip().count(b"\n") + 1 if found.cut_short else None,
        backup_used=bool(old),
        snapshot_generation=generation_of({STORAGE_TABLE: own}) if own else None,
        line_keys={number: key for key, (number, _) in found.broken.items()},
        origin=found.origin,
        names_lost=[(n, _line_text(found.lines[n - 1])) for n in found.names_lost],
    )


def kept_whole(data: dict[str, Any]) -> Repair:
    """A journal file that reads whole (its log is what needs mending): all of it kept."""
    return Repair(
        data=data,
        kept=person_counts({n: t for n, t in data.items() if isinstance(t, dict)}),
        from_backup=[],
        partial=[],
        read_past_damage=[],
        lost_lines=[],
        left_out=[],
        cut_at=None,
        backup_used=False,
        snapshot_generation=generation_of(data),
        file_whole=True,
    )


def _lost_lines(
    found: Salvage,
    taken: set[tuple[str, str]],
    partial: list[tuple[int, str, dict[str, Any]]],
    plans_aside: list[tuple[int, dict[str, Any], str]],
) -> list[tuple[int, str]]:
    """The damaged file's broken lines of which nothing went into the mended journal.

    A plan set aside is not among them: it was read, and is said apart.
    """
    used = {number for (name, key), (number, _) in found.broken.items() if (name, key) in taken}
    used |= {number for number, _, _ in partial}
    used |= {number for number, _, _ in plans_aside}
    return [(n, _line_text(found.lines[n - 1])) for n in found.bad_lines if n not in used]


def _plan_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """What of a broken plan line counts as read: no field cut short, no theme or time made up.

    A value holding a NUL was cut where the damage began (rv34: an entry id
    "1ef9" and a NUL kept the plan apart from its entry): not read. A theme or a time
    made that does not read is left out too, and the plan takes the defaults
    (its own theme; made at the start of its day), rather than being set aside.
    """
    from datetime import datetime

    from coach.plans import THEMES

    kept = {k: v for k, v in fields.items() if not (isinstance(v, str) and "\x00" in v)}
    theme = str(kept.get("theme") or "").strip()
    if theme and theme not in THEMES:
        kept.pop("theme")
    made = str(kept.get("created_at") or "").strip()
    if made:
        try:
            datetime.fromisoformat(made)
        except ValueError:
            kept.pop("created_at")
    return kept


# What a plan cannot do without, said as a missing part rather than as the check's own
# words (rv34: a cut cue quoted the close step's prompt back).
_NEEDED = {
    "id": "its id",
    "entry_id": "the entry it belongs to",
    "when": "its cue (when)",
    "then": "what you would do (then)",
    "due": "its day",
}


def _no_plan(fields: dict[str, Any]) -> str | None:
    """Why what was read of a plan's line is no plan coach can use, or None when it is one."""
    from coach.plan_record import plan_from_record
    from coach.plans import PlanError

    try:
        plan_from_record(fields)
    except PlanError as error:
        missing = [
            said for name, said in _NEEDED.items() if not str(fields.get(name) or "").strip()
        ]
        if missing:
            return f"{' and '.join(missing)} could not be read"
        return str(error)
    return None


def _made_by_now(kept: dict[str, Any]) -> dict[str, Any]:
    """A kept plan whose time made was not read: never made after now (rv34).

    Without one a plan reads as made at the start of its day, which for a plan
    ahead is in the future; now is the latest it can have been made.
    """
    from datetime import datetime

    from coach.plan_record import plan_from_record

    if str(kept.get("created_at") or "").strip():
        return kept
    made = min(plan_from_record(kept).created_at, datetime.now().replace(microsecond=0))
    return {**kept, "created_at": made.isoformat()}


def _line_text(line: bytes) -> str:
    """A line's first characters, as a person can read them."""
    text = line.decode("utf-8", errors="replace").strip()
    return text[:60] + ("…" if len(text) > 60 else "")


def backup_data(backup: bytes | None) -> dict[str, Any]:
    """The backup's tables, as far as they read."""
    if not backup:
        return {}
    try:
        data = parse_journal_json(backup)
    except (orjson.JSONDecodeError, ValueError, RecursionError):
        return salvage(backup).tables  # a damaged backup still gives what it can
    return data if isinstance(data, dict) else {}
