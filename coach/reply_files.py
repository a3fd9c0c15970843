"""A reply draft as files and links: .txt, .eml, a mailto: URL, and safe file names."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from urllib.parse import quote

# Mail clients and browsers cut mailto: links somewhere past ~2,000 characters
# (Outlook and older browsers are the strictest); past this the body may arrive
# truncated, so the draft screen says so.
MAILTO_SOFT_LIMIT = 2000

# File names stay short enough to read in a dialog and on any filesystem.
_SLUG_MAX = 40

EML_SUFFIX = ".eml"
TXT_SUFFIX = ".txt"


def slug(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: 'ACME [/ team]' -> 'acme-team'.

    Whatever a person typed (slashes, dots, brackets, accents) never becomes a
    path separator, a hidden file or '..'.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    joined = "-".join(words)[:_SLUG_MAX]
    return joined.strip("-")


def default_file_name(company: str, day: date, suffix: str = TXT_SUFFIX) -> str:
    """A name like `reply-acme-2026-11-25.txt`; `reply-2026-11-25.txt` without a company."""
    parts = ["reply", slug(company), day.isoformat()]
    return "-".join(part for part in parts if part) + suffix


def is_eml(path: Path) -> bool:
    """The file extension decides the format: .eml is an email, anything else plain text."""
    return path.suffix.lower() == EML_SUFFIX


def txt_bytes(text: str) -> bytes:
    """The draft as a plain text file: UTF-8, ending in exactly one newline."""
    return (text.rstrip("\n") + "\n").encode("utf-8")


def eml_message(text: str, *, subject: str, recipient: str = "") -> EmailMessage:
    """The draft as an unsent email a mail client can open and send."""
    message = EmailMessage()
    if recipient.strip():
        message["To"] = recipient.strip()
    # Newlines in a header would start a new header; the subject is user text.
    message["Subject"] = " ".join(subject.split())
    # Outlook and others open a message with this header as a draft to send,
    # rather than as a received message.
    message["X-Unsent"] = "1"
    message.set_content(text.rstrip("\n") + "\n")
    return message


def eml_bytes(text: str, *, subject: str, recipient: str = "") -> bytes:
    """The bytes of an .eml file, with CRLF line ends as RFC 5322 asks."""
    return eml_message(text, subject=subject, recipient=recipient).as_bytes(policy=SMTP)


def file_bytes(path: Path, text: str, *, subject: str, recipient: str = "") -> bytes:
    """The content for `path`, as .eml or .txt by its extension."""
    if is_eml(path):
        return eml_bytes(text, subject=subject, recipient=recipient)
    return txt_bytes(text)


def mailto_url(text: str, *, subject: str, recipient: str = "") -> str:
    """A mailto: link that opens a new message with this subject and body (RFC 6068)."""
    # RFC 6068: percent-encode everything but the address's own characters;
    # spaces are %20 (not '+'), line breaks are %0D%0A.
    to = quote(recipient.strip(), safe="@")
    body = text.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(' '.join(subject.split()), safe='')}&body={quote(body, safe='')}"
    return f"mailto:{to}?{query}"
