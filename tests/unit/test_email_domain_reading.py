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


@pytest.mark.parametrize("extra", ["careers", "jobs", "hr", "mail", "uk", "ltd", "recruitment"])
def test_a_mailbox_team_country_or_legal_word_in_the_domain_extends_no_name(extra: str) -> None:
    named = _signed(
        f"Jobs <jobs@kelso-{extra}.example>", "Thanks for applying for the role at Kelso.", ""
    )
    signed_only = _signed(f"Jobs <jobs@kelso-{extra}.example>", "Thanks for applying.", "Kelso")
    assert guess_from_email(named, TODAY).company == "Kelso"
    assert guess_from_email(signed_only, TODAY).company == "Kelso"


def test_the_domain_s_name_is_read_without_its_mailbox_word() -> None:
    only_the_domain = _plain_no("Jobs <jobs@kelso-uk.example>")
    signed = _signed("Jobs <jobs@cumbria-water-careers.example>", "Thanks.", "Cumbria")
    assert guess_from_email(only_the_domain, TODAY).company == "Kelso"
    assert guess_from_email(signed, TODAY).company == "Cumbria Water"


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("careers-portal", id="every part a mailbox's or a service's word"),
        pytest.param("job-alerts", id="a service"),
        pytest.param("talent-mail", id="a team's mailbox"),
        pytest.param("e-mail", id="one word split"),
        pytest.param("recruit-ment", id="one team word split"),
        pytest.param("people-first", id="a team word first, cut by the cleaning"),
        pytest.param("talent-tree", id="another team word first"),
        pytest.param("my-workday", id="an applicant system's"),
    ],
)
def test_a_mailbox_s_hyphenated_domain_names_no_company(label: str) -> None:
    assert not guess_from_email(_plain_no(f"Jobs <no-reply@{label}.example>"), TODAY).company


@pytest.mark.parametrize(
    ("label", "company"),
    [
        pytest.param("careersportal", "", id="mailbox words run together"),
        pytest.param("jobsboard", "", id="a jobs board"),
        pytest.param("talentteam", "", id="team words run together"),
        pytest.param("staffportal", "", id="staff's portal"),
        pytest.param("staffhub", "", id="staff's hub"),
        pytest.param("hubstaff", "Hubstaff", id="read the wrong way round for a mailbox"),
        pytest.param("hollowayfoods", "Hollowayfoods", id="a name run together stays one"),
        pytest.param("itau", "Itau", id="two countries' codes spell no mailbox"),
    ],
)
def test_a_mailbox_s_joined_up_domain_names_no_company(label: str, company: str) -> None:
    got = guess_from_email(_plain_no(f"Jobs <no-reply@{label}.example>"), TODAY).company
    assert got == company


def test_a_sender_named_only_by_mailbox_words_names_no_company() -> None:
    """ "Careers Portal" would be cut to "Portal" by the cleaning of a company's name."""
    email = _plain_no("Careers Portal <noreply@careersportal.example>").replace(
        "Best,\nRecruitment", "Best,\nJobs Board"
    )
    assert guess_from_email(email, TODAY).company == ""
