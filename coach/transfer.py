"""Reading JSON, CSV and .eml files into the journal, strictly, naming every bad row."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from coach.company_length import too_long_to_import
from coach.errors import CoachError
from coach.exporting import PLANS_COLUMN, csv_unescape
from coach.import_days import days_read, iso_day
from coach.model import Entry, Profile
from coach.name_text import NAME_FIELDS, clean_name, names_cleaned
from coach.named_files import NotAFile, read_file_bytes
from coach.plan_record import plan_from_record
from coach.plans import Plan, PlanError
from coach.records import EntryError, entry_from_record
from coach.terminal_text import without_controls
from coach.wording import counted

# One message lists at most this many bad rows; a file with more is most
# likely the wrong file, and the first ones show what is wrong with it.
MAX_LISTED_ERRORS = 20


class ImportFileError(CoachError):
    """An import file that cannot be read; names the row and the reason."""


class SkippedEmail(ImportFileError):
    """An .eml that reads as no rejection: alone it stops the import, in a batch it is skipped."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{reason}. Nothing was imported.")
        self.path = path
        self.reason = reason


def read_import_plans(
    path: Path, *, notes: list[str] | None = None, today: date | None = None
) -> list[Plan]:
    """The plans in an export file (JSON "plans" list, or CSV "plans" cells); [] for none.

    Any bad plan rejects the file, like a bad entry: nothing is imported.
    An email (.eml) holds no plans.
    """
    if path.suffix.lower() == ".eml":
        return []
    try:
        text = read_file_bytes(path, "a file").decode("utf-8-sig")
    except (OSError, CoachError, UnicodeDecodeError):
        return []  # read_import_file has already said what is wrong with the file
    records: list[tuple[str, Any]] = []
    if path.suffix.lower() == ".csv" or not text.lstrip().startswith(("[", "{")):
        for number, row in enumerate(_csv_records(text, path), start=2):
            cell = csv_unescape(row.get(PLANS_COLUMN) or "")
            if not cell.strip():
                continue
            try:
                value = json.loads(cell)
            except json.JSONDecodeError:
                value = None
            if not isinstance(value, list):
                raise ImportFileError(
                    f"{path}: row {number}: plans must be JSON text, a list of plans. "
                    "Nothing was imported."
                )
            records += [(f"row {number}", record) for record in value]
    else:
        try:
            document = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            return []
        value = document.get("plans", []) if isinstance(document, dict) else []
        if not isinstance(value, list):
            raise ImportFileError(f"{path}: plans must be a list. Nothing was imported.")
        records = [(f"plan {n}", record) for n, record in enumerate(value, start=1)]
    cleaned, removed = _without_controls([record for _, record in records])
    records = [(where, record) for (where, _), record in zip(records, cleaned, strict=True)]
    _note_removed(path, removed, "plans'", notes)
    plans, problems = [], []
    for where, record in records:
        try:
            plans.append(plan_from_record(record, today=today or date.today()))
        except PlanError as error:
            # Every problem of the plan, each on its line, as an entry row's (rv45 D4).
            problems.append(f"{path}: {where}:{row_problems(error.problems)}")
    if problems:
        raise ImportFileError(_problems_message(problems, "plan", path))
    return plans


def read_import_profile(path: Path) -> Profile | None:
    """The person's details in a JSON export, or None (CSV and emails hold none)."""
    if path.suffix.lower() in (".eml", ".csv"):
        return None
    try:
        document = json.loads(read_file_bytes(path, "a file").decode("utf-8-sig"))
    except (OSError, CoachError, UnicodeDecodeError, ValueError, RecursionError):
        return None  # read_import_file has already said what is wrong with the file
    value = document.get("profile") if isinstance(document, dict) else None
    if value is None:
        return None
    fields = ("name", "linkedin_url", "phone")
    if not isinstance(value, dict) or not all(
        isinstance(value.get(name, ""), str) for name in fields
    ):
        raise ImportFileError(
            f"{path}: profile must be an object of name, linkedin_url and phone text. "
            "Nothing was imported."
        )
    cleaned, _ = _without_controls({name: value.get(name, "") for name in fields})
    cleaned["name"] = clean_name(cleaned["name"])
    return Profile(**{name: " ".join(cleaned[name].split()) for name in fields})


