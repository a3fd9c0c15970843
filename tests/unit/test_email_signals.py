"""What a rejection email says in many wordings: stage, reapply window, feedback, role, company."""
# ruff: noqa: E501

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 20)


def eml(sender: str, subject: str, body: str, d: str = "Mon, 16 Nov 2026 09:00:00 +0000") -> bytes:
    return (f"From: {sender}\nSubject: {subject}\nDate: {d}\n\n" + body).encode()


CASES = [
    # (input, field, want)
    (
        eml(
            "jobs@acme.com",
            "Re: your candidacy",
            "Hi Jo,\n\nUnfortunately, after your onsite we will not extend an offer for the Product Designer role.\n\nAcme Recruiting\n",
        ),
        "stage",
        "final",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nThanks for completing the HackerRank challenge for the Backend Engineer role. We will not proceed.\n\nAcme\n",
        ),
        "stage",
        "technical",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nThank you for the screening call with our recruiter. We will not proceed.\n\nAcme\n",
        ),
        "stage",
        "phone_screen",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nThank you for the video interview. We will not proceed.\n\nAcme\n",
        ),
        "stage",
        "phone_screen",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nUnfortunately we are unable to progress your application to the next stage.\n\nAcme\n",
        ),
        "stage",
        "application",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nDue to a change in business needs, the role has been put on hold and we are withdrawing the offer.\n\nAcme\n",
        ),
        "stage",
        "offer",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nAfter meeting the whole team on Friday, we have decided to go another way.\n\nAcme\n",
        ),
        "stage",
        "final",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nThank you for the second-round interview. We will not proceed.\n\nAcme\n",
        ),
        "stage",
        "final",
    ),
    # reapply
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo.\n\nYou may reapply after six months have passed.\n\nAcme\n",
        ),
        "reapply_after",
        "2027-05-16",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. Candidates can reapply 12 months from the date of this email.\n\nAcme\n",
        ),
        "reapply_after",
        "2027-11-16",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. We'll keep your details on file for the next 6 months.\n\nAcme\n",
        ),
        "reapply_after",
        "2027-05-16",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. Please wait at least 3 months before applying again.\n\nAcme\n",
        ),
        "reapply_after",
        "2027-02-16",
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. You are welcome to apply again in the future.\n\nAcme\n",
        ),
        "reapply_after",
        None,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. We had over 300 applications in 2 weeks.\n\nAcme\n",
        ),
        "reapply_after",
        None,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. Feel free to apply again in half a year.\n\nAcme\n",
        ),
        "reapply_after",
        "2027-05-16",
    ),
    # feedback
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. Unfortunately, we are not able to provide feedback at this time.\n\nAcme\n",
        ),
        "feedback_invited",
        False,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. If you have any questions, please do not reply to this email as it is not monitored.\n\nAcme\n",
        ),
        "feedback_invited",
        False,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. Let me know if you'd like to chat about how the interviews went.\n\nAcme\n",
        ),
        "feedback_invited",
        True,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. I'm more than happy to provide feedback.\n\nAcme\n",
        ),
        "feedback_invited",
        True,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. Feedback is available on request.\n\nAcme\n",
        ),
        "feedback_invited",
        True,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. We wish you luck and thank you for your interest.\n\nAcme\n",
        ),
        "feedback_invited",
        False,
    ),
    (
        eml(
            "jobs@acme.com",
            "Application",
            "Hi Jo,\n\nNo. Feel free to reach out if there's anything I can help with.\n\nAcme\n",
        ),
        "feedback_invited",
        True,
    ),
    # role and company
    (
        eml(
            "Talent <talent@northwind.io>",
            "Northwind | Senior Product Manager, Payments",
            "Hi Jo,\n\nThank you for applying. We will not proceed.\n\nNorthwind Talent\n",
        ),
        "role",
        "Senior Product Manager, Payments",
    ),
    (
        eml(
            "Talent <talent@northwind.io>",
            "Your application",
            "Hi Jo,\n\nThanks for your interest in joining us as a Senior Product Manager. We will not proceed.\n\nNorthwind Talent\n",
        ),
        "role",
        "Senior Product Manager",
    ),
    (
        eml(
            "Talent <talent@northwind.io>",
            "Your application",
            "Hi Jo,\n\nThanks for applying to be our next Head of Growth. We will not proceed.\n\nNorthwind Talent\n",
        ),
        "role",
        "Head of Growth",
    ),
    (
        eml(
            "no-reply@greenhouse.io",
            "Thank you for applying to Blue Heron Analytics",
            "Hi Jo,\n\nWe will not proceed with your application for Data Scientist II.\n\nBlue Heron Analytics\n",
        ),
        "company",
        "Blue Heron Analytics",
    ),
    (
        eml(
            "no-reply@greenhouse.io",
            "Your application",
            "Hi Jo,\n\nThank you for applying for the Data Scientist II role at Blue Heron. We will not proceed.\n\nBest,\nRecruiting\n",
        ),
        "company",
        "Blue Heron",
    ),
    (
        eml(
            "hr@the-loft-collective.com",
            "Your application",
            "Hi Jo,\n\nThank you for applying to The Loft Collective. We will not proceed.\n\nBest,\nHR\n",
        ),
        "company",
        "The Loft Collective",
    ),
    (
        eml(
            "ana@acme.io",
            "Re: Engineer",
            "Hi Jo,\n\nNo news is bad news here; we are going with someone else.\n\nAna Lopes\nCEO & Co-founder, ACME\n",
        ),
        "company",
        "ACME",
    ),
]


