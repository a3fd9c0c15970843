"""Where the forwarded or quoted messages in an email's text begin, and what their headers say."""

from __future__ import annotations

import re

from coach import email_lang_headers

# The header lines a mail client writes above a forwarded or quoted message.
# The header lines of a copied message, in English and five other languages.
_FORWARD_FIELDS = email_lang_headers.FIELD_NAMES
_FORWARD_FIELD_LINE = email_lang_headers.FIELD_LINE


# "On Mon, Nov 16, 2026 at 4:05 PM Marcus <m@x.com> wrote:", "On 16 Nov 2026, at 14:02,
# Ana <a@x.com> wrote:": the date ends at its year or its time, the rest is the sender.
_CLOCK = (
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[+-]\d{4})?"
    r"(?-i:\s+\(?[A-Z]{2,5}\)?)?"  # a zone in capitals, never the sender's name
)
_WROTE_LINE = re.compile(
    rf"^\s*On (.{{4,80}}?(?:\d{{4}}|{_CLOCK})),? (?:at )?(?:{_CLOCK},? )?(.{{0,120}}?) wrote:\s*$",
    re.IGNORECASE,
)


def forward_blocks(lines: list[str]) -> list[tuple[int, int, dict[str, str]]]:
    """Each forwarded or quoted message: its header line, where its text starts, its fields."""
    found: list[tuple[int, int, dict[str, str]]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        wrote = _WROTE_LINE.match(line)
        said = (wrote.group(1), wrote.group(2)) if wrote else email_lang_headers.wrote_line(line)
        if said:
            found.append((index, index + 1, {"date": said[0], "from": said[1], "wrote": "yes"}))
            index += 1
            continue
        match = _FORWARD_FIELD_LINE.match(line)
        if match:
            fields: dict[str, str] = {}
            end = index
            while end < len(lines):
                field_match = _FORWARD_FIELD_LINE.match(lines[end])
                if not field_match:
                    break
                key = _FORWARD_FIELDS.get(field_match.group(1).lower())
                if key and key not in fields:
                    fields[key] = field_match.group(2).strip()
                end += 1
            if end - index >= 2 or (index == 0 and fields):
                found.append((index, end, fields))
            index = end
            continue
        index += 1
    return found
