"""A web mail client's copied header: found around spaces, and never tried on a line's spaces."""

from __future__ import annotations

import re

import pytest

from coach import email_paste_header
from coach.email_paste_header import pasted_header


class _Recording:
    """The sender pattern, noting each text it is tried on."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tried: list[str] = []

    def match(self, text: str) -> re.Match[str] | None:
        self.tried.append(text)
        return self.pattern.match(text)


def test_a_sender_line_with_spaces_around_it_is_read() -> None:
    lines = ["Your application", "Inbox", "   Ana Lopes   <ana@acme.com>   ", "to me", "", "Hi"]
    header = pasted_header(lines)
    assert header is not None
    assert (header.sender_name, header.sender_address) == ("Ana Lopes", "ana@acme.com")
    assert header.subject == "Your application"


def test_the_sender_pattern_is_never_tried_on_a_lines_own_spaces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Its "^\s*" and the name after it both take spaces: on a line of 4,000 spaces every
    # split between them was tried, 50 CPU-s for one pasted email. Stripped, one is tried.
    recording = _Recording(email_paste_header._SENDER)
    monkeypatch.setattr(email_paste_header, "_SENDER", recording)
    pasted_header(["Hi Jo,", "", " " * 1500 + "x", "", "No."])
    assert recording.tried
    assert all(text == text.strip() for text in recording.tried)