@pytest.mark.parametrize(("data", "field", "want"), CASES)
def test_each_wording_gives_the_field(data: bytes, field: str, want: object) -> None:
    assert guess_from_email(data, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("line", "sent"),
    [
        ("Sent: 16/11/2026 14:02", "2026-11-16"),
        ("Sent: Mon 11/16/2026 2:02 PM", "2026-11-16"),
        ("Date: 16.11.2026 14:02", "2026-11-16"),
        ("Sent: 03/11/2026 09:00", None),  # 3 November or 11 March: not guessed
        ("On 16 Nov 2026, at 14:02, Ana Lopes <ana@acme.com> wrote:", "2026-11-16"),
        ("On Mon, Nov 16, 2026 at 4:05 PM Ana Lopes <ana@acme.com> wrote:", "2026-11-16"),
        ("On Tue, 17 Nov 2026 09:00:00 +0000, Ana Lopes <ana@acme.com> wrote:", "2026-11-17"),
        ("Am 16.11.2026 um 14:02 schrieb Ana Lopes <ana@acme.com>:", "2026-11-16"),
    ],
)
def test_the_day_sent_in_a_pasted_copy(line: str, sent: str | None) -> None:
    sender = "" if line.startswith(("On ", "Am ")) else "From: Ana Lopes <ana@acme.com>\n"
    text = f"{sender}{line}\nSubject: Analyst\n\nHi Jo,\n\nNot this time.\n\nAna Lopes\nAcme\n"
    guess = guess_from_email(text, date(2026, 11, 26))
    assert guess.to_json()["date"] == sent
    assert guess.contact == "Ana Lopes"


def test_a_rejection_written_in_german_or_spanish_gives_role_and_stage() -> None:
    german = (
        "From: Katrin Vogel <k.vogel@bergmann-auto.de>\nSubject: Ihre Bewerbung als Data Engineer\n"
        "Content-Type: text/plain; charset=utf-8\n\nSehr geehrter Herr Novak,\n\nvielen Dank für "
        "Ihre Bewerbung als Data Engineer und das Vorstellungsgespräch. Leider haben wir uns anders "
        "entschieden.\n\nMit freundlichen Grüßen\n\nKatrin Vogel\nBergmann Automotive GmbH\n"
    ).encode()
    guess = guess_from_email(german, TODAY)
    assert (guess.company, guess.contact, guess.role) == (
        "Bergmann Automotive",
        "Katrin Vogel",
        "Data Engineer",
    )
    assert guess.to_json()["stage"] == "phone_screen"
    spanish = (
        "Estimado Jo,\n\nGracias por su candidatura al puesto de Analista Financiero. "
        "Lamentamos informarle que no ha sido seleccionado.\n\nCordial saludo,\n"
        "María López\nGrupo Andino S.A.S.\n"
    )
    guess = guess_from_email(spanish, TODAY)
    # Thanking for the application and saying no tells nothing of how far it got
    # (the outside writers label such emails with no stage); reading the CV does.
    assert (guess.contact, guess.role, guess.to_json()["stage"]) == (
        "María López",
        "Analista Financiero",
        None,
    )
    read = spanish.replace("Lamentamos", "Tras revisar su CV, lamentamos")
    assert guess_from_email(read, TODAY).to_json()["stage"] == "application"


