"""`coach repair`: mend a damaged journal and say what was kept and what was not."""

from __future__ import annotations

import argparse
import contextlib
from collections import Counter
from collections.abc import Iterator
from typing import TextIO

from coach.cli_repair_log import print_changed_in_place, print_log, print_merge
from coach.journal_records import ENTRIES
from coach.paths import Locations
from coach.repair import Repair
from coach.repair_copies import UNMENDED, kept_aside, print_copies
from coach.repair_deep import deep_note
from coach.repair_described import count_fields, count_records, described, tables_counted
from coach.repair_files import Repaired, StillUnread, repair_journal
from coach.repair_filled import filled, said_filled
from coach.repair_ids import renumbered
from coach.repair_listed_note import listed_note
from coach.repair_plan_note import partial_plan_note, plan_aside_note
from coach.repair_words import after_the_cut, no_backup, sealed_backup

# Records taken back (or left out) past this many are counted, not listed one a line.
LISTED_UP_TO = 10


def cmd_repair(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Mend a journal that cannot be read, keeping the damaged file beside it.

    Exits 0 only when every record either file holds went into the mended
    journal whole, or when --without-entries did what it was asked (the person
    said the journal held no entries; the damaged file is kept), or when there
    was nothing to mend (a copy an earlier repair kept aside is still said); 1
    when anything was only partly kept or could not be kept.
    """
    from coach.cli_unlocking import journal_codec_asked as _codec
    from coach.errors import CoachError
    from coach.repair_missing import missing_journal_for_repair

    missing = missing_journal_for_repair(places)
    if missing is not None:
        raise CoachError(missing)
    with _no_coach_open(places):
        codec = _codec(places)
        try:
            done = repair_journal(places.journal, codec, without_entries=args.without_entries)
        except StillUnread:
            renumbered(places.journal, codec, out)  # entries sharing an id still get their own
            raise
    if args.without_entries and not _started_without_entries(done):
        print(
            "--without-entries changed nothing: it is only for a journal that cannot be "
            "opened over a backup that holds no entries, and this one is not that, so "
            "repair went on as it does without it.",
            file=out,
        )
    if done is None:
        waiting = kept_aside(places.journal)
        done_now = renumbered(places.journal, codec, out)
        if not done_now:
            print(f"The journal {places.journal} reads fine; nothing was changed.", file=out)
        if waiting:
            # rv43 S5: the words an earlier repair kept aside wait, and are said. Yet this
            # repair had nothing left to do, and its person no failure to mend (closing23).
            print(
                "There is nothing left for repair to do. An earlier repair kept aside what it "
                "could not put back, in the copy marked KEEP IT below: it is still there, "
                "waiting for you to put back by hand what you want of it. Then delete that "
                f"copy and the note beside it (its name ending {UNMENDED}), and this is not "
                "said again.",
                file=out,
            )
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
    elif repair.file_whole and repair.deep.changed:
        print(f"Repaired {places.journal}.", file=out)
        print(f"The journal file as it was is kept as {done.aside}.", file=out)
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
    if repair.cut_at is not None:
        print(f"The damaged file was cut short: it ends at line {repair.cut_at}.", file=out)
    if not repair.file_whole and repair.unopened is None:
        print(f"Kept {count_records(repair.kept)} still readable in it.", file=out)
    if repair.backup_sealed:
        print(sealed_backup(places.journal.name), file=out)
    if repair.read_past_damage:
        count = count_records(len(repair.read_past_damage))
        print(f"Of those, {count} held stray characters or lost a brace:", file=out)
        for name, record in repair.read_past_damage:
            print(f"  {described(name, record)}", file=out)
    if repair.rekeyed:
        count = count_records(len(repair.rekeyed))
        print(f"Of those, {count} got a new key (a key was lost, or was another's):", file=out)
        for name, record in repair.rekeyed:
            print(f"  {described(name, record)}", file=out)
    if repair.placed:
        count = count_records(len(repair.placed))
        print(
            f"Of those, {count} sat under a damaged table name; each is back in its own table:",
            file=out,
        )
        for name, record in repair.placed:
            print(f"  {described(name, record)}", file=out)
    for listed in repair.listed:
        print(listed_note(listed, places.journal.name), file=out)
    if repair.deep.changed:
        print(deep_note(repair.deep, places.journal.name), file=out)
    if repair.names_lost:
        lines = ", ".join(f"{repair.at_line(n)} ({text!r})" for n, text in repair.names_lost)
        print(
            f"A table's name did not read on line(s) {lines}; the records after it were "
            "placed by what they hold, so nothing of those lines is lost.",
            file=out,
        )
    _print_taken(repair, out)
    if repair.unopened is not None:  # after the records taken back: what this means for them
        print(
            f"The damaged file could not be opened ({repair.unopened}), so none of its "
            "records could be read: everything comes from the backup, an older copy, and "
            "what was saved after it is lost.",
            file=out,
        )
    held = "the backup does not hold it" if repair.backup_used else no_backup(repair)
    for number, name, fields in repair.partial:
        number = repair.at_line(number)
        check = (
            partial_plan_note(fields)
            if name == "plans"
            else " Check the record with `coach show`." + said_filled(filled(name, fields))
        )
        print(
            f"Kept what could be read of line {number} ({described(name, fields)}; "
            f"{count_fields(len(fields))} read): {held}. The whole line "
            f"is in the copy kept aside.{check}",
            file=out,
        )
    for number, fields, why in repair.plans_aside:
        if done.aside is not None:
            note = plan_aside_note(repair.at_line(number), fields, why, held, done.aside)
            print(note, file=out)
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
        print_log(repair.log, done.log_kept, places.journal.name, out)
    for path, merge in repair.merges:
        if repair.log is not None and path.name == f"{places.journal.name}.log":
            print_changed_in_place(merge, places.journal.name, out)
            continue
        print_merge(path, merge, places.journal.name, out)
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
    return 0 if repair.complete or _started_without_entries(done) else 1


@contextlib.contextmanager
def _no_coach_open(places: Locations) -> Iterator[None]:
    """Refuse while a coach is open on the folder (rv40 D14), as `coach encrypt` does.

    An open coach goes on showing the journal as it read it: home kept saying
    the plans could not be read, over the plans the repair had just mended.
    """
    from coach.errors import CoachError
    from coach.unsaved_folder import CoachRunning, no_coach_running

    try:
        with no_coach_running(places.data_dir):
            yield
    except CoachRunning:
        raise CoachError(
            f"A coach is open on {places.data_dir}. Quit it first, then run `coach repair` "
            "again: an open coach goes on showing the journal as it read it before the "
            "repair. Nothing was changed."
        ) from None


def _started_without_entries(done: Repaired | None) -> bool:
    """Whether the repair went ahead only because --without-entries said so."""
    return done is not None and not done.repair.file_whole and not done.repair.data.get(ENTRIES)


def _count_saves(repair: Repair) -> str:
    """How many files of saves were merged, in words."""
    count = len(repair.merges)
    return "1 file of saves" if count == 1 else f"{count} files of saves"


def _print_taken(repair: Repair, out: TextIO) -> None:
    """The records taken back from the backup, each as it was one save ago."""
    # Coach's own bookkeeping ("_meta") is no record a person would recognise.
    taken = [item for item in repair.from_backup if not item.table.startswith("_")]
    whys = {
        "cut": "past the cut",
        "broken": "broken in the damaged file",
        "listed": "missing from the damaged table",
    }
    if len(taken) > LISTED_UP_TO:
        # A whole journal taken back would fill screens and push what matters out of sight.
        if repair.unopened is None:
            why = Counter(whys.get(item.why, whys["broken"]) for item in taken)
            how = f" ({', '.join(f'{n} {said}' for said, n in why.items())})"
        else:
            how = ""
        print(
            f"Took {count_records(len(taken))} from the backup, as the backup holds them"
            f"{how}: {tables_counted(item.table for item in taken)}. `coach list` shows "
            "the entries.",
            file=out,
        )
    elif taken:
        print(
            f"Took {count_records(len(taken))} from the backup (as the backup holds them):",
            file=out,
        )
        for item in taken:
            why = whys.get(item.why, whys["broken"])
            print(
                f"  {described(item.table, item.record)}"
                + ("" if repair.unopened is not None else f" ({why})"),
                file=out,
            )
    left_out = [(name, record) for name, record in repair.left_out if not name.startswith("_")]
    if len(left_out) > LISTED_UP_TO:
        print(
            f"Left out {count_records(len(left_out))} the backup holds that the last save "
            f"had removed (they stay in the backup's copy): "
            f"{tables_counted(name for name, _ in left_out)}.",
            file=out,
        )
    elif left_out:
        print(
            f"Left out {count_records(len(left_out))} the backup holds that the last save "
            "had removed (they stay in the backup's copy):",
            file=out,
        )
        for name, record in left_out:
            print(f"  {described(name, record)}", file=out)