def read_import_file(
    path: Path,
    *,
    today: date | None = None,
    notes: list[str] | None = None,
    any_email: bool = False,
    left_out: list[Entry] | None = None,
) -> list[Entry]:
    """Entries from a JSON or CSV file; any bad row rejects the whole file.

    Every bad row is reported at once (up to MAX_LISTED_ERRORS), so one
    round of fixes is enough. An entry dated after today is a bad row, as
    the app never lets a rejection arrive in the future. With notes, one
    whose company is too long is left out, said there and in left_out.
    """
    today = today or date.today()
    if path.suffix.lower() == ".eml":
        entry = _eml_entry(path, today, notes, any_email=any_email)
        refused: list[str] = []
        left = too_long_to_import(entry, str(path), notes, left_out, refused)
        if refused:
            raise ImportFileError(f"{refused[0]}. Nothing was imported.")
        return [] if left else [entry]
    if path.suffix.lower() == ".msg":
        raise ImportFileError(
            f"{path} is an Outlook .msg file, which coach cannot read; save the email "
            "as .eml (or copy its text and paste it in the walk) and import that"
        )
    try:
        # A folder, pipe or device is refused before it is opened (a pipe would wait).
        raw = read_file_bytes(path, "a JSON or CSV export, or an .eml email")
    except NotAFile as error:
        raise ImportFileError(f"{error}. Nothing was imported.") from None
    except FileNotFoundError:
        # As `coach check` says it, not the system's "No such file or directory" (rv44 #8).
        raise ImportFileError(
            f"Cannot read {path}: there is no such file; check the name. Nothing was imported."
        ) from None
    except OSError as error:
        raise ImportFileError(f"Cannot read {path}: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            f"{path} is not UTF-8 text; save it as UTF-8 and retry. Nothing was imported."
        ) from None
    stripped = text.lstrip()
    if not stripped:
        raise ImportFileError(
            f"{path} is empty, so there is nothing to import; "
            "`coach export` writes a file in the form import reads"
        )
    if path.suffix.lower() != ".csv" and _looks_like_an_email(stripped):
        raise ImportFileError(
            f"{path} looks like an email saved as text, not a journal export; "
            "save it as .eml and import that, or paste its text in the walk's "
            "'What happened' step (`coach from-email FILE` shows what it would fill in)"
        )
    if path.suffix.lower() == ".csv" or not stripped.startswith(("[", "{")):
        records: list[Any] = [
            _reflections_read(_csv_unescape_record(r)) for r in _csv_records(text, path)
        ]
        first_row, kind = 2, "row"  # row 1 is the header
    else:
        records = _json_records(text, path)
        first_row, kind = 1, "entry"
    # Escape codes and direction overrides never enter the journal: shown later
    # they could recolour, retitle or clear a terminal, or write its clipboard.
    records, removed = _without_controls(records)
    _note_removed(path, removed, "entries'", notes)
    records = [names_cleaned(record) for record in records]
    entries = []
    problems = []
    for number, record in enumerate(records, start=first_row):
        # Every problem of the row at once (README): a bad day does not hide a bad stage.
        read, last_year, wrong = days_read(record, today)
        entry = None
        try:
            entry = entry_from_record(read, today=today)
        except EntryError as error:
            wrong.extend(error.problems)
        day = entry.date if entry is not None else iso_day(read, "date")
        if day is not None and day > today:
            wrong.append(
                f"date {day.isoformat()} is in the future; "
                "use the day the news arrived (today is fine if you are not sure)"
            )
        if wrong or entry is None:
            problems.append(f"{path}: {kind} {number}:{row_problems(wrong)}")
            continue
        if too_long_to_import(entry, f"{path}: {kind} {number}", notes, left_out, problems):
            continue  # with notes, left out and said there: the rest go in
        if last_year is not None and notes is not None:
            notes.append(
                f"{path}: {kind} {number}: date {last_year!r} has no year; it is taken as "
                f"{entry.date.isoformat()}, last year's, since the news can't have come in the "
                "future. If that is wrong, fix the entry's date in coach's journal"
            )
        entries.append(entry)
    if problems:
        raise ImportFileError(_problems_message(problems, kind, path))
    return entries


def row_problems(wrong: list[str]) -> str:
    """A row's problems: one as it is, several each on a line of its own.

    A problem may hold ";" itself ("… is in the future; use the day …"), so no
    mark inside a line can tell where one problem ends (rv43 S1).
    """
    if len(wrong) == 1:
        return f" {wrong[0]}"
    return "".join(f"\n  - {problem}" for problem in wrong)


_MAIL_HEADER = re.compile(r"^(from|to|subject|date|sent|cc)\s*:", re.IGNORECASE | re.MULTILINE)