def test_a_job_whose_first_word_is_a_common_one_is_still_the_role() -> None:
    text = "Hi Jo,\n\nThank you for the interview for the Process Engineer role. We will not proceed.\n"
    assert guess_from_email(text, TODAY).role == "Process Engineer"
    text = (
        "Hi Jo,\n\nAfter reviewing all candidates, the committee has selected another applicant.\n"
    )
    assert guess_from_email(text, TODAY).to_json()["stage"] == "application"


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("You were one of the last two candidates for the Analyst role.", "final"),
        ("We spoke with your references and decided not to proceed.", "final"),
        ("You were a very close second.", "final"),
        ("Following the background check, we are unable to proceed with your employment.", "offer"),
        ("Thanks for the HackerRank test.", "technical"),
        ("Thanks for the design challenge.", "technical"),
        ("Please send us your references.", None),
        ("Thanks for connecting with me earlier this week.", "phone_screen"),
        ("Thank you for taking the time to meet with our hiring manager.", "phone_screen"),
        ("Thank you for your time across all three interview rounds.", "final"),
        ("We are unable to proceed with the offer we extended to you.", "offer"),
        ("Thanks for jumping on Zoom with the team on Monday.", "phone_screen"),
        (
            "Thank you for the first round of case interviews. We will not be inviting you "
            "to the second round.",
            "technical",
        ),
        # Naming the application is not saying how far it got; reading it is.
        ("Thanks for your interest. We've decided not to go further with your application.", None),
        (
            "Thank you for your application. We have reviewed it carefully; not this time.",
            "application",
        ),
        ("We loved your cover letter, but the position is filled.", "application"),
        ("Thanks for the afternoon you spent with the team in Leeds.", "final"),
        (
            "Our notes on the exercise stay inside the panel. Thanks for the async exercise.",
            "technical",
        ),
        ("Thanks for sharing your GitHub projects.", "portfolio"),
    ],
)
def test_more_ways_to_say_how_far_it_got(sentence: str, stage: str | None) -> None:
    assert guess_from_email(f"Hi Jo,\n\n{sentence}\n", TODAY).to_json()["stage"] == stage


def test_an_offer_to_talk_with_the_contact_words_first() -> None:
    text = "Hi Jo,\n\nPlease reach out to me directly if you would like to talk about it.\n"
    assert guess_from_email(text, TODAY).feedback_invited is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly feel free to revert in case of any queries.",
        "Do feel free to drop me a line if you'd like a word about it.",
    ],
)
def test_politer_invitations_to_ask(sentence: str) -> None:
    assert guess_from_email(f"Hi Jo,\n\nNo.\n\n{sentence}\n", TODAY).feedback_invited is True


def test_a_two_line_note_from_a_person_at_their_own_domain() -> None:
    data = b"From: Gary Nolan <gary@nolanplumbing.ie>\nSubject: Re: apprentice\n\nSam, position's gone. Sorry. Gary"
    guess = guess_from_email(data, TODAY)
    assert (guess.company, guess.contact, guess.role) == (
        "Nolanplumbing",
        "Gary Nolan",
        "Apprentice",
    )


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        ("We can't reconsider candidates for the same team within two quarters.", "2027-05-20"),
        ("We ask folks to wait a full calendar year before re-interviewing.", "2027-11-20"),
        ("We staff up again roughly every nine months, so try us again then.", "2027-08-20"),
    ],
)
def test_more_ways_to_say_when_to_apply_again(sentence: str, after: str) -> None:
    guess = guess_from_email(f"Hi Jo,\n\nNot this time.\n\n{sentence}\n", TODAY)
    assert guess.to_json()["reapply_after"] == after


