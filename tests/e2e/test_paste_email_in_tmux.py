"""A rejection email pasted into step 2 in a real terminal, and on to the draft untyped."""
# ruff: noqa: E501 (a mail paragraph is one long line, as a mail client copies it)

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.journal import Journal
from coach.model import Stage
from tests.e2e.terminal import HAS_TMUX, Terminal

pytestmark = pytest.mark.skipif(not HAS_TMUX, reason="needs tmux (.ci/run installs it)")

# As a mail client copies it: subject, folder, sender line, date without a year.
COPIED = """Your application for Senior Analyst, Pricing
Inbox

Priya Nair <priya.nair@harbourview.example>
Mon, Nov 23, 10:42 AM (3 days ago)
to me

Hi Jo,

Thank you for taking the time to speak with me on Thursday, and for your interest in the Senior Analyst, Pricing role at Harbourview Insurance.

I'm sorry to say that we've decided not to progress your application. If you'd like a few pointers from our conversation, just reply and I'll be happy to share them.

Kind regards,

Priya Nair
Talent Acquisition Partner
Harbourview Insurance
"""


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    t = Terminal("--data-dir", str(tmp_path / "data"))
    yield t
    t.close()


def paste(t: Terminal, text: str, tmp_path: Path) -> None:
    """A bracketed paste, the way a terminal delivers Cmd-V or a middle click."""
    source = tmp_path / "clipboard.txt"
    source.write_text(text, encoding="utf-8")
    t._tmux("load-buffer", "-b", "clip", str(source))
    t._tmux("paste-buffer", "-p", "-b", "clip", "-t", t.name)


def test_paste_the_email_then_go_to_the_draft(terminal: Terminal, tmp_path: Path) -> None:
    t = terminal
    t.wait_for("I just got a rejection")
    t.press("n")
    t.wait_for("How are you feeling right now")
    t.press("C-n")
    t.wait_for("Paste the email")  # the footer names the key
    t.press("C-r")
    t.wait_for("Nothing leaves")
    paste(t, COPIED, tmp_path)
    t.wait_for("Found company Harbourview Insurance")
    t.press("C-n")
    shown = t.wait_for("guessed, edit if wrong")
    assert "Harbourview Insurance" in shown
    t.press("C-n")  # on, with nothing typed
    t.wait_for("Write it out, for yourself")
    t.press("C-n")
    t.wait_for("Reflect")
    t.press("C-n")
    t.wait_for("Would you like to reply?")
    t.press("C-n")
    t.wait_for("Your name")  # asked once, for the sign-off
    t.press("Escape")
    shown = t.wait_for("Your reply to Priya Nair at Harbourview Insurance")
    # A reply to their email: to its sender, under "Re:" its subject (rv44 #7), which
    # names the role (cut at 80 columns beside the address).
    assert "To: priya.nair@harbourview.example" in shown
    assert "Subject: Re: Your application for Senior" in shown
    assert "Hi Priya," in shown  # greeted by first name
    journal = Journal.open(tmp_path / "data" / "journal.json")
    [entry] = journal.entries()
    assert entry.company == "Harbourview Insurance"
    assert entry.role == "Senior Analyst, Pricing"
    assert entry.stage is Stage.PHONE_SCREEN
    assert entry.date.month == 11 and entry.date.day == 23
    assert "pointers from our conversation" in entry.email_text
