"""A firm set beside its parent ("Lumen Foods, part of Orbit Brands") is the firm hiring."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_firms import parent_groups
from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 28)


def _from_the_parent(sender: str, text: str) -> str:
    """A short no sent from the parent's mail domain, signed by a person only."""
    return (
        f"From: {sender}\nSubject: Your application\n\nHi Ben,\n\n{text} We have decided to "
        "progress other applicants.\n\nBest wishes,\nJill Ward\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _from_the_parent(
                "Jill Ward <jill.ward@orbitbrands.example>",
                "Thank you for applying for the Marketing Executive role at Lumen Foods, part "
                "of the Orbit Brands family.",
            ),
            "Lumen Foods",
            id="after a comma, the parent's family",
        ),
        pytest.param(
            _from_the_parent(
                "Talent <talent@harrowgroup.example>",
                "Thanks for applying to be a Store Supervisor with Kettle & Crumb – part of "
                "Harrow Group.",
            ),
            "Kettle & Crumb",
            id="after a dash",
        ),
        pytest.param(
            _from_the_parent(
                "Jill Ward <jill.ward@haldenbank.example>",
                "Thank you for your application to Halden Bank. The Treasury role, part of "
                "Halden Bank Markets, has now been filled.",
            ),
            "Halden Bank",
            id="after a job, a part of the firm hiring: no parent",
        ),
    ],
)
def test_the_firm_beside_its_parent_wins_over_the_parent_s_domain(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company


def test_a_parent_set_beside_a_name_is_read_in_other_languages_too() -> None:
    assert parent_groups("la oferta de Finca Sol, parte del Grupo Alameda.") == ["Grupo Alameda"]
    assert parent_groups("le poste chez Morel, membre du Groupe Beaulieu.") == ["Groupe Beaulieu"]
    # Not after a word in lower case: "your time with us, part of Our Process".
    assert parent_groups("thank you for your time, part of Orbit Brands") == []