def test_a_reply_on_top_of_the_applicants_own_question_is_the_rejection() -> None:
    text = (
        "sam <sam@lanternyard.example>\n\nhey Mia,\n\nwe're going with someone else, so it's a "
        "no from us this time.\n\nsam\nlantern yard games\n\n"
        "On Tue, Nov 10, 2026 at 9:30 AM Mia Ford <mia@example.org> wrote:\n"
        "> Hi Sam, any news on the Senior Illustrator role? I sent my portfolio.\n> Mia\n"
    )
    got = guess_from_email(text, TODAY).to_json()
    assert got["contact"] != "Mia Ford"
    # The quoted question still names the job and the step.
    assert (got["role"], got["stage"]) == ("Senior Illustrator", "portfolio")


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Senior Payroll Specialist - Manchester", "Senior Payroll Specialist"),
        ("Software Engineer II - Seattle", "Software Engineer II"),
        ("Senior Brand Designer (Remote)", "Senior Brand Designer"),
        ("Lecturer in Marine Biology (Ref: SCI0931)", "Lecturer in Marine Biology"),
        ("Your Staff Data Engineer candidacy", "Staff Data Engineer"),
    ],
)
def test_where_and_how_a_job_is_done_is_not_its_name(subject: str, role: str) -> None:
    text = f"Subject: {subject}\n\nHi Jo,\n\nUnfortunately we will not move forward.\n\nAna\n"
    assert guess_from_email(text, TODAY).role == role


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Hi,\n\nI've decided to give the head baker job to Priyesh.\n", "role", "Head Baker"),
        (
            "Hi,\n\nYou may submit a new application after six (6) months.\n",
            "reapply_after",
            "2027-05-20",
        ),
        (
            "Hi,\n\nWe'll keep your portfolio on record for the next twelve months.\n",
            "reapply_after",
            "2027-11-20",
        ),
        ("Hi,\n\nNo. For questions, reply to this email.\n", "feedback_invited", True),
        (
            "Hi,\n\nNo. If you'd like me to talk through what I saw, I'm around.\n",
            "feedback_invited",
            True,
        ),
        (
            "Hi,\n\nNo.\n\nOlu Bankole-Hart RIBA\nPractice Director\nHart Studio\n",
            "contact",
            "Olu Bankole-Hart",
        ),
        (
            "Hi,\n\nNo.\n\nKind regards,\nAna Lima\nVia Roma 12\nSt. Brendan's Regional Medical Center\n",
            "company",
            "St. Brendan's Regional Medical Center",
        ),
    ],
)
def test_wordings_from_the_third_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Subject: Customer Success Lead (DACH)\n\nHi,\n\nNo.\n", "role", "Customer Success Lead"),
        ("Subject: Backend Developer (Go)\n\nHi,\n\nNo.\n", "role", "Backend Developer (Go)"),
        (
            "Hi,\n\nYou're welcome back in our process after a six-month break.\n",
            "reapply_after",
            "2027-05-20",
        ),
        (
            "Hi,\n\nYou will be eligible for roles in this job family again from 1 March 2027.\n",
            "reapply_after",
            "2027-03-01",
        ),
        ("Hi,\n\nYou can't resit their assessment for 12 months.\n", "reapply_after", "2027-11-20"),
        (
            "Hi,\n\nThey sent a short report on it. Want me to forward it?\n",
            "feedback_invited",
            True,
        ),
        (
            "Hi,\n\nMarston Hale Insurance have come back to me: no.\n\nBex\nCalloway Recruitment\n",
            "company",
            "Marston Hale Insurance",
        ),
        (
            "Hi,\n\nNo.\n\nBien cordialement,\nBernard Roche\nSociété Nouvelle des Transports Alpins (SNTA)\n",
            "company",
            "Société Nouvelle des Transports Alpins",
        ),
    ],
)
def test_wordings_from_the_fourth_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Hi,\n\nWe won't be bringing you in for a chat this round.\n", "stage", "application"),
        (
            "Hi,\n\nNo.\n\nAoife\n\nPosition: Senior Product Designer (Remote, EU)\nSent via Lever\n",
            "role",
            "Senior Product Designer",
        ),
        ("Subject: Checking in\n\nHi,\n\nNo.\n", "role", None),
        (
            "Hola,\n\nLa empresa Ferreterías Ondarreta S.L. ha descartado tu candidatura.\n\nEmpleoya\n",
            "company",
            "Ferreterías Ondarreta",
        ),
    ],
)
def test_more_wordings_from_the_fourth_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("sentence", "field", "want"),
    [
        (
            "I'm around if you ever want to grab a coffee and chat about it.",
            "feedback_invited",
            True,
        ),
        ("Let me know if there's anything I can help with.", "feedback_invited", True),
        ("Drop me a note if you want the details.", "feedback_invited", True),
        ("We wish you every success in your search.", "feedback_invited", False),
        ("Thanks for chatting with Priya on Tuesday.", "stage", "phone_screen"),
        (
            "Following your second-stage interview, we have decided not to proceed.",
            "stage",
            "final",
        ),
    ],
)
def test_everyday_wordings(sentence: str, field: str, want: object) -> None:
    text = f"Hi Jo,\n\nWe won't move forward.\n\n{sentence}\n\nAna\nAcme\n"
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Hi,\n\nNo.\n\nHappy to talk it through on a call if useful.\n", "stage", None),
        (
            "Subject: About the Head of Finance offer\n\nHi,\n\nI have to take back the offer we made you.\n",
            "role",
            "Head of Finance",
        ),
        (
            "Hi,\n\nI owe you a proper conversation. Call me any time this week.\n",
            "feedback_invited",
            True,
        ),
        (
            "Hi,\n\nYou'd need to sit out a 6-month window before applying again.\n",
            "reapply_after",
            "2027-05-20",
        ),
        ("Hi,\n\nNo.\n\nCastellan Federal Credit Union\n", "contact", None),
    ],
)
def test_wordings_from_the_fifth_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Hi,\n\nYou have not been selected for an interview.\n", "stage", "application"),
        (
            "Hi,\n\nWe've decided not to move you on to the technical interviews.\n",
            "stage",
            "application",
        ),
        (
            "Hi,\n\nPlease wait until this time next year before applying again.\n",
            "reapply_after",
            "2027-11-20",
        ),
        (
            "Hi,\n\nThanks for applying for Ref. 2219 (Events Coordinator).\n",
            "role",
            "Events Coordinator",
        ),
        (
            "Hi,\n\nWe'll keep you in our talent pool for 18 months.\n",
            "reapply_after",
            "2028-05-20",
        ),
        ("Hi,\n\nNo. Give me a ring tomorrow.\n", "feedback_invited", True),
        ("Hi,\n\nNo.\n\nQuestions? Our team will be happy to help.\n", "feedback_invited", True),
        (
            "Subject: Executive Director search\n\nHi,\n\nThe board chose another candidate.\n",
            "role",
            "Executive Director",
        ),
    ],
)
def test_wordings_from_the_sixth_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Hi,\n\nWe aren't going to set up interviews with you, though.\n", "stage", "application"),
        ("Hi,\n\nWe will not be inviting you to our assessment centre.\n", "stage", "application"),
        ("Hi,\n\nGive it another go after 3 months.\n", "reapply_after", "2027-02-20"),
        (
            "Hi,\n\nYour details will stay live in our system until 31 May 2027.\n",
            "reapply_after",
            "2027-05-31",
        ),
    ],
)
def test_wordings_from_the_seventh_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


def test_a_name_before_its_context_is_found_after_a_long_run_of_capitalised_lines() -> None:
    # Such patterns are tried only just before their rest: at every capital of a
    # long paste of names they took minutes (the fuzz test's 115 KB case).
    filler = "Dr. Ann Bo Cy Di Ed Fa\n" * 400
    text = (
        f"Hi Jo,\n\n{filler}\nQuillmoor Analytics has come back to me about the role.\n\nBest,\nSam"
    )
    assert guess_from_email(text, TODAY).company == "Quillmoor Analytics"


@pytest.mark.parametrize(
    ("sentence", "call"),
    [
        ("If you would like feedback on your interviews, I am happy to set up a short call.", True),
        ("Happy to jump on a quick call to go through the feedback.", True),
        ("If it would help, I'm happy to share the panel's feedback.", False),
        ("We are unable to offer a call or feedback at this stage.", False),
        ("Feel free to call me if you have any questions.", False),
    ],
)
def test_a_feedback_call_is_told_from_feedback_by_email(sentence: str, call: bool) -> None:
    from coach.email_signals import feedback_call_offered

    assert feedback_call_offered(sentence) is call
