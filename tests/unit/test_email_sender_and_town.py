"""closing20's leftovers: an applicant system's sender and a spa town, as the reader reads them."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("sender", "body", "sign", "company"),
    [
        pytest.param(
            "HireLoop <no-reply@hireloop.io>",
            "Thank you for applying for the Data Analyst role.",
            "Recruitment Team\n\nPowered by HireLoop",
            "",
            id="a system no list knows, said to power the email",
        ),
        pytest.param(
            "HireLoop <no-reply@hireloop.io>",
            "Thank you for applying for the Data Analyst role.",
            "Recruitment Team\n\nSent via HireLoop",
            "",
            id="said to have sent it",
        ),
        pytest.param(
            "Jane Smith via HireLoop <jane@hireloop.io>",
            "Thank you for applying for the Data Analyst role at Orchard Foods.",
            "Jane Smith",
            "Orchard Foods",
            id="a recruiter via it: the employer the letter names",
        ),
        pytest.param(
            "Jobs <noreply@hireloop.io>",
            "Thank you for applying for the Data Analyst role.",
            "Recruitment Team\nThis email was sent by HireLoop on behalf of Orchard Foods.",
            "",
            id="sent by it on behalf of another: never the system",
        ),
        pytest.param(
            "Jane [bold]Smith[/] via HireLoop <notifications@hireloop.io>",
            "Thank you for applying for the Data Analyst role at Orchard Foods.",
            "Jane Smith",
            "Orchard Foods",
            id="rv48: markup in the recruiter's name keeps it a person's",
        ),
    ],
)
def test_the_service_an_email_says_sent_it_is_no_company(
    sender: str, body: str, sign: str, company: str
) -> None:
    # closing20: "HireLoop" (no list knows it) was read as the company, even over the
    # employer the letter named.
    email = (
        f"From: {sender}\nSubject: Your application\n\nHi Sam,\n\n{body} Unfortunately we "
        f"have decided not to move forward with your application.\n\nKind regards,\n{sign}\n"
    )
    assert guess_from_email(email, TODAY).company == company


@pytest.mark.parametrize(
    ("sender", "body", "sign", "company"),
    [
        pytest.param(
            "TalentDesk <noreply@talentdesk.io>",
            "Thank you for applying for the Data Analyst role at Orchard Foods.",
            "The Orchard Foods Hiring Team\n\nSent via TalentDesk",
            "Orchard Foods",
            id="the employer the letter names, not the system that sent it",
        ),
        pytest.param(
            "TalentDesk <notifications@talentdesk.io>",
            "Thank you for applying for Warehouse Supervisor.",
            "Recruitment Team\nPowered by TalentDesk",
            "",
            id="nobody named: no name rather than the system's",
        ),
        pytest.param(
            "Jobs <no-reply@talentdesk.example>",
            "Thank you for applying for the Support Engineer role.",
            "Recruiting\nTalentDesk Ltd",
            "TalentDesk",
            id="a firm of that name signs with its legal suffix",
        ),
    ],
)
def test_an_applicant_systems_name_is_no_company(
    sender: str, body: str, sign: str, company: str
) -> None:
    email = (
        f"From: {sender}\nSubject: Your application\n\nHi Sam,\n\n{body} Unfortunately we "
        f"have decided not to move forward with your application.\n\nKind regards,\n{sign}\n"
    )
    assert guess_from_email(email, TODAY).company == company


@pytest.mark.parametrize(
    ("body", "sign", "reason"),
    [
        ("Unfortunately the post at Bad Kissingen has been filled.", "Bad Kissingen Kurhaus", ""),
        (
            "We are pleased to invite you to an interview at our office in Bad Kissingen on "
            "Monday at 10am.",
            "Bad Kissingen Kurhaus",
            "it reads like an invitation to a next step",
        ),
        (
            "Thank you for applying for the post at Bad Kissingen. Unfortunately we have "
            "chosen other applicants.",
            "Staatsbad Bad Kissingen GmbH",
            "",
        ),
    ],
)
def test_a_town_named_bad_is_neither_a_no_nor_the_firm(body: str, sign: str, reason: str) -> None:
    email = (
        f"From: HR <hr@kurhaus.example>\nSubject: Receptionist\n\nDear Noor,\n\n{body}\n\n"
        f"Best wishes,\nKit Ambrose\n{sign}\n"
    )
    guess = guess_from_email(email, TODAY)
    assert guess.company == sign.removesuffix(" GmbH") and guess.not_rejection == reason


@pytest.mark.parametrize(
    ("sender", "body", "company"),
    [
        pytest.param(
            "Stripe Recruiting <jobs@stripe.com>",
            "Thank you for applying to the Designer role at Stripe.",
            "Stripe",
            id="the letter and the domain both name it",
        ),
        pytest.param(
            "Acme Careers <careers@acme.com>",
            "Thank you for applying for the Designer role.",
            "Acme",
            id="its own hiring team on its own domain",
        ),
        pytest.param(
            "Jobs <jobs@hireloop.io>",
            "Thank you for applying to the Designer role at Acme.",
            "Acme",
            id="the letter names it, the domain is another's",
        ),
    ],
)
def test_an_employer_powering_its_own_email_keeps_its_name(
    sender: str, body: str, company: str
) -> None:
    # rv48: "Powered by Stripe" under Stripe's own letter lost the company, and import refused it.
    email = (
        f"From: {sender}\nSubject: Your application\n\nHi Sam,\n\n{body} Unfortunately we "
        f"will not be moving forward.\n\nBest,\n{sender.split(' <')[0]}\nPowered by {company}\n"
    )
    assert guess_from_email(email, TODAY).company == company
