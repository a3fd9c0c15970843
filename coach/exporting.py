"""Writing the journal out as JSON, CSV or markdown, private fields left out unless asked."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from coach.model import Entry, Profile
from coach.plan_record import plan_to_record
from coach.plans import Plan
from coach.records import RECORD_FIELDS, entry_to_record, profile_to_record
from coach.terminal_text import shown_safely

FORMATS = ("json", "markdown", "csv")


EXPORT_VERSION = 1


PRIVATE_FIELDS = ("private_note", "email_text")
# The details that sign replies travel with a JSON export; the phone number
# is a way to reach the person directly, so it goes only with the private notes.
PRIVATE_PROFILE_FIELDS = ("phone",)


# Spreadsheets run a cell that starts with one of these as a formula (CSV
# injection: "=HYPERLINK(...)" in a note would become a live link). CSV export
# puts a ' in front, which spreadsheets show as text and do not display; CSV
# import takes one ' back off. So that the round trip stays lossless, a value
# already starting with quotes before one of these gets one more quote too
# ("'=x" is written "''=x" and read back as "'=x").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


PLANS_COLUMN = "plans"


def export_records(entries: Iterable[Entry], *, include_private: bool) -> list[dict[str, Any]]:
    """Plain records for export, leaving private notes out unless asked."""
    return list(export_records_iter(entries, include_private=include_private))


def export_records_iter(
    entries: Iterable[Entry], *, include_private: bool
) -> Iterator[dict[str, Any]]:
    """export_records one at a time."""
    for entry in entries:
        record = entry_to_record(entry)
        if not include_private:
            for name in PRIVATE_FIELDS:
                record.pop(name, None)
        yield record


def export_profile(profile: Profile | None, *, include_private: bool) -> dict[str, Any] | None:
    """The details for an export (None when there are none), the phone only if private is asked."""
    if profile is None or profile.is_empty:
        return None
    record = profile_to_record(profile)
    record.pop("revision", None)  # the journal's own count of saves, not a detail
    if not include_private:
        for name in PRIVATE_PROFILE_FIELDS:
            record.pop(name, None)
    return record


def to_json(
    entries: Iterable[Entry],
    *,
    include_private: bool = False,
    plans: Iterable[Plan] | None = None,
    profile: Profile | None = None,
) -> str:
    """The lossless export: a version, the entries, the plans and the person's details."""
    chunks = json_chunks(entries, include_private=include_private, plans=plans, profile=profile)
    return b"".join(chunks).decode("utf-8")


