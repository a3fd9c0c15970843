"""The `coach` command: the full-screen app and its plain-text subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO, cast

from coach import __version__
from coach.cli_app import cmd_draft, cmd_tui
from coach.cli_content import cmd_content_check
from coach.cli_journal import (
    cmd_export,
    cmd_import,
    cmd_list,
    cmd_show,
    cmd_stats,
)
from coach.cli_places import cmd_config, cmd_locate
from coach.cli_plans import cmd_plans
from coach.cli_reading import cmd_check, cmd_from_email
from coach.cli_repair import cmd_repair
from coach.cli_sealing import (
    cmd_decrypt,
    cmd_encrypt,
    cmd_passphrase,
)
from coach.config import config_path, load_config
from coach.errors import CoachError
from coach.exporting import FORMATS
from coach.journal_backup import backup_not_updated, forget_missed, missed_backups
from coach.model import Stage
from coach.paths import Locations, dangling_link_refusal, locate
from coach.quiet_start import echo_again
from coach.terminal_text import SafeOutput, shown_safely

Command = Callable[[argparse.Namespace, Locations, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with --data-dir accepted on every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="where the journal lives (default: $COACH_DATA_DIR, else the platform's data folder)",
    )
    common.add_argument(
        "--config",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the settings file (default: $COACH_CONFIG, else config.toml in the config folder)",
    )
    common.add_argument(
        "--theme",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="the colour theme for this run (over $COACH_THEME and the settings file)",
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
        command.set_defaults(run=run, parser=command)
        return command

    add("tui", cmd_tui, "open the full-screen coach (the default)")
    add("locate", cmd_locate, "print where the journal, config and content live")
    command = add("import", cmd_import, "add entries from JSON or CSV files, or .eml emails")
    command.add_argument(
        "file",
        nargs="+",
        help="JSON exports, JSON lists of entries, CSV files or rejection emails (.eml, one "
        "entry each); if any file cannot be read, nothing is imported",
    )
    command.add_argument(
        "--any-email",
        action="store_true",
        help="import .eml emails even when they do not read like rejections (an interview "
        "invitation, an offer); without it such an email stops the import",
    )
    command = add("from-email", cmd_from_email, "show what a rejection email says, saving nothing")
    command.add_argument(
        "file", nargs="?", help="an .eml file or the email as text (default or -: standard input)"
    )
    command.add_argument("--json", action="store_true", help="print the fields as one JSON object")
    command = add("export", cmd_export, "write all entries to stdout or a file")
    command.add_argument("--format", choices=FORMATS, default="json")
    command.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help=(
            "write here instead of stdout (- is stdout); the file is made readable by you "
            "alone (0600); a link is written through: the file it points to gets the export"
        ),
    )
    command.add_argument(
        "--force",
        action="store_true",
        help=(
            "replace the --output file if it exists already (only ever a regular file, "
            "through a link too): a new file takes its place, with mode 0600 whatever its "
            "mode was"
        ),
    )
    command.add_argument(
        "--include-private",
        action="store_true",
        help="include the private 'say it here' notes (left out by default)",
    )
    command = add("list", cmd_list, "list entries, newest first")
    command.add_argument("--stage", choices=[s.value for s in Stage])
    command.add_argument(
        "--search",
        metavar="TEXT",
        help="only entries containing TEXT, or of the day it names ('1 July', 'Jul 2026', "
        "'14/07/2026', '14/07/26'; '07/03/2026' is 7 March or 3 July); digits alone, May and March "
        "alone: not in dates",
    )
    command = add("show", cmd_show, "show one entry in full")
    command.add_argument("id", help="the entry id, or its first few characters")
    command = add("draft", cmd_draft, "reopen an entry's reply draft in the editor")
    command.add_argument("id", help="the entry id, or its first few characters")
    command = add("check", cmd_check, "check a reply draft for words you might regret")
    command.add_argument("file", nargs="?", help="the draft (default: standard input)")
    command.add_argument("--json", action="store_true", help="print findings as JSON")
    command = add("encrypt", cmd_encrypt, "lock the journal with a passphrase")
    command.add_argument(
        "--remember",
        action="store_true",
        help="also keep the passphrase in the OS keyring (needs the keyring package)",
    )
    command.add_argument(
        "--set-aside-sealed",
        action="store_true",
        help="an earlier encrypt stopped part way and its passphrase is lost: rename the "
        "files it sealed (nothing is deleted) and encrypt with a new passphrase",
    )
    add("decrypt", cmd_decrypt, "turn an encrypted journal back into plain files")
    command = add("passphrase", cmd_passphrase, "change the journal's passphrase")
    # One or the other (README: [--remember|--forget]); both at once is refused.
    either = command.add_mutually_exclusive_group()
    either.add_argument(
        "--remember", action="store_true", help="keep the new passphrase in the OS keyring"
    )
    either.add_argument(
        "--forget", action="store_true", help="remove a remembered passphrase from the keyring"
    )
    command = add(
        "repair",
        cmd_repair,
        "mend a journal that cannot be read: keep the damaged file aside, keep every "
        "record still readable, and take what is missing from the backup",
    )
    command.add_argument(
        "--without-entries",
        action="store_true",
        help="the journal cannot be opened and its backup holds no entries, and you know "
        "the journal held none either: start it again from the backup anyway",
    )
    command = add("config", cmd_config, "print the settings in force and where each came from")
    command.add_argument(
        "--default", action="store_true", help="print a commented settings file with every key"
    )
    command = add("stats", cmd_stats, "where your rejections cluster, and how it is going")
    command.add_argument("--json", action="store_true", help="print the numbers as JSON")
    command = add(
        "plans", cmd_plans, "your if-then plans: list them, mark one done, let go, reopen or edit"
    )
    command.add_argument("--all", action="store_true", help="include plans done or let go")
    command.add_argument("--json", action="store_true", help="print the plans as JSON")
    actions = command.add_subparsers(title="plan commands", metavar="ACTION", dest="plan_action")
    for name, text in (
        ("done", "mark a plan done"),
        ("drop", "let a plan go"),
        ("reopen", "open a plan done or let go again (it is asked about again)"),
    ):
        action = actions.add_parser(name, help=text, description=text, parents=[common])
        action.set_defaults(parser=action)
        action.add_argument("id", help="the plan id, or its first few characters")
    text = "change a plan's wording or its day (checked as when a plan is made)"
    action = actions.add_parser("edit", help=text, description=text, parents=[common])
    action.set_defaults(parser=action)
    action.add_argument("id", help="the plan id, or its first few characters")
    action.add_argument("--text", metavar="TEXT", help="the whole plan, as “When …, I will …”")
    action.add_argument("--when", metavar="TEXT", help="the first half: when it will happen")
    action.add_argument("--then", metavar="TEXT", help="the second half: what you will do")
    action.add_argument(
        "--on", metavar="DAY", help="its new day: 2026-12-05, saturday, in 3 days …"
    )
    content = sub.add_parser(
        "content", help="work with the guidance files", parents=[common]
    ).add_subparsers(title="content commands", metavar="COMMAND", required=True)
    command = content.add_parser("check", help="validate a content folder", parents=[common])
    command.add_argument("dir", nargs="?", help="the folder (default: your content overrides)")
    command.set_defaults(run=cmd_content_check, parser=command)
    return parser


def _use_utf8_streams() -> None:
    # Under LC_ALL=C Python may pick ASCII for the terminal; the journal is
    # UTF-8 and a company called Café must never crash a listing.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _places_from_config(args: argparse.Namespace, places: Locations) -> Locations:
    """Use the settings file's data_dir when no flag or variable chose one."""
    flag = getattr(args, "config", None)
    config = load_config(config_path(flag, places.config_dir), named=bool(flag))
    if config.source("data_dir").startswith("file") and config.data_dir:
        places = Locations(data_dir=Path(config.data_dir), config_dir=places.config_dir)
    # The app and `coach config` show problems themselves, with every check.
    if args.run not in (cmd_tui, cmd_draft, cmd_config):
        for problem in config.problems:
            print(f"coach: settings: {shown_safely(problem)}", file=sys.stderr)
    return places


