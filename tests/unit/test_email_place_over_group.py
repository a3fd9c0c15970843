"""A town or office line over a group is where the group works, not a brand of it."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_brands import brand_of_group
from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 26)


def _group_email(signature: str, text: str = "", sender: str = "") -> str:
    """A no signed by a recruiter, with the line above the group's name given."""
    sender = sender or "People <people@glenmoor-group.example>"
    text = text or "Thank you for your interest in the Team Leader role."
    return (
        f"From: {sender}\nSubject: Team Leader\n\nHi Noor,\n\n{text} We have chosen to "
        f"go ahead with other applicants.\n\nBest wishes,\nKit Ambrose\nRecruiter\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _group_email("Polperro\nGlenmoor Group plc"),
            "Glenmoor Group",
            id="a town no place list knows",
        ),
        pytest.param(
            _group_email("Polperro / Glenmoor Group plc"),
            "Glenmoor Group",
            id="the town beside the group on one line",
        ),
        pytest.param(
            _group_email("Truro Office\nGlenmoor Group plc"),
            "Glenmoor Group",
            id="a town's office",
        ),
        pytest.param(
            _group_email("Severnside Distribution Centre\nGlenmoor Group plc"),
            "Glenmoor Group",
            id="a site named by its work",
        ),
        pytest.param(
            _group_email("Quillon\nGlenmoor Group plc", sender="Jobs <jobs@quillon.example>"),
            "Quillon",
            id="one word the mail domain names: a brand",
        ),
        pytest.param(
            _group_email(
                "Quillon\nGlenmoor Group plc", "Thank you for applying to Quillon to lead a team."
            ),
            "Quillon",
            id="one word the letter names: a brand",
        ),
        pytest.param(
            _group_email("Quillon Outdoor\nGlenmoor Group plc"),
            "Quillon Outdoor",
            id="a brand of more than one word",
        ),
        pytest.param(
            _group_email("Haywards Heath\nGlenmoor Group plc"),
            "Glenmoor Group",
            id="a town named by a feature of the land",
        ),
        pytest.param(
            _group_email("Market Rasen\nGlenmoor Group plc"),
            "Glenmoor Group",
            id="a market town",
        ),
        pytest.param(
            _group_email(
                "Ember Bay\nGlenmoor Group plc",
                "Thank you for applying to Ember Bay to lead a team.",
            ),
            "Ember Bay",
            id="a name shaped like a town's that the letter names: a brand",
        ),
        pytest.param(
            _group_email("Bad Homburg\nGlenmoor Holding GmbH"),
            "Glenmoor Holding",
            id="a German spa town",
        ),
    ],
)
def test_a_place_or_site_over_a_group_is_no_brand(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company


@pytest.mark.parametrize(
    ("piece", "brand"),
    [
        pytest.param("Ciudad Real", False, id="a town's kind first"),
        pytest.param("Sankt Augustin", False, id="a saint first"),
        pytest.param("Sesto San Giovanni", False, id="a saint inside"),
        pytest.param("Lutherstadt Wittenberg", False, id="a word ending in a town first"),
        pytest.param("Wiener Neustadt", False, id="a word ending in a town last"),
        pytest.param("Salsomaggiore Terme", False, id="a spa last"),
        pytest.param("Monte Rosa Foods", True, id="a mountain opens brands as often as towns"),
        pytest.param("Neu Kitchen", True, id="new is a brand's word"),
    ],
)
def test_the_town_shapes_of_the_other_languages_are_no_brand(piece: str, brand: bool) -> None:
    assert brand_of_group(piece, "Grupo Alameda") is brand