def _without_controls(value: Any) -> tuple[Any, int]:
    """Every text in a parsed record (keys too) with terminal control characters removed."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, list):
        pairs = [_without_controls(item) for item in value]
        return [item for item, _ in pairs], sum(count for _, count in pairs)
    if isinstance(value, dict):
        cleaned, total = {}, 0
        for key, item in value.items():
            new_key, key_count = _without_controls(key) if isinstance(key, str) else (key, 0)
            cleaned[new_key], count = _without_controls(item)
            total += key_count + count
        return cleaned, total
    return value, 0


def _note_removed(path: Path, removed: int, what: str, notes: list[str] | None) -> None:
    if removed and notes is not None:
        notes.append(
            f"{path}: removed {counted(removed, 'terminal control code')} "
            f"(escape sequences, direction overrides) from the {what} text; shown in a "
            "terminal they could change it"
        )


def _looks_like_an_email(text: str) -> bool:
    """Mail headers near the top: a saved email, never an export (those start with data)."""
    head = text[:2000]
    return len({m.group(1).lower() for m in _MAIL_HEADER.finditer(head)}) >= 2


def _eml_entry(
    path: Path, today: date, notes: list[str] | None, *, any_email: bool = False
) -> Entry:
    """One entry from a rejection email, through the same reader as `coach from-email`.

    One that reads as an invitation or offer is refused, as one with no company is,
    unless `any_email`.
    """
    from coach.email_guess import NotARejection, entry_from_email_file
    from coach.email_reader import MAX_KEPT_CHARS

    try:
        entry, read = entry_from_email_file(path, today, any_email=any_email)
    except NotARejection as error:
        raise SkippedEmail(path, str(error)) from None
    except CoachError as error:
        raise ImportFileError(f"{error}. Nothing was imported.") from None
    _note_removed(path, read.controls_removed, "email's", notes)
    names = {name: clean_name(getattr(entry, name)) for name in NAME_FIELDS}
    entry = dataclasses.replace(entry, **names)
    if read.text_cut and notes is not None:
        notes.append(
            f"{path}: the email is long (over {MAX_KEPT_CHARS:,} characters); its start and "
            "its end are kept with the entry, and the middle is left out (a line marks where)"
        )
    return entry


def _problems_message(problems: list[str], kind: str, path: Path) -> str:
    """One line for one problem (as always); for more, a line each under a heading."""
    if len(problems) == 1:
        # A row's several problems are a list: the closing words go under it.
        end = "\n" if "\n" in problems[0] else ". "
        return f"{problems[0]}{end}Nothing was imported."
    plural = "entries" if kind == "entry" else f"{kind}s"
    lines = [f"{len(problems)} {plural} in {path} cannot be imported:"]
    lines += problems[:MAX_LISTED_ERRORS]
    hidden = len(problems) - MAX_LISTED_ERRORS
    if hidden > 0:
        lines.append(f"…and {hidden} more.")
    lines.append("Nothing was imported.")
    return "\n".join(lines)


def _csv_unescape_record(record: dict[str, Any]) -> dict[str, Any]:
    # Extra cells in a long row arrive as a list under the key None; only
    # text cells can carry the quote csv_escape added.
    return {k: csv_unescape(v) if isinstance(v, str) else v for k, v in record.items()}


def _reflections_read(record: dict[str, Any]) -> dict[str, Any]:
    # A CSV cell holds reflections as JSON text; read now, its answers are
    # cleaned like any other text (a bad cell is left for entry_from_record to name).
    cell = record.get("reflections")
    if isinstance(cell, str) and cell.strip():
        try:
            value = json.loads(cell)
        except (ValueError, RecursionError):
            return record
        if isinstance(value, dict):
            return {**record, "reflections": value}
    return record


def _json_records(text: str, path: Path) -> list[Any]:
    try:
        document = json.loads(text)
    except (RecursionError, ValueError) as error:
        if isinstance(error, json.JSONDecodeError):
            # Python's own words may end in "at" already ("Unterminated string starting at").
            where = "" if error.msg.endswith(" at") else " at"
            raise ImportFileError(
                f"{path} is not valid JSON ({error.msg}{where} line {error.lineno}, "
                f"column {error.colno}). Nothing was imported."
            ) from None
        if isinstance(error, ValueError):  # Python refuses integers of thousands of digits
            raise ImportFileError(
                f"{path} holds a number too long to be any field of an entry ({error}). "
                "Nothing was imported."
            ) from None
        raise ImportFileError(
            f"{path} nests lists or objects too deeply to be entries. Nothing was imported."
        ) from None
    if isinstance(document, dict):
        document = document.get("entries")
    if not isinstance(document, list):
        raise ImportFileError(
            f"{path} must hold a list of entries or an object with an "
            "'entries' list. Nothing was imported."
        )
    return document


def _csv_records(text: str, path: Path) -> list[dict[str, Any]]:
    # csv's default field limit (128 KB) is smaller than a note coach exports;
    # no field can be longer than the whole text, so that is the limit here.
    before = csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))
    try:
        return _csv_rows(text, path)
    finally:
        csv.field_size_limit(before)


def _csv_rows(text: str, path: Path) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = reader.fieldnames or []
    missing = [c for c in ("company", "stage") if c not in columns]
    if missing:
        raise ImportFileError(
            f"{path}: the header row has no {' or '.join(missing)} column; "
            "a CSV import needs at least company and stage. Nothing was imported."
        )
    try:
        return list(reader)
    except csv.Error as error:
        raise ImportFileError(
            f"{path}: row {reader.line_num}: {error}. Nothing was imported."
        ) from None
