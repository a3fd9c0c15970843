"""The check-in's autosave surface: days typed for "not yet", kept until they are saved."""

from __future__ import annotations

from typing import Any

# One surface for the whole check-in: each plan's typed day under its id.
CHECKIN_KEY = "checkin"
CHECKIN_META: dict[str, Any] = {"kind": "checkin", "label": "a plan's new day"}