def json_chunks(
    entries: Iterable[Entry],
    *,
    include_private: bool = False,
    plans: Iterable[Plan] | None = None,
    profile: Profile | None = None,
) -> Iterator[bytes]:
    """to_json's UTF-8 bytes an entry at a time, so a big journal is never one big string.

    The same text `json.dumps(..., ensure_ascii=False, indent=2)` would give,
    encoded by orjson, which is many times faster than the pure-Python encoder.
    """
    yield f'{{\n  "coach_export": {EXPORT_VERSION},\n  "entries": ['.encode()
    records = export_records_iter(entries, include_private=include_private)
    yield from _json_list_items(records)
    if plans is not None:
        yield b',\n  "plans": ['
        yield from _json_list_items(plan_to_record(plan) for plan in plans)
    details = export_profile(profile, include_private=include_private)
    if details is not None:
        import orjson

        body = orjson.dumps(details, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n  ")
        yield b',\n  "profile": ' + _json_safe(body)
    yield b"\n}\n"


def _json_list_items(records: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """A list's items and its closing bracket, indented as a member of the export object."""
    import orjson

    first = True
    for record in records:
        body = orjson.dumps(record, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n    ")
        yield (b"\n    " if first else b",\n    ") + _json_safe(body)
        first = False
    yield b"]" if first else b"\n  ]"


def _json_safe(body: bytes) -> bytes:
    """JSON with DEL, C1 and direction overrides escaped too (orjson escapes only C0).

    The \\uXXXX form is JSON's own, so the export still reads back the same.
    """
    return shown_safely(body.decode("utf-8")).encode("utf-8")


def _needs_quote(text: str) -> bool:
    """True for a formula start, alone or behind quotes (which escaping must also cover)."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def csv_escape(value: str) -> str:
    """A cell a spreadsheet shows as text: a ' before a formula start."""
    return "'" + value if _needs_quote(value) else value


def csv_unescape(value: str) -> str:
    """The value csv_escape was given: one leading ' off a quoted formula start."""
    return value[1:] if value.startswith("'") and _needs_quote(value) else value


def to_csv(
    entries: Iterable[Entry], *, include_private: bool = False, plans: Iterable[Plan] | None = None
) -> str:
    """One row per entry; reflections, reply parts and plans as text cells, formulas defused."""
    records = export_records(entries, include_private=include_private)
    columns = [c for c in RECORD_FIELDS if include_private or c not in PRIVATE_FIELDS]
    if plans is not None:
        # Each entry's plans ride in its row as JSON text, as reflections do.
        by_entry = plans_by_entry(plans)
        columns.append(PLANS_COLUMN)
        for record in records:
            chosen = by_entry.get(record["id"], [])
            record[PLANS_COLUMN] = (
                json.dumps([plan_to_record(p) for p in chosen], ensure_ascii=False)
                if chosen
                else ""
            )
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        row = dict(record)
        row["reflections"] = json.dumps(record["reflections"], ensure_ascii=False)
        row["reply_parts"] = ",".join(record["reply_parts"])
        writer.writerow({k: "" if v is None else csv_escape(str(v)) for k, v in row.items()})
    return buffer.getvalue()


def plans_by_entry(plans: Iterable[Plan]) -> dict[str, list[Plan]]:
    """Plans grouped by the entry they were made for, oldest first."""
    grouped: dict[str, list[Plan]] = {}
    for plan in sorted(plans, key=lambda p: (p.created_at, p.id)):
        grouped.setdefault(plan.entry_id, []).append(plan)
    return grouped


def plans_markdown(plans: Iterable[Plan]) -> list[str]:
    """A "Plans" subsection for an entry, or nothing when it has none."""
    lines = []
    for plan in plans:
        state = {"open": "open", "done": "done", "dropped": "let go"}[plan.status.value]
        lines.append(
            f"- {plan.text} (due {plan.due.isoformat()}, {state}, {plan.theme_label}; id {plan.id})"
        )
    return ["", "### Plans", "", *lines] if lines else []


def to_markdown(
    entries: Iterable[Entry],
    *,
    include_private: bool = False,
    question_texts: Mapping[str, str] | None = None,
    plans: Iterable[Plan] | None = None,
) -> str:
    """A journal to read: a heading, then one section per entry.

    question_texts maps reflection question ids to the questions as asked;
    an id without a text is shown as it is.
    """
    entries = list(entries)
    if not entries:
        return "# Rejection journal\n\nNo entries yet.\n"
    by_entry = plans_by_entry(plans or [])
    sections = [
        entry_markdown(
            entry,
            include_private=include_private,
            question_texts=question_texts,
            plans=by_entry.get(entry.id, []),
        )
        for entry in entries
    ]
    # Each section ends in one newline; the blank line between them goes here.
    return "# Rejection journal\n\n" + "\n".join(sections)


def entry_markdown(
    entry: Entry,
    *,
    include_private: bool = False,
    question_texts: Mapping[str, str] | None = None,
    plans: Iterable[Plan] = (),
) -> str:
    """One entry as a markdown section ("## date — summary"), for `coach show` too."""
    texts = question_texts or {}
    lines = [f"## {entry.date.isoformat()} — {entry.summary()}", ""]
    facts = [
        ("Id", entry.id),
        ("Contact", entry.contact),
        ("Came by", entry.channel.value),
        ("Mood before", _mood(entry.mood_before)),
        ("Mood after", _mood(entry.mood_after)),
        ("Reply", entry.reply.status.label),
        ("Feedback", entry.feedback.value.replace("_", " ")),
        (
            "Feedback asked on",
            entry.feedback_requested_on.isoformat() if entry.feedback_requested_on else "",
        ),
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
        ("The email", entry.email_text if include_private else ""),
    ):
        if text.strip():
            lines += ["", f"### {title}", "", text.strip()]
    answered = [(q, a.strip()) for q, a in entry.reflections.items() if a.strip()]
    if answered:
        lines += ["", "### Reflections", ""]
        for question, answer in answered:
            # Indented continuation lines keep a several-line answer inside
            # its list item instead of breaking out of the list.
            answer = answer.replace("\n", "\n  ")
            asked = texts.get(question, question)
            # Questions end in "?" already; a bare id needs a colon after it.
            label = asked if asked.endswith(("?", ".", ":", "!")) else asked + ":"
            lines.append(f"- *{label}* {answer}")
    if entry.reply.draft.strip():
        lines += [
            "",
            "### Reply draft",
            "",
            "```text",
            entry.reply.draft.rstrip(),
            "```",
        ]
    lines += plans_markdown(plans)
    return "\n".join(lines) + "\n"


def _mood(value: int | None) -> str:
    return "" if value is None else f"{value}/10"


def export_text(
    entries: Iterable[Entry],
    fmt: str,
    *,
    include_private: bool = False,
    question_texts: Mapping[str, str] | None = None,
    plans: Iterable[Plan] | None = None,
) -> str:
    """The journal in one of FORMATS; question_texts is used by markdown only."""
    if fmt == "markdown":
        text = to_markdown(
            entries, include_private=include_private, question_texts=question_texts, plans=plans
        )
    else:
        writers = {"json": to_json, "csv": to_csv}
        text = writers[fmt](entries, include_private=include_private, plans=plans)
    # An entry saved before imports were cleaned can hold escape codes: written
    # raw, `cat journal.md` would replay them on a terminal (an OSC 52 writes the
    # clipboard). Each is written as the text \u001b instead.
    return shown_safely(text)
