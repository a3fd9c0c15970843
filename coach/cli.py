"""The `coach` command: the full-screen app and its plain-text subcommands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from coach import __version__
from coach.errors import CoachError
from coach.files import write_private
from coach.journal import Journal
from coach.model import Entry, Stage
from coach.paths import Locations, locate
from coach.transfer import (
    FORMATS,
    entry_markdown,
    export_text,
    read_import_file,
    read_import_plans,
)
from coach.wording import counted

Command = Callable[[argparse.Namespace, Locations, TextIO], int]


def _warn_unreadable(journal: Journal) -> None:
    """Entries that could not be read are left on disk untouched; say so."""
    if not journal.unreadable:
        return
    unreadable = counted(len(journal.unreadable), "entry", "entries")
    print(
        f"coach: {unreadable} in the journal could not be read and were left as they are "
        f"(not shown here): {'; '.join(journal.unreadable)}",
        file=sys.stderr,
    )


def _warn_conflicts(journal: Journal) -> None:
    for copy in journal.conflict_copies:
        print(
            f"coach: the journal changed outside coach; your earlier version is kept at {copy}",
            file=sys.stderr,
        )


def cmd_tui(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Launch the full-screen app (Textual is imported only here)."""
    from screens.app import run_app

    return run_app(places)


def cmd_draft(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Open a saved entry's reply draft in the full-screen editor."""
    journal = Journal.open(places.journal)
    entry = journal.get(args.id)  # a wrong id is a one-line error, before any screen
    from screens.app import run_app

    return run_app(places, draft_id=entry.id)


def cmd_locate(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Print where coach keeps things."""
    rows = [
        ("data dir", places.data_dir),
        ("journal", places.journal),
        ("config dir", places.config_dir),
        ("content overrides", places.content_dir),
    ]
    for name, path in rows:
        print(f"{name + ':':<19}{path}", file=out)
    return 0


def cmd_import(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Add entries from a JSON or CSV file, all or none."""
    entries = read_import_file(Path(args.file))
    plans = read_import_plans(Path(args.file))  # read before writing: all or none
    journal = Journal.open(places.journal)
    result = journal.import_entries(entries)
    added_plans, _ = journal.import_plans(plans) if plans else ([], [])
    _warn_conflicts(journal)
    skipped = f", {len(result.skipped)} already in the journal" if result.skipped else ""
    with_plans = f" and {counted(len(added_plans), 'plan')}" if added_plans else ""
    print(
        f"Imported {counted(len(result.added), 'entry', 'entries')}{with_plans}{skipped}.",
        file=out,
    )
    return 0


def cmd_export(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Write every entry as JSON, markdown or CSV."""
    journal = Journal.open(places.journal)
    entries = journal.entries()
    texts = _question_texts(places) if args.format == "markdown" else None
    text = export_text(
        entries,
        args.format,
        include_private=args.include_private,
        question_texts=texts,
        plans=journal.plans(),
    )
    _warn_unreadable(journal)
    if args.output:
        target = Path(args.output)
        try:
            # Private and whole: an export can hold the private notes.
            write_private(target, text.encode("utf-8"))
        except OSError as error:
            raise CoachError(f"Cannot write {target}: {error.strerror or error}") from None
        print(f"Wrote {counted(len(entries), 'entry', 'entries')} to {target}.", file=sys.stderr)
    else:
        out.write(text)
    return 0


def format_entry_line(entry: Entry) -> str:
    """One row of `coach list`."""
    reply = entry.reply.status.value.replace("_", " ")
    return (
        f"{entry.id}  {entry.date.isoformat()}  {_clip(entry.company, 24):<24}  "
        f"{_clip(entry.role, 22):<22}  {entry.stage.label:<12}  {reply}"
    )


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_list(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Entries, newest first, optionally filtered."""
    journal = Journal.open(places.journal)
    stage = Stage(args.stage) if args.stage else None
    entries = journal.search(args.search or "", stage)
    _warn_unreadable(journal)
    if not entries:
        filtered = args.stage or args.search
        print(
            "No entries match." if filtered else "The journal is empty. Run `coach` to add one.",
            file=out,
        )
        return 0
    lines = [format_entry_line(e) for e in entries]
    out.write("\n".join(lines) + "\n")
    return 0


def cmd_show(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """One entry in full."""
    journal = Journal.open(places.journal)
    entry = journal.get(args.id)
    plans = [plan for plan in journal.plans() if plan.entry_id == entry.id]
    texts = _question_texts(places)
    out.write(entry_markdown(entry, include_private=True, question_texts=texts, plans=plans))
    return 0


def _question_texts(places: Locations) -> dict[str, str]:
    """Question id to its wording, so reflections read as questions, not ids."""
    from coach.content import load_content

    questions = load_content(places.content_dir).content.questions
    return {question.id: question.text for question in questions.values()}


def cmd_check(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Read a draft the way a calm friend would; exit 1 when anything is found."""
    from coach.tone import check, findings_to_json, format_finding

    if args.file in (None, "-"):
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CoachError(f"Cannot read {args.file}: {error}") from None
    findings = check(text)
    if args.json:
        out.write(json.dumps(findings_to_json(findings), ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings:
            print(format_finding(finding), file=out)
        if not findings:
            print("No problems found: this reads calm and gracious.", file=sys.stderr)
    return 1 if findings else 0


def cmd_stats(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Where the rejections cluster, and the trends, as text or JSON."""
    from datetime import date

    from coach.content import load_content
    from coach.insights import compute, insights_to_record
    from coach.plan_insights import format_plan_stats, summarise, summary_to_record
    from coach.stats_text import format_stats

    journal = Journal.open(places.journal)
    content = load_content(places.content_dir).content
    entries = journal.entries()
    insights = compute(entries, content, date.today())
    _warn_unreadable(journal)
    plans = summarise(journal.plans(), entries)
    if args.json:
        record = {**insights_to_record(insights), "plans": summary_to_record(plans)}
        out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_stats(insights))
        if insights.weathered:
            out.write(format_plan_stats(plans))
    return 0


def cmd_plans(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """List the if-then plans, or mark one done or let go."""
    from datetime import date

    from coach.plans import PlanStatus, format_plan_line, plan_to_record, sort_plans

    journal = Journal.open(places.journal)
    today = date.today()
    if getattr(args, "plan_action", None):
        return _change_plan(journal, args.plan_action, args.id, today, out)
    plans = sort_plans(journal.plans())
    if not args.all:
        plans = [plan for plan in plans if plan.status is PlanStatus.OPEN]
    for problem in journal.unreadable_plans:
        print(f"coach: could not read {problem}; it is left as it is", file=sys.stderr)
    if args.json:
        records = [plan_to_record(plan) for plan in plans]
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not plans:
        print(
            "No open plans. Plans made at the end of a walk show here."
            if not args.all
            else "No plans yet. The close step of a walk offers a few.",
            file=out,
        )
        return 0
    out.write("\n".join(format_plan_line(plan, today) for plan in plans) + "\n")
    return 0


def _change_plan(journal: Journal, action: str, plan_id: str, today: object, out: TextIO) -> int:
    from coach.plans import PlanStatus, let_go, mark_done

    plan = journal.get_plan(plan_id)
    if plan.status is not PlanStatus.OPEN:
        state = "done" if plan.status is PlanStatus.DONE else "let go"
        print(f"That plan is already {state}; nothing changed: {plan.text}", file=out)
        return 0
    if action == "done":
        journal.save_plan(mark_done(plan, today))  # type: ignore[arg-type]
        print(f"Done: {plan.text} Well done for following through.", file=out)
    else:
        journal.save_plan(let_go(plan, today))  # type: ignore[arg-type]
        print(f"Let go: {plan.text} It will not come up again.", file=out)
    return 0


def cmd_content_check(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Validate a content folder (default: the shipped guidance and your overrides)."""
    from coach.content import check_content_dir, shipped_content_dir

    if args.dir:
        folders = [(Path(args.dir), False)]
        if not folders[0][0].is_dir():
            raise CoachError(f"{args.dir} is not a folder; give a folder of content markdown")
    else:
        # The shipped folder must be complete on its own; overrides only add.
        folders = [(shipped_content_dir(), True)]
        if places.content_dir.is_dir():
            folders.append((places.content_dir, False))
    problems = []
    for folder, complete in folders:
        problems += check_content_dir(folder, complete=complete)
    for problem in problems:
        print(problem, file=out)
    checked = " and ".join(str(folder) for folder, _ in folders)
    if problems:
        print(f"{len(problems)} problem(s) in {checked}.", file=sys.stderr)
        return 1
    print(f"All content is valid in {checked}.", file=out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with --data-dir accepted on every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="where the journal lives (default: $COACH_DATA_DIR, else the platform's data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="coach",
        description="A calm coach for the hour after a job rejection.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.set_defaults(run=cmd_tui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(name: str, run: Command, text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=text, description=text, parents=[common])
        command.set_defaults(run=run)
        return command

    add("tui", cmd_tui, "open the full-screen coach (the default)")
    add("locate", cmd_locate, "print where the journal, config and content live")
    command = add("import", cmd_import, "add entries from a JSON or CSV file")
    command.add_argument("file", help="a JSON export, a JSON list of entries, or a CSV file")
    command = add("export", cmd_export, "write all entries to stdout or a file")
    command.add_argument("--format", choices=FORMATS, default="json")
    command.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    command.add_argument(
        "--include-private",
        action="store_true",
        help="include the private 'say it here' notes (left out by default)",
    )
    command = add("list", cmd_list, "list entries, newest first")
    command.add_argument("--stage", choices=[s.value for s in Stage])
    command.add_argument("--search", metavar="TEXT", help="only entries containing TEXT")
    command = add("show", cmd_show, "show one entry in full")
    command.add_argument("id", help="the entry id, or its first few characters")
    command = add("draft", cmd_draft, "reopen an entry's reply draft in the editor")
    command.add_argument("id", help="the entry id, or its first few characters")
    command = add("check", cmd_check, "check a reply draft for words you might regret")
    command.add_argument("file", nargs="?", help="the draft (default: standard input)")
    command.add_argument("--json", action="store_true", help="print findings as JSON")
    command = add("stats", cmd_stats, "where your rejections cluster, and how it is going")
    command.add_argument("--json", action="store_true", help="print the numbers as JSON")
    command = add("plans", cmd_plans, "your if-then plans: list them, or mark one done or let go")
    command.add_argument("--all", action="store_true", help="include plans done or let go")
    command.add_argument("--json", action="store_true", help="print the plans as JSON")
    actions = command.add_subparsers(title="plan commands", metavar="ACTION", dest="plan_action")
    for name, text in (("done", "mark a plan done"), ("drop", "let a plan go")):
        action = actions.add_parser(name, help=text, description=text, parents=[common])
        action.add_argument("id", help="the plan id, or its first few characters")
    content = sub.add_parser(
        "content", help="work with the guidance files", parents=[common]
    ).add_subparsers(title="content commands", metavar="COMMAND", required=True)
    command = content.add_parser("check", help="validate a content folder", parents=[common])
    command.add_argument("dir", nargs="?", help="the folder (default: your content overrides)")
    command.set_defaults(run=cmd_content_check)
    return parser


def _use_utf8_streams() -> None:
    # Under LC_ALL=C Python may pick ASCII for the terminal; the journal is
    # UTF-8 and a company called Café must never crash a listing.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; errors are one line on stderr and exit 1."""
    _use_utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    places = locate(getattr(args, "data_dir", None))
    try:
        return args.run(args, places, sys.stdout)
    except CoachError as error:
        print(f"coach: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `coach export | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
