"""CLI commands that read a text and save nothing: from-email and check."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach.errors import CoachError
from coach.paths import Locations

# A reply is a few KB; far past that, a file is not a draft, and a device
# such as /dev/zero would otherwise be read until memory runs out.
MAX_DRAFT_BYTES = 4_000_000

if TYPE_CHECKING:
    from coach.email_guess import EmailGuess


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
    # As the app does: an invitation, offer or wait names no stage at which a no came.
    of_a_no = guess.stage_of_a_no()
    stage = f"{of_a_no.label} ({of_a_no.value})" if of_a_no else ""
    if guess.goes_on():
        stage = "(left empty: an invitation, offer or wait gives no stage at which a no came)"
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
    if guess.not_rejection:
        # First, before the fields: an invitation read as a no is the thing to catch.
        lines.insert(0, f"This doesn't read like a rejection: {guess.not_rejection}.")
    if guess.agency:
        lines.append(
            f"The company is left empty: {guess.agency} wrote for a client it does not name."
        )
    lines.append("These are guesses from the email; nothing was saved.")
    return "\n".join(lines) + "\n"


def cmd_check(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """Read a draft the way a calm friend would; exit 1 when anything is found."""
    from coach.finding_words import finding_words
    from coach.tone import check, findings_to_json, format_finding
    from coach.tone_own import own_rules

    if args.file in (None, "-"):
        where = "standard input"
        if sys.stdin is None:
            raise CoachError("there is no standard input; give a file: coach check draft.txt")
        if sys.stdin.isatty():
            # Reading a terminal would otherwise wait in silence.
            print("Type or paste the draft, then press Ctrl-D on an empty line.", file=sys.stderr)
        # The bytes, not the locale, decide: a strict locale would raise a traceback.
        text = _decoded_draft(
            _within_limit(sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1), where), where
        )
    else:
        text = _read_draft(Path(args.file))
        where = args.file
    if not text.strip():
        # An empty draft is not "calm and gracious"; there is simply nothing there.
        if args.json:
            out.write("[]\n")
        print(f"Nothing to check: {where} is empty.", file=sys.stderr)
        return 0
    own = own_rules(places.content_dir)
    if own.problems:
        # A broken tone.toml of one's own never stops the check: say what is wrong.
        print(f"warning: {own.message()}", file=sys.stderr)
    findings = check(text, rules=own.rules)
    if args.json:
        out.write(json.dumps(findings_to_json(findings), ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings:
            words = finding_words(text, finding, 60, "...")
            print(_with_words(format_finding(finding), words), file=out)
        if not findings:
            print("No problems found: this reads calm and gracious.", file=sys.stderr)
    return 1 if findings else 0


def _with_words(shown: str, words: str) -> str:
    """A finding as printed, with its words quoted under its first line (a line number alone
    leaves three findings on one long line apart only by column)."""
    if not words:
        return shown
    head, _, rest = shown.partition("\n")
    quoted = f'    words: "{words}"'
    return "\n".join(part for part in (head, quoted, rest) if part)


def _read_draft(path: Path) -> str:
    """A draft's text, or a plain error naming the file and what to do."""
    from coach.named_files import read_file_bytes, refuse_unless_file

    give = "the draft's file, or - to read it from standard input"
    try:
        # A pipe or device is refused before it is opened: a pipe would wait for ever.
        refuse_unless_file(path, give)
        raw = _within_limit(read_file_bytes(path, give, MAX_DRAFT_BYTES), str(path))
    except FileNotFoundError:
        raise CoachError(f"Cannot read {path}: there is no such file; check the name") from None
    except IsADirectoryError:
        raise CoachError(f"Cannot read {path}: it is a folder; give the draft's file") from None
    except OSError as error:
        raise CoachError(f"Cannot read {path}: {error.strerror or error}") from None
    return _decoded_draft(raw, str(path))


def _within_limit(raw: bytes, where: str) -> bytes:
    """raw, unless it is past MAX_DRAFT_BYTES: then a plain error saying what to check."""
    if len(raw) > MAX_DRAFT_BYTES:
        raise CoachError(
            f"{where} is larger than {MAX_DRAFT_BYTES // 1_000_000} MB;"
            " a reply draft is far smaller. Is it the right file?"
        )
    return raw


def _decoded_draft(raw: bytes, where: str) -> str:
    """A draft's bytes as text, or a plain error naming where they came from."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CoachError(
            f"{where} is not UTF-8 text; save the draft as UTF-8 (plain text) and retry"
        ) from None
