"""Names (company, role, contact) without the zero-width characters that hide in pasted text."""

from __future__ import annotations

import re
from typing import Any

NAME_FIELDS = ("company", "role", "contact")

# Zero-width space, word joiner, the BOM used as one, and the Mongolian vowel
# separator: never wanted in a name, and invisible, so a search for the name as
# seen finds nothing and a column that counts them is pushed out of line.
_INVISIBLE = "\u200b\u2060\ufeff\u180e"
# The joiners (ZWNJ, ZWJ) shape Persian, Indic scripts and emoji sequences, so
# they stay between two non-ASCII characters and go next to ASCII or an end.
_STRAY = re.compile(
    f"[{_INVISIBLE}]|(?<![^\\x00-\\x7f])[\u200c\u200d]|[\u200c\u200d](?![^\\x00-\\x7f])"
)


def clean_name(text: str) -> str:
    """The name with its stray zero-width characters taken out; other text is kept as it is."""
    # Two passes: a joiner left beside ASCII only once the space next to it goes.
    once = _STRAY.sub("", text)
    return once if once == text else _STRAY.sub("", once)


def names_cleaned(record: Any) -> Any:
    """A parsed import record with its name fields cleaned; anything else comes back as it is."""
    if not isinstance(record, dict):
        return record
    return {
        key: clean_name(value) if key in NAME_FIELDS and isinstance(value, str) else value
        for key, value in record.items()
    }
