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
        "sent",
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
        lines = list(_lines(values))
        if not lines:
            continue
        kind = key.split(":", 1)[0]
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
            text = str(value).strip()
            # A long answer or a draft reads better below its name than after it.
            lines.append(f"{label}:\n{text}" if "\n" in text else f"{label}: {text}")
    return lines
