"""Reading what is left of one broken record line of a damaged journal, field by field."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from coach.json_numbers import number_kept_as_written

# The start of a record line as coach writes it: "12":{
# A quote of the key may be lost, or its colon, or its digits ("":{ reads with no key).
_RECORD_START = re.compile(r'^\s*(?:"(\d*)"|"?(\d+)"?)\s*:?\s*\{')
# The same with its `{` lost: the record's first field name follows the colon.
_BRACE_LOST = re.compile(r'^\s*"\d+"\s*:\s*(?=")')
# A record's start with a stray `}` or `"` a slip put in it (}"1":{, "1"}:{, "1":{}"id"):
# nothing but the key's digits belongs there, so they are the key.
_STRAY_START = re.compile(r'^[\s}"]*([\d}"]*)\s*:?[\s}"]*\{\}?(?=\s*")')
# strict=False lets a raw control character inside a string through: one stray
# byte of that kind is the commonest damage, and the rest of the record is fine.
_LENIENT = json.JSONDecoder(strict=False, parse_int=number_kept_as_written)
_SPACE = " \t\r"


@dataclass
class BrokenRecord:
    """A broken line's record key ("" when it was lost) and the fields still read from it."""

    key: str
    fields: dict[str, Any]
    # True when the whole record read once stray characters were let through.
    whole: bool


def read_broken_line(line: bytes) -> BrokenRecord | None:
    """The record on a line strict JSON refuses; None when not even its key can be read."""
    text = line.decode("utf-8", errors="replace").strip()
    lost = _BRACE_LOST.match(text)
    if lost is not None:
        text = text[: lost.end()] + "{" + text[lost.end() :]  # put back, so the fields read
    stray = _STRAY_START.match(text)
    if stray is not None:
        digits = "".join(c for c in stray.group(1) if c.isdigit())
        text = f'"{digits}":{{' + text[stray.end() :]
    start = _RECORD_START.match(text)
    if start is None:
        return None
    key = start.group(1) if start.group(1) is not None else start.group(2)
    body = text[start.end() - 1 :].rstrip(",").rstrip()
    try:
        record = _LENIENT.decode(body)
    except (ValueError, RecursionError):
        pass
    else:
        if isinstance(record, dict):
            return BrokenRecord(key, record, whole=True)
    return BrokenRecord(key, _fields_read(text, start.end()), whole=False)


def record_at(text: str, at: int) -> tuple[dict[str, Any], bool]:
    """The record whose `{` is at `at`: (its fields, whether it read whole)."""
    try:
        record, _ = _LENIENT.raw_decode(text, at)
    except (ValueError, RecursionError):
        pass
    else:
        if isinstance(record, dict):
            return record, True
    return _fields_read(text, at + 1), False


def read_leniently(text: str) -> Any:
    """The JSON value of text with stray control characters let through; raises ValueError."""
    try:
        return _LENIENT.decode(text)
    except RecursionError:
        raise ValueError("nested too deep") from None


def _fields_read(text: str, at: int) -> dict[str, Any]:
    """Each `"name":value` that reads, skipping past the damage to the next field."""
    fields: dict[str, Any] = {}
    while at < len(text):
        at = _skip(text, at, _SPACE + ",")
        if at >= len(text) or text[at] == "}":
            break
        pair = _one_field(text, at)
        if pair is None:
            # Resume at the next field's start: `,"` is where coach begins one.
            found = text.find(',"', at + 1)
            if found < 0:
                break
            at = found + 1
            continue
        name, value, at = pair
        fields.setdefault(name, value)  # a field repeated by the damage keeps its first value
    return fields


def _one_field(text: str, at: int) -> tuple[str, Any, int] | None:
    """(name, value, where the next field may start) of the field at `at`, or None."""
    try:
        name, at = _LENIENT.raw_decode(text, at)
        at = _skip(text, at, _SPACE)
        if not isinstance(name, str) or text[at : at + 1] != ":":
            return None
        begins = _skip(text, at + 1, _SPACE)
        value, at = _LENIENT.raw_decode(text, begins)
        after = _skip(text, at, _SPACE)
        if isinstance(value, str) and after < len(text) and text[after] not in ",}":
            # The value's closing quote was lost: it ran on to the next field's
            # opening quote, so it ends in `,`. Cut it at that comma, so that field reads.
            inner = text[begins : at - 1].rstrip(_SPACE)
            if inner.endswith(","):
                value, _ = _LENIENT.raw_decode(inner[:-1] + '"')
                at = begins + len(inner) - 1
    except (ValueError, RecursionError, IndexError):
        return None
    return name, value, at


def _skip(text: str, at: int, chars: str) -> int:
    while at < len(text) and text[at] in chars:
        at += 1
    return at
