"""A journal in another layout (pretty-printed, one line) laid out again one record a line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A JSON string never holds a raw newline, so a quote a slip left unmatched
# confuses only the rest of its own line: the next line reads as it should.
_TOKEN = re.compile(rb'"(?:[^"\\\n]|\\.)*"|[{}:,\n]|[ \t\r]+|[^"{}:,\s]+|"')
_RECORD_KEY = re.compile(rb'"\d+"')
# Where a key opens an object (`,"12":{` or `{"plans":{`). No string of a
# whole file holds one (its quotes would be escaped), so the file is read in
# pieces cut there: a quote a slip left unmatched on a file that is one line
# pairs wrongly only up to the next record, not to the end of the file.
_RESYNC = re.compile(rb'[{,][ \t\r\n]*(?="(?:[^"\\\n]|\\.)*"[ \t\r\n]*:[ \t\r\n]*\{)')


@dataclass
class Relaid:
    """The file's bytes one record a line, and where in the file each line began."""

    lines: list[bytes] = field(default_factory=list)
    # origin[i]: the file's line number (from 1) where line i + 1 of `lines` began.
    origin: list[int] = field(default_factory=list)
    # Lines (from 1) of records whose opening brace was lost and is put back.
    braced: set[int] = field(default_factory=set)


def _tokens(raw: bytes) -> list[bytes]:
    """The tokens of `raw`, read apart in pieces cut where a key opens an object."""
    tokens: list[bytes] = []
    start = 3 if raw.startswith(b"\xef\xbb\xbf") else 0  # a byte order mark is no record
    for cut in _RESYNC.finditer(raw):
        tokens += [m.group() for m in _TOKEN.finditer(raw, start, cut.end())]
        start = cut.end()
    tokens += [m.group() for m in _TOKEN.finditer(raw, start)]
    return tokens


