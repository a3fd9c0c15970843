"""The typing held for the autosave, as plain text to keep elsewhere when the data folder fails."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# What the walk and the forms keep for their own use: nothing a person typed.
_BOOKKEEPING = frozenset(
    {
        "base",
        "channel",
        "draft_basis",
        "entry_id",
        "focused",
        "generated_draft",
        "keep_vent",
        "parts",
        "plan_choice",
        "plan_due_on",
        "plan_id",
        "plan_theme",
        "received_on",
        "replying",
        "saved_record",
        "guessed",
        "guess_summary",
        "sent",
        "sent_record",
        "started_on",
        "step",
        "template",
        "walk_id",
    }
)

_TITLES = {"walk": "The walk", "profile": "Your details", "checkin": "A plan's new day"}


def unsaved_text(surfaces: Mapping[str, Mapping[str, Any]]) -> str:
    """Each surface's typed fields under a heading, blank ones left out; '' when none."""
    parts: list[str] = []
    for key, record in surfaces.items():
        values = record.get("values")
        if not isinstance(values, Mapping):
            continue
        kind = key.split(":", 1)[0]
        if kind == "entry":
            lines = _entry_lines(record, values)
        else:
            lines = _lines(values, asked=dict(_question_pairs(record)))
        if not lines:
            continue
        title = _TITLES.get(kind) or str(record.get("label") or key)
        if kind == "plan":  # its label names the entry the plan is for
            title = f"A new plan for {title}"
        parts.append("\n".join([f"== {title} ==", *lines]))
    return "\n\n".join(parts) + "\n" if parts else ""


def _question_pairs(record: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(question id, question as asked) the surface's record holds, for its answers' names."""
    asked = record.get("questions")
    if not isinstance(asked, list):
        return []
    return [(str(q[0]), str(q[1])) for q in asked if isinstance(q, list) and len(q) == 2]


def _lines(
    values: Mapping[str, Any], prefix: str = "", asked: Mapping[str, str] | None = None
) -> list[str]:
    lines: list[str] = []
    for name, value in values.items():
        if name in _BOOKKEEPING or name.endswith("_version") or isinstance(value, bool):
            continue
        if value is None:
            continue
        label = f"{prefix}{name.replace('_', ' ')}"
        if name == "answers" and asked and isinstance(value, Mapping):
            # The walk's reflections by the question asked, as the entry's copy names them;
            # each its own line, as two questions may be worded alike (a content override).
            for qid, text in value.items():
                lines.extend(_lines({asked.get(str(qid), f"{label}, {qid}"): text}))
        elif isinstance(value, Mapping):
            lines.extend(_lines(value, prefix=f"{label}, "))
        elif isinstance(value, (str, int, float)) and str(value).strip():
            text = _stage_words(str(value).strip()) if name == "stage" else str(value).strip()
            # A long answer or a draft reads better below its name than after it.
            lines.append(f"{label}:\n{text}" if "\n" in text else f"{label}: {text}")
    return lines


def _stage_words(value: str) -> str:
    """The walk's stage as its choices name it, not as stored."""
    from coach.model import Stage

    try:
        return Stage(value).label
    except ValueError:
        return value


def _entry_lines(record: Mapping[str, Any], values: Mapping[str, Any]) -> list[str]:
    """The entry form's changed fields, by the names and words its screen shows."""
    from coach.entry_fields import changed_fields, field_label, shown_value
    from coach.records import EntryError, entry_from_record

    pairs = _question_pairs(record)
    question_ids = [q[0] for q in pairs]
    questions = [q[1] for q in pairs]
    base = record.get("base")
    try:
        opened = entry_from_record(dict(base)) if isinstance(base, Mapping) else None
    except EntryError:
        opened = None
    lines = []
    for widget_id, value in changed_fields(dict(values), opened, question_ids):
        label = field_label(widget_id, questions)
        text = shown_value(widget_id, value).strip()
        if "\n" in text:
            lines.append(f"{label}:\n{text}")
        else:
            lines.append(f"{label}: {text}" if text else f"{label}: (emptied)")
    return lines
