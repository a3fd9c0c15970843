"""The sender's mail domain, read as a name when nothing else names the company."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 27)


def _plain_no(sender: str) -> str:
    """A no that names no company: only the mail domain can."""
    return (
        f"From: {sender}\nSubject: Stock Controller\n\nHi Dev,\n\nThanks for applying for the "
        "Stock Controller role. We have gone with another applicant.\n\nBest,\nRecruitment\n"
    )


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        pytest.param("Recruitment <jobs@rowan-lea.example>", "Rowan Lea", id="two words"),
        pytest.param(
            "Priya Das <priya@amber-and-oak.co.uk>", "Amber and Oak", id="three words, a country"
        ),
        pytest.param("Recruitment <jobs@tallowfield.example>", "Tallowfield", id="one word"),
        pytest.param("Recruitment <jobs@rowan-24.example>", "", id="digits spell no name"),
    ],
)
def test_a_hyphen_in_the_mail_domain_is_read_as_a_space(sender: str, company: str) -> None:
    assert (guess_from_email(_plain_no(sender), TODAY).company or "") == company


def _signed(sender: str, text: str, signature: str) -> str:
    """A no signed by a team, with the lines under it given."""
    return (
        f"From: {sender}\nSubject: Meter Reader\n\nHi Dev,\n\n{text} We have gone with "
        f"another applicant.\n\nBest,\nHiring Team\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _signed("Jobs <jobs@cumbria-water.example>", "Thanks for applying.", "Cumbria\nKendal"),
            "Cumbria Water",
            id="a region over a town",
        ),
        pytest.param(
            _signed("Jobs <jobs@tamar-homes.example>", "Thanks for applying.", "Tamar"),
            "Tamar Homes",
            id="one word alone",
        ),
        pytest.param(
            _signed(
                "Jobs <jobs@orbel-mail.example>", "Thanks for applying to Orbel Systems.", "Orbel"
            ),
            "Orbel",
            id="the text names a fuller name of its own, not the domain's",
        ),
    ],
)
def test_a_line_that_opens_the_domain_s_name_is_short_for_it(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company


@pytest.mark.parametrize("signature", ["Cumbria\nKendal", "Cumbria"])
def test_the_short_name_and_the_town_under_it_are_no_contact(signature: str) -> None:
    email = _signed("Jobs <jobs@cumbria-water.example>", "Thanks for applying.", signature)
    assert not guess_from_email(email, TODAY).contact
