"""The `coach` command: the full-screen app and its plain-text subcommands."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach import __version__
from coach.config import Config, config_path, load_config
from coach.crypto import Codec
from coach.errors import CoachError
from coach.exporting import FORMATS, entry_markdown, export_text
from coach.files import write_private
from coach.journal import Journal
from coach.model import Entry, Stage
from coach.paths import Locations, is_own_file, locate
from coach.transfer import read_import_file, read_import_plans
from coach.wording import counted

if TYPE_CHECKING:
    from coach.email_guess import EmailGuess

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


# -- the passphrase on the terminal ---------------------------------------------


def _read_hidden(prompt: str) -> str:
    """One line typed without echo; a script without a terminal must set the variable."""
    from coach.crypto import PASSPHRASE_ENV

    if not sys.stdin.isatty():
        raise CoachError(
            f"The journal is encrypted and there is no terminal to ask on; set "
            f"{PASSPHRASE_ENV} to run coach from a script."
        )
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CoachError("No passphrase was typed; nothing was changed.") from None


def _ask_new_passphrase(env_name: str) -> str:
    """A new passphrase: from the variable, else typed twice without echo."""
    given = os.environ.get(env_name)
    if given:
        return given
    first = _read_hidden("New passphrase: ")
    if not first:
        raise CoachError("An empty passphrase would lock nothing; nothing was changed.")
    if _read_hidden("The same passphrase again: ") != first:
        raise CoachError("The two passphrases were not the same; nothing was changed.")
    return first


def _codec(places: Locations) -> Codec:
    from coach.sealing import journal_codec

    return journal_codec(places, ask=_read_hidden)


def open_journal(places: Locations, *, lazy: bool = False) -> Journal:
    """The journal, asking for the passphrase on the terminal when it is encrypted.

    lazy: read nothing until first use (a search or stats may then read a big
    journal a record at a time).
    """
    return Journal.open(places.journal, codec=_codec(places), lazy=lazy)


def cmd_tui(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Launch the full-screen app (Textual is imported only here)."""
    from screens.launch import run_app

    return run_app(places, config=_app_config(args, places))


def _app_config(args: argparse.Namespace, places: Locations) -> Config:
    from screens.launch import app_config

    return app_config(places, getattr(args, "config", None), _setting_flags(args))


