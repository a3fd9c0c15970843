"""The sender's own organisation outranks one its letter names only in passing."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 27)


def _from_stonecrest(text: str, sender: str = "Ravi Kaur <ravi.kaur@stonecrest.example>") -> str:
    """A short no from a firm whose name only its mail domain gives."""
    return (
        f"From: {sender}\nSubject: Planning Assistant\n\nHi Jo,\n\nThanks for applying for the "
        f"Planning Assistant role. {text}\n\nBest,\nRavi Kaur\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _from_stonecrest(
                "Your degree from the University of Exeter stood out, but we have chosen someone "
                "with more experience."
            ),
            "Stonecrest",
            id="the candidate's university",
        ),
        pytest.param(
            _from_stonecrest(
                "Most of our contracts are for the Department for Work and Pensions, so we have "
                "chosen someone who has worked on them."
            ),
            "Stonecrest",
            id="a client body the firm works for",
        ),
        pytest.param(
            _from_stonecrest(
                "Much of our work is for the Ministry of Justice, where vetting takes a year, so "
                "we have chosen someone already cleared."
            ),
            "Stonecrest",
            id="a ministry, which two readings find",
        ),
        pytest.param(
            _from_stonecrest(
                "We recruit for this post on behalf of our client, the Department for Work and "
                "Pensions, and they have chosen someone else.",
                sender="Ravi Kaur <ravi.kaur@stonecrest-search.example>",
            ),
            "Department for Work and Pensions",
            id="the body named as the client is the hiring organisation",
        ),
    ],
)
def test_the_sender_s_organisation_outranks_a_body_named_in_passing(
    email: str, company: str
) -> None:
    assert guess_from_email(email, TODAY).company == company
