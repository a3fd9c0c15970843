"""A journal in another layout (pretty-printed, one line) laid out again one record a line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A JSON string never holds a raw newline, so a quote a slip left unmatched
# confuses only the rest of its own line: the next line reads as it should.
_TOKEN = re.compile(rb'"(?:[^"\\\n]|\\.)*"|[{}:,\n]|[ \t\r]+|[^"{}:,\s]+|"')
_RECORD_KEY = re.compile(rb'"\d+"')


@dataclass
class Relaid:
    """The file's bytes one record a line, and where in the file each line began."""

    lines: list[bytes] = field(default_factory=list)
    # origin[i]: the file's line number (from 1) where line i + 1 of `lines` began.
    origin: list[int] = field(default_factory=list)


def relaid(raw: bytes) -> Relaid:
    """The records of `raw`, whatever its layout, one a line as coach writes them.

    Each record runs from its `"12":{` to the brace that closes it; a record
    key met inside an unfinished record (a brace lost to a slip) starts the
    next record, so one slip costs one record, not the rest of the file.
    """
    tokens = [m.group() for m in _TOKEN.finditer(raw)]
    out = Relaid()
    line = 1
    current: list[bytes] = []
    start = 1
    depth = 0
    tables = 0

    def emit() -> None:
        nonlocal current
        if current:
            out.lines.append(b"".join(current))
            out.origin.append(start)
        current = []

    def opens_object(at: int) -> int | None:
        """The index of the `{` when tokens[at] is followed by `:` and `{`, else None."""
        seen = 0
        for index in range(at + 1, len(tokens)):
            token = tokens[index]
            if token.strip() == b"":
                continue  # a newline or spaces
            seen += 1
            if seen == 1 and token != b":":
                return None
            if seen == 2:
                return index if token == b"{" else None
        return None

    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == b"\n":
            line += 1
            index += 1
            continue
        if token.strip() == b"":
            index += 1
            continue
        brace = opens_object(index) if token.startswith(b'"') else None
        if brace is not None and _RECORD_KEY.fullmatch(token) and tables and depth >= 1:
            emit()  # a record starts its own line, even where the last one did not close
            start = line
            current = [token, b":{"]
            line += sum(1 for t in tokens[index + 1 : brace] if t == b"\n")
            index, depth = brace + 1, 3
            continue
        if brace is not None and depth == 1:
            emit()
            out.lines.append(token + b":{")
            out.origin.append(line)
            line += sum(1 for t in tokens[index + 1 : brace] if t == b"\n")
            index, depth, tables = brace + 1, 2, tables + 1
            continue
        if token == b"," and depth in (1, 2) and not current and out.lines:
            out.lines[-1] += b","  # after a record or a table, as coach writes it
        elif token == b"{" and depth == 0:
            emit()
            out.lines.append(b"{")
            out.origin.append(line)
            depth = 1
        elif token == b"}" and depth in (1, 2):
            emit()  # what stood between the records, a line of its own
            out.lines.append(b"}")
            out.origin.append(line)
            depth -= 1
        else:
            if not current:
                start = line
            current.append(token)
            if token == b"{":
                depth += 1
            elif token == b"}" and depth > 0:
                depth -= 1
                if depth == 2:
                    emit()  # the record closed
        index += 1
    emit()
    return out
