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
        "plan_id",
        "plan_theme",
        "received_on",
        "replying",
        "saved_record",
        "guessed",
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
        lines = _entry_lines(record, values) if kind == "entry" else _lines(values)
        if not lines:
            continue
        title = _TITLES.get(kind) or str(record.get("label") or key)
        parts.append("\n".join([f"== {title} ==", *lines]))
    return "\n\n".join(parts) + "\n" if parts else ""


def _lines(values: Mapping[str, Any], prefix: str = "") -> list[str]:
    lines: list[str] = []
    for name, value in values.items():
        if name in _BOOKKEEPING or name.endswith("_version") or isinstance(value, bool):
            continue
        if value is None:
            continue
        label = f"{prefix}{name.replace('_', ' ')}"
        if isinstance(value, Mapping):
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

    asked = record.get("questions")
    pairs = (
        [q for q in asked if isinstance(q, list) and len(q) == 2] if isinstance(asked, list) else []
    )
    question_ids = [str(q[0]) for q in pairs]
    questions = [str(q[1]) for q in pairs]
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
