"""A town or office line over a group, or alone, is where the firm works, not a brand of it."""

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


@pytest.mark.parametrize(
    ("piece", "named", "short_named", "brand"),
    [
        pytest.param("San Marco Pizzeria Ltd", "", "", True, id="a legal suffix: no town"),
        pytest.param("Bad Robot Games GmbH", "", "", True, id="a German legal suffix"),
        pytest.param("San Marco Pizzeria", "", "sanmarco", True, id="the domain names it short"),
        pytest.param(
            "Santa Cruz Harbour", "ourhotelinsantacruz", "", False, id="a town said in passing"
        ),
        pytest.param("San Marco Pizzeria", "", "", False, id="named nowhere: still a town"),
    ],
)
def test_a_town_shaped_name_that_reads_as_a_firm_is_a_brand(
    piece: str, named: str, short_named: str, brand: bool
) -> None:
    assert brand_of_group(piece, "Valdora Group", named, short_named) is brand


@pytest.mark.parametrize(
    ("text", "line", "company"),
    [
        pytest.param(
            "Thank you for your interest in the Team Leader role at San Marco.",
            "San Marco Pizzeria",
            "San Marco Pizzeria",
            id="the role at the brand's short name",
        ),
        pytest.param(
            "Thank you for your interest in the Team Leader role at our hotel in Santa Cruz.",
            "Santa Cruz Harbour",
            "Glenmoor Group",
            id="the town the hotel is in",
        ),
    ],
)
def test_a_brand_named_short_where_only_a_firm_stands(text: str, line: str, company: str) -> None:
    email = _group_email(f"{line}\nGlenmoor Group plc", text)
    assert guess_from_email(email, TODAY).company == company


@pytest.mark.parametrize(
    ("piece", "group", "brand"),
    [
        pytest.param("Lumen Küchen", "Brenner Gruppe", True, id="German"),
        pytest.param("Kettle & Crumb", "Van Dijk Groep", True, id="Dutch"),
        pytest.param("Lumen Küchen", "Brenner Unternehmensgruppe", True, id="a German compound"),
        pytest.param("Lumen Foods", "Brenner Konzern", True, id="a German concern"),
        pytest.param(
            "Niederlassung Polperro", "Brenner Gruppe", False, id="a site, its kind first"
        ),
        pytest.param("Vestiging Hollowdam", "Van Dijk Groep", False, id="a Dutch site"),
    ],
)
def test_a_group_in_each_language_owns_its_brand(piece: str, group: str, brand: bool) -> None:
    assert brand_of_group(piece, group) is brand


def test_a_group_signing_in_german_or_dutch_is_no_contact() -> None:
    email = (
        "From: Brenner Gruppe <karriere@brenner-gruppe.example>\nSubject: Ihre Bewerbung\n\n"
        "Hallo Noor,\n\nleider haben wir uns für andere Bewerber entschieden.\n\n"
        "Mit freundlichen Grüßen\nVan Dijk Groep\n"
    )
    assert guess_from_email(email, TODAY).contact == ""


def _lone_line_email(sender: str, lines: str) -> str:
    """A no signed by a recruiter, the given lines under the name, no group below."""
    return (
        f"From: Kit Ambrose <{sender}>\nSubject: Team Leader\n\nHi Noor,\n\nWe have chosen to "
        f"go ahead with other applicants.\n\nBest wishes,\nKit Ambrose\n{lines}\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _lone_line_email("kit@brenner-werke.example", "Personalabteilung\nBad Kreuznach"),
            "Brenner Werke",
            id="a spa town under the team: the domain's firm",
        ),
        pytest.param(
            _lone_line_email(
                "kit@atelier-morel.example", "Ressources humaines\nVilleneuve-sur-Lot"
            ),
            "Atelier Morel",
            id="a town joined by its small words",
        ),
        pytest.param(
            _lone_line_email("kit@gmail.com", "Owner\nBad Wolf"),
            "Bad Wolf",
            id="nothing better named: the line is still a name",
        ),
        pytest.param(
            _lone_line_email("kit@hollin.example", "Recruiter\nBad Robot Games"),
            "Bad Robot Games",
            id="a brand runs on after the town's start",
        ),
    ],
)
def test_a_lone_town_line_is_where_the_office_is(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company
