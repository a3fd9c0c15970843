"""The rejection-email reader: fields from .eml files and pasted text, and no traceback on junk."""

from __future__ import annotations

import contextlib
import functools
import json
import random
import subprocess
import sys
from datetime import date
from email import policy
from email.message import EmailMessage
from pathlib import Path
from types import FrameType

import pytest

from coach.email_clues import _clean_company, _fold
from coach.email_guess import (
    EmailGuess,
    entry_from_email_file,
    guess_from_email,
    guess_from_file,
    guess_from_read,
)
from coach.email_reader import EmailReadError, dropped_eml_path, read_email_input
from coach.errors import CoachError
from coach.html_text import html_to_text
from coach.mail_dates import parse_mail_date
from coach.model import Stage

EMAILS = Path(__file__).resolve().parent.parent / "data" / "emails"
TODAY = date(2026, 11, 20)
JSON_KEYS = [
    "company",
    "contact",
    "role",
    "stage",
    "date",
    "reapply_after",
    "feedback_invited",
    "not_a_rejection",
    "agency",
]
# A fixture case's expected fields: every key but the verdict and the agency (all fixtures
# are rejections naming their company).
CASE_KEYS = JSON_KEYS[:-2]

REJECTION = """Hi Sam,

Thank you for the phone screen last week about the Data Engineer role at Quillmark.

We have decided to move forward with other candidates. I'm happy to share feedback
if you'd like it, and you are welcome to apply again in 6 months.

Best,
Ana Lopes
Recruiter, Quillmark
"""


def eml(body: str, **headers: str) -> bytes:
    message = EmailMessage(policy=policy.default)
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()


# -- the fixtures ------------------------------------------------------------


def manifest() -> dict:
    return json.loads((EMAILS / "expected.json").read_text(encoding="utf-8"))


def test_the_fixture_set_is_large_varied_and_split() -> None:
    emails = manifest()["emails"]
    assert len(emails) >= 60
    splits = {e["split"] for e in emails}
    # The frozen test half exists only while cases_frozen.py is in the folder.
    assert splits == ({"dev", "test"} if (EMAILS / "cases_frozen.py").is_file() else {"dev"})
    # Part D, scored once by the lead, is dev data now like every other part.
    assert {e["split"] for e in emails if e["part"] == "d"} == {"dev"}
    assert sum(e["file"].endswith(".eml") for e in emails) >= 25
    assert sum(e["file"].endswith(".txt") for e in emails) >= 20
    assert {e["stage"] for e in emails} >= {s.value for s in Stage if s != Stage.NO_REPLY} | {None}
    for entry in emails:
        assert (EMAILS / entry["file"]).is_file(), entry["file"]


@functools.cache
def every_fixture_read() -> list[tuple[dict, dict]]:
    """Each fixture's manifest case beside what the reader makes of it (read once: 800 emails)."""
    data = manifest()
    today = date.fromisoformat(data["today"])
    return [
        (case, guess_from_file(EMAILS / case["file"], today).to_json()) for case in data["emails"]
    ]


@pytest.mark.long_running
def test_every_fixture_reads_with_the_exact_json_keys_and_the_dev_half_is_read_well() -> None:
    """One test, so the 800 emails are read once (two tests on two workers read them twice).

    Only the dev half is scored here: the frozen test half is scored by bench/email.py.
    """
    for case, got in every_fixture_read():
        assert list(got) == JSON_KEYS
        assert isinstance(got["feedback_invited"], bool)
        # Every fixture is a real rejection: none may be called anything else.
        assert got["not_a_rejection"] is None, case["file"]
    dev = [(case, got) for case, got in every_fixture_read() if case["split"] == "dev"]
    right = {name: 0 for name in ("company", "stage", "reapply_after", "feedback_invited")}
    for case, got in dev:
        for name in right:
            right[name] += _same(got[name], case[name])
    for name, count in right.items():
        assert count / len(dev) >= 0.9, name


def _same(got: object, want: object) -> bool:
    """A company compares as bench/email.py compares it: "Rook, Pell & Asher LLP" is
    "Rook, Pell & Asher"; other fields compare exactly."""
    if isinstance(got, str) and isinstance(want, str):
        return _fold(_clean_company(got)) == _fold(_clean_company(want))
    return got == want


