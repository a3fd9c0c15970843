"""The file a pasted or dropped path names, however the terminal quoted it."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path
from urllib.parse import unquote, urlparse

# Longer than any real path; a paste this long is text, not a dropped file.
_MAX_PATH_CHARS = 4096


def dropped_path(text: str) -> Path | None:
    """The path in one pasted line, unquoted; None when the text cannot be a single path.

    Terminals paste a dropped file as its path: plain, with backslash-escaped
    spaces, in double or single quotes (GNOME Terminal and VTE write a quote
    inside single quotes as '\\''), or as a file:// URL.
    """
    line = text.strip()
    if not line or "\n" in line or len(line) > _MAX_PATH_CHARS:
        return None
    if line.lower().startswith("file://"):
        return Path(unquote(urlparse(line).path))
    try:
        words = shlex.split(line)
    except ValueError:  # an unbalanced quote: a plain name such as it's.eml
        words = []
    if len(words) == 1:
        return Path(words[0]).expanduser()
    # Not one shell word: a plain path with spaces, perhaps with a stray quote.
    if line[:1] == line[-1:] and line[:1] in ("'", '"'):
        line = line[1:-1]
    return Path(re.sub(r"\\(.)", r"\1", line)).expanduser()


def dropped_eml_file(text: str) -> Path | None:
    """The .eml file a paste names, or None when it names none."""
    path = dropped_path(text)
    return path if path is not None and path.name.lower().endswith(".eml") else None


def dropped_existing_path(text: str) -> Path | None:
    """A full path in the paste that names something on disk (a folder, a pipe...), else None.

    Only a full path counts: a single word typed into the paste area is text.
    """
    path = dropped_path(text)
    if path is None or not path.is_absolute():
        return None
    return path if os.path.lexists(path) else None
