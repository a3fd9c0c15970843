"""A reply goes to the sender, "Re:" their subject; a silence's opens "Hello," (rv44 #7)."""

from __future__ import annotations

from coach.content import load_content
from coach.drafting import build_draft
from coach.model import Entry, Profile, ReplyPart, Stage
from coach.reply_address import reply_heading

NORTHWIND = (
    "From: Jonas Weber <jonas@northwind-health.de>\n"
    "Subject: Your application for Senior Designer\n"
    "Date: Fri, 27 Nov 2026 10:00:00 +0100\n\n"
    "Dear Kim,\n\nThank you for your time. Unfortunately we will not move forward.\n\n"
    "Best,\nJonas\n"
)


def test_a_reply_goes_to_the_sender_under_their_subject() -> None:
    assert reply_heading(NORTHWIND) == (
        "jonas@northwind-health.de",
        "Re: Your application for Senior Designer",
    )


def test_a_no_reply_box_or_no_email_gives_no_address() -> None:
    boxed = NORTHWIND.replace("Jonas Weber <jonas@", "Careers <no-reply@")
    assert reply_heading(boxed) == ("", "Re: Your application for Senior Designer")
    assert reply_heading("") == ("", "")
    answered = NORTHWIND.replace("Subject: Your", "Subject: RE: Your")
    assert reply_heading(answered)[1] == "RE: Your application for Senior Designer"  # once


def test_a_follow_up_with_no_contact_opens_with_hello() -> None:
    follow_up = load_content().content.templates["follow-up"]
    silent = Entry(company="Stackmint", stage=Stage.NO_REPLY, role="Analyst")
    draft = build_draft(follow_up, entry=silent, profile=Profile(name="Kim"), parts=ReplyPart)
    assert draft.startswith("Hello,\n\nI applied for the Analyst role at Stackmint")
    assert "{contact_name}" not in draft
    named = Entry(company="Stackmint", stage=Stage.NO_REPLY, role="Analyst", contact="Ana Ruiz")
    assert build_draft(follow_up, entry=named, profile=Profile(), parts=()).startswith("Hi Ana,")


def test_a_no_reply_box_is_known_wherever_its_name_says_so() -> None:
    """rv46 #2: "careers-noreply@" took the reply, which would have gone to no one."""
    for box in (
        "careers-noreply",
        "jobs-no-reply",
        "talent.noreply",
        "recruiting+noreply",
        "noreply-careers",
        "hr_do_not_reply",
        "Mailer-Daemon",
    ):
        boxed = NORTHWIND.replace("Jonas Weber <jonas@", f"Careers <{box}@")
        assert reply_heading(boxed)[0] == "", box
    for person in ("jonas.noreen", "replyteam", "norma.reply", "anoreplys"):
        named = NORTHWIND.replace("Jonas Weber <jonas@", f"Jonas Weber <{person}@")
        assert reply_heading(named)[0] == f"{person}@northwind-health.de", person


def test_a_reply_to_a_teams_email_opens_with_hello_and_a_typed_one_keeps_its_slot() -> None:
    """rv46 #7: a team's email named no one, and the draft opened "Hi {contact_name},"."""
    reply = load_content().content.templates["reply"]
    team = NORTHWIND.replace("Jonas Weber <jonas@", "Talent Team <talent@")
    emailed = Entry(company="Northwind", stage=Stage.FINAL, role="Designer", email_text=team)
    draft = build_draft(reply, entry=emailed, profile=Profile(name="Kim"), parts=())
    assert draft.startswith("Hello,\n\n") and "{contact_name}" not in draft
    typed = Entry(company="Northwind", stage=Stage.FINAL, role="Designer")
    assert build_draft(reply, entry=typed, profile=Profile(), parts=()).startswith(
        "Hi {contact_name},"
    )


def test_a_sending_services_relay_box_is_no_ones_to_write_to() -> None:
    """rv48: "Jane Smith via HireLoop <notifications@hireloop.io>" gave the draft a To: line."""
    relayed = NORTHWIND.replace(
        "Jonas Weber <jonas@northwind-health.de>",
        "Jane Smith via HireLoop <notifications@hireloop.io>",
    )
    assert reply_heading(relayed) == ("", "Re: Your application for Senior Designer")
    answered = relayed.replace("Subject:", "Reply-To: jane@orchardfoods.com\nSubject:")
    assert reply_heading(answered)[0] == "jane@orchardfoods.com"
    own = relayed.replace("notifications@hireloop.io", "jane@orchardfoods.com")
    assert reply_heading(own)[0] == "jane@orchardfoods.com"  # not the service's box
