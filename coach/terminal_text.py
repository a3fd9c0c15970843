"""Terminal control characters: stripped from imported text, shown escaped on output."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TextIO

# C0 controls but tab and newline, DEL, C1, and the bidi embeddings, overrides
# and isolates that reorder what follows them on screen (Trojan Source).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Whole escape sequences go at once, so no "[31m" is left behind: CSI (colours,
# cursor moves, clearing), OSC (window title, OSC 52 clipboard) and DCS/APC/PM
# strings ended by BEL or ST, and any other ESC sequence with its intermediates
# and final (ESC 7, ESC ( B, ESC # 8). A space is an intermediate only as the
# first, and then only before the few finals terminals know (ESC SP F, as
# xterm lists them); any other is text: a stray ESC before ", b" or " b" took
# the letter with it. With no final, the ESC goes alone.
ESC_SPACE_FINALS = "FGLMN"
_WITH_INTERMEDIATES = rf"\x1b(?: [{ESC_SPACE_FINALS}]|[!-/][!-/]*[0-~])"
_INTERMEDIATES_SO_FAR = re.compile(r"\x1b(?: |[!-/][!-/]*)\Z")
_INTERMEDIATE_SEQUENCE = re.compile(_WITH_INTERMEDIATES)
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|$)"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\n]*?(?:\x07|\x1b\\|\x9c|(?=\n)|$)"
    rf"|{_WITH_INTERMEDIATES}"
    r"|\x1b[0-~]?"
)


def escape_length(text: str) -> int | None:
    """How much of text, which starts with ESC, an escape with intermediates takes.

    The whole sequence (ESC ( B, ESC # 8, ESC SP F); 1 for a stray ESC, as the
    text after it is the person's; None when text ends before it can tell,
    as a paste read in pieces does. without_controls reads the same way.
    """
    whole = _INTERMEDIATE_SEQUENCE.match(text)
    if whole is not None:
        return whole.end()
    return None if _INTERMEDIATES_SO_FAR.match(text) else 1


def without_controls(text: str) -> tuple[str, int]:
    """The text with escape sequences and control characters removed, and how many went.

    Line ends become newlines; tab and newline stay, as free text needs them.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    count = 0

    def gone(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return ""

    text = _SEQUENCE.sub(gone, text)
    return _CONTROL.sub(gone, text), count


# The controls a person may have heard of, by their usual names; others go by code point.
_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "backspace", "\x1b": "ESC", "\x7f": "DEL"}


def control_names(text: str, most: int = 3) -> list[str]:
    """The kinds of control character in text, as a person reads them, first seen first."""
    names: list[str] = []
    for match in _CONTROL.finditer(text.replace("\r\n", "\n").replace("\r", "\n")):
        char = match.group()
        if "\u202a" <= char <= "\u2069":
            name = "direction marks"
        else:
            name = _NAMES.get(char, f"U+{ord(char):04X}")
        if name not in names:
            names.append(name)
    return names[:most]


def for_screen(text: str) -> str:
    """The text as a screen may draw it: any control character or escape sequence gone.

    For text saved before imports were cleaned. A clean text (nearly all) costs
    one search and comes back as it is; what is stored is never changed.
    """
    if _CONTROL.search(text) is None:
        return text
    return without_controls(text)[0]


def one_line_for_screen(text: str) -> str:
    """for_screen, for a one-line field: a line end left by a bare CR reads as a space."""
    shown = for_screen(text)
    return text if shown is text else " ".join(shown.split("\n"))


def texts_without_controls(record: Any, names: Iterable[str]) -> dict[str, int]:
    """Each named attribute that is a text, or a list of texts, cleaned in place.

    Returns how many codes went from each; other attributes are left alone.
    """
    counts: dict[str, int] = {}
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str):
            cleaned, counts[name] = without_controls(value)
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            pairs = [without_controls(item) for item in value]
            cleaned = [item for item, _ in pairs if item]
            counts[name] = sum(count for _, count in pairs)
        else:
            continue
        setattr(record, name, cleaned)
    return counts


def shown_safely(text: str) -> str:
    """The text with each control character written out as \\uXXXX, so none acts on a terminal.

    The same notation is valid inside a JSON string, so JSON output stays JSON.
    """
    text = text.replace("\r\n", "\n")
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class SafeOutput:
    """A text stream that escapes control characters in everything written to it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write the text with its control characters escaped."""
        return self.stream.write(shown_safely(text))

    def flush(self) -> None:
        """Flush the stream beneath."""
        self.stream.flush()

    def isatty(self) -> bool:
        """Whether the stream beneath is a terminal."""
        return self.stream.isatty()
