"""A jobs channel that sends for others is not the company: the organisation applied to is."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email
from coach.email_jobs_channel import jobs_channel

TODAY = date(2026, 11, 26)


def _sift_email(sender: str, text: str, signature: str) -> str:
    """A no after a sift, from a sender's name, with a line of text and a signature."""
    return (
        f"From: {sender}\nSubject: Application 31870 - Data Officer\n\nDear Rowan,\n\n{text} "
        "After the sift, I am sorry to say that your application will not go forward.\n\n"
        f"Best wishes,\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _sift_email(
                "Public Sector Jobs <no-reply@psjobs.example>",
                "Thank you for applying to the Department of Rivers and Canals for the Data "
                "Officer role.",
                "Resourcing Team\nShared Recruitment Hub",
            ),
            "Department of Rivers and Canals",
            id="a department of, named as applied to",
        ),
        pytest.param(
            _sift_email(
                "Public Sector Jobs <no-reply@psjobs.example>",
                "Thank you for your application to the Department for Coastal Towns.",
                "Resourcing Team",
            ),
            "Department for Coastal Towns",
            id="a department for, named as applied to",
        ),
        pytest.param(
            _sift_email(
                "Public Sector Jobs <no-reply@psjobs.example>",
                "Thank you for applying for the Data Officer role.",
                "Resourcing Team\nValley Archives Service",
            ),
            "Valley Archives Service",
            id="the line naming whose team signs",
        ),
        pytest.param(
            _sift_email(
                "Fire Service Jobs <no-reply@firejobs.example>",
                "Thank you for applying to Eastmarch Fire Service for the Data Officer role.",
                "Eastmarch Fire Service",
            ),
            "Eastmarch Fire Service",
            id="the channel's name ends the employer's: not one firm",
        ),
        pytest.param(
            _sift_email(
                "Ravelin Bank Careers <careers@ravelinbank.example>",
                "Thank you for applying to Ravelin for the Data Officer role.",
                "Graduate Recruitment",
            ),
            "Ravelin Bank",
            id="a firm's own careers channel, its short name in the text",
        ),
        pytest.param(
            _sift_email(
                "Ravelin Bank Careers <careers@ravelinbank.example>",
                "Thank you for applying for the Data Officer role.",
                "Ravelin Bank Careers Team\nRavelin Bank plc | 12 Quay Street, Hull HU1",
            ),
            "Ravelin Bank",
            id="a firm's own channel over its address line",
        ),
        pytest.param(
            _sift_email(
                "Ravelin Bank Careers <careers@ravelinbank.example>",
                "Thank you for applying for the Data Officer role, which we run with the "
                "University of Sallow.",
                "Graduate Recruitment",
            ),
            "Ravelin Bank",
            id="a firm's own channel, a body named in passing",
        ),
        pytest.param(
            _sift_email(
                "Tidewater Careers <careers@tidewater.example>",
                "Our last Data Officer came to us from a role at Corran Freight.",
                "Resourcing Team",
            ),
            "Tidewater",
            id="a firm's own channel, its domain its name, another firm named in passing",
        ),
        pytest.param(
            _sift_email(
                "Tidewater Careers <careers@tidewater.example>",
                "Thank you for applying for the Data Officer role at Fenlow, one of the "
                "Tidewater group companies.",
                "Resourcing Team",
            ),
            "Fenlow",
            id="a group's own channel, for one of its companies",
        ),
    ],
)
def test_the_organisation_applied_to_wins_over_the_channel_that_sent_the_mail(
    email: str, company: str
) -> None:
    assert guess_from_email(email, TODAY).company == company


def test_a_channel_is_named_by_its_last_word() -> None:
    assert jobs_channel("Civil Service Jobs")
    assert jobs_channel("Ravelin Bank Careers")
    assert not jobs_channel("Jobson & Carey")
    assert not jobs_channel("Harper Recruitment")
