"""A wait or an offer with a snag is not a rejection; a no about the application still is."""

from __future__ import annotations

import pytest

from coach.email_verdict import NOTHING_SAYS_NO, not_a_rejection


def _as_email(body: str) -> str:
    return f"Subject: Your application\n\nHi Alex,\n\n{body}\n\nBest,\nMorgan"


@pytest.mark.parametrize(
    "body",
    [
        # Still reviewing: the state is "not decided", whatever regret goes with it.
        "Unfortunately things are moving more slowly than we'd hoped: two of the panel are "
        "away, so we won't have an answer for you before the 12th. You're still very much in "
        "the mix.",
        "Sorry for the silence. The hiring manager is still going through the shortlist and "
        "we'll get back to you next week either way.",
        "I'm sorry this is taking so long. Sign-off for the role has been delayed by finance, "
        "but nothing has been decided.",
        "Your candidacy is on hold until the new department head starts on 1 March; she will "
        "want to meet the shortlist, and you are on it.",
        "Regrettably our timeline has slipped: funding approval came late. Your application is "
        "still live and we'll come back to you in early December.",
        "Unfortunately we're a little delayed on our side: the panel won't meet until the 14th. "
        "You remain in consideration and I'll update you after that.",
        # Offers: conditional, or with an "unfortunately" about pay or the start.
        "We'd like to offer you the Analyst role, subject to references. Unfortunately we can't "
        "move the start date earlier than 4 May, as the team lead is away.",
        "Following your interview we are offering you the post of Librarian. Please find the "
        "offer attached. We aren't able to pay relocation, unfortunately.",
        "The panel agreed: the job is yours if you want it. I'm afraid we can't stretch to the "
        "45k you asked for, but 42k plus a review in six months is on the table.",
        "Good news! The hiring committee approved your offer today. Unfortunately we can't "
        "match your current bonus, but the base salary is 10% higher.",
        "We are pleased to make you a conditional offer of a place on our 2027 Graduate "
        "Scheme, subject to your degree result.",
    ],
)
def test_a_wait_or_an_offer_with_a_snag_is_not_a_rejection(body: str) -> None:
    text = _as_email(body)
    assert not_a_rejection(text, text) != ""


@pytest.mark.parametrize(
    "body",
    [
        # A rejection offering a call, another role, the talent pool, another vacancy.
        "We've reached a decision and will be making an offer to another candidate. I'd be "
        "happy to arrange a short call to pass on feedback - let me know a time that suits.",
        "I promised an update by Friday. We've decided to offer the role to a candidate with "
        "more agency experience. I'd be happy to talk you through the panel's notes - what "
        "times suit?",
        "We went with a candidate who had more payroll experience. Would you be open to a "
        "similar role in our Leeds office? I could put you forward.",
        "I'm afraid the panel felt others were closer to what we need. We'd like to keep your "
        "details in our talent pool and would love to invite you to apply for future roles.",
        "We've chosen to go another way for the Designer role. That said, a Junior Designer "
        "vacancy opens soon; the next steps would be a quick call if you're keen.",
        "After reviewing all applications, the hiring team has chosen to proceed with other "
        "candidates. Your profile will remain active in our system for other vacancies.",
        # An offer withdrawn, a role on hold, the job given to someone else.
        "Your offer letter was sent in error; please disregard it. The post was given to "
        "another applicant last week, and we apologise for the confusion.",
        "I'm sorry to tell you that the offer we made on 3 May has to be withdrawn following "
        "the outcome of your pre-employment checks.",
        "The role has been put on hold until next year, so we are closing all applications. "
        "We'll be in touch by the end of January if it reopens.",
        "Our finance team has frozen all open headcount for Q1, and that includes this role. "
        "I'm not able to send the written offer we discussed.",
    ],
)
def test_a_no_about_the_application_stays_a_rejection_whatever_else_it_says(body: str) -> None:
    text = _as_email(body)
    assert not_a_rejection(text, text) == ""


@pytest.mark.parametrize(
    "body",
    [
        "Please complete the online test below. Wear non-slip shoes for the trial shift on "
        "Saturday; we'd like you to do it from 5pm.",
        "Thanks for referring your friend for the Support role. If he's hired and stays three "
        "months, you'll get the referral bonus.",
    ],
)
def test_a_no_inside_a_condition_or_another_languages_word_says_nothing(body: str) -> None:
    text = _as_email(body)
    assert not_a_rejection(text, text) != ""


@pytest.mark.parametrize(
    ("body", "why"),
    [
        # An offer is news for the reader only when it is made to the reader.
        (
            "Thanks for the seminar you gave us on Thursday. The panel has put forward a "
            "different applicant for the Lecturer post, and he has accepted our offer. I'm "
            "sorry this isn't the outcome you hoped for.",
            "",
        ),
        (
            "Thank you for the trial shift. We made a verbal offer to another candidate on "
            "Monday, so I'm afraid the Sous Chef job is taken. Would you like to stay on our "
            "list for the spring?",
            "",
        ),
        (
            "Now that you've accepted the offer, HR will send your contract and a start date "
            "this week.",
            "it reads like a job offer",
        ),
        (
            "Thank you for accepting our offer of the Lecturer post; the contract follows.",
            "it reads like a job offer",
        ),
    ],
)
def test_an_offer_counts_only_when_it_is_made_to_the_reader(body: str, why: str) -> None:
    text = _as_email(body)
    assert not_a_rejection(text, text) == why


@pytest.mark.parametrize(
    ("body", "goes_on"),
    [
        # A wait in German: the choice not yet made, the reader still in it, a delay.
        (
            "vielen Dank für Ihre Geduld. Leider hat sich die Auswahl für die Stelle im "
            "Einkauf verzögert. Die Entscheidung ist noch nicht gefallen, und Sie sind "
            "weiterhin im Rennen.",
            True,
        ),
        # A wait in Spanish while others are interviewed: the process, not a no.
        (
            "seguimos con el proceso para el puesto de Analista. Estamos entrevistando a otros "
            "candidatos esta semana y todavía no hemos tomado ninguna decisión.",
            True,
        ),
        # A no denied is not a no.
        (
            "To answer your question: you have not been unsuccessful. The panel is still "
            "reviewing the shortlist and we will write by the 9th.",
            True,
        ),
        # A new day put to the reader, and a test ready to take.
        (
            "Sorry, the panel lost a member for Tuesday. Would Wednesday at 2pm or Friday "
            "morning work for you instead?",
            True,
        ),
        (
            "Your data challenge is ready: 60 minutes, two questions. You can't pause it once "
            "you start, so pick a quiet hour.",
            True,
        ),
        # The same wording around a real no keeps it a no.
        (
            "We've decided not to move forward with your application. Would Monday at 10am "
            "work for a short feedback call?",
            False,
        ),
        (
            "leider hat sich die Auswahl verzögert, und wir haben uns nun für eine andere "
            "Kandidatin entschieden.",
            False,
        ),
        # Spanish "no" to the reader's fit, beside a decision still to come, is the no.
        (
            "todavía no hemos tomado una decisión final sobre el puesto, pero lamentablemente "
            "su perfil no encaja con lo que buscamos.",
            False,
        ),
    ],
)
def test_a_wait_a_new_day_or_a_test_to_take_reads_as_going_on(body: str, goes_on: bool) -> None:
    text = _as_email(body)
    # Going on is said outright: "nothing in it says no" would be a guess.
    assert (not_a_rejection(text, text) not in ("", NOTHING_SAYS_NO)) is goes_on
