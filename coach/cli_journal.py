"""CLI commands on the journal: import, export, list, show, stats, plans."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from coach.cli_sealing import say_export_is_plain
from coach.cli_unlocking import open_existing_journal, open_journal
from coach.details_import import take_details
from coach.errors import CoachError
from coach.export_target import export_target
from coach.exporting import entry_markdown, export_text
from coach.files import write_private
from coach.import_plans_lost import plans_with_entries
from coach.journal import Journal
from coach.model import Entry, Profile, Stage
from coach.name_text import clean_name
from coach.paths import Locations, own_file_refusal
from coach.plans import Plan
from coach.searchable import why_nothing
from coach.terminal_text import shown_safely
from coach.transfer import SkippedEmail, read_import_file, read_import_plans, read_import_profile
from coach.wording import counted


def _warn_shared(shared: dict[str, int]) -> None:
    """Ids held by more than one entry (a sync tool or a hand edit): say so, and the fix."""
    for entry_id, count in shared.items():
        print(
            f"coach: {count} entries share the id {entry_id}; `coach show` opens only one. "
            "Run `coach repair` to give each its own id.",
            file=sys.stderr,
        )


def _warn_unreadable(journal: Journal) -> bool:
    """Entries that could not be read are left on disk untouched; say so.

    Whether the whole entries table is unreadable (a list): then that is said
    with `coach repair`, not as one entry, and the journal is not "empty" (rv40 D9).
    """
    from coach.repair_copies import kept_aside_said

    waiting = kept_aside_said(journal.path) if journal.path is not None else None
    if waiting is not None:  # rv43 S5: said only by a note beside the copy, once the run ended
        print(f"coach: {waiting}", file=sys.stderr)
    if not journal.unreadable:
        return False
    from coach.journal_records import ENTRIES, table_where
    from coach.unreadable_advice import entries_table_advice

    shape = journal.table_shape(ENTRIES)
    if shape is not None:
        print(f"coach: {entries_table_advice(shape, 'close coach')}", file=sys.stderr)
    problems = [p for p in journal.unreadable if not p.startswith(f"{table_where(ENTRIES)}:")]
    if not problems:
        return shape is not None
    count = len(problems)
    unreadable = counted(count, "entry", "entries")
    left = "was left as it is" if count == 1 else "were left as they are"
    print(
        f"coach: {unreadable} in the journal could not be read and {left} "
        f"(not shown here): {'; '.join(problems)}",
        file=sys.stderr,
    )
    if journal.path is not None:
        from coach.unreadable_advice import mend_by_hand

        codec = getattr(journal.storage, "codec", None)
        sealed = codec is not None and codec.encrypted
        print(f"coach: {mend_by_hand(journal.path, sealed, count, problems)}", file=sys.stderr)
    return shape is not None


def _warn_conflicts(journal: Journal) -> None:
    from coach.journal_backup import conflict_note, gone_note

    for path in getattr(journal.storage, "found_gone", []):
        print(f"coach: {shown_safely(gone_note(path))}", file=sys.stderr)
    for copy in journal.conflict_copies:
        if ".log.conflict-" in copy.name:
            continue  # saves set aside, not an earlier version: the note after the command says so
        print(f"coach: {shown_safely(conflict_note(copy))}", file=sys.stderr)


def cmd_import(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Add entries from JSON, CSV or .eml files, all or none: one bad file imports nothing."""
    entries: list[Entry] = []
    plans: list[Plan] = []
    # Every file is read before anything is written, so all go in or none do.
    notes: list[str] = []
    profiles: list[Profile] = []
    if "-" in args.file:
        # Each file is read more than once (entries, plans, details), which a pipe can't be.
        raise CoachError(
            "coach import reads files, not standard input (-): save what you would pipe in "
            "to a file and import that (a file named - is ./-). Nothing was imported."
        )
    not_rejections: list[SkippedEmail] = []
    left_out: list[Entry] = []  # entries whose company is too long: named, the rest go in
    for name in args.file:
        try:
            entries += read_import_file(
                Path(name),
                notes=notes,
                any_email=getattr(args, "any_email", False),
                left_out=left_out,
            )
        except SkippedEmail as error:
            if len(args.file) == 1:
                raise
            # One invitation among rejections: the rest go in, and it is named.
            not_rejections.append(error)
            continue
        plans += read_import_plans(Path(name), notes=notes)
        profile = read_import_profile(Path(name))
        if profile is not None:
            profiles.append(profile)
    if not_rejections and not entries and not profiles and not plans:
        said = "\n".join(f"{error.reason}." for error in not_rejections)
        raise CoachError(f"{said}\nNothing was imported.")
    notes[:0] = [
        f"{e.path} was skipped, the other files were imported: "
        f"{e.reason.removeprefix(f'{e.path}: ')}."
        for e in not_rejections
    ]
    if not entries and not profiles and not places.journal.exists():
        # Only plans, for a journal not made yet: their entries are nowhere, so
        # none can go in, and an empty journal is not made for nothing.
        plans_with_entries(plans, set(), left_out, notes, rest=False)
        for note in notes:
            print(f"coach: {shown_safely(note)}", file=sys.stderr)
        print("Nothing was imported.", file=out)
        return 0
    # Lazy: a big journal takes the new entries without being read whole.
    journal = open_journal(places, lazy=True)
    wanted = {plan.entry_id for plan in plans} - {entry.id for entry in entries}
    known = {entry.id for entry in entries} | set(journal.companies_of(wanted) if wanted else ())
    plans = plans_with_entries(plans, known, left_out, notes, rest=bool(entries or profiles))
    # One save: a failure leaves neither the entries nor their plans half in.
    result, added_plans = journal.import_with_plans(entries, plans)
    for profile in profiles:
        notes += take_details(journal, profile)
    _warn_conflicts(journal)
    _index_in_step(journal)
    for note in notes:
        print(f"coach: {shown_safely(note)}", file=sys.stderr)
    skipped = f", {len(result.skipped)} already in the journal" if result.skipped else ""
    skipped += f", {len(result.repeated)} given twice" if result.repeated else ""
    skipped += f", {counted(len(not_rejections), 'email')} skipped" if not_rejections else ""
    skipped += f", {len(left_out)} left out (company name too long)" if left_out else ""
    with_plans = f" and {counted(len(added_plans), 'plan')}" if added_plans else ""
    print(
        f"Imported {counted(len(result.added), 'entry', 'entries')}{with_plans}{skipped}.",
        file=out,
    )
    return 0


