"""An invitation to a general event is no newer answer on an application than the no below it."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_events import without_event_invitations
from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 26)

# A clear no, quoted under a colleague's newer message.
_QUOTED_NO = (
    "\n-----Original Message-----\nFrom: Ines Palmer <ines.palmer@brackenridge.example>\n"
    "Sent: Tuesday, 3 November 2026 11:20\nTo: Noor Haddad <noor@mail.example>\n"
    "Subject: Your application - Stores Planner\n\nDear Noor,\n\nThank you for applying for "
    "the Stores Planner role. I am sorry to say we will not be taking your application "
    "further.\n\nKind regards,\nInes Palmer\n"
)


def _over_the_no(sentence: str) -> str:
    """A colleague's message, one sentence long, over the quoted no."""
    return (
        "From: Olly Grant <olly.grant@brackenridge.example>\nTo: Noor Haddad <noor@mail.example>\n"
        "Subject: RE: Your application - Stores Planner\n\nHi Noor,\n\nFollowing Ines's email, "
        f"{sentence} Let me know if you can make it.\n\nThanks,\nOlly Grant\n"
        "Talent Lead, Brackenridge\n" + _QUOTED_NO
    )


@pytest.mark.parametrize(
    ("email", "goes_on"),
    [
        pytest.param(
            _over_the_no("we'd like to invite you to our careers open evening on 2 March."),
            False,
            id="a careers open evening",
        ),
        pytest.param(
            _over_the_no("we would love to invite you to our graduate fair in Hull next month."),
            False,
            id="a graduate fair",
        ),
        pytest.param(
            _over_the_no("we'd like to invite you to an interview at our open day on 2 March."),
            True,
            id="an interview held at an open day is still an interview",
        ),
        pytest.param(
            _over_the_no("we'd like to invite you to a second interview on 2 March."),
            True,
            id="an interview",
        ),
    ],
)
def test_an_invitation_to_an_event_leaves_the_older_no_standing(email: str, goes_on: bool) -> None:
    assert bool(guess_from_email(email, TODAY).not_rejection) is goes_on


def test_an_event_invitation_alone_is_still_no_rejection_nor_a_next_step() -> None:
    email = (
        "Subject: You're invited\n\nHi Noor,\n\nWe'd like to invite you to our insight evening "
        "on 2 March at our Hull office. Reply to save a place.\n\nBrackenridge Early Careers\n"
    )
    reason = guess_from_email(email, TODAY).not_rejection
    assert reason
    assert "next step" not in reason


def test_only_the_sentences_about_an_event_without_a_step_are_taken_out() -> None:
    text = "Come to our careers fair on Friday. We also want to interview you for the role."
    assert without_event_invitations(text) == "We also want to interview you for the role."


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Thanks for applying. We would like to invite you to our open day on 4 May, the "
            "last stage of our process. Sadly we cannot pay for travel.",
            id="an open day that is the process's last stage",
        ),
        pytest.param(
            "You came through the first stage well. We'd like to invite you to our insight day "
            "on 4 May to meet the team and do the final part of the process. Unfortunately we "
            "cannot pay for travel.",
            id="an insight day that is the final part",
        ),
        pytest.param(
            "Good news: you have been selected to attend our taster day on 4 May. Sadly we "
            "cannot pay for travel.",
            id="selected to attend",
        ),
    ],
)
def test_an_event_named_as_a_step_of_the_process_is_an_invitation_to_it(body: str) -> None:
    email = f"Subject: Your application\n\nHi Noor,\n\n{body}\n\nBest wishes,\nBrackenridge\n"
    assert guess_from_email(email, TODAY).not_rejection == (
        "it reads like an invitation to a next step"
    )


@pytest.mark.parametrize(
    ("sentence", "goes_on"),
    [
        pytest.param(
            "you have not yet been selected for interview, but we'd like to invite you to our "
            "careers evening on 2 March.",
            False,
            id="a selection not made",
        ),
        pytest.param(
            "we are unable to shortlist you for the next round, though we would love to invite "
            "you to our graduate fair in May.",
            False,
            id="a shortlist and a round both denied",
        ),
        pytest.param(
            "we won't be inviting you to interview, but we'd like to invite you to our open day.",
            False,
            id="an interview denied",
        ),
        pytest.param(
            "don't forget that we'd like to invite you to an interview at our open day.",
            True,
            id="a negation that denies no step",
        ),
    ],
)
def test_a_step_under_a_negation_keeps_no_event_sentence(sentence: str, goes_on: bool) -> None:
    assert bool(guess_from_email(_over_the_no(sentence), TODAY).not_rejection) is goes_on


@pytest.mark.parametrize(
    "event",
    ["networking breakfast", "careers lunch", "alumni reception", "graduate meet-and-greet"],
)
def test_a_gathering_named_by_its_meal_or_its_form_is_an_event(event: str) -> None:
    email = _over_the_no(f"we'd like to invite you to our {event} on 2 March.")
    assert not guess_from_email(email, TODAY).not_rejection
