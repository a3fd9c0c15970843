"""What `coach repair` says of logs: the one beside a big journal, and saves set aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from coach.field_words import field_word
from coach.log_merge_account import LogMerge
from coach.repair_described import count_fields, count_records, described, field_names
from coach.repair_filled import filled, said_filled
from coach.repair_log import LogRead
from coach.repair_log_line import KeptRecord, SalvagedLine

# A plan's answer and day, named when only they differ between the two sides.
_SHOWN_FIELDS = ("due", "status", "closed_on")


def print_log(log: LogRead, kept: Path | None, name: str, out: TextIO) -> None:
    """What the append log beside a big journal (its latest saves) added, and what it could not."""
    if log.applied:
        saves = f"{log.applied} save" + ("" if log.applied == 1 else "s")
        print(
            f"Applied {saves} from the log beside it ({name}.log, where a big journal keeps "
            f"its latest saves): {count_records(log.set_records)} written, "
            f"{count_records(log.removed_records)} removed.",
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


def print_changed_in_place(merge: LogMerge, name: str, out: TextIO) -> None:
    """Records the log saved that the damaged file holds changed outside coach too."""
    print(
        f"{count_records(len(merge.touched))} the log saved had been changed in {name} outside "
        "coach too (an edit that kept the file in place), so neither is lost:",
        file=out,
    )
    _print_merge_body(Path(f"{name}.log"), merge, name, out)


def print_merge(path: Path, merge: LogMerge, name: str, out: TextIO) -> None:
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
        had = ", ".join(
            f"{field_word(k, table)} {_value(theirs[k])}" for k in differ if theirs[k] is not None
        )
        print(
            f"  Changed in both places: {described(table, mine)}. Kept coach's latest save; "
            f"the file's version ({had or described(table, theirs)}) is in the copy kept aside.",
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
            f"  Kept the later save of {described(table, newest)}; this older one "
            f"({described(table, record)}) stays in {path.name}.",
            file=out,
        )
    for table, record in merge.kept_despite_removal:
        print(
            f"  Kept {described(table, record)}: deleted in coach, but changed outside "
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
        print(f"  {did} {count_records(len(shown))} {what}", file=out)
        for table, record in shown:
            print(f"    {described(table, record)}", file=out)


def _print_both_kept(merge: LogMerge, name: str, out: TextIO) -> None:
    """Records changed in coach and outside it: coach's save in place, the file's beside it."""
    for table, pairs, check in (
        ("entries", merge.both_kept, "`coach show`, and delete"),
        ("plans", merge.plans_kept, "`coach plans --all`, and let go of"),
    ):
        for mine, copy in pairs:
            kept = (
                f"the other, as {name} had it, is kept beside it as {described(table, copy)}"
                if copy is not None
                else "the other, as the file had it, was kept as a copy already"
            )
            print(
                f"  Changed in both places: {described(table, mine)}. Kept coach's latest save "
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
    elif all(record.aside for record in line.records):
        print(f"{where}; read what could be:", file=out)
    else:
        print(f"{where}; kept what could be read of it:", file=out)
    for record in line.records:
        # As read (a date it lost shows as unreadable), under the id it is stored with.
        shown = {**(record.before or {}), **record.fields, "id": record.stored.get("id")}
        print(f"  {described(record.table, shown)}: {_kept(record)}", file=out)
    if line.removed:
        print(f"  and its removal of {count_records(line.removed)}.", file=out)
    if not line.whole:
        kept = [r.table for r in line.records if not r.aside]
        # Plans are listed by `coach plans`; `coach show` shows entries only.
        commands = ["`coach show`"] if any(t != "plans" for t in kept) else []
        commands += ["`coach plans`"] if "plans" in kept else []
        check = f"; check those records with {' and '.join(commands)}" if commands else ""
        print(f"  The whole line is in {kept_in}{check}.", file=out)


def _value(value: Any) -> Any:
    # A plan let go is stored "dropped"; the app says "let go".
    return "let go" if value == "dropped" else value


def _kept(record: KeptRecord) -> str:
    """What of a record of a damaged save was kept, and what was not."""
    if record.whole:
        return "read whole."
    read = f"{count_fields(len(record.fields))} read"
    if record.aside:
        unread = f"; not read: {field_names(record.lost, record.table)}" if record.lost else ""
        was = (
            "the plan as the save before left it is kept (a change this save made there is lost)"
            if record.before
            else "it is left out"
        )
        return f"{read}{unread}. Coach cannot use it as a plan ({record.aside}), so {was}."
    if record.before is None:
        lost = (
            f"; not read: {field_names(record.lost, record.table)}"
            if record.lost
            else ", every field others have"
        )
        return f"{read} of this new record{lost}." + said_filled(
            filled(record.table, record.fields)
        )
    if record.lost:
        lost = field_names(record.lost, record.table)
        return (
            f"{read}; not read: {lost}, kept as the save before left it (a change this "
            "save made there is lost)."
        )
    return f"{read}: every field it had before was read."
