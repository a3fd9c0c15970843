"""The reply as files and links: names, .txt, .eml, mailto: and private writes."""

from __future__ import annotations

import email
import stat
from datetime import date
from email.policy import default
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from coach.files import write_private
from coach.reply_files import (
    default_file_name,
    eml_bytes,
    file_bytes,
    is_eml,
    mailto_url,
    slug,
    txt_bytes,
)

DAY = date(2026, 11, 25)
DRAFT = "Hi Ana,\n\nThank you for letting me know.\nBest,\nSam — Zoë"


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("ACME", "reply-acme-2026-11-25.txt"),
        ("ACME [/ team]", "reply-acme-team-2026-11-25.txt"),
        ("../../etc/passwd", "reply-etc-passwd-2026-11-25.txt"),
        ("Zoë & Co.", "reply-zoe-co-2026-11-25.txt"),
        ("", "reply-2026-11-25.txt"),
        ("[@click=app.quit]", "reply-click-app-quit-2026-11-25.txt"),
        ("株式会社", "reply-2026-11-25.txt"),
    ],
)
def test_default_file_name_is_safe(company: str, expected: str) -> None:
    name = default_file_name(company, DAY)
    assert name == expected
    assert "/" not in name and not name.startswith(".")


def test_default_file_name_takes_a_suffix_and_a_long_company_is_cut() -> None:
    assert default_file_name("Acme", DAY, ".eml") == "reply-acme-2026-11-25.eml"
    long = slug("very " * 40)
    assert len(long) <= 40 and not long.endswith("-")


def test_extension_decides_the_format() -> None:
    assert is_eml(Path("a.eml")) and is_eml(Path("A.EML"))
    assert not is_eml(Path("a.txt")) and not is_eml(Path("reply"))
    assert file_bytes(Path("x.txt"), DRAFT, subject="S") == txt_bytes(DRAFT)
    assert file_bytes(Path("x.eml"), DRAFT, subject="S").startswith(b"Subject: S")


def test_txt_ends_in_one_newline_and_is_utf8() -> None:
    assert txt_bytes(DRAFT) == (DRAFT + "\n").encode("utf-8")
    assert txt_bytes("a\n\n\n") == b"a\n"


def test_eml_parses_back_with_subject_recipient_and_body() -> None:
    raw = eml_bytes(DRAFT, subject="Thank you – Engineer [/ team]", recipient="ana@acme.test")
    message = email.message_from_bytes(raw, policy=default)
    assert message["Subject"] == "Thank you – Engineer [/ team]"
    assert message["To"] == "ana@acme.test"
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == DRAFT + "\n"


def test_eml_without_recipient_has_no_to_and_a_newline_in_the_subject_is_flattened() -> None:
    raw = eml_bytes(DRAFT, subject="Thanks\nBcc: evil@example.com")
    message = email.message_from_bytes(raw, policy=default)
    assert message["To"] is None
    assert message["Bcc"] is None
    assert message["Subject"] == "Thanks Bcc: evil@example.com"


def test_mailto_encodes_subject_and_body_per_rfc_6068() -> None:
    url = mailto_url("A & B?\nline two=x", subject="Hi there #1", recipient="ana@acme.test")
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path == "ana@acme.test"
    assert "+" not in url and " " not in url
    assert "%0D%0A" in url
    query = parse_qs(parts.query)
    assert query["subject"] == ["Hi there #1"]
    assert query["body"] == ["A & B?\r\nline two=x"]


def test_mailto_without_recipient() -> None:
    url = mailto_url("hi", subject="s")
    assert url.startswith("mailto:?subject=s&body=hi")
    assert unquote(url) == "mailto:?subject=s&body=hi"


def test_write_private_is_0600_and_replaces_whole(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("old and much longer content")
    path.chmod(0o644)
    write_private(path, b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["reply.txt"]  # no temp left behind


def test_write_private_into_a_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_private(tmp_path / "missing" / "reply.txt", b"x")
