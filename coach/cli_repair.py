"""`coach repair`: mend a damaged journal and say what was kept and what was not."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from coach.log_merge_account import LogMerge
from coach.paths import Locations
from coach.repair import Repair
from coach.repair_copies import print_copies
from coach.repair_files import repair_journal
from coach.repair_filled import dated, filled, said_filled
from coach.repair_ids import renumbered
from coach.repair_log import LogRead
from coach.repair_log_line import KeptRecord, SalvagedLine
from coach.repair_words import after_the_cut, no_backup, sealed_backup


def cmd_repair(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Mend a journal that cannot be read, keeping the damaged file beside it.

    Exits 0 only when every record either file holds went into the mended
    journal whole; 1 when anything was only partly kept or could not be kept.
    """
    from coach.cli_sealing import _codec
    from coach.errors import CoachError
    from coach.repair_missing import missing_journal_for_repair

    missing = missing_journal_for_repair(places)
    if missing is not None:
        raise CoachError(missing)
    done = repair_journal(places.journal, codec := _codec(places))
    if done is None:
        if not renumbered(places.journal, codec, out):
            print(f"The journal {places.journal} reads fine; nothing was changed.", file=out)
        print_copies(places.journal, out)
        return 0
    repair = done.repair
    if done.aside is None and (done.merged_files or any(m.unread for _, m in repair.merges)):
        # A set-aside file renamed, or a line of one not read: the lines below say which.
        print(
            f"The journal {places.journal} reads fine, and already holds every save that "
            "reads in the logs set aside.",
            file=out,
        )
    elif done.aside is None:
        print(
            f"The journal {places.journal} reads fine, and holds every save kept outside it "
            "already; nothing was changed.",
            file=out,
        )
    elif repair.file_whole and (repair.log is None or repair.log_sound):
        # Nothing was damaged: say what was done, not that something was mended.
        print(
            f"The journal {places.journal} reads fine. Saves of coach kept outside it are "
            f"merged back in now ({_count_saves(repair)}, below).",
            file=out,
        )
        print(f"The journal file as it was before the merge is kept as {done.aside}.", file=out)
    elif repair.file_whole:
        print(f"Repaired {places.journal}.", file=out)
        print("The journal file itself reads fine: the log beside it needed mending.", file=out)
        print(f"A copy of the journal file is kept as {done.aside}.", file=out)
    else:
        print(f"Repaired {places.journal}.", file=out)
        print(f"The damaged file is kept as {done.aside}.", file=out)
    if done.backup_kept is not None:
        print(
            f"The backup is copied to {done.backup_kept} (the next save replaces "
            f"{places.journal.name}.bak itself).",
            file=out,
        )
    if repair.unopened is not None:
        print(
            f"The damaged file could not be opened ({repair.unopened}), so none of its "
            "records could be read: everything comes from the backup, an older copy, and "
            "what was saved after it is lost.",
            file=out,
        )
    if repair.cut_at is not None:
        print(f"The damaged file was cut short: it ends at line {repair.cut_at}.", file=out)
    if not repair.file_whole:
        print(f"Kept {_count(repair.kept)} still readable in it.", file=out)
    if repair.backup_sealed:
        print(sealed_backup(places.journal.name), file=out)
    if repair.read_past_damage:
        count = _count(len(repair.read_past_damage))
        print(f"Of those, {count} held stray characters or lost a brace:", file=out)
        for name, record in repair.read_past_damage:
            print(f"  {_described(name, record)}", file=out)
    _print_taken(repair, out)
    held = "the backup does not hold it" if repair.backup_used else no_backup(repair)
    for number, name, fields in repair.partial:
        number = repair.at_line(number)
        print(
            f"Kept what could be read of line {number} ({_described(name, fields)}; "
            f"{_count_fields(len(fields))} read): {held}. The whole line "
            "is in the copy kept aside; check the record with `coach show`."
            + said_filled(filled(name, fields)),
            file=out,
        )
    for number, text in repair.lost_lines:
        print(
            f"Could not read line {repair.at_line(number)} of the damaged file: {text!r}.",
            file=out,
        )
    if repair.lost_lines:
        where = "the backup does not hold them" if repair.backup_used else no_backup(repair)
        print(
            f"Nothing of those line(s) could be kept ({where}); they are still in the copy "
            "kept aside, to mend by hand.",
            file=out,
        )
    if repair.log is not None:
        _print_log(repair.log, done.log_kept, places.journal.name, out)
    for path, merge in repair.merges:
        if repair.log is not None and path.name == f"{places.journal.name}.log":
            _print_changed_in_place(merge, places.journal.name, out)
            continue
        _print_merge(path, merge, places.journal.name, out)
    if repair.merges and repair.log is None and done.log_kept is not None:
        print(f"The log as it was is kept as {done.log_kept}.", file=out)
    for before, now in done.merged_files:
        if now == before:
            print(f"{before.name} could not be renamed: a later repair merges it again.", file=out)
        else:
            print(
                f"{before.name} is merged: renamed {now.name}, so it is not merged twice.", file=out
            )
    if repair.cut_at is not None:
        print(after_the_cut(repair), file=out)
    renumbered(places.journal, codec, out)
    print_copies(places.journal, out)
    return 0 if repair.complete else 1


