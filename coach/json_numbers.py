"""Reading the journal's JSON so one number too big to hold spoils only the record it is in."""

from __future__ import annotations

import json
from typing import Any

import orjson

# The widest integers orjson reads and writes (a signed or unsigned 64-bit one).
_SMALLEST_INT = -(2**63)
_LARGEST_INT = 2**64 - 1


def number_kept_as_written(text: str) -> Any:
    """An integer as Python's parser hands it over; one too big stays as its digits.

    Too big for orjson (and, past 4,300 digits, for int() too), such a number
    is kept as its exact text: the record holding it is then reported and
    skipped, and written back byte for byte, never the reason the whole
    journal cannot be read.
    """
    if len(text) <= 21:
        value = int(text)
        if _SMALLEST_INT <= value <= _LARGEST_INT:
            return value
    return orjson.Fragment(text.encode("ascii"))


def parse_journal_json(raw: bytes) -> Any:
    """The journal's JSON; an integer too big to handle spoils only the record it is in."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:
            # Slower, but it hands each integer to a hook: orjson refuses the
            # whole file over one number it cannot hold.
            return json.loads(raw, parse_int=number_kept_as_written)
        except (ValueError, RecursionError):
            pass
        raise
