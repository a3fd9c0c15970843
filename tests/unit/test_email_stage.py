"""How far an application got, weighed from what the email says of this candidate."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from coach.email_agency import agency_behind
from coach.email_not_person import not_a_person
from coach.email_stage import stage_in
from coach.model import Stage

STAGES = [
    # A process described is no step taken.
    (
        "Thank you for applying for the Buyer role. Our hiring process usually includes a call with a recruiter, "
        "a case study and a panel interview. We have reviewed your application and will not be taking it further.",
        Stage.APPLICATION,
    ),
    (
        "Thanks for the video call on Monday. Had you progressed, the next stage would have been a take-home task "
        "and then an onsite with the founders. We've decided not to move you forward.",
        Stage.PHONE_SCREEN,
    ),
    # Steps other people were given.
    (
        "Thank you for your CV. We have chosen to invite other candidates with retail experience to interview.",
        Stage.APPLICATION,
    ),
    (
        "We had a great many applications and could only invite a handful of people to interview; yours was not among them.",
        Stage.APPLICATION,
    ),
    (
        "Thank you for your application. We won't be reaching out to anyone else for interviews this round.",
        Stage.APPLICATION,
    ),
    (
        "Merci pour votre candidature. Les candidats retenus seront convoqués à un entretien "
        "la semaine prochaine ; nous ne pouvons pas donner une suite favorable à la vôtre.",
        Stage.APPLICATION,
    ),
    (
        "Gracias por tu candidatura. Los perfiles seleccionados pasarán a una entrevista con el equipo.",
        Stage.APPLICATION,
    ),
    # A step named as where the candidate did not go.
    (
        "Thank you for sitting our online tests. Your scores were below the level needed to progress to the "
        "video interview and assessment centre.",
        Stage.TECHNICAL,
    ),
    (
        "Danke für das Telefonat letzte Woche. Die weiteren Gespräche mit der Geschäftsführung finden ohne Sie statt.",
        Stage.PHONE_SCREEN,
    ),
    # A concrete step said of this candidate beats a finalist's place said of others.
    (
        "Thank you for the coding exercise you sent in. The other finalists had more production experience.",
        Stage.TECHNICAL,
    ),
    (
        "Gracias por la entrevista telefónica del martes. Tras valorar a los finalistas, seguimos con otra persona.",
        Stage.PHONE_SCREEN,
    ),
    ("You were one of our two finalists, and it was a very close call.", Stage.FINAL),
    ("Thanks for coming in for the last interview with the owners on Friday.", Stage.FINAL),
    # An offer made, then taken back, in any words.
    (
        "When I rang on Friday to say we'd love to have you as our Bookkeeper I meant it. Our funding has fallen "
        "through and I have to go back on it.",
        Stage.OFFER,
    ),
    (
        "Further to the conditional offer of employment we sent you on 3 November, I am sorry to say the post has "
        "been frozen and will not be going ahead.",
        Stage.OFFER,
    ),
    (
        "Suite à la promesse d'embauche du 2 novembre, nous ne sommes plus en mesure de donner suite à votre recrutement.",
        Stage.OFFER,
    ),
    # An offer to another candidate is no offer undone.
    (
        "We have made an offer to another candidate, and the search is no longer open.",
        None,
    ),
    # The line between the application and saying nothing.
    ("Thank you for your interest in Pellbrook. We have decided to pursue other candidates.", None),
    (
        "Thanks for applying to Pellbrook. We're not moving forward with your application.",
        Stage.APPLICATION,
    ),
    (
        "The Facilities Officer vacancy has been withdrawn following a review of departmental budgets.",
        None,
    ),
    (
        "Thank you for completing the numerical reasoning and typing tests last week.",
        Stage.TECHNICAL,
    ),
    ("Thanks for the interview; your personality really came through.", Stage.PHONE_SCREEN),
    (
        "Thanks for coming in to meet Anouk, our CEO, on Wednesday. We've gone another way.",
        Stage.FINAL,
    ),
    (
        "Since you accepted the Planner job in October, the position has been cut in a restructure.",
        Stage.OFFER,
    ),
    # A trial day, in other languages.
    ("Vielen Dank für Ihren Hospitationstag auf unserer Station.", Stage.TECHNICAL),
    ("Gracias por la jornada de prueba del sábado en la tienda.", Stage.TECHNICAL),
    # "our call for illustrators" is a call for work, not a phone call.
    (
        "Thank you for sending your portfolio in answer to our call for illustrators.",
        Stage.PORTFOLIO,
    ),
]


@pytest.mark.parametrize(("text", "want"), STAGES)
def test_the_step_this_candidate_reached(text: str, want: Stage | None) -> None:
    assert stage_in(text) == want


@pytest.mark.parametrize(
    "name",
    [
        "North America",
        "EMEA",
        "Pacific Northwest",
        "Design",
        "Marketing & Communications",
        "Time de Atração de Talentos",
        "La Segreteria",
        "Hey",
    ],
)
def test_a_region_a_department_or_a_greeting_is_no_person(name: str) -> None:
    assert not_a_person(name)


@pytest.mark.parametrize("name", ["Dana Whitfield", "Asha North", "Marco Sales", "Ville Mäkelä"])
def test_people_stay_people(name: str) -> None:
    assert not not_a_person(name)


AGENT = """Hi Sam,

