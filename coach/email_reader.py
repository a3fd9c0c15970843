"""Reading a rejection email (an .eml file or pasted text) into its headers and visible text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from pathlib import Path

from coach.email_blocks import forward_blocks
from coach.email_parts import (
    MAX_BODY_CHARS,
    body_text,
    decode_loosely,
    head_and_tail,
    image_names,
    normalise_text,
)
from coach.email_paste_header import pasted_header
from coach.email_thread import TOP, news_of
from coach.errors import CoachError
from coach.html_text import html_to_text, looks_like_html
from coach.mail_dates import (
    parse_mail_date,
)
from coach.terminal_text import texts_without_controls

# What is kept with the entry (the person's own copy of the email).
MAX_KEPT_CHARS = 40_000


# Anything bigger is not one email (10 MB bodies are read; 32 MB is refused).
MAX_INPUT_BYTES = 32_000_000


MAX_HEADER_BYTES = 256_000
MAX_ENCODED_WORDS = 1_000


_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]*(.*)$")


# Headers that say "this is a raw email" when they open the text.
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "subject",
        "date",
        "received",
        "return-path",
        "mime-version",
        "content-type",
        "message-id",
        "reply-to",
        "delivered-to",
        "x-mailer",
        "cc",
        "sender",
        "dkim-signature",
    }
)


_QUOTE_PREFIX = re.compile(r"^(?:\s*>)+ ?")


# Bounded, so a long run of word characters cannot make the search quadratic.
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")


class EmailReadError(CoachError):
    """The input cannot be read as an email at all; the message says why."""


@dataclass
class ReadEmail:
    """One email as read: the innermost message's headers and its visible text."""

    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    reply_to_name: str = ""
    subject: str = ""
    sent: date | None = None
    body: str = ""
    # Every address seen anywhere (outer headers, forwarded blocks), for domains.
    addresses: list[str] = field(default_factory=list)
    # The whole readable email, headers and text, as kept with the entry.
    text: str = ""
    # Text above the forwarded or quoted rejection: a note from whoever passed it on.
    above: str = ""
    # The older messages a reply on top quotes (the applicant's "any news?"): context only.
    below: str = ""
    # What the HTML's images stand for (alt texts): "Tallis & Crane logo".
    images: list[str] = field(default_factory=list)
    # Escape sequences and control characters taken out of the email's text.
    controls_removed: int = 0
    # The email was longer than MAX_KEPT_CHARS: its start and end are kept, not its middle.
    text_cut: bool = False


def read_email_input(data: bytes | str) -> ReadEmail:
    """An email from raw bytes or pasted text; EmailReadError when it is not text.

    A stranger wrote it: every text it gives is free of escape sequences and
    control characters (an OSC 52 could write the clipboard, a CSI clear the
    screen), the same cleaning an imported journal gets.
    """
    read = _read_email_input(data)
    counts = texts_without_controls(read, [f.name for f in fields(read)])
    # The kept text repeats the headers and the body: counted apart, not added.
    read.controls_removed = max(counts.pop("text"), sum(counts.values()))
    return read


def _read_email_input(data: bytes | str) -> ReadEmail:
    if len(data) > MAX_INPUT_BYTES:
        raise EmailReadError(
            f"the input is larger than {MAX_INPUT_BYTES // 1_000_000} MB; "
            "give one email, not a mailbox"
        )
    if isinstance(data, bytes):
        if not data.strip():
            raise EmailReadError("the input is empty; give an .eml file or paste the email text")
        if _looks_binary(data[:8192]):
            raise EmailReadError(
                "this is not an email: it looks like binary data. Give an .eml file "
                "or the email's text"
            )
        if _is_raw_email(decode_loosely(data[:4096])):
            return _from_message(data)
        text = decode_loosely(data)
    else:
        text = data
        if not text.strip():
            raise EmailReadError("the input is empty; give an .eml file or paste the email text")
        if _looks_binary(text[:8192].encode("utf-8", "replace")):
            raise EmailReadError("this is not an email: it looks like binary data")
        if _is_raw_email(text[:4096]):
            return _from_message(text.encode("utf-8", "surrogateescape"))
    return _from_pasted(text)


def _looks_binary(sample: bytes) -> bool:
    """NUL bytes, or a high share of control characters, mean not text."""
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls / len(sample) > 0.05:
        return True
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A cut at the end of the sample is fine; junk in the middle is not.
        if error.start < len(sample) - 4:
            text = sample.decode("cp1252", "replace")
            bad = sum(1 for ch in text if ch == "\ufffd" or 0x80 <= ord(ch) < 0xA0)
            return bad / len(text) > 0.1 or _mostly_symbols(text)
        return False
    return _mostly_symbols(text)