def _count_saves(repair: Repair) -> str:
    """How many files of saves were merged, in words."""
    count = len(repair.merges)
    return "1 file of saves" if count == 1 else f"{count} files of saves"


def _count_fields(count: int) -> str:
    return "1 field" if count == 1 else f"{count} fields"


def _print_taken(repair: Repair, out: TextIO) -> None:
    """The records taken back from the backup, each as it was one save ago."""
    # Coach's own bookkeeping ("_meta") is no record a person would recognise.
    taken = [item for item in repair.from_backup if not item.table.startswith("_")]
    if taken:
        print(f"Took {_count(len(taken))} from the backup (as the backup holds them):", file=out)
    for item in taken:
        why = "past the cut" if item.why == "cut" else "broken in the damaged file"
        print(
            f"  {_described(item.table, item.record)}"
            + ("" if repair.unopened is not None else f" ({why})"),
            file=out,
        )
    left_out = [(name, record) for name, record in repair.left_out if not name.startswith("_")]
    if left_out:
        print(
            f"Left out {_count(len(left_out))} the backup holds that the last save "
            "had removed (they stay in the backup's copy):",
            file=out,
        )
        for name, record in left_out:
            print(f"  {_described(name, record)}", file=out)


def _print_log(log: LogRead, kept: Path | None, name: str, out: TextIO) -> None:
    """What the append log beside a big journal (its latest saves) added, and what it could not."""
    if log.applied:
        saves = f"{log.applied} save" + ("" if log.applied == 1 else "s")
        print(
            f"Applied {saves} from the log beside it ({name}.log, where a big journal keeps "
            f"its latest saves): {_count(log.set_records)} written, "
            f"{_count(log.removed_records)} removed.",
            file=out,
        )
    for line in log.salvaged:
        _print_salvaged(line, "the log", "the copy of the log kept aside", out)
    for number, text in log.unread:
        print(f"Could not read line {number} of the log: {text!r}.", file=out)
    if log.unread:
        print(
            "What those save(s) changed is not in the mended journal; every later save "
            "that reads is.",
            file=out,
        )
    if log.torn is not None:
        print(
            f"The log's last line was cut short, a save that never finished (most likely "
            f"a crash), so it is not applied: {log.torn!r}.",
            file=out,
        )
    if log.orphaned:
        print(
            f"The log holds {log.orphaned} save(s) made on an earlier copy of the journal "
            "file (it was replaced from outside since, by a sync tool or a restore), so "
            "they are not applied, as coach itself would not apply them.",
            file=out,
        )
    if kept is not None:
        print(f"The log is kept as {kept}.", file=out)


def _print_changed_in_place(merge: LogMerge, name: str, out: TextIO) -> None:
    """Records the log saved that the damaged file holds changed outside coach too."""
    print(
        f"{_count(len(merge.touched))} the log saved had been changed in {name} outside coach "
        "too (an edit that kept the file in place), so neither is lost:",
        file=out,
    )
    _print_merge_body(Path(f"{name}.log"), merge, name, out)


def _print_merge(path: Path, merge: LogMerge, name: str, out: TextIO) -> None:
    """What merging a log made before the journal file changed outside coach did."""
    if path.name == f"{name}.log":
        where = (
            f"The log beside it ({path.name}, where a big journal keeps its latest saves) was "
            f"started on {name} as it was before it changed outside coach (a hand edit, a sync "
            "tool or a restored copy)"
        )
    else:
        where = f"{path.name} (saves set aside when {name} changed outside coach)"
    if not merge.changed and merge.complete:
        print(f"{where}: {name} holds all of its saves already.", file=out)
        return
    if merge.changed:
        print(f"{where}: merged its saves back, record by record.", file=out)
    else:  # nothing to merge, but a line that does not read keeps the file waiting
        print(f"{where}: {name} holds every save of it that reads; nothing was merged.", file=out)
    _print_merge_body(path, merge, name, out)


