"""A subject that speaks only of the mail or a step names no role; a job's name still does."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 27)


def _email(subject: str, text: str = "Thank you for applying.") -> str:
    return (
        f"From: Kit <kit@calder.example>\nSubject: {subject}\n\nHi Noor,\n\n{text} We have "
        "chosen to go ahead with other applicants.\n\nBest wishes,\nKit Ambrose\nCalder\n"
    )


@pytest.mark.parametrize(
    "subject",
    [
        "Invitation",
        "Re: Invitation",
        "Votre candidature",
        "Su candidatura",
        "Ihre Bewerbung",
        "Uw sollicitatie",
        "Phone screen",
        "Assessment centre",
        "Outcome",
        "Important information",
    ],
)
def test_a_subject_of_mail_words_names_no_role(subject: str) -> None:
    assert guess_from_email(_email(subject), TODAY).role == ""


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Information Officer", "Information Officer"),
        ("Recruitment Consultant", "Recruitment Consultant"),
        ("Your application: Data Analyst", "Data Analyst"),
    ],
)
def test_a_job_named_with_mail_words_is_still_the_role(subject: str, role: str) -> None:
    assert guess_from_email(_email(subject), TODAY).role == role


def test_the_letter_names_the_role_under_a_subject_of_mail_words() -> None:
    email = _email("Invitation", "Thank you for applying for the Barista position.")
    assert guess_from_email(email, TODAY).role == "Barista"
