"""An email that is not a rejection (an invitation, an offer) is said to be one nowhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coach.cli import main
from coach.email_guess import guess_from_email
from coach.journal import Journal

TODAY = date(2026, 11, 27)

INVITATION = """Subject: Next steps - Platform Engineer interview
From: Tom Hardy <tom@brightwave.io>
Date: Fri, 20 Nov 2026 10:00:00 +0000

Hi Casey,

Great news! The panel enjoyed your phone screen and we would love to invite you to a
technical interview for the Platform Engineer role at Brightwave. Could you do Thursday?
Unfortunately Tuesday does not work for the panel.

Tom Hardy
Brightwave
"""

OFFER = """Hi Casey,

Congratulations! We are delighted to offer you the position of Platform Engineer at
Brightwave. Unfortunately our systems are slow, so the written offer follows next week.

Tom Hardy, Brightwave
"""

RECEIVED = """Hi Casey,

Thank you for applying for the Platform Engineer role at Brightwave. We have your
application and the team will read it over the coming weeks.

Brightwave Talent
"""

REJECTION = """Hi Casey,

Thanks for the phone screen. We have offered the Platform Engineer role to someone
with more on-call experience.

Tom Hardy, Brightwave
"""


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (INVITATION, "it reads like an invitation to a next step"),
        (OFFER, "it reads like a job offer"),
        (RECEIVED, "nothing in it says no"),
        (REJECTION, ""),
    ],
)
def test_what_does_not_read_as_a_rejection_says_why(text: str, why: str) -> None:
    assert guess_from_email(text, TODAY).not_rejection == why


def test_a_rejection_that_invites_to_apply_again_is_still_one() -> None:
    text = (
        "Hi Casey,\n\nWe went with another candidate. We invite you to apply again "
        "in the spring, and congratulations on the new certificate.\n\nTom, Brightwave\n"
    )
    assert guess_from_email(text, TODAY).not_rejection == ""


def test_import_refuses_an_invitation_naming_the_file_unless_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invite = tmp_path / "invite.eml"
    invite.write_text(INVITATION, encoding="utf-8")
    data = tmp_path / "data"
    assert main(["import", str(invite), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert f"{invite}: this doesn't read like a rejection" in err
    assert "--any-email" in err and "Nothing was imported" in err
    assert not (data / "journal.json").exists() or not Journal.open(data / "journal.json").entries()
    assert main(["import", str(invite), "--data-dir", str(data), "--any-email"]) == 0
    assert [e.company for e in Journal.open(data / "journal.json").entries()] == ["Brightwave"]


def test_from_email_says_so_above_the_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offer = tmp_path / "offer.txt"
    offer.write_text(OFFER, encoding="utf-8")
    assert main(["from-email", str(offer)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "This doesn't read like a rejection: it reads like a job offer."


def test_the_paste_preview_says_so() -> None:
    from screens.walk.paste_email import describe

    said = describe(guess_from_email(INVITATION, TODAY))
    assert said.startswith("This doesn't read like a rejection: it reads like an invitation")
    assert "doesn't read like" not in describe(guess_from_email(REJECTION, TODAY))