def _index_in_step(journal: Journal) -> None:
    """Rebuild a big plain journal's word index if a write (or anyone) left it out of date.

    An import or plan that folds the log writes a new journal file, which the
    old index does not describe; until rebuilt, `list --search` scans it all.
    """
    # A cache: if it cannot be built, the next search scans and tries again.
    with contextlib.suppress(CoachError, OSError):
        journal.refresh_search_index()


def cmd_export(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Write every entry as JSON, markdown or CSV."""
    if args.output:
        # Before anything is opened: an export over the journal would replace it.
        refusal = own_file_refusal(places, Path(args.output), "an export")
        if refusal:
            raise CoachError(refusal)
    # `-o -` is stdout; a link's target is what gets written.
    target = export_target(args.output, force=args.force) if args.output else None
    args.output = None if target is None else args.output
    args.target = target
    journal = open_existing_journal(places)
    entries = journal.entries()
    say_export_is_plain(journal, args.output)
    if args.format == "json":
        return _export_json_streaming(args, journal, entries, out)
    texts = _question_texts(places) if args.format == "markdown" else None
    text = export_text(
        entries,
        args.format,
        include_private=args.include_private,
        question_texts=texts,
        plans=_plans_to_export(journal, entries),
    )
    _warn_unreadable(journal)
    if args.target is not None:
        try:
            # Private and whole: an export can hold the private notes.
            write_private(args.target, text.encode("utf-8"))
        except OSError as error:
            raise CoachError(_cannot_write(args, error)) from None
        print(_wrote(args, len(entries)), file=sys.stderr)
    else:
        out.write(text)
    return 0


def _export_json_streaming(
    args: argparse.Namespace, journal: Journal, entries: Sequence[Entry], out: TextIO
) -> int:
    """The JSON export written an entry at a time, never held whole."""
    from coach.exporting import json_chunks
    from coach.files import write_private_chunks

    chunks = json_chunks(
        entries,
        include_private=args.include_private,
        plans=_plans_to_export(journal, entries),
        profile=journal.profile(),
    )
    _warn_unreadable(journal)
    if args.target is not None:
        try:
            # Private and whole: an export can hold the private notes.
            write_private_chunks(args.target, chunks)
        except OSError as error:
            raise CoachError(_cannot_write(args, error)) from None
        print(_wrote(args, len(entries)), file=sys.stderr)
    else:
        for chunk in chunks:
            out.write(chunk.decode("utf-8"))
    return 0


def _shown_target(args: argparse.Namespace) -> str:
    """The output as typed, and the file written when it is a link."""
    # The path itself being a link, not the folders on the way (/tmp on macOS, ".."):
    # those write the very file the person named.
    if not os.path.islink(args.output):
        return str(args.output)
    return f"{args.output} (through the link, to {args.target})"


def _wrote(args: argparse.Namespace, count: int) -> str:
    """The line that says an export was written, and where."""
    # Escaped as every other message: a file name can hold escape codes (a hostile
    # download picked by tab completion), which would clear the screen or set its title.
    return shown_safely(f"Wrote {counted(count, 'entry', 'entries')} to {_shown_target(args)}.")


def _cannot_write(args: argparse.Namespace, error: OSError) -> str:
    """Why the export file could not be written; the old file (if any) is as it was."""
    return f"Cannot write {_shown_target(args)}: {error.strerror or error}. Nothing was written."


def _plans_to_export(journal: Journal, entries: Sequence[Entry]) -> list[Plan]:
    """The plans of the entries exported; the others are counted on stderr, not written.

    A plan whose entry is gone (deleted by a coach from before deletes took
    plans along) shows nowhere, and an import leaves it out: writing it would
    only make every import of this file say so.
    """
    exported = {entry.id for entry in entries}
    plans = journal.plans()
    kept = [plan for plan in plans if plan.entry_id in exported]
    skipped = len(plans) - len(kept)
    if skipped:
        one = skipped == 1
        whose = "its entry is" if one else "their entries are"
        why = f"{whose} gone from the journal (deleted earlier)"
        if journal.unreadable:
            why += " or could not be read (named below)"
        print(
            f"coach: {counted(skipped, 'plan')} left out of the export: {why}. "
            f"{'It stays' if one else 'They stay'} in the journal; `coach plans --all` lists "
            f"{'it' if one else 'them'}.",
            file=sys.stderr,
        )
    return kept


def format_entry_line(entry: Entry) -> str:
    """One row of `coach list`."""
    reply = entry.reply.status.label
    return (
        f"{entry.id}  {entry.date.isoformat()}  {_clip(entry.company, 24, marked=True)}  "
        f"{_clip(entry.role, 22)}  {entry.stage.label:<16}  {reply}"
    )


def _clip(text: str, width: int, *, marked: bool = False) -> str:
    """The text cut or padded to width terminal cells, as the app's list fits it (rv43 S7)."""
    from coach.cell_fit import cells, fit

    # Escaped before clipping, so an escape code cannot push the columns out of line.
    # Zero-width characters an older import kept are not counted as columns.
    text = " ".join(shown_safely(clean_name(text)).split())
    if marked:  # a company: a clash copy's "(other version)" is never the part cut
        from coach.merge import clip_keeping_mark

        return clip_keeping_mark(text, width, fit, cells)
    return fit(text, width)


def cmd_list(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Entries, newest first, optionally filtered."""
    # Lazy: a search reads only the records that can match.
    journal = open_existing_journal(places, lazy=True)
    stage = Stage(args.stage) if args.stage else None
    entries = journal.search(args.search or "", stage)
    table_unread = _warn_unreadable(journal)
    _warn_shared({i: n for i, n in Counter(e.id for e in entries).items() if n > 1})
    if not entries and table_unread:
        return 1  # not "empty": the entries could not be read, said above with the way out
    if not entries:
        filtered = args.stage or args.search
        why = why_nothing((args.search or "").strip().casefold())
        print(
            f"No entries match. {why}".strip()
            if filtered
            else "The journal is empty. Run `coach` to add one.",
            file=out,
        )
    else:
        out.write("\n".join(format_entry_line(e) for e in entries) + "\n")
    if args.search and not journal.index_answered:
        # Answered by the scan: the index is missing or out of date (a fold
        # by an import, a copy, a hand edit). Rebuilt once, after the answer
        # is out, so the next search reads only what may match.
        out.flush()
        _index_in_step(journal)
    return 0


def cmd_show(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """One entry in full."""
    journal = open_existing_journal(places)
    entry = journal.get(args.id)
    _warn_shared({i: n for i, n in journal.shared_ids().items() if i == entry.id})
    plans = [plan for plan in journal.plans() if plan.entry_id == entry.id]
    texts = _question_texts(places)
    out.write(entry_markdown(entry, include_private=True, question_texts=texts, plans=plans))
    return 0


def _question_texts(places: Locations) -> dict[str, str]:
    """Question id to its wording, so reflections read as questions, not ids."""
    from coach.content import load_content
    from coach.walk import CARRY_FORWARD_KEY, CARRY_FORWARD_QUESTION

    questions = load_content(places.content_dir).content.questions
    texts = {question.id: question.text for question in questions.values()}
    # The vent step's closing line is kept among the reflections.
    texts.setdefault(CARRY_FORWARD_KEY, CARRY_FORWARD_QUESTION)
    return texts


def cmd_stats(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Where the rejections cluster, and the trends, as text or JSON."""
    from coach.content import load_content
    from coach.insights import compute, insights_to_record
    from coach.plan_insights import format_plan_stats, summarise, summary_to_record
    from coach.stats_text import format_stats

    # Lazy: stats reads a big journal a record at a time, without the long texts.
    journal = open_existing_journal(places, lazy=True)
    content = load_content(places.content_dir).content
    entries = journal.entries_to_count()
    made = journal.plans()
    insights = compute(entries, content, date.today(), made)
    _warn_unreadable(journal)
    plans = summarise(made, entries, date.today())
    if args.json:
        record = {**insights_to_record(insights), "plans": summary_to_record(plans)}
        out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_stats(insights))
        if insights.weathered:
            out.write(format_plan_stats(plans))
    return 0
