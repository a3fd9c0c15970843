"""A name written where only a firm stands is the firm's, though it opens with a job's word."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 27)


def _no(sender: str, text: str, subject: str = "Your application") -> str:
    """A short no with no signature to name the firm."""
    return (
        f"From: {sender}\nSubject: {subject}\n\nHi Remi,\n\n{text} We have chosen another "
        "applicant this time.\n\nWarm wishes,\nOla\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _no(
                "Ola Berg <ola.berg@gmail.com>",
                "Thanks for applying for the Buyer post at Gestor Freight.",
            ),
            "Gestor Freight",
            id="a post at the firm",
        ),
        pytest.param(
            _no("Ola Berg <ola.berg@gmail.com>", "Thank you for applying to Técnica Verde."),
            "Técnica Verde",
            id="applied to the firm",
        ),
        pytest.param(
            _no(
                "Ola Berg <ola.berg@gmail.com>",
                "It was good of you to think of joining Professor Pods.",
            ),
            "Professor Pods",
            id="a firm to join",
        ),
        pytest.param(
            _no(
                "Ola Berg <ola@chefdirect.example>",
                "Chef Direct has read every application with care.",
            ),
            "Chef Direct",
            id="the name the mail domain spells whole",
        ),
        pytest.param(
            _no(
                "Ola Berg <ola@bancoriva.example>",
                "Thank you for your interest in Analista de Riesgos.",
                subject="Analista de Riesgos",
            ),
            "Bancoriva",
            id="a job's title where a job stands is no firm",
        ),
    ],
)
def test_a_firm_written_where_only_a_firm_stands_keeps_its_name(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company


def test_one_word_the_mail_domain_spells_may_still_open_the_job() -> None:
    email = _no("Careers <careers@tecnica.example>", "Thank you.", subject="Técnica de Laboratorio")
    assert guess_from_email(email, TODAY).role == "Técnica de Laboratorio"