# A header's encoded word ("=?utf-8?q?Caf=C3=A9?=") is text written in symbols.
_ENCODED_WORD = re.compile(r"=\?[\w.-]{1,40}\?[bqBQ]\?[^?\s]{0,200}\?=")


def _mostly_symbols(text: str) -> bool:
    text = _ENCODED_WORD.sub("word", text)
    letters = sum(1 for ch in text if ch.isalpha() or ch.isspace())
    return letters / max(len(text), 1) < 0.5


def _is_raw_email(head: str) -> bool:
    """True when the text opens with mail headers (an .eml), not a pasted body."""
    names = []
    for line in head.splitlines():
        if not line.strip():
            break
        if line[:1] in (" ", "\t"):
            continue  # a folded header's continuation
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        names.append(match.group(1).lower())
    known = [n for n in names if n in _MAIL_HEADERS]
    structural = {"received", "mime-version", "content-type", "message-id", "return-path"}
    return len(known) >= 3 or (bool(structural & set(names)) and len(known) >= 2)


def _header(message: Message, name: str) -> str:
    """A header as text; a malformed one is read raw rather than raising."""
    try:
        value = message.get(name)
    except Exception:
        value = None
        for key, raw in message.raw_items() if hasattr(message, "raw_items") else []:
            if key.lower() == name.lower():
                value = raw
                break
    return " ".join(str(value).split()) if value is not None else ""


def _from_message(data: bytes) -> ReadEmail:
    ends = [i for i in (data.find(b"\n\n"), data.find(b"\r\n\r\n")) if i >= 0]
    head_end = min(ends) if ends else len(data)
    if head_end > MAX_HEADER_BYTES:
        raise EmailReadError(
            f"the headers are {head_end // 1000:,} KB long, and one email's are a few KB "
            f"(coach reads up to {MAX_HEADER_BYTES // 1000} KB); is this a mailbox or a log?"
        )
    # The mail parser slows to a crawl on thousands of encoded words ("=?utf-8?q?...?=").
    encoded = len(_ENCODED_WORD.findall(decode_loosely(data[:head_end])))
    if encoded > MAX_ENCODED_WORDS:
        raise EmailReadError(
            f"the headers hold {encoded:,} encoded words, and one email's hold a few dozen "
            f"(coach reads up to {MAX_ENCODED_WORDS:,}); is this the right file?"
        )
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception:
        return _from_pasted(decode_loosely(data))
    read = ReadEmail()
    read.sender_name, read.sender_address = _address(_header(message, "from"))
    read.reply_to_name, read.reply_to = _address(_header(message, "reply-to"))
    read.subject = _header(message, "subject")
    # Outlook's copied headers say "Sent:" where a raw email says "Date:".
    sent_header = _header(message, "date") or _header(message, "sent")
    read.sent = parse_mail_date(sent_header)
    read.addresses = [a for a in (read.sender_address, read.reply_to) if a]
    body = body_text(message)
    read.images = image_names(message)
    if not body.strip() and not read.subject:
        raise EmailReadError("the email has headers but no text to read; is it the whole message?")
    header_lines = [
        f"From: {_header(message, 'from')}",
        f"Date: {sent_header}",
        f"Subject: {read.subject}",
    ]
    whole = "\n".join(header_lines) + "\n\n" + body
    read.text = head_and_tail(whole, MAX_KEPT_CHARS)
    read.text_cut = len(whole) > MAX_KEPT_CHARS
    _take_innermost(read, body)
    return read


def _address(value: str) -> tuple[str, str]:
    # One "Name <address>": a pasted "Chen, Wei <wei@x.com>" is one person, not two.
    single = re.fullmatch(r"\s*([^<>]*?)\s*<([^<>@\s]+@[^<>\s]+)>\s*", value[:1000])
    if single:
        name, address = single.groups()
        return " ".join(name.strip('"').split()), address.strip().lower()
    try:
        pairs = getaddresses([value])
        name, address = pairs[0] if pairs else ("", "")
    except Exception:
        name, address = parseaddr(value)
    # Quotes around the whole name go; a nickname's inside it stay for tidy_name.
    name = " ".join(name.strip().strip('"').split())
    address = address.strip().lower()
    return name, address if "@" in address else ""