def _say_saves_waiting(args: argparse.Namespace, places: Locations) -> None:
    """After a command on the journal: say when saves of coach wait outside the journal file."""
    # The app shows it on home; repair merges them; encrypt refuses until then.
    quiet = (cmd_tui, cmd_repair, cmd_encrypt, cmd_config, cmd_content_check, cmd_check)
    if args.run in quiet or not places.journal.exists():
        return
    from coach.log_waiting import waiting_note

    note = waiting_note(places.journal, places.data_dir)
    if note is not None:
        print(f"coach: {shown_safely(note)}", file=sys.stderr)


def _say_backups_missed(args: argparse.Namespace) -> None:
    """After a command: say when a save landed but the journal's backup could not follow."""
    if args.run in (cmd_tui, cmd_draft):  # the app says it after each save, on screen
        return
    for backup, reason in missed_backups().items():
        print(f"coach: {shown_safely(backup_not_updated(backup, reason))}", file=sys.stderr)


def _empty_path_flag(args: argparse.Namespace) -> str | None:
    """Why an empty --data-dir or --output cannot be used (an unset "$VAR"); None if none is."""
    # Read as not given, "" fell back: --data-dir to the real journal, -o to stdout.
    if getattr(args, "data_dir", None) == "":
        return (
            "--data-dir is empty (an unset variable?): give the folder, or leave the flag "
            "out to use COACH_DATA_DIR or the usual folder. Nothing was done."
        )
    if getattr(args, "output", None) == "":
        return (
            "--output is empty (an unset variable?): give a file name, or - for standard "
            "output. Nothing was written."
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; errors are one line on stderr and exit 1."""
    _use_utf8_streams()
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        # Said with the usage of the command given, not coach's own (rv44 #8).
        getattr(args, "parser", parser).error(f"unrecognized arguments: {' '.join(extra)}")
    empty = _empty_path_flag(args)
    if empty is not None:
        print(f"coach: {empty}", file=sys.stderr)
        return 1
    if args.run not in (cmd_tui, cmd_draft):
        echo_again()  # no screens to come: what this command reads is echoed as usual
    places = locate(getattr(args, "data_dir", None))
    forget_missed()
    try:
        places = _places_from_config(args, places)
        dangling = dangling_link_refusal(places)
        if dangling is not None and args.run is not cmd_config:
            raise CoachError(dangling)
        out: TextIO = sys.stdout
        # Journal text may hold escape codes (from an older import); none may act on a
        # terminal. An export escapes its own (export_text), so `cat` of it is safe too.
        if args.run is not cmd_export or sys.stdout.isatty():
            out = cast(TextIO, SafeOutput(sys.stdout))
        code = args.run(args, places, out)
        _say_saves_waiting(args, places)
        return code
    except CoachError as error:
        print(f"coach: {shown_safely(str(error))}", file=sys.stderr)
        from coach.crypto import WrongPassphrase
        from coach.locked_aside import lost_passphrase

        if isinstance(error, WrongPassphrase) and error.path == places.journal:
            from coach.rekeying import stopped_note

            advice = stopped_note(places) or lost_passphrase(places)
            print(f"coach: {shown_safely(advice)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `coach export | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    finally:
        # Also after an error: a save that landed before it is still saved.
        if not sys.stderr.closed:
            _say_backups_missed(args)


if __name__ == "__main__":
    sys.exit(main())