FROZEN_CASE = """
CASES = [
    dict(id="d-one", kind="txt",
         body="Hi Jo,\\n\\nNot the Cook role, sorry.\\n\\nBest,\\nAda Pike\\nPike's Diner\\n",
         expect=dict(company="Pike's Diner", contact="Ada Pike", role="Cook", stage=None,
                     date=None, reapply_after=None, feedback_invited=False)),
    dict(id="d-two", kind="eml", sender="Ada Pike <ada@pikes.example>", subject="Cook",
         date="Mon, 02 Nov 2026 10:00:00 +0000", body="Hi Jo, no thanks.",
         expect=dict(company="Pike's Diner", contact="Ada Pike", role="Cook", stage=None,
                     date="2026-11-02", reapply_after=None, feedback_invited=False)),
]
"""


# The parts a copy of the fixture folder keeps: D (once the frozen half by name), two
# other letters, and one batch of each later family. make_fixtures finds parts by their
# names alone, so these stand for all; writing all 800 emails four times a test cost
# about 9 CPU-s a run.
COPIED_PARTS = ("a", "d", "r", "v01", "w01", "x01", "y01")


def _fixture_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "emails"
    folder.mkdir()
    for name in ("make_fixtures.py", *(f"cases_{part}.py" for part in COPIED_PARTS)):
        source = EMAILS / name
        (folder / name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _make_fixtures(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(folder / "make_fixtures.py")],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.long_running
def test_cases_frozen_becomes_the_test_half_and_every_other_part_is_dev(tmp_path: Path) -> None:
    folder = _fixture_copy(tmp_path)
    assert _make_fixtures(folder).returncode == 0
    alone = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert {e["split"] for e in alone["emails"]} == {"dev"}
    assert {e["part"] for e in alone["emails"]} == set(COPIED_PARTS)  # each found by its name
    (folder / "cases_frozen.py").write_text(FROZEN_CASE, encoding="utf-8")
    # A new batch of dev emails is found by its file name alone, and keeps its own TODAY.
    batch = FROZEN_CASE.replace("d-one", "x-one").replace("d-two", "x-two")
    (folder / "cases_x99.py").write_text(batch + 'TODAY = "2026-12-01"\n', encoding="utf-8")
    done = _make_fixtures(folder)
    assert done.returncode == 0, done.stderr
    written = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["emails"]
    x99 = [e for e in written if e["part"] == "x99"]
    assert [(e["file"], e["split"], e["today"]) for e in x99] == [
        ("dev/x-one.txt", "dev", "2026-12-01"),
        ("dev/x-two.eml", "dev", "2026-12-01"),
    ]
    (folder / "cases_x99.py").unlink()
    done = _make_fixtures(folder)
    assert done.returncode == 0, done.stderr
    data = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    test = [e for e in data["emails"] if e["split"] == "test"]
    assert [e["file"] for e in test] == ["test/d-one.txt", "test/d-two.eml"]
    assert {e["part"] for e in test} == {"frozen"}
    # Part D stays dev even with a frozen half beside it.
    assert {e["split"] for e in data["emails"] if e["part"] == "d"} == {"dev"}
    assert len(data["emails"]) == len(alone["emails"]) + 2
    assert {p.name for p in (folder / "test").iterdir()} == {"d-one.txt", "d-two.eml"}
    # Taken away again, it leaves no test files behind.
    (folder / "cases_frozen.py").unlink()
    assert _make_fixtures(folder).returncode == 0
    assert not list((folder / "test").iterdir())


def test_a_malformed_frozen_case_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    folder = _fixture_copy(tmp_path)
    (folder / "cases_frozen.py").write_text(
        "CASES = [dict(id='d x', kind='pdf', body='', expect={}),\n"
        "    dict(id='d-y', kind='eml', sender='a@b.c', subject='s', charset='nonesuch',\n"
        "         body='x', expect=dict.fromkeys(" + repr(CASE_KEYS) + "))]\n",
        encoding="utf-8",
    )
    done = _make_fixtures(folder)
    assert done.returncode != 0
    assert "cases_frozen.py: d x: kind must be" in done.stderr
    assert "an id is letters" in done.stderr
    assert "test: d-y: cannot be written as an email" in done.stderr
    assert not (folder / "expected.json").exists()


# -- fields --------------------------------------------------------------------


def test_a_pasted_rejection_gives_every_field() -> None:
    guess = guess_from_email(REJECTION, TODAY)
    assert guess.company == "Quillmark"
    assert guess.contact == "Ana Lopes"
    assert guess.role == "Data Engineer"
    assert guess.stage is Stage.PHONE_SCREEN
    assert guess.date is None
    assert guess.reapply_after == date(2027, 5, 20)  # from today: the paste has no date
    assert guess.feedback_invited is True


def test_an_eml_from_an_ats_names_the_company_not_the_ats() -> None:
    data = eml(
        "Hi Lee,\n\nThank you for applying to the Support Engineer position at Brindle.\n\n"
        "After reviewing your application we will not move forward. We cannot provide "
        "feedback.\n\nThe Brindle Recruiting Team\n",
        From='"Dana Moss via Greenhouse" <no-reply@us.greenhouse-mail.io>',
        Subject="Your application to Brindle",
        Date="Mon, 02 Nov 2026 10:00:00 -0800",
    )
    guess = guess_from_email(data, TODAY)
    assert guess.company == "Brindle"
    assert guess.contact == "Dana Moss"
    assert guess.stage is Stage.APPLICATION
    assert guess.date == date(2026, 11, 2)
    assert guess.feedback_invited is False


def test_a_team_signature_is_not_a_contact() -> None:
    text = (
        "Hi Jo,\n\nWe will not be moving forward with your application.\n\nBest,\nThe Talent Team\n"
    )
    assert guess_from_email(text, TODAY).contact == ""


def test_a_step_not_reached_does_not_count_as_the_stage() -> None:
    text = "Thanks for applying. We are unable to offer you an interview for the Analyst role."
    assert guess_from_email(text, TODAY).stage is Stage.APPLICATION


def test_an_email_that_does_not_say_how_far_gives_no_stage() -> None:
    text = "Hi Jo,\n\nWe have decided to go in a different direction.\n\nAcme Corp\n"
    assert guess_from_email(text, TODAY).stage is None


def test_reapply_windows_in_months_days_and_years() -> None:
    base = "Sent: Monday, November 2, 2026 9:00 AM\nSubject: Update\n\nThanks for applying. "
    cases = {
        "Please apply again in 6 months.": date(2027, 5, 2),
        "You may reapply after 90 days.": date(2027, 1, 31),
        "We will keep your resume on file for 12 months.": date(2027, 11, 2),
        "You are welcome to apply again in a year.": date(2027, 11, 2),
        "Good luck.": None,
    }
    for sentence, expected in cases.items():
        assert guess_from_email(base + sentence, TODAY).reapply_after == expected, sentence


def test_month_ends_clamp() -> None:
    text = (
        "Date: Sat, 31 Oct 2026 10:00:00 +0000\nFrom: a@b.example\nSubject: x\n\n"
        "Apply again in 4 months."
    )
    assert guess_from_email(text, TODAY).reapply_after == date(2027, 2, 28)


def test_feedback_declined_and_offered() -> None:
    declined = "We are not able to provide individual feedback. Good luck."
    offered = "If you would like feedback on your interview, please let me know."
    questions = "Please don't hesitate to contact me with any questions."
    assert guess_from_email(declined, TODAY).feedback_invited is False
    assert guess_from_email(offered, TODAY).feedback_invited is True
    assert guess_from_email(questions, TODAY).feedback_invited is True


def test_forwarded_block_gives_the_original_sender_and_date() -> None:
    text = (
        "see below\n\n---------- Forwarded message ---------\n"
        "From: Rui Costa <rui@tidepool.example>\nDate: Wed, Nov 4, 2026 at 10:12 AM\n"
        "Subject: Your application\nTo: me <me@gmail.com>\n\nHi,\n\nThanks for applying "
        "to the Tester role.\n\nRui Costa\nTidepool\n"
    )
    guess = guess_from_email(text, TODAY)
    assert guess.date == date(2026, 11, 4)
    assert guess.contact == "Rui Costa"
    assert guess.company == "Tidepool"


def test_multipart_html_only_and_charsets() -> None:
    message = EmailMessage(policy=policy.default)
    message["From"] = "Équipe RH <rh@boulangerie-lune.example>"
    message["Subject"] = "Candidature"
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0100"
    page = (
        "<html><head><style>p{color:red}</style><script>x()</script></head><body>"
        "<div style='display:none'>hidden preheader</div><p>Bonjour Léa,</p>"
        "<p>Thank you for applying for the Pâtissier position at Boulangerie Lune.&nbsp;"
        "We won't move forward.</p><p>Boulangerie Lune</p></body></html>"
    )
    message.set_content(page, subtype="html", charset="iso-8859-1", cte="base64")
    guess = guess_from_email(message.as_bytes(), TODAY)
    assert guess.role == "Pâtissier"
    assert guess.company == "Boulangerie Lune"
    assert "hidden preheader" not in guess.text and "x()" not in guess.text


def test_html_to_text_keeps_paragraphs_and_drops_hidden_parts() -> None:
    text = html_to_text(
        "<p>One<br>two &amp; three</p><table><tr><td>a</td><td>b</td></tr></table>"
        "<style>.x{}</style><span hidden>secret</span><p>end"
    )
    assert text == "One\ntwo & three\n\na b\n\nend"


def test_dates_from_headers_and_forwarded_blocks() -> None:
    assert parse_mail_date("Tue, 03 Nov 2026 14:22:05 -0500") == date(2026, 11, 3)
    assert parse_mail_date("Thursday, November 12, 2026 3:04 PM") == date(2026, 11, 12)
    assert parse_mail_date("12 November 2026") == date(2026, 11, 12)
    assert parse_mail_date("not a date") is None
    assert parse_mail_date("Tue, 99 Foo 2026") is None


def test_dropped_paths() -> None:
    assert dropped_eml_path("'/tmp/my mail.eml'") == Path("/tmp/my mail.eml")
    assert dropped_eml_path("/tmp/my\\ mail.eml\n") == Path("/tmp/my mail.eml")
    assert dropped_eml_path("file:///tmp/my%20mail.eml") == Path("/tmp/my mail.eml")
    assert dropped_eml_path("Hi Sam,\nthanks") is None
    assert dropped_eml_path("/tmp/notes.txt") is None


def test_guess_json_has_exactly_the_keys() -> None:
    assert list(EmailGuess().to_json()) == JSON_KEYS
    assert EmailGuess().to_json()["stage"] is None


# -- bad input -----------------------------------------------------------------


def test_empty_binary_and_missing_inputs_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(EmailReadError, match="empty"):
        guess_from_email(b"  \n ", TODAY)
    with pytest.raises(EmailReadError, match="binary"):
        guess_from_email(bytes(range(256)) * 20, TODAY)
    with pytest.raises(CoachError, match="does not exist"):
        guess_from_file(tmp_path / "nope.eml", TODAY)
    with pytest.raises(CoachError, match="folder"):
        guess_from_file(tmp_path, TODAY)


def test_an_import_needs_a_company(tmp_path: Path) -> None:
    path = tmp_path / "x.eml"
    path.write_bytes(eml("we will not move forward.", From="x@gmail.com", Subject="hi"))
    with pytest.raises(CoachError, match="no company"):
        entry_from_email_file(path, TODAY)


_RANDOM_ROUNDS = 150  # each round adds three random inputs after the hand-made ones


def _fuzz_inputs() -> list[bytes]:
    rng = random.Random(13)
    good = (EMAILS / "dev" / "gh-application-plain.eml").read_bytes()
    inputs = [
        good[:40],  # truncated in the headers
        good[: len(good) // 2],
        b"From: \nSubject: =?utf-8?b?////?=\nDate: Mon, 99 Zzz 99999\n\nbody",
        b"From: <<<@@@>>>\nTo: ,,,\nContent-Type: text/plain; charset=klingon\n\nq'apla",
        b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n"
        b"MIME-Version: 1.0\n\n!!!not base64!!!",
        b"Content-Type: multipart/alternative; boundary=X\nMIME-Version: 1.0\nFrom: a@b.c\n\n"
        b"--X\nContent-Type: text/html\n\n<p><b><i>" + b"<div>" * 5000 + b"--X",
        b"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-16\nFrom: a@b.c\n\n"
        b"\xff\xfeh\x00",
        "Hi Jo,\n\nThanks.\n\nÉquipe\n".encode("latin-1"),
        b"From: a@b.c\nSubject: x\nDate: x\nContent-Type: text/html\n\n" + b"<p>x</p>" * 200_000,
        b"x" * 10_000_000,  # a 10 MB body
        ("> " * 300 + "From: a <a@b.c>\n").encode() * 50,  # deeply quoted forwards
        (
            "---------- Forwarded message ---------\nFrom: A <a@b.c>\nDate: Nov 4, 2026\n\n" * 400
        ).encode(),
        b"\r\n\r\n\r\n",
        b"Subject:",
        # Names where the name readers look: signatures, senders, self-introductions.
        ("Hi Jo,\n\nNo.\n\nBest,\n" + " ".join(["Anna-Lena"] * 5000)).encode(),
        ("Hi Jo,\n\n" + "Dr. Ann Bo Cy Di Ed Fa\n" * 5000).encode(),
        ("From: " + "Chen, Wei <" * 2000 + "\n\nHi").encode(),
        ('From: "" <>\nSubject: , , ,\n\n' + "I'm " + "Ann " * 5000 + ", here").encode(),
        ("Olu here " * 5000 + "from " * 5000).encode(),
        ("application as " + "x " * 5000 + "the data analyst role " * 2000).encode(),
        "From: =?utf-8?q?=C5=81ukasz?= <\u0141@\u0142.pl>\n\nBest,\n\u1ec5\u1ec5 \u0141\n".encode(),
        # The cues of other languages, over and over: steps not reached, titles, windows.
        ("Hallo,\n\n" + "nicht " * 20000 + "Gespräch einladen\n").encode(),
        ("Bonjour,\n\n" + "poste de " * 20000).encode(),
        ("Hallo,\n\n" + "Stelle als " * 20000).encode(),
        ("Hi,\n\n" + "Angebot " * 20000 + "zurückziehen\n").encode(),
        ("Am " + "1 " * 20000 + " schrieb x:\n\nleider\n").encode(),
        (
            "Hi,\n\n" + "Von: A <a@b.de>\nGesendet: 1. Dezember 2026 14:22\n\nleider\n" * 2000
        ).encode(),
        ("Hallo,\n\nleider.\n\nMit freundlichen Grüßen aus " + "Graz " * 5000).encode(),
        ("Olá,\n\n" + "vaga de Ana " * 10000 + "daqui a seis meses\n").encode(),
        # Where the company is looked for: a subject's name, firms, labels, forms, logos.
        ("From: a@b.de\nSubject: Bewerbung " + "bei der " * 2000 + "X\n\nleider").encode(),
        ("Hi,\n\nNo.\n\nBest,\n" + "Rook, " * 20000 + "& Co.\n").encode(),
        ("Hi,\n\nNo.\n\n" + ("Acme " * 900 + "Ltd\n") * 40).encode(),
        ("Inbox\n" * 10000 + "a <a@b.c>\nto me\n\nHi,\n\nno\n").encode(),
        (("Employer: " + "X " * 2400 + "\n") * 20).encode(),
        ("Hi,\n\n" + "my client, " * 20000 + "Acme\n").encode(),
        ("Hi,\n\nA " + "Vantor " * 20000 + "company\n").encode(),
        ("Hi,\n\nNo.\n\nBest,\nPriya Anand" + " MRCVS" * 3000 + "\n").encode(),
        b"From: a@b.c\nSubject: x\nContent-Type: text/html\n\n"
        + b'<img alt="Acme &amp; Co logo">' * 100_000,
        # Where the stage is weighed: others' steps, steps moved on to, a process described.
        ("Hi,\n\nWe invite " + "candidates " * 3000 + "to the interview.\n").encode(),
        ("Hi,\n\nRequired to progress to " + "the interview and " * 3000 + "x\n").encode(),
        ("Hi,\n\nWe won't " + "be " * 3000 + "reaching out for interviews\n").encode(),
        ("Hi,\n\nOur " + "big " * 3000 + "process has\n" + "your offer " * 3000).encode(),
        ("Hi,\n\nNo.\n\nRegards\n" + "North " * 5000 + "\n" + "Design and " * 5000).encode(),
        ("Re: " + "Analyst - " * 3000 + "(ref " * 3000 + "\n\nHi").encode(),
    ]
    for _ in range(_RANDOM_ROUNDS):
        cut = good[: rng.randrange(len(good))]
        flipped = bytearray(good)
        for _ in range(rng.randrange(1, 40)):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        inputs += [cut, bytes(flipped), bytes(rng.randrange(256) for _ in range(200))]
    return inputs


@functools.cache
def _fuzz_inputs_once() -> list[bytes]:
    """Made once per worker: the random ones come from one seeded stream, in order."""
    return _fuzz_inputs()


def _fuzz_groups() -> list[tuple[int, int]]:
    """Each hand-made input alone (a few take seconds: they guard against slow patterns),
    the random ones in batches of 50: xdist spreads them over its workers, where one
    test of them all took 20 s on one worker."""
    count = len(_fuzz_inputs_once())
    hand_made = count - 3 * _RANDOM_ROUNDS
    groups = [(n, n + 1) for n in range(hand_made)]
    groups += [(n, min(n + 50, count)) for n in range(hand_made, count, 50)]
    return groups


@pytest.mark.parametrize(("start", "end"), _fuzz_groups())
def test_no_traceback_on_any_input(start: int, end: int) -> None:
    for data in _fuzz_inputs_once()[start:end]:
        try:
            read = read_email_input(data)
        except EmailReadError as error:
            assert str(error)
            read = None
        if read is not None:
            guess = guess_from_read(read, TODAY)
            assert list(guess.to_json()) == JSON_KEYS
            json.dumps(guess.to_json())
        # The same bytes as pasted text take the other path through the reader; what it
        # reads is guessed from again only when it differs (a plain text often reads the
        # same both ways, and guessing from the same email twice covers nothing new).
        with contextlib.suppress(EmailReadError):
            pasted = read_email_input(data.decode("utf-8", "replace"))
            if pasted != read:
                guess_from_read(pasted, TODAY)


def test_a_copy_from_a_mail_client_without_the_year() -> None:
    copied = (
        "Your application\nInbox\n\nPriya Nair <priya.nair@harbourview.example>\n"
        "Mon, Nov 23, 10:42 AM (3 days ago)\nto me\n\nHi Jo,\n\nThank you for your "
        "interest in the Pricing Analyst role at Harbourview Insurance. We will not be "
        "moving forward.\n\nKind regards,\n\nPriya Nair\nHarbourview Insurance\n"
    )
    guess = guess_from_email(copied, date(2026, 11, 26))
    assert guess.date == date(2026, 11, 23)
    assert guess.company == "Harbourview Insurance" and guess.contact == "Priya Nair"
    # In January, a copied "Dec 30" is last year's.
    assert parse_mail_date("Wed, Dec 30, 9:00 AM", date(2027, 1, 5)) == date(2026, 12, 30)
    # A date in a sentence, without a time, is not taken as the day it was sent.
    text = "Thank you for the interview on 10 November. We will not move forward."
    assert guess_from_email(text, TODAY).date is None


def test_short_notes_and_signatures_people_really_write() -> None:
    note = (
        "Hi Jess, it's Kara from Fenwick Dental. We offered the receptionist job to someone else."
    )
    guess = guess_from_email(note, TODAY)
    assert (guess.contact, guess.company) == ("Kara", "Fenwick Dental")
    signed = (
        "Hi Sam,\n\nWe went another way for the IT Support Analyst role.\n\n"
        "Leah Kim\nTalent @ Coinpath\n"
    )
    guess = guess_from_email(signed, TODAY)
    assert (guess.contact, guess.company, guess.role) == (
        "Leah Kim",
        "Coinpath",
        "IT Support Analyst",
    )
    doctor = (
        "Dear Ann,\n\nWe chose another candidate.\n\nYours sincerely,\n\n"
        "Dr Helen Marsh\nNorthgate University\n"
    )
    # The title stays with the name, so the reply can greet "Dr Marsh".
    assert guess_from_email(doctor, TODAY).contact == "Dr Helen Marsh"
    assert (
        guess_from_email("Not shortlisted for interview, sorry.", TODAY).stage is Stage.APPLICATION
    )


def test_in_a_chain_of_replies_the_rejection_is_read_not_the_applicants_own_question() -> None:
    chain = (
        "Thanks again, Paul - understood.\n\n"
        "On Tue, Nov 24, 2026 at 10:02 AM Paul Mercer <paul@gridlinesolar.com> wrote:\n"
        "> Hi Jo,\n>\n> After your site visit we've decided to go with another candidate for the "
        "Installer Lead role.\n>\n> Paul Mercer\n> Field Operations, Gridline Solar\n>\n"
        "> On Mon, Nov 16, 2026 at 9:00 AM Jo Park <jo.park@gmail.com> wrote:\n"
        ">> Hi Paul, any news on the Installer Lead role?\n>> Thanks, Jo\n"
    )
    guess = guess_from_email(chain, TODAY)
    assert (guess.contact, guess.company, guess.role) == (
        "Paul Mercer",
        "Gridline Solar",
        "Installer Lead",
    )
    assert guess.date == date(2026, 11, 24)
    assert guess.stage is Stage.FINAL


@pytest.mark.parametrize("raw_headers", [True, False])
def test_a_header_of_twenty_thousand_encoded_words_is_text_not_binary(raw_headers: bool) -> None:
    words = "=?utf-8?q?Caf=C3=A9?= " * 20_000
    extra = "Message-ID: <x@acme.com>\nMIME-Version: 1.0\n" if raw_headers else ""
    data = (
        f"From: Ana Lopes <ana@acme.com>\n{extra}Subject: {words}\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0000\n\nHi Jo,\n\nUnfortunately not this time.\n\n"
        "Ana Lopes\nAcme\n"
    ).encode()
    try:
        guess = guess_from_email(data, TODAY)
    except EmailReadError as error:
        # Refused only for its size, and saying so.
        assert "binary" not in str(error)
        assert "KB" in str(error) or "encoded words" in str(error)
    else:
        assert guess.company == "Acme"


def test_thousands_of_encoded_words_are_refused_by_count_before_the_slow_parse() -> None:
    words = "=?utf-8?q?Caf=C3=A9?= " * 5_000
    data = (
        f"From: Ana Lopes <ana@acme.com>\nMessage-ID: <x@acme.com>\nMIME-Version: 1.0\n"
        f"Subject: {words}\n\nHi Jo,\n\nNot this time.\n"
    ).encode()
    with pytest.raises(EmailReadError, match="5,000 encoded words"):
        guess_from_email(data, TODAY)
    # A real email's few encoded words are read as usual.
    few = data.replace(words.encode(), b"=?utf-8?q?Caf=C3=A9?= =?utf-8?q?Lumen?=")
    assert guess_from_email(few, TODAY).company == "Acme"


def _steps_to_guess(text: str) -> int:
    """Lines of the email reader's own code run to guess from text (work done, not time)."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: object) -> object:
        return local if "/coach/email" in frame.f_code.co_filename else None

    sys.settrace(tracer)
    try:
        guess_from_email(text, date(2026, 11, 26))
    finally:
        sys.settrace(None)
    return count


def test_a_long_run_of_short_lines_costs_work_in_step_with_its_length() -> None:
    # "Inbox" over and over, as a mail client's copied sidebar can give: looking
    # for the signature once gathered every later line for each line (quadratic).
    two, four = _steps_to_guess("Inbox\n" * 2000), _steps_to_guess("Inbox\n" * 4000)
    assert four < 2.5 * two  # quadratic work would quadruple
    assert four < 200 * 4000  # about 80 lines of code a line now; it was 2,000
