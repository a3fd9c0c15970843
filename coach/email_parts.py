"""The text of an email's parts: plain text preferred, HTML turned into text, any charset."""

from __future__ import annotations

from email.message import EmailMessage, Message

from coach.html_text import html_to_text, image_labels, looks_like_html

# Rejection emails are short; past this much text nothing more is learned,
# and a 10 MB body must not make the reader slow.
MAX_BODY_CHARS = 60_000


MAX_PARTS = 200


# No line of a real email is longer; a longer one is cut before the guessing.
MAX_LINE_CHARS = 5_000


def decode_loosely(data: bytes) -> str:
    """Bytes as text: UTF-8 when they are, else an old Windows charset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Pasted text in an old Windows charset; cp1252 reads every byte.
        return data.decode("cp1252", "replace")


def _text_parts(message: Message) -> tuple[list[str], list[str]]:
    """The plain and HTML parts' text, attachments left out."""
    plain: list[str] = []
    markup: list[str] = []
    try:
        parts = list(message.walk())[:MAX_PARTS]
    except (RecursionError, TypeError, AttributeError):
        parts = [message]
    for part in parts:
        try:
            if part.is_multipart():
                continue
            kind = part.get_content_type()
            disposition = (part.get_content_disposition() or "").lower()
        except Exception:
            continue
        if disposition == "attachment" or kind not in ("text/plain", "text/html"):
            continue
        text = _part_text(part)
        # A part with no Content-Type is called plain text, HTML or not: its tags must go.
        is_plain = kind == "text/plain" and not looks_like_html(text)
        (plain if is_plain else markup).append(text)
    return plain, markup


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    try:
        declared = str(part.get_param("charset") or "").lower()
    except Exception:
        declared = ""
    # Eight-bit text with no charset, or one claiming ASCII, is most often UTF-8:
    # read it as such rather than as question marks.
    if (
        isinstance(payload, bytes)
        and declared in ("", "us-ascii", "ascii")
        and any(byte > 127 for byte in payload[: MAX_BODY_CHARS * 4])
    ):
        return head_and_tail(decode_loosely(payload), MAX_BODY_CHARS * 4)
    try:
        if isinstance(part, EmailMessage):
            return head_and_tail(str(part.get_content()), MAX_BODY_CHARS * 4)
    except Exception:
        pass
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = "utf-8"
    try:
        charset = part.get_content_charset() or "utf-8"
        return payload.decode(charset, "replace")
    except (LookupError, ValueError):
        return decode_loosely(payload)


def body_and_images(message: Message) -> tuple[str, list[str]]:
    """The message's text, and the alt texts of the images in its HTML parts.

    One reading of the parts gives both: reading them decodes every part again.
    """
    plain, markup = _text_parts(message)
    return _body(plain, markup), _images(markup)


def _body(plain: list[str], markup: list[str]) -> str:
    """Its plain parts' text, else its HTML parts as text."""
    if any(p.strip() for p in plain):
        text = "\n\n".join(plain)
    elif markup:
        text = "\n\n".join(html_to_text(m[: MAX_BODY_CHARS * 4]) for m in markup)
    else:
        text = ""
    return normalise_text(text)


def _images(markup: list[str]) -> list[str]:
    """The alt texts of the images in HTML parts (a logo's names the firm)."""
    return [label for m in markup for label in image_labels(m[: MAX_BODY_CHARS * 4])][:50]


def head_and_tail(text: str, limit: int) -> str:
    """The text whole when it fits in limit, else its start and its end with a line between
    saying how much of the middle was left out.

    The news is at one end of a long email: the newest message of a thread at the
    top, or a rejection at the foot of a long letter, after its quoted history.
    """
    if len(text) <= limit:
        return text
    room = limit - len(_CUT.format(count=len(text)))
    head = text[: room * 2 // 3]
    tail = text[len(text) - (room - len(head)) :]
    # Whole lines at the seams, where there are lines to keep whole.
    if "\n" in head[len(head) // 2 :]:
        head = head[: head.rindex("\n")]
    if "\n" in tail[: len(tail) // 2]:
        tail = tail[tail.index("\n") + 1 :]
    return head + _CUT.format(count=len(text) - len(head) - len(tail)) + tail


# The line put where the middle of a long email was left out (a user's own words never
# look like this: it names a count the reader worked out).
_CUT = "\n\n[… {count:,} characters of the email left out here …]\n\n"


def normalise_text(text: str) -> str:
    """Unix line ends, no trailing spaces, and no more than the reader needs (both ends)."""
    text = head_and_tail(text, MAX_BODY_CHARS).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line[:MAX_LINE_CHARS].rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