I've heard back from my client, Tollgate Foods: they've decided to go with another candidate.

Owen Pryce
Senior Consultant - Supply Chain
Larchwood Search
"""

OWN_TEAM = """Hi Sam,

We have decided to go with another candidate.

Owen Pryce
Recruitment Team
Tollgate Foods
"""


def test_the_agency_behind_a_recruiter_is_named_for_the_draft() -> None:
    assert agency_behind(AGENT, "Tollgate Foods") == "Larchwood Search"


def test_a_company_s_own_recruiting_team_is_no_agency() -> None:
    assert agency_behind(OWN_TEAM, "Tollgate Foods") == ""
    assert agency_behind("", "Tollgate Foods") == ""
    assert agency_behind("\x00\x01 junk", "Tollgate Foods") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for attending your appointment on Monday. We had to cancel the second round.",
        "We confirm that we cannot offer you the role. The vacancy has been cancelled.",
    ],
)
def test_an_interview_appointment_or_the_verb_offer_is_no_offer_undone(text: str) -> None:
    assert stage_in(text) != Stage.OFFER


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Only a conversation said to have happened: the first talking step, nothing further.
        pytest.param(
            "Thank you for taking the time to speak with us. We have offered the Sous Chef job to someone else.",
            Stage.PHONE_SCREEN,
            id="spoken with, nothing else said",
        ),
        pytest.param(
            "Thank you for applying for the Sous Chef job; it was not successful. If you would like to speak "
            "with us about why, reply and we will find a time.",
            Stage.APPLICATION,
            id="a talk offered",
        ),
        pytest.param(
            "Thank you for applying for the Sous Chef job; it was not successful. You are always welcome to "
            "chat with us again when the summer menu is hired for.",
            Stage.APPLICATION,
            id="a talk welcomed later",
        ),
        pytest.param(
            "Thank you for your interest in talking with us about the Sous Chef job. We have filled it.",
            None,
            id="an interest in talking says no step",
        ),
        pytest.param(
            "Thank you for applying for the Sous Chef job. We met with a small number of candidates and have "
            "chosen one of them.",
            Stage.APPLICATION,
            id="a talk held with others",
        ),
        pytest.param(
            "Thank you for applying for the Sous Chef job. We interviewed several candidates and have chosen "
            "one of them.",
            Stage.APPLICATION,
            id="interviews held with others",
        ),
    ],
)
def test_a_conversation_is_a_step_only_when_it_was_held_with_this_candidate(
    text: str, want: Stage | None
) -> None:
    assert stage_in(text) is want