def cmd_draft(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Open a saved entry's reply draft in the full-screen editor."""
    codec = _codec(places)
    journal = Journal.open(places.journal, codec=codec)
    entry = journal.get(args.id)  # a wrong id is a one-line error, before any screen
    from screens.launch import run_app

    return run_app(places, draft_id=entry.id, config=_app_config(args, places), codec=codec)


# -- encryption ---------------------------------------------------------------------


def _say_plain_files_left(places: Locations) -> None:
    from coach.sealing import plain_files_left

    left = plain_files_left(places)
    if left:
        listed = "\n".join(f"  {path}" for path in left)
        print(
            "coach: these files under the data folder are plain text that coach does not "
            f"encrypt (saved or copied by you); move or delete them if they must not be "
            f"readable:\n{listed}",
            file=sys.stderr,
        )


def _name_files(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths) or "none"


def cmd_encrypt(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Lock the journal and every file holding entry text with a passphrase."""
    from coach.crypto import PASSPHRASE_ENV, Sealer
    from coach.sealing import encrypt_folder, journal_is_sealed, keyring_module, remember

    if args.remember:
        keyring_module()  # missing: say so before anything changes
    already = journal_is_sealed(places)
    if already and not os.environ.get(PASSPHRASE_ENV):
        passphrase = _read_hidden("Passphrase for the journal: ")
    else:
        passphrase = _ask_new_passphrase(PASSPHRASE_ENV)
    sealer = Sealer(passphrase)
    if not places.journal.exists() and not already:
        Journal.open(places.journal, codec=sealer)  # a new journal, encrypted from the start
    try:
        result = encrypt_folder(places, sealer)
    except OSError as error:
        raise CoachError(
            f"Encrypting stopped: {error.strerror or error} ({getattr(error, 'filename', '')}). "
            "Every file is whole, either plain or encrypted; run `coach encrypt` again "
            "to finish."
        ) from None
    if result.changed:
        print(
            f"Encrypted {counted(len(result.changed), 'file', 'files')} in {places.data_dir}: "
            f"{_name_files(result.changed)}.",
            file=out,
        )
    else:
        print(f"The journal in {places.data_dir} was already encrypted.", file=out)
    print(
        "Keep the passphrase somewhere safe: without it the journal cannot be read, by "
        "you or anyone.",
        file=out,
    )
    if args.remember:
        remember(places, passphrase)
        print("The passphrase is remembered in your OS keyring, as you asked.", file=out)
    _say_plain_files_left(places)
    return 0


def cmd_decrypt(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Turn an encrypted journal back into plain files."""
    from coach.crypto import Sealer
    from coach.sealing import decrypt_folder, forget, given_passphrase, journal_is_sealed

    if not journal_is_sealed(places) and not any(
        p.name != places.journal.name for p in _sealed_files(places)
    ):
        print(f"The journal in {places.data_dir} is not encrypted; nothing to do.", file=out)
        return 0
    given = given_passphrase(places)
    passphrase = given[0] if given else _read_hidden("Passphrase for the journal: ")
    # Turning the lock off is asked twice, like turning it on: a slip of the
    # hand should not leave the private notes in plain text.
    if not given and _read_hidden("The same passphrase again, to decrypt: ") != passphrase:
        raise CoachError("The two passphrases were not the same; nothing was changed.")
    try:
        result = decrypt_folder(places, Sealer(passphrase))
    except OSError as error:
        raise CoachError(
            f"Decrypting stopped: {error.strerror or error}. Every file is whole; run "
            "`coach decrypt` again to finish."
        ) from None
    print(
        f"Decrypted {counted(len(result.changed), 'file', 'files')} in {places.data_dir}: "
        f"{_name_files(result.changed)}. The journal is plain text again.",
        file=out,
    )
    if forget(places):
        print("The remembered passphrase was removed from your OS keyring.", file=out)
    return 0


def _sealed_files(places: Locations) -> list[Path]:
    from coach.crypto import file_is_sealed
    from coach.sealing import sealable_files

    return [path for path in sealable_files(places) if file_is_sealed(path)]


def cmd_passphrase(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Change the passphrase, or forget a remembered one."""
    from coach.crypto import Sealer
    from coach.sealing import (
        change_passphrase,
        forget,
        given_passphrase,
        journal_is_sealed,
        keyring_module,
        remember,
        remembered,
    )

    if args.forget:
        if forget(places):
            print("The passphrase is no longer remembered; coach will ask for it.", file=out)
        else:
            print("No passphrase was remembered for this journal.", file=out)
        return 0
    if not journal_is_sealed(places):
        raise CoachError(
            f"The journal in {places.data_dir} is not encrypted; `coach encrypt` locks it."
        )
    if args.remember:
        keyring_module()
    given = given_passphrase(places)
    old = given[0] if given else _read_hidden("Current passphrase: ")
    new = _ask_new_passphrase("COACH_NEW_PASSPHRASE")
    was_remembered = remembered(places)
    try:
        result = change_passphrase(places, Sealer(old), Sealer(new))
    except OSError as error:
        raise CoachError(
            f"Changing the passphrase stopped: {error.strerror or error}. Every file is "
            "whole; run `coach passphrase` again with the same two passphrases to finish."
        ) from None
    print(
        f"The passphrase is changed ({counted(len(result.changed), 'file', 'files')} "
        "encrypted anew).",
        file=out,
    )
    if args.remember or was_remembered:
        remember(places, new)
        print("The new passphrase is remembered in your OS keyring.", file=out)
    return 0


# -- settings -------------------------------------------------------------------------


def _setting_flags(args: argparse.Namespace) -> dict[str, str | None]:
    return {"theme": getattr(args, "theme", None), "data_dir": getattr(args, "data_dir", None)}


def cmd_config(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """The settings in force and where each came from; --default prints a full file."""
    from screens.keymap import binding_defaults

    defaults = binding_defaults()
    if args.default:
        from coach.config import default_file

        out.write(default_file(defaults))
        return 0
    from coach.content import load_content
    from screens.launch import app_config

    templates = set(load_content(places.content_dir).content.templates)
    config = app_config(
        places, getattr(args, "config", None), _setting_flags(args), templates=templates
    )
    exists = "" if config.path.exists() else " (not created yet; the defaults are in force)"
    print(f"config file: {config.path}{exists}", file=out)
    rows = [
        ("theme", config.theme),
        ("editor", config.editor or "(none: set editor, $VISUAL or $EDITOR)"),
        ("default_template", config.default_template),
        ("data_dir", str(places.data_dir)),
        ("animations", config.animations),
    ]
    for key, value in rows:
        print(f"{key:<17} = {value:<28} # {config.source(key)}", file=out)
    print("[keymap]", file=out)
    for binding_id, keys in defaults.items():
        chosen = config.keymap.get(binding_id)
        source = config.source(f"keymap.{binding_id}") if chosen else "default"
        print(f"{binding_id:<17} = {chosen or keys:<28} # {source}", file=out)
    for problem in config.problems:
        print(f"coach: {problem}", file=sys.stderr)
    return 0


def cmd_locate(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Print where coach keeps things."""
    rows = [
        ("data dir", places.data_dir),
        ("journal", places.journal),
        ("config dir", places.config_dir),
        ("content overrides", places.content_dir),
    ]
    config = getattr(args, "config", None)
    rows.insert(3, ("config file", config_path(config, places.config_dir)))
    for name, path in rows:
        print(f"{name + ':':<19}{path}", file=out)
    from coach.sealing import journal_is_sealed, remembered

    if journal_is_sealed(places):
        kept = (
            "remembered in your OS keyring (`coach passphrase --forget` stops that)"
            if remembered(places)
            else "not remembered; coach asks for it"
        )
        print(f"{'encrypted:':<19}yes; the passphrase is {kept}", file=out)
    else:
        print(f"{'encrypted:':<19}no (`coach encrypt` locks it with a passphrase)", file=out)
    return 0


def cmd_import(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Add entries from a JSON or CSV file, all or none."""
    entries = read_import_file(Path(args.file))
    plans = read_import_plans(Path(args.file))  # read before writing: all or none
    journal = open_journal(places)
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


def cmd_from_email(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Print what a rejection email says (company, role, stage...), saving nothing."""
    from datetime import date

    from coach.email_guess import MAX_INPUT_BYTES, guess_from_email, guess_from_file

    today = date.today()
    if args.file in (None, "-"):
        if sys.stdin is None:
            raise CoachError("there is no standard input; give a file: coach from-email mail.eml")
        if sys.stdin.isatty():
            # Reading a terminal would otherwise wait in silence.
            print("Paste the email, then press Ctrl-D on an empty line.", file=sys.stderr)
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        guess = guess_from_email(data, today)
    else:
        guess = guess_from_file(Path(args.file), today)
    if args.json:
        out.write(json.dumps(guess.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_guess(guess))
    return 0


def format_guess(guess: EmailGuess) -> str:
    """What `coach from-email` prints without --json: one field a line."""
    stage = f"{guess.stage.label} ({guess.stage.value})" if guess.stage else ""
    if guess.feedback_invited:
        feedback = "offered: they invite feedback requests or questions"
    else:
        feedback = "not offered"
    rows = [
        ("Company", guess.company),
        ("Contact", guess.contact),
        ("Role", guess.role),
        ("Stage", stage),
        ("Sent", guess.date.isoformat() if guess.date else ""),
        ("Reapply after", guess.reapply_after.isoformat() if guess.reapply_after else ""),
        ("Feedback", feedback),
    ]
    lines = [f"{name + ':':<15}{value or '(not found)'}" for name, value in rows]
    lines.append("These are guesses from the email; nothing was saved.")
    return "\n".join(lines) + "\n"


def cmd_export(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Write every entry as JSON, markdown or CSV."""
    journal = open_journal(places)
    entries = journal.entries()
    if args.format == "json":
        return _export_json_streaming(args, journal, entries, out)
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
        if is_own_file(places, target):
            raise CoachError(
                f"{target} is one of coach's own files in {places.data_dir}; an export "
                "there would replace your journal or its backup. Choose another file name "
                "or folder. Nothing was written."
            )
        try:
            # Private and whole: an export can hold the private notes.
            write_private(target, text.encode("utf-8"))
        except OSError as error:
            raise CoachError(f"Cannot write {target}: {error.strerror or error}") from None
        print(f"Wrote {counted(len(entries), 'entry', 'entries')} to {target}.", file=sys.stderr)
    else:
        out.write(text)
    return 0


def _export_json_streaming(
    args: argparse.Namespace, journal: Journal, entries: Sequence[Entry], out: TextIO
) -> int:
    """The JSON export written an entry at a time, never held whole."""
    from coach.exporting import json_chunks
    from coach.files import write_private_chunks

    chunks = json_chunks(entries, include_private=args.include_private, plans=journal.plans())
    _warn_unreadable(journal)
    if args.output:
        target = Path(args.output)
        try:
            # Private and whole: an export can hold the private notes.
            write_private_chunks(target, chunks)
        except OSError as error:
            raise CoachError(f"Cannot write {target}: {error.strerror or error}") from None
        print(f"Wrote {counted(len(entries), 'entry', 'entries')} to {target}.", file=sys.stderr)
    else:
        for chunk in chunks:
            out.write(chunk.decode("utf-8"))
    return 0


def format_entry_line(entry: Entry) -> str:
    """One row of `coach list`."""
    reply = entry.reply.status.value.replace("_", " ")
    return (
        f"{entry.id}  {entry.date.isoformat()}  {_clip(entry.company, 24):<24}  "
        f"{_clip(entry.role, 22):<22}  {entry.stage.label:<16}  {reply}"
    )


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_list(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Entries, newest first, optionally filtered."""
    # Lazy: a search reads only the records that can match.
    journal = open_journal(places, lazy=True)
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
    journal = open_journal(places)
    entry = journal.get(args.id)
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


def cmd_check(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Read a draft the way a calm friend would; exit 1 when anything is found."""
    from coach.tone import check, findings_to_json, format_finding

    if args.file in (None, "-"):
        text = sys.stdin.read()
        where = "standard input"
    else:
        text = _read_draft(Path(args.file))
        where = args.file
    if not text.strip():
        # An empty draft is not "calm and gracious"; there is simply nothing there.
        if args.json:
            out.write("[]\n")
        print(f"Nothing to check: {where} is empty.", file=sys.stderr)
        return 0
    findings = check(text)
    if args.json:
        out.write(json.dumps(findings_to_json(findings), ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings:
            print(format_finding(finding), file=out)
        if not findings:
            print("No problems found: this reads calm and gracious.", file=sys.stderr)
    return 1 if findings else 0


def _read_draft(path: Path) -> str:
    """A draft's text, or a plain error naming the file and what to do."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CoachError(f"Cannot read {path}: there is no such file; check the name") from None
    except IsADirectoryError:
        raise CoachError(f"Cannot read {path}: it is a folder; give the draft's file") from None
    except OSError as error:
        raise CoachError(f"Cannot read {path}: {error.strerror or error}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CoachError(
            f"{path} is not UTF-8 text; save the draft as UTF-8 (plain text) and retry"
        ) from None


def cmd_stats(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Where the rejections cluster, and the trends, as text or JSON."""
    from datetime import date

    from coach.content import load_content
    from coach.insights import compute, insights_to_record
    from coach.plan_insights import format_plan_stats, summarise, summary_to_record
    from coach.stats_text import format_stats

    # Lazy: stats reads a big journal a record at a time, without the long texts.
    journal = open_journal(places, lazy=True)
    content = load_content(places.content_dir).content
    entries = journal.entries_to_count()
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

    journal = open_journal(places)
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
    for warning in _stage_question_warnings(Path(args.dir) if args.dir else places.content_dir):
        print(f"warning: {warning}", file=out)
    checked = " and ".join(str(folder) for folder, _ in folders)
    if problems:
        print(f"{len(problems)} problem(s) in {checked}.", file=sys.stderr)
        return 1
    print(f"All content is valid in {checked}.", file=out)
    return 0


def _stage_question_warnings(overrides: Path) -> list[str]:
    """Stages the walk cannot give two questions of their own, as the app would load it."""
    from coach.content import load_content
    from coach.walk_questions import few_own_questions

    return few_own_questions(load_content(overrides).content)


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
        command.set_defaults(run=run)
        return command

    add("tui", cmd_tui, "open the full-screen coach (the default)")
    add("locate", cmd_locate, "print where the journal, config and content live")
    command = add("import", cmd_import, "add entries from a JSON or CSV file, or an .eml email")
    command.add_argument(
        "file",
        help="a JSON export, a JSON list of entries, a CSV file, or a rejection email (.eml)",
    )
    command = add("from-email", cmd_from_email, "show what a rejection email says, saving nothing")
    command.add_argument(
        "file", nargs="?", help="an .eml file or the email as text (default or -: standard input)"
    )
    command.add_argument("--json", action="store_true", help="print the fields as one JSON object")
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
    command = add("encrypt", cmd_encrypt, "lock the journal with a passphrase")
    command.add_argument(
        "--remember",
        action="store_true",
        help="also keep the passphrase in the OS keyring (needs the keyring package)",
    )
    add("decrypt", cmd_decrypt, "turn an encrypted journal back into plain files")
    command = add("passphrase", cmd_passphrase, "change the journal's passphrase")
    command.add_argument(
        "--remember", action="store_true", help="keep the new passphrase in the OS keyring"
    )
    command.add_argument(
        "--forget", action="store_true", help="remove a remembered passphrase from the keyring"
    )
    command = add("config", cmd_config, "print the settings in force and where each came from")
    command.add_argument(
        "--default", action="store_true", help="print a commented settings file with every key"
    )
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


def _places_from_config(args: argparse.Namespace, places: Locations) -> Locations:
    """Use the settings file's data_dir when no flag or variable chose one."""
    config = load_config(config_path(getattr(args, "config", None), places.config_dir))
    if config.source("data_dir").startswith("file") and config.data_dir:
        places = Locations(data_dir=Path(config.data_dir), config_dir=places.config_dir)
    # The app and `coach config` show problems themselves, with every check.
    if args.run not in (cmd_tui, cmd_draft, cmd_config):
        for problem in config.problems:
            print(f"coach: settings: {problem}", file=sys.stderr)
    return places


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; errors are one line on stderr and exit 1."""
    _use_utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    places = locate(getattr(args, "data_dir", None))
    try:
        places = _places_from_config(args, places)
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