def _from_pasted(text: str) -> ReadEmail:
    # HTML pasted as source (a saved page, "view source"): its text, never its tags.
    if looks_like_html(text[:MAX_BODY_CHARS]):
        # Lines above the first tag ("Subject: ...", a date) stay lines of their own.
        start = re.search(r"^\s*<", text, re.MULTILINE)
        cut = start.start() if start else 0
        text = text[:cut] + "\n" + html_to_text(text[cut : cut + MAX_BODY_CHARS * 4])
    body = normalise_text(text)
    if not body.strip():
        raise EmailReadError("the input is empty; give an .eml file or paste the email text")
    read = ReadEmail(
        text=head_and_tail(body, MAX_KEPT_CHARS),
        text_cut=len(body) > MAX_KEPT_CHARS,
    )
    lines = body.split("\n")
    header = pasted_header(lines)
    if header:
        # A web client's header lines are headers, not the letter's text.
        read.subject = header.subject
        read.sender_name, read.sender_address = header.sender_name, header.sender_address
        read.addresses.append(header.sender_address)
        body = "\n".join(line for i, line in enumerate(lines) if i not in header.dropped)
        if looks_like_html(body):
            body = normalise_text(html_to_text(body))
    _take_innermost(read, body)
    return read


_SEPARATOR = re.compile(
    r"^\s*(?:-{3,}.*-{3,}|_{5,}|begin forwarded message:?|-+ ?original message ?-+)\s*$",
    re.IGNORECASE,
)


def _take_innermost(read: ReadEmail, body: str) -> None:
    """Use the message of a thread that is the news (coach/email_thread.py), if there is one.

    Quoted older messages are context: the news is the newest that says no, and
    a note over a forward gives way to the message it passes on.
    """
    lines = [_QUOTE_PREFIX.sub("", line) for line in body.split("\n")]
    blocks = forward_blocks(lines)
    for line in lines:
        for address in _ADDRESS.findall(line):
            if address.lower() not in read.addresses:
                read.addresses.append(address.lower())
    if not blocks:
        read.body = "\n".join(lines).strip()
        return
    ends = [header for header, _, _ in blocks[1:]] + [len(lines)]
    chosen = news_of(lines, blocks, read.subject, (read.sender_name, read.sender_address))
    if chosen == TOP:
        # A reply on top of older messages (the applicant's "any news?") is the news itself.
        top = lines[: blocks[0][0]]
        # Without Outlook's "-----Original Message-----" line over the quoted message.
        while top and (not top[-1].strip() or _SEPARATOR.match(top[-1])):
            top.pop()
        read.body = "\n".join(top).strip()
        read.below = "\n".join(lines[blocks[0][0] :]).strip()
        _not_the_company(read, blocks[0][2])
        return
    header, start, fields = blocks[chosen]
    if chosen + 1 < len(blocks):
        _not_the_company(read, blocks[chosen + 1][2])
    # Without the separator a mail client puts over the forwarded message.
    above = lines[:header]
    while above and (not above[-1].strip() or _SEPARATOR.match(above[-1])):
        above.pop()
    read.above = "\n".join(above).strip()
    # The chosen message alone: what it quotes below is older, and not the news.
    text = lines[start : ends[chosen]]
    # Nor the "-----Ursprüngliche Nachricht-----" line over the older message.
    while text and (not text[-1].strip() or _SEPARATOR.match(text[-1])):
        text.pop()
    read.body = "\n".join(text).strip()
    if fields.get("from"):
        name, address = _address(fields["from"])
        if name or address:
            read.sender_name, read.sender_address = name, address
    if fields.get("subject"):
        read.subject = fields["subject"]
    if fields.get("date"):
        read.sent = parse_mail_date(fields["date"]) or read.sent


def _not_the_company(read: ReadEmail, answered: dict[str, str]) -> None:
    """Drop the address of the message the news answers ("On ... Robin <r@vega.dev> wrote:").

    That message is the applicant's own: its domain is theirs, never the company's.
    """
    if not answered.get("wrote"):
        return
    _, address = _address(answered.get("from", ""))
    for found in [*_ADDRESS.findall(answered.get("from", "")), address]:
        found = found.lower()
        if found and found != read.sender_address and found in read.addresses:
            read.addresses.remove(found)


def dropped_eml_path(text: str) -> Path | None:
    """The .eml file a pasted or dropped path names, or None when the text is not a path."""
    from coach.dropped_path import dropped_eml_file

    return dropped_eml_file(text)