def relaid(raw: bytes) -> Relaid:
    """The records of `raw`, whatever its layout, one a line as coach writes them.

    Each record runs from its `"12":{` to the brace that closes it; a record
    key met inside an unfinished record (a brace lost to a slip) starts the
    next record, so one slip costs one record, not the rest of the file.
    """
    tokens = _tokens(raw)
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

    def after_colon(at: int) -> int | None:
        """The index of what follows tokens[at] past its `:`, else None."""
        seen = 0
        for index in range(at + 1, len(tokens)):
            token = tokens[index]
            if token.strip() == b"":
                continue  # a newline or spaces
            seen += 1
            if seen == 1 and token != b":":
                return None
            if seen == 2:
                return index
        return None

    def opens_object(at: int) -> int | None:
        """The index of the `{` when tokens[at] is followed by `:` and `{`, else None."""
        index = after_colon(at)
        return index if index is not None and tokens[index] == b"{" else None

    def lost_brace(at: int) -> int | None:
        """Where a record's first field starts when the record key at `at` lost its `{`."""
        index = after_colon(at)
        if index is None or not tokens[index].startswith(b'"'):
            return None
        return index if after_colon(index) is not None else None

    def next_at(at: int) -> int | None:
        """The index of the first token after `at` that is not a newline or spaces."""
        for index in range(at + 1, len(tokens)):
            if tokens[index].strip() != b"":
                return index
        return None

    def then_key(at: int, record: bool) -> bool:
        """Whether `,` and a record key (record) or a field name with no object follow `at`."""
        comma = next_at(at)
        key = next_at(comma) if comma is not None and tokens[comma] == b"," else None
        if key is None or not tokens[key].startswith(b'"'):
            return False
        if record:
            return bool(_RECORD_KEY.fullmatch(tokens[key])) and after_colon(key) is not None
        value = after_colon(key)
        return (
            not _RECORD_KEY.fullmatch(tokens[key]) and value is not None and tokens[value] != b"{"
        )

    def stray_within(at: int) -> bool:
        """Whether the `}` at `at` stands inside a record: a `:` or a field's string follows."""
        after = next_at(at)
        if after is None:
            return False
        return tokens[after] == b":" or (
            tokens[after].startswith(b'"') and not starts_record(after)
        )

    def starts_record(at: int | None) -> bool:
        """Whether tokens[at] is a record key with its object (strays let through) after it."""
        if at is None or not _RECORD_KEY.fullmatch(tokens[at]):
            return False
        return opens_object(at) is not None or stray_start(at) is not None

    def stray_start(at: int) -> int | None:
        """Where the fields begin when the record key at `at` has a stray `}` or `"` before its
        fields (`"2"}:{`, `"2":}{`, `"2":{}"id"`); None when it has none, or is no record.
        """
        seen: list[bytes] = []
        index = at + 1
        while index < len(tokens) and tokens[index].strip() in (b"", b"}", b'"', b":"):
            if tokens[index].strip():
                seen.append(tokens[index])
            index += 1
        if index >= len(tokens) or tokens[index] != b"{" or seen.count(b":") > 1:
            return None
        body = next_at(index)
        if body is not None and tokens[body] == b"}":
            seen.append(b"}")
            body = next_at(body)
        if body is None or not tokens[body].startswith(b'"'):
            return None
        return body if seen != [b":"] else None

    index = 0
    stray_before = False  # a stray `}` stood before the next record's key
    while index < len(tokens):
        token = tokens[index]
        if token == b"\n":
            line += 1
            index += 1
            continue
        if token.strip() == b"":
            if current and current[-1].strip(b'"{}:,[] \t\r') == current[-1]:
                current.append(token)  # between two bare words: a quote was lost before them
            index += 1
            continue
        # A record key opening an object is a record wherever the count of braces says it
        # is: a `}` a slip let out of a string may have closed its table too soon.
        record = bool(_RECORD_KEY.fullmatch(token)) and tables > 0
        fields = stray_start(index) if record else None
        if fields is not None or (record and stray_before):
            emit()  # a record with a stray `}` or `"` before its fields: read without it
            out.braced.add(len(out.lines) + 1)
            stray_before = False
            if fields is not None:
                start = line
                current = [token, b":{"]
                line += sum(1 for t in tokens[index + 1 : fields] if t == b"\n")
                index, depth = fields, 3
                continue
        brace = opens_object(index) if token.startswith(b'"') else None
        if brace is not None and record:
            emit()  # a record starts its own line, even where the last one did not close
            start = line
            current = [token, b":{"]
            line += sum(1 for t in tokens[index + 1 : brace] if t == b"\n")
            index, depth = brace + 1, 3
            continue
        first = lost_brace(index) if _RECORD_KEY.fullmatch(token) and depth == 2 else None
        if first is not None and tables:
            emit()  # a record whose `{` was lost: put back, so its fields read
            out.braced.add(len(out.lines) + 1)
            start = line
            current = [token, b":{"]
            line += sum(1 for t in tokens[index + 1 : first] if t == b"\n")
            index, depth = first, 3
            continue
        if brace is not None and depth == 1:
            emit()
            out.lines.append(token + b":{")
            out.origin.append(line)
            line += sum(1 for t in tokens[index + 1 : brace] if t == b"\n")
            index, depth, tables = brace + 1, 2, tables + 1
            continue
        if token == b"," and depth in (1, 2) and not current and out.lines:
            if not out.lines[-1].endswith(b","):
                out.lines[-1] += b","  # after a record or a table, as coach writes it
        elif token == b"}" and depth == 2 and then_key(index, record=True):
            # A record comes next, so this closes no table: a brace a slip doubled.
            if current:
                current.append(token)
        elif token == b"}" and depth == 2 and starts_record(next_at(index)):
            stray_before = True  # a record's key follows at once: a stray, closing nothing
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
                if depth == 2 and then_key(index, record=False):
                    depth = 3  # a field follows: the brace closed no record (one `{` was lost)
                elif depth == 2 and stray_within(index):
                    depth = 3  # a field's name, colon or value follows: a stray `}`
                elif depth == 2:
                    emit()  # the record closed
        index += 1
    emit()
    return out
