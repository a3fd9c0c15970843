"""Reading and writing the journal as JSON, CSV and markdown files."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from coach.errors import CoachError
from coach.model import (
    RECORD_FIELDS,
    Entry,
    EntryError,
    entry_from_record,
    entry_to_record,
)

FORMATS = ("json", "markdown", "csv")
EXPORT_VERSION = 1
PRIVATE_FIELDS = ("private_note",)


class ImportFileError(CoachError):
    """An import file that cannot be read; names the row and the reason."""


def export_records(entries: Iterable[Entry], *, include_private: bool) -> list[dict[str, Any]]:
    """Plain records for export, leaving private notes out unless asked."""
    records = []
    for entry in entries:
        record = entry_to_record(entry)
        if not include_private:
            for name in PRIVATE_FIELDS:
                record.pop(name, None)
        records.append(record)
    return records


def to_json(entries: Iterable[Entry], *, include_private: bool = False) -> str:
    """The lossless export: an object with a version and an entries list."""
    document = {
        "coach_export": EXPORT_VERSION,
        "entries": export_records(entries, include_private=include_private),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_csv(entries: Iterable[Entry], *, include_private: bool = False) -> str:
    """One row per entry; reflections and reply parts as text cells."""
    records = export_records(entries, include_private=include_private)
    columns = [c for c in RECORD_FIELDS if include_private or c not in PRIVATE_FIELDS]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        row = dict(record)
        row["reflections"] = json.dumps(record["reflections"], ensure_ascii=False)
        row["reply_parts"] = ",".join(record["reply_parts"])
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


def to_markdown(entries: Iterable[Entry], *, include_private: bool = False) -> str:
    """A journal to read: one section per entry."""
    lines = ["# Rejection journal", ""]
    entries = list(entries)
    if not entries:
        lines.append("No entries yet.")
    for entry in entries:
        lines += [f"## {entry.date.isoformat()} — {entry.summary()}", ""]
        facts = [
            ("Id", entry.id),
            ("Contact", entry.contact),
            ("Came by", entry.channel.value),
            ("Mood before", _mood(entry.mood_before)),
            ("Mood after", _mood(entry.mood_after)),
            ("Reply", entry.reply.status.value.replace("_", " ")),
            ("Feedback", entry.feedback.value.replace("_", " ")),
            (
                "Reapply after",
                entry.reapply_after.isoformat() if entry.reapply_after else "",
            ),
            ("Next step", entry.next_step),
        ]
        lines += [f"- **{name}:** {value}" for name, value in facts if value]
        for title, text in (
            ("Notes", entry.notes),
            ("Feedback received", entry.feedback_text),
            ("Private note", entry.private_note if include_private else ""),
        ):
            if text.strip():
                lines += ["", f"### {title}", "", text.strip()]
        if entry.reflections:
            lines += ["", "### Reflections", ""]
            for question, answer in entry.reflections.items():
                if answer.strip():
                    lines += [f"- *{question}*: {answer.strip()}"]
        if entry.reply.draft.strip():
            lines += [
                "",
                "### Reply draft",
                "",
                "```text",
                entry.reply.draft.rstrip(),
                "```",
            ]
        lines.append("")
    return "\n".join(lines)


def _mood(value: int | None) -> str:
    return "" if value is None else f"{value}/10"


def export_text(entries: Iterable[Entry], fmt: str, *, include_private: bool = False) -> str:
    """The journal in one of FORMATS."""
    writers = {"json": to_json, "csv": to_csv, "markdown": to_markdown}
    return writers[fmt](entries, include_private=include_private)


def read_import_file(path: Path, *, today: date | None = None) -> list[Entry]:
    """Entries from a JSON or CSV file; any bad row rejects the whole file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"Cannot read {path}: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(f"{path} is not UTF-8 text; save it as UTF-8 and retry") from None
    stripped = text.lstrip()
    if path.suffix.lower() == ".csv" or not stripped.startswith(("[", "{")):
        records = _csv_records(text, path)
        first_row = 2  # row 1 is the header
    else:
        records = _json_records(text, path)
        first_row = 1
    entries = []
    for number, record in enumerate(records, start=first_row):
        try:
            entries.append(entry_from_record(record, today=today))
        except EntryError as error:
            kind = "row" if first_row == 2 else "entry"
            raise ImportFileError(
                f"{path}: {kind} {number}: {error}. Nothing was imported."
            ) from None
    return entries


def _json_records(text: str, path: Path) -> list[Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"{path} is not valid JSON ({error.msg} at line {error.lineno}, "
            f"column {error.colno}). Nothing was imported."
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
    reader = csv.DictReader(io.StringIO(text))
    columns = reader.fieldnames or []
    missing = [c for c in ("company", "stage") if c not in columns]
    if missing:
        raise ImportFileError(
            f"{path}: the header row lacks the column(s) {', '.join(missing)}; "
            "a CSV import needs at least company and stage. Nothing was imported."
        )
    try:
        return list(reader)
    except csv.Error as error:
        raise ImportFileError(
            f"{path}: row {reader.line_num}: {error}. Nothing was imported."
        ) from None
