"""A thread's newest message is the news: quoted older ones (the applicant's too) are context."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coach.cli import main
from coach.email_guess import guess_from_email
from coach.journal import Journal
from coach.model import Stage

TODAY = date(2026, 11, 27)

NEWS = (
    "Hi Priya,\n\nThank you for meeting the whole panel for the final round last week. "
    "Unfortunately we have decided not to move forward with your application for the "
    "Data Analyst role.\n\nKind regards,\nTomasz\n"
)
# The older messages under it: the company's invitation, and the applicant's own
# line that opens with "Unfortunately" (about a travel day, not a rejection).
HISTORY = (
    "\nOn Tue, Nov 10, 2026 at 9:12 AM Priya Nair <priya.nair@example.net> wrote:\n"
    "> Thanks Tomasz, see you at the onsite!\n>\n"
    "> On Mon, Nov 9, 2026, Tomasz Lis wrote:\n"
    ">> Hi Priya, we would like to invite you to the final round onsite at Brightfen.\n"
    ">>> On Fri, Nov 6, 2026, Priya Nair wrote:\n"
    ">>> Unfortunately I am away on Monday; any later day suits me.\n"
)
HEADERS = (
    "From: Tomasz Lis <tomasz.lis@brightfen.io>\nTo: Priya Nair <priya.nair@example.net>\n"
    "Date: Fri, 20 Nov 2026 11:30:00 +0100\nSubject: Re: Brightfen - Data Analyst\n\n"
)
FORWARD = (
    "---------- Forwarded message ---------\n"
    "From: Tomasz Lis <tomasz.lis@brightfen.io>\nDate: Fri, Nov 20, 2026 at 11:30 AM\n"
    "Subject: Re: Brightfen - Data Analyst\nTo: Priya Nair <priya.nair@example.net>\n\n"
)


def test_a_quoted_unfortunately_of_the_applicant_does_not_take_the_reading() -> None:
    guess = guess_from_email((HEADERS + NEWS + HISTORY).encode(), TODAY)
    assert guess.date == date(2026, 11, 20)
    assert guess.stage is Stage.FINAL
    assert guess.contact == "Tomasz Lis"
    assert not guess.not_rejection


def test_a_forwarded_thread_is_read_by_its_newest_message_not_its_last_quoted_line() -> None:
    pasted = FORWARD + NEWS + HISTORY + "> Lorem ipsum unfortunately.\n"
    guess = guess_from_email(pasted, TODAY)
    assert not guess.not_rejection, guess.not_rejection
    assert guess.date == date(2026, 11, 20)
    assert guess.stage is Stage.FINAL
    assert guess.contact == "Tomasz Lis"


def test_the_applicants_thanks_on_top_gives_way_to_the_newest_quoted_no() -> None:
    quoted = "".join(f"> {line}\n" for line in (NEWS + HISTORY).split("\n"))
    pasted = (
        "Thank you for letting me know, Tomasz.\n\n"
        "On Fri, Nov 20, 2026 at 11:30 AM Tomasz Lis <tomasz.lis@brightfen.io> wrote:\n" + quoted
    )
    guess = guess_from_email(pasted, TODAY)
    assert guess.date == date(2026, 11, 20)
    assert guess.stage is Stage.FINAL


def test_an_invitation_in_an_import_batch_is_skipped_and_named_the_rest_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rejection = tmp_path / "no.eml"
    rejection.write_text(HEADERS + NEWS + HISTORY)
    invitation = tmp_path / "yes.eml"
    invitation.write_text(
        HEADERS.replace("Re: ", "")
        + "Hi Priya,\n\nWe would love to invite you to a final round interview at "
        "Brightfen. Could you do Tuesday?\n\nBest,\nTomasz\n"
    )
    data = tmp_path / "data"
    code = main(["import", str(invitation), str(rejection), "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Imported 1 entry, 1 email skipped" in out
    assert f"{invitation} was skipped" in err and "--any-email" in err
    (entry,) = Journal.open(data / "journal.json").entries()
    assert entry.company == "Brightfen"
    # Alone, or with only others like it, nothing goes in and the command fails.
    code = main(["import", str(invitation), str(invitation), "--data-dir", str(tmp_path / "e")])
    out, err = capsys.readouterr()
    assert code == 1 and "Nothing was imported" in err and not (tmp_path / "e").exists()


def test_a_note_over_a_forward_gives_way_to_the_message_it_passes_on() -> None:
    pasted = "Unfortunately another no, see below. Sadly I liked them.\n\n" + FORWARD + NEWS
    guess = guess_from_email(pasted, TODAY)
    assert guess.contact == "Tomasz Lis" and guess.date == date(2026, 11, 20)
    assert guess.stage is Stage.FINAL


# A no, then the same company's newer message going on, in the ways mail clients quote.
OLD_NO = (
    "Dear Sam,\n\nThanks for the portfolio review. I'm sorry to say we have decided not to "
    "take your application further for the Junior Designer post.\n\nRegards,\nMaya Okafor\n"
    "Tallow Studio\n"
)
NEW_YES = (
    "Dear Sam,\n\nA place has opened up after all, and we would like to invite you to a "
    "final interview for the Junior Designer post. Are you free on Thursday morning?\n\n"
    "Regards,\nMaya Okafor\nTallow Studio\n"
)
OUTLOOK = (
    "\n-----Original Message-----\nFrom: Maya Okafor <maya@tallowstudio.co.uk>\n"
    "Sent: 02 November 2026 16:40\nTo: Sam Reid <sam.reid@example.org>\n"
    "Subject: Junior Designer\n\n"
)
GMAIL = "\nOn Mon, 2 Nov 2026 at 16:40, Maya Okafor <maya@tallowstudio.co.uk> wrote:\n"
GERMAN = "\nAm 02.11.2026 um 16:40 schrieb Maya Okafor <maya@tallowstudio.co.uk>:\n"


def _quoted(text: str) -> str:
    return "".join(f"> {line}\n" for line in text.split("\n"))


@pytest.mark.parametrize(
    "pasted",
    [
        NEW_YES + GMAIL + _quoted(OLD_NO),
        NEW_YES + OUTLOOK + OLD_NO,
        NEW_YES + GERMAN + _quoted(OLD_NO),
    ],
    ids=["gmail", "outlook", "german"],
)
def test_the_newest_message_going_on_outranks_the_same_writers_older_no(pasted: str) -> None:
    guess = guess_from_email(pasted, TODAY)
    assert guess.not_rejection == "it reads like an invitation to a next step"
    assert guess.contact == "Maya Okafor"


@pytest.mark.parametrize(
    "pasted",
    [
        # The reader's own answer to the no, asking for a call: still the no.
        "Thank you for letting me know, Maya. Could you spare ten minutes for feedback? "
        "Are you free on Thursday?\n\nSam\n" + GMAIL + _quoted(OLD_NO),
        # Thanking the writer by name at the end is not the writer signing.
        "Understood, and thank you. Are you free for a short call on Friday?\n\n"
        "Thanks again, Maya!\nSam\n" + GMAIL + _quoted(OLD_NO),
        # An agent passing the no on with a pitch of their own.
        "Hi Sam, sorry, see the note below from Tallow. I'd like to put you forward for a "
        "studio in Leeds instead.\n\nPriya\n"
        + OUTLOOK.replace("Sam Reid <sam", "Priya <p")
        + OLD_NO,
        # The reader forwarding their own no to themselves, Outlook style, no subject kept.
        "for the spreadsheet\n" + OUTLOOK + OLD_NO,
    ],
    ids=["own-answer", "thanks-by-name", "agent-note", "own-forward"],
)
def test_an_older_no_stands_under_someone_elses_message(pasted: str) -> None:
    guess = guess_from_email(pasted, TODAY)
    assert guess.not_rejection == ""
    assert guess.date == date(2026, 11, 2)


# The same side going on, in words that name no step of their own.
TALK_AGAIN = (
    "Dear Sam,\n\nGood news: the post has come free again and we would like to talk. "
    "Could you do Thursday morning?\n\nRegards,\nMaya Okafor\nTallow Studio\n"
)


@pytest.mark.parametrize(
    "pasted",
    [TALK_AGAIN + GMAIL + _quoted(OLD_NO), TALK_AGAIN + OUTLOOK + OLD_NO],
    ids=["gmail", "outlook"],
)
def test_no_stage_is_taken_from_an_older_no_the_newest_message_overtakes(pasted: str) -> None:
    guess = guess_from_email(pasted, TODAY)
    assert guess.goes_on()
    assert guess.stage is None


def test_an_outlook_block_from_the_person_greeted_is_their_own_quoted_message() -> None:
    # The same header block heads a reply and a forward: here it holds the reader's own
    # message (from Sam, whom the no greets), so it is quoted history, not the news.
    own = (
        "\nFrom: Sam Reid <sam.reid@example.org>\nSent: 30 October 2026 08:05\n"
        "To: Maya Okafor <maya@tallowstudio.co.uk>\nSubject: Portfolio review\n\n"
        "Hi Maya,\n\nUnfortunately I can't do Monday. Would Wednesday suit?\n\nSam Reid\n"
    )
    guess = guess_from_email(OLD_NO + own, TODAY)
    assert guess.not_rejection == ""
    assert guess.contact == "Maya Okafor"
    assert guess.date is None


# A colleague of the one who said no, with no address of theirs in the paste.
COLLEAGUE_YES = (
    "Dear Sam,\n\nMaya passed your portfolio on to me. We have a second junior post now and "
    "would like to invite you to an interview for it. Does Tuesday at 10am work for you?\n\n"
    "Kind regards,\nPriya Shah\n"
)


@pytest.mark.parametrize(
    ("pasted", "goes_on"),
    [
        pytest.param(
            COLLEAGUE_YES.replace("Priya Shah\n", "Priya Shah\nStudio Manager, Tallow Studio\n")
            + GMAIL
            + _quoted(OLD_NO),
            True,
            id="signed with the firm beside the job, the no signed for it too",
        ),
        pytest.param(
            COLLEAGUE_YES.replace("Priya Shah\n", "Priya Shah\nTallow Studio\n")
            + GMAIL
            + _quoted(OLD_NO.replace("Tallow Studio\n", "")),
            True,
            id="the no signed by name only, from the firm's domain",
        ),
        pytest.param(
            COLLEAGUE_YES.replace("Priya Shah\n", "Priya Shah | Tallow Studio\n")
            + GMAIL.replace("maya@tallowstudio.co.uk", "maya.okafor@gmail.com")
            + _quoted(OLD_NO),
            True,
            id="both signed for the same firm, the no from free mail",
        ),
        pytest.param(
            COLLEAGUE_YES.replace("Priya Shah\n", "Priya Shah\nBrightpath Recruitment\n")
            + GMAIL
            + _quoted(OLD_NO),
            False,
            id="signed for another firm: the no stands",
        ),
        pytest.param(
            "Thanks for telling me, Maya. I'd still love to work at Tallow Studio one day. "
            "Are you free on Tuesday for ten minutes of feedback?\n\nSam\n"
            + GMAIL
            + _quoted(OLD_NO),
            False,
            id="the reader names the firm in the text, not as a signature",
        ),
    ],
)
def test_a_colleague_going_on_outranks_the_older_no_when_signed_for_the_same_firm(
    pasted: str, goes_on: bool
) -> None:
    assert guess_from_email(pasted, TODAY).goes_on() is goes_on