def _print_merge_body(path: Path, merge: LogMerge, name: str, out: TextIO) -> None:
    """Record by record, what a merge put in, kept beside, removed or could not read."""
    _print_records(merge.added, "Put back", f"{name} lacked:", out)
    _print_records(merge.updated, "Brought", "up to coach's latest save:", out)
    _print_both_kept(merge, name, out)
    for table, mine, theirs in merge.replaced:
        if table.startswith("_"):
            continue
        differ = [k for k in sorted(theirs) if k in _SHOWN_FIELDS and theirs[k] != mine.get(k)]
        had = ", ".join(f"{k} {theirs[k]}" for k in differ if theirs[k] is not None)
        print(
            f"  Changed in both places: {_described(table, mine)}. Kept coach's latest save; "
            f"the file's version ({had or _described(table, theirs)}) is in the copy kept aside.",
            file=out,
        )
    _print_records(
        merge.removed,
        "Removed",
        "you had deleted in coach (the file as it was is in the copy kept aside):",
        out,
    )
    for table, record, newest in merge.older:
        if table.startswith("_"):
            continue
        print(
            f"  Kept the later save of {_described(table, newest)}; this older one "
            f"({_described(table, record)}) stays in {path.name}.",
            file=out,
        )
    for table, record in merge.kept_despite_removal:
        print(
            f"  Kept {_described(table, record)}: deleted in coach, but changed outside "
            "coach too, so both may matter. Delete it again if you meant to.",
            file=out,
        )
    for number, text in merge.unread:
        print(
            f"  Could not read line {number} of {path.name}: {text!r}; it is not merged.", file=out
        )
    if merge.unread and path.name != f"{name}.log":
        print(
            f"  {path.name} stays, so each repair tries it again. Every save in it that reads "
            "is in the journal now: once you have looked at that line (mend it by hand, or "
            f"decide it is not needed), move {path.name} out of the folder and coach stops "
            "asking about it.",
            file=out,
        )
    if merge.torn is not None:
        print(
            f"  Its last line ({merge.torn[0]}) is a save a crash cut short: nothing in it could "
            f"be read, so it is left out, as coach itself leaves it out: {merge.torn[1]!r}.",
            file=out,
        )
    for line in merge.salvaged:
        _print_salvaged(line, path.name, "the copy of it kept (named below)", out)


def _print_records(
    records: list[tuple[str, dict[str, Any]]], did: str, what: str, out: TextIO
) -> None:
    """One line saying what a merge did to how many records, then each record (not coach's own)."""
    shown = [(table, record) for table, record in records if not table.startswith("_")]
    if shown:
        print(f"  {did} {_count(len(shown))} {what}", file=out)
        for table, record in shown:
            print(f"    {_described(table, record)}", file=out)


def _print_both_kept(merge: LogMerge, name: str, out: TextIO) -> None:
    """Records changed in coach and outside it: coach's save in place, the file's beside it."""
    for table, pairs, check in (
        ("entries", merge.both_kept, "`coach show`, and delete"),
        ("plans", merge.plans_kept, "`coach plans --all`, and let go of"),
    ):
        for mine, copy in pairs:
            kept = (
                f"the other, as {name} had it, is kept beside it as {_described(table, copy)}"
                if copy is not None
                else "the other, as the file had it, was kept as a copy already"
            )
            print(
                f"  Changed in both places: {_described(table, mine)}. Kept coach's latest save "
                f"in place; {kept}. Check both with {check} the one you do not want.",
                file=out,
            )


def _print_salvaged(line: SalvagedLine, log: str, kept_in: str, out: TextIO) -> None:
    """What of one damaged save of a log went into the mended journal, record by record."""
    if line.torn:
        where = (
            f"The last line of {log} was cut short, a save that never finished "
            "(most likely a crash)"
        )
    else:
        where = f"Line {line.number} of {log} is damaged"
    if line.whole:
        print(f"{where}, but it still read whole once stray characters were let through:", file=out)
    else:
        print(f"{where}; kept what could be read of it:", file=out)
    for record in line.records:
        # As read (a date it lost shows as unreadable), under the id it is stored with.
        shown = {**(record.before or {}), **record.fields, "id": record.stored.get("id")}
        print(f"  {_described(record.table, shown)}: {_kept(record)}", file=out)
    if line.removed:
        print(f"  and its removal of {_count(line.removed)}.", file=out)
    if not line.whole:
        print(
            f"  The whole line is in {kept_in}; check those records with `coach show`.",
            file=out,
        )


def _kept(record: KeptRecord) -> str:
    """What of a record of a damaged save was kept, and what was not."""
    if record.whole:
        return "read whole."
    read = f"{_count_fields(len(record.fields))} read"
    if record.before is None:
        lost = f"; not read: {_names(record.lost)}" if record.lost else ", every field others have"
        return f"{read} of this new record{lost}." + said_filled(
            filled(record.table, record.fields)
        )
    if record.lost:
        lost = _names(record.lost)
        return (
            f"{read}; not read: {lost}, kept as the save before left it (a change this "
            "save made there is lost)."
        )
    return f"{read}: every field it had before was read."


def _names(names: list[str]) -> str:
    """Field names, the first few of a long list and how many more."""
    if len(names) <= 6:
        return ", ".join(names)
    return ", ".join(names[:5]) + f" and {len(names) - 5} more"


# A plan's answer and day, named when only they differ between the two sides.
_SHOWN_FIELDS = ("due", "status", "closed_on")


def _count(number: int) -> str:
    return f"{number} record" + ("" if number == 1 else "s")


def _described(table: str, record: Any) -> str:
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
