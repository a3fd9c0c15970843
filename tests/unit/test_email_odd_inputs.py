"""Emails in awkward shapes (HTML as text, quoted threads, agencies, long ones) read rightly."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email
from coach.email_stage import stage_in
from coach.html_text import looks_like_html
from coach.model import Stage

TODAY = date(2026, 11, 27)

PAGE = (
    "<html><body><p>Hi Morgan,</p><p>Thank you for interviewing with us for the "
    "<b>Product Designer</b> position at <b>Notion</b>. Unfortunately, after the technical "
    "design exercise, we have decided not to move forward.</p>"
    "<p>Best,<br>Dana Lee<br>Recruiting, Notion</p></body></html>"
)


def test_html_pasted_as_source_is_read_as_its_text() -> None:
    guess = guess_from_email(PAGE, TODAY)
    assert (guess.company, guess.role, guess.contact) == ("Notion", "Product Designer", "Dana Lee")


def test_html_in_a_part_with_no_content_type_never_puts_a_tag_in_a_field() -> None:
    eml = (
        "From: Dana Lee <dana@notion.so>\nSubject: Your application\n"
        "Date: Fri, 20 Nov 2026 10:00:00 +0000\n\n" + PAGE
    ).encode()
    guess = guess_from_email(eml, TODAY)
    assert guess.role == "Product Designer"
    assert guess.date == date(2026, 11, 20)
    for value in (guess.company, guess.role, guess.contact):
        assert "<" not in value and ">" not in value


def test_a_fragment_of_tags_under_a_subject_is_html_too() -> None:
    pasted = (
        "Subject: Your application\n\n<div><p>Hi Morgan,</p>\n<p>Thanks for interviewing "
        "for the <b>Product Designer</b> role. We have decided not to move forward.</p>"
        "<p>Dana Lee<br>Notion</p></div>"
    )
    guess = guess_from_email(pasted, TODAY)
    assert guess.role == "Product Designer"


def test_a_letter_with_addresses_in_angle_brackets_is_not_html() -> None:
    letter = (
        "Hi Sam,\n\nWe went with another candidate.\n\nJo <jo@acme.com>\n"
        "cc: Ann <ann@acme.com>, Bo <bo@acme.com>\n"
    )
    assert not looks_like_html(letter)
    assert looks_like_html(PAGE)


def test_the_address_of_the_message_being_answered_is_never_the_company() -> None:
    thread = (
        "Hi Robin,\nSorry to let you know we went with another candidate. Thanks for your "
        "time.\nJess\nOn Mon, Nov 16, 2026 at 10:00 AM Robin Vega <robin@vega.dev> wrote:\n"
        "> Hi Jess, following up on my application for the Staff Engineer role. Any news?\n"
        "> Robin\n"
    )
    assert guess_from_email(thread, TODAY).company != "Vega"


def test_a_quoted_rejection_keeps_its_sender_as_the_company() -> None:
    thread = (
        "Thanks Jess, understood.\nRobin\n\nOn Mon, Nov 16, 2026 at 10:00 AM Jess Park "
        "<jess@figma.com> wrote:\n> Hi Robin,\n> Sorry to let you know we went with another "
        "candidate for the Staff Engineer role.\n> Jess\n"
    )
    assert guess_from_email(thread, TODAY).company == "Figma"


AGENCY = """From: Mark Jones <mark.jones@roberthalf.com>
Subject: Java Developer application
Date: Fri, 20 Nov 2026 10:00:00 +0000

Hi Sam,

Thanks for your patience. My client, a leading fintech in the City, has decided not to
take your application forward for the Java Developer role.

Best regards,
Mark Jones
Senior Consultant
Robert Half Technology
"""


def test_an_agency_whose_client_is_not_named_is_not_the_company() -> None:
    guess = guess_from_email(AGENCY.encode(), TODAY)
    assert guess.company == ""
    assert guess.agency == "Robert Half Technology"
    assert guess.contact == "Mark Jones"
    from screens.walk.paste_email import describe

    assert "Robert Half Technology wrote for a client it does not name" in describe(guess)


def test_an_agency_naming_its_client_gives_the_client() -> None:
    named = AGENCY.replace("a leading fintech in the City", "Barclays")
    guess = guess_from_email(named.encode(), TODAY)
    assert (guess.company, guess.agency) == ("Barclays", "")


def test_a_firm_writing_of_its_own_client_is_still_the_company() -> None:
    letter = (
        "Dear Imran,\n\nI'm afraid our client has put the scheme on hold, so we are no longer "
        "able to proceed with your appointment.\n\nLena Falk\nDirector\nFalk Hargreaves "
        "Architects Ltd\n"
    )
    assert guess_from_email(letter, TODAY).company == "Falk Hargreaves Architects"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Merci pour nos entretiens techniques de la semaine dernière.", Stage.TECHNICAL),
        ("Gracias por las entrevistas técnicas del martes.", Stage.TECHNICAL),
        ("Vielen Dank für die technischen Interviews.", Stage.TECHNICAL),
        ("Bedankt voor de technische gesprekken van vorige week.", Stage.TECHNICAL),
        ("Grazie per i colloqui tecnici di martedì.", Stage.TECHNICAL),
        ("Obrigado pelas entrevistas técnicas da semana passada.", Stage.TECHNICAL),
        ("Merci pour les derniers entretiens avec la direction.", Stage.FINAL),
        ("Gracias por las últimas entrevistas con el equipo.", Stage.FINAL),
        ("Grazie per i colloqui finali con il team.", Stage.FINAL),
        ("Obrigado pelas entrevistas finais com a equipa.", Stage.FINAL),
    ],
)
def test_a_stage_named_in_the_plural_is_the_stage_named_in_the_singular(
    text: str, stage: Stage
) -> None:
    assert stage_in(text) == stage
