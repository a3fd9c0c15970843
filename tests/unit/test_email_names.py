"""Who wrote a rejection email: names in every form a sender or a signature gives them."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email
from coach.email_names import greeting_name, same_person, tidy_name

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("written", "tidy"),
    [
        ("Okafor, Chiamaka", "Chiamaka Okafor"),
        ("marta kowalski", "Marta Kowalski"),
        ("DANIEL FROST", "Daniel Frost"),
        ("Dr. Rahul Mehta", "Rahul Mehta"),
        ("Mrs. P. Aldridge", "P. Aldridge"),
        ("i.A. Katrin Vogel", "Katrin Vogel"),
        ("Alex Rivera (they/them)", "Alex Rivera"),
        ("Laura Kim, SHRM-CP", "Laura Kim"),
        ("anna-lena fischer-brandt", "Anna-Lena Fischer-Brandt"),
        ("Jonathan R. Pierce", "Jonathan R. Pierce"),
        ("Nguyễn Thị Lan", "Nguyễn Thị Lan"),
    ],
)
def test_a_name_is_tidied_as_a_person_writes_it(written: str, tidy: str) -> None:
    assert tidy_name(written) == tidy


@pytest.mark.parametrize(
    ("contact", "greeting"),
    [
        ("Dana Whitfield", "Dana"),
        ("dana whitfield", "Dana"),
        ("Jonathan R. Pierce", "Jonathan"),
        ("K. Michael Thornton", "Michael"),
        ("Anna-Lena Fischer-Brandt", "Anna-Lena"),
        ("Okafor, Chiamaka", "Chiamaka"),
        # A title stays, with the surname only.
        ("Ms. Okafor", "Ms. Okafor"),
        ("Dr Helen Marsh", "Dr Marsh"),
        ("dr. maarten van der berg", "Dr. van der Berg"),
        ("Mrs. P. Aldridge", "Mrs. Aldridge"),
        # No first name known, or not a person: as written.
        ("P. Aldridge", "P. Aldridge"),
        # A surname and an initial: never the surname as if it were a first name.
        ("Smith, J.", "J. Smith"),
        ("Smith, J", "J Smith"),
        # Titles in other languages go; an address book's "Last, First Dr." turns round.
        ("Mag. Verena Hofer", "Verena"),
        ("Frau Dr. Anna Roth", "Anna"),
        ("Mme Hélène Duval", "Hélène"),
        ("Dott.ssa Giulia Romano", "Giulia"),
        ("Keller, Matthias Dr.", "Matthias"),
        ("The Talent Team", "The Talent Team"),
        ("[b]Dana[/b]", "[b]Dana[/b]"),
        ("", ""),
    ],
)
def test_a_reply_greets_by_first_name_or_title_and_surname(contact: str, greeting: str) -> None:
    assert greeting_name(contact) == greeting


def test_a_short_signature_is_the_fuller_names_owner() -> None:
    assert same_person("Dana", "Dana Whitfield")
    assert same_person("Sam", "Samantha Cole")
    assert same_person("Seun", "Oluwaseun Adeyemi")
    assert same_person("J.", "Jordan Blake")
    assert not same_person("Tom", "Dana Whitfield")
    assert not same_person("Ana Lopes", "Ana Lopes Silva")


def eml(sender: str, body: str, subject: str = "Your application") -> bytes:
    return (
        f"From: {sender}\nTo: me@example.org\nSubject: {subject}\n"
        f"Date: Mon, 16 Nov 2026 09:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}"
    ).encode()


REJECTION = (
    "Hi Jo,\n\nThank you for the interview for the Analyst role. We will not move forward.\n\n"
)


@pytest.mark.parametrize(
    ("sender", "signature", "contact"),
    [
        # The fuller display name over a first name or an initial.
        (
            "Dana Whitfield via Greenhouse <no-reply@greenhouse.io>",
            "Best,\nDana\n",
            "Dana Whitfield",
        ),
        ("Jordan Blake <jordan@fieldnote.app>", "Best,\nJ.\n", "Jordan Blake"),
        (
            '"Okafor, Chiamaka" <c.okafor@brightwater.com>',
            "Regards,\nChiamaka\n",
            "Chiamaka Okafor",
        ),
        # The signature over a display name in capitals or family-name first.
        ("SATO Yuki <yuki@kumo.jp>", "Sincerely,\nYuki Sato\nKumo Games\n", "Yuki Sato"),
        # A mailbox is nobody; the person who signs is the contact.
        ("Careers <no-reply@fernhill.com>", "Thanks,\nPriya Raman\nRecruiter\n", "Priya Raman"),
        # A team is not a person, wherever it is written.
        ("The Talent Team <talent@quarrystone.io>", "The Talent Team\nQuarrystone\n", ""),
        ("Quarrystone Recruiting <jobs@quarrystone.io>", "Best,\nRecruiting Team\n", ""),
        # Titles, pronouns and letters after a name are not part of it.
        ("hr@verity.com", "Best regards,\nDr. Rahul Mehta\nHead of Research\n", "Dr. Rahul Mehta"),
        ("a@b-corp.com", "Warmly,\nAlex Rivera (they/them)\nDesign Director\n", "Alex Rivera"),
        (
            "a@b-corp.com",
            "Mit freundlichen Grüßen\n\ni.A. Katrin Vogel\nRecruiting\n",
            "Katrin Vogel",
        ),
        ("a@b-corp.com", "Cheers,\nmarta kowalski\neng manager\n", "Marta Kowalski"),
        ("a@b-corp.com", "Regards,\n\nDANIEL FROST\nEarly Careers Manager\n", "Daniel Frost"),
        ("a@b-corp.com", "Beste Grüße\nStefan Braun\n", "Stefan Braun"),
        ("a@b-corp.com", "Best,\nRenée D’Angelo\nSupervisor\n", "Renée D’Angelo"),
        ("a@b-corp.com", "Best,\nDeclan O'Rourke\n", "Declan O'Rourke"),
        ("a@b-corp.com", "Best,\nMaarten van der Berg\n", "Maarten van der Berg"),
        ("a@b-corp.com", "Best,\nJi-won Kim\n", "Ji-won Kim"),
        # A short signature for the fuller sender: initials, title and surname, a nickname.
        ("Jean-Pierre Dubois <jp@acme.fr>", "Cordialement,\nJP\n", "Jean-Pierre Dubois"),
        ("Ms. Adaeze Okafor <a.okafor@acme.ng>", "Yours,\nMs. Okafor\n", "Ms. Adaeze Okafor"),
        ("Elizabeth Hargreaves <liz@thimble.co.uk>", "Liz x\n", "Elizabeth Hargreaves"),
        # A first name signed from first.last@ is the whole name.
        ("Acme Careers <sarah.cho@acme.com>", "Thanks,\nSarah\n", "Sarah Cho"),
        # A sign-off in words of its own, and an emoji after the name.
        ("careers@acme.com", "Best wishes for your search,\nSarah Cho\nRecruiter\n", "Sarah Cho"),
        ("careers@acme.com", "On behalf of the hiring team,\nSarah Cho\n", "Sarah Cho"),
        ("sarah@acme.com", "Best,\nSarah Cho 🌱\nRecruiter\n", "Sarah Cho"),
        # A surname in capitals, a suffix, the job before the name, a company after it.
        ("Camille DUBOIS <c.dubois@lumen.fr>", "Cordialement,\nCamille DUBOIS\n", "Camille Dubois"),
        ("Robert Hale Jr. <rhale@hale.com>", "Robert Hale Jr.\nHale & Sons\n", "Robert Hale Jr."),
        (
            "hr@castellan.com",
            "Yours,\n\nHR Manager, Priti Shah\nCastellan Civil Ltd\n",
            "Priti Shah",
        ),
        ("hr@castellan.com", "Yours,\n\nHR Manager\nCastellan Civil Ltd\n", ""),
        # A team's email that names its person under the team.
        (
            "talent@verdant.com",
            "Best,\n\nVerdant Talent Team\nCoordinated by Jasmine Ortiz\n",
            "Jasmine Ortiz",
        ),
        (
            "jobs@kings.ac.uk",
            "Yours,\nRecruitment Team\non behalf of Professor Ruth Bell\n",
            "Ruth Bell",
        ),
        # Two people sign together; a sign-off, name and company on one line.
        ("Hiring at Fieldstone <hiring@fieldstone.co>", "Warmly,\nRachel & Tom\n", "Rachel"),
        ("a@b-corp.com", "Kind regards, Lucy Fraser - Ember & Oak\n", "Lucy Fraser"),
        ("a@b-corp.com", "Best,\n\n**Hannah Liu**\nTalent Partner\n", "Hannah Liu"),
        (
            "careers@ostara.health",
            "Respectfully,\nOstara Health | Carmen Diaz, Recruiter\n",
            "Carmen Diaz",
        ),
        (
            "Michael Okonkwo <m.okonkwo@zenith.com>",
            "Regards,\nM. Okonkwo\nZenith Grid\n",
            "Michael Okonkwo",
        ),
        ("Biology Search Committee <bio@hollins.edu>", "Sincerely,\nThe Hiring Committee\n", ""),
        (
            "Pinecone Bakery <no-reply@bamboohr.com>",
            "All the best,\nRosa & the Pinecone crew\n",
            "Rosa",
        ),
    ],
)
def test_the_contact_is_the_person_who_wrote(sender: str, signature: str, contact: str) -> None:
    guess = guess_from_email(eml(sender, REJECTION + signature), TODAY)
    assert guess.contact == contact


def test_a_person_named_only_in_the_text() -> None:
    body = (
        "Hello Amir,\n\nI'm Rebecca Osei, the recruiter for this role, and we won't be "
        "moving you forward.\n\nFernhill Careers\n"
    )
    assert guess_from_email(eml("Fernhill <no-reply@fernhill.com>", body), TODAY).contact == (
        "Rebecca Osei"
    )
    note = "Hi Ben, Olu here from Greenway Landscaping. We've filled the crew lead spot."
    guess = guess_from_email(note, TODAY)
    assert (guess.contact, guess.company, guess.role) == (
        "Olu",
        "Greenway Landscaping",
        "Crew Lead",
    )


def test_a_forwarded_sender_written_last_name_first_is_one_person() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Chen, Wei <wei.chen@orchidpay.com>\n"
        "Date: Tue, Nov 10, 2026 at 2:31 PM\nSubject: Staff Engineer\nTo: <k@gmail.com>\n\n"
        "Hi Kofi,\n\nWe will not extend an offer.\n\nRegards,\nWei\n"
    )
    guess = guess_from_email(text, TODAY)
    assert guess.contact == "Wei Chen"
    assert guess.company == "Orchidpay"


def test_an_agency_recruiter_writes_about_the_client() -> None:
    body = (
        "Hi Rob,\n\nThornbury Foods have decided to go with another candidate for the "
        "Finance Partner role after your interview with Thornbury Foods.\n\n"
        "Gemma Hollis\nSenior Consultant | Brookfield Search\n"
    )
    guess = guess_from_email(eml("Gemma Hollis <gemma@brookfield-search.co.uk>", body), TODAY)
    assert (guess.company, guess.contact) == ("Thornbury Foods", "Gemma Hollis")


def test_names_in_a_linkedin_message_and_a_note_without_capitals() -> None:
    linkedin = (
        "Priyanka Desai\nTalent Partner at Quillon\n\nHi Jo, thanks for your patience. "
        "They decided not to move forward with the Analytics Engineer role."
    )
    guess = guess_from_email(linkedin, TODAY)
    assert (guess.contact, guess.company) == ("Priyanka Desai", "Quillon")
    note = (
        "hey jo its mike from lakeside auto. we went with someone else for the service "
        "advisor spot, sorry man. keep in touch"
    )
    guess = guess_from_email(note, TODAY)
    assert (guess.contact, guess.company, guess.role) == (
        "Mike",
        "Lakeside Auto",
        "Service Advisor",
    )


def test_letters_after_a_name_and_a_bare_job_word_are_not_the_company() -> None:
    body = REJECTION + "Best,\nDr. Sam Lee, PhD\nHead of Data\n"
    assert guess_from_email(eml("Recruiting <recruiting@acme.com>", body), TODAY).company == "Acme"
    body = REJECTION + "Regards,\nHiring Manager\n"
    guess = guess_from_email(eml("Hiring Manager <hm@acme.com>", body), TODAY)
    assert (guess.company, guess.contact) == ("Acme", "")


def test_a_person_in_the_reply_to_of_a_mailbox_email() -> None:
    data = (
        "From: Oakridge Careers <noreply@oakridgebank.com>\n"
        "Reply-To: Samuel Lee <samuel.lee@oakridgebank.com>\nSubject: Your application\n\n"
        + REJECTION
        + "Oakridge Bank Talent Acquisition\n"
    ).encode()
    assert guess_from_email(data, TODAY).contact == "Samuel Lee"


def test_a_nickname_in_quotes_is_not_part_of_the_name() -> None:
    assert tidy_name('Robert "Bobby" Tan') == "Robert Tan"


def test_a_first_name_signed_is_made_whole_from_the_copys_sender_line() -> None:
    copied = (
        "Re: Office Manager role\n\nSandra Kowalczyk\nNov 19, 2026, 6:02 PM\nto me\n\n"
        "Hi Jordan,\n\nWe've offered the Office Manager position to someone else.\n\n"
        "Best wishes,\nSandra\nKowalczyk Family Dental\n"
    )
    guess = guess_from_email(copied, TODAY)
    assert (guess.contact, guess.company) == ("Sandra Kowalczyk", "Kowalczyk Family Dental")


def test_an_agency_recruiter_who_signs_twice_and_hears_back_from_the_client() -> None:
    note = (
        "Hi Jordan,\n\nI heard back from Peregrine Logistics about the Transport Planner role, "
        "and they've decided not to take your application forward to interview.\n\nThanks,\n"
        "Marco\n\nMarco Bellini\nRecruitment Consultant | Harbour Talent Partners\n"
    )
    guess = guess_from_email(note, TODAY)
    assert (guess.company, guess.contact) == ("Peregrine Logistics", "Marco Bellini")
    assert guess.to_json()["stage"] == "application"


def test_a_reply_on_top_of_the_rejection_names_the_one_who_wrote_it() -> None:
    pasted = (
        "Thank you for letting me know, Alan.\n\n"
        "On Mon, Nov 23, 2026 at 9:14 AM Alan Cheng <alan@sparrowhq.com> wrote:\n\n"
        "> Hi Sam,\n>\n> We've decided to go with another candidate.\n>\n> Alan\n"
        "> Head of Design, Sparrow\n"
    )
    guess = guess_from_email(pasted, TODAY)
    assert guess.contact == "Alan Cheng"
    assert guess.to_json()["date"] == "2026-11-23"


def test_a_job_in_the_subject_is_never_the_company() -> None:
    data = (
        b"From: Marcus Webb <marcus@webbelectric.com>\nSubject: Re: Apprentice Electrician\n\n"
        b"Alex, thanks for coming out to the job site Friday. We went with another apprentice. "
        b"Call me in the spring.\n\nMarcus\n\nSent from my iPhone\n"
    )
    guess = guess_from_email(data, TODAY)
    assert (guess.company, guess.contact, guess.role) == (
        "Webbelectric",
        "Marcus Webb",
        "Apprentice Electrician",
    )
    assert guess.feedback_invited is False


def test_a_signature_over_a_logos_words() -> None:
    body = (
        "Hi Drew,\n\nThanks for speaking with the risk team. We won't be moving forward.\n\n"
        "Neha Kapoor\nSenior Talent Partner\n\nFINCHPAY\nPayments, simplified.\n"
    )
    guess = guess_from_email(eml("Neha Kapoor <neha.kapoor@finchpay.com>", body), TODAY)
    assert guess.contact == "Neha Kapoor"
    assert guess.to_json()["stage"] == "phone_screen"


def test_a_hiring_managers_note_on_a_forwarded_team_rejection() -> None:
    pasted = (
        "Hi Drew, forwarding the official note below. Let me know if you want to talk it "
        "through.\n\nGabriel Santos\nHiring Manager, Ledgerline\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ledgerline Careers <careers@ledgerline.com>\n"
        "Date: Sat, Nov 21, 2026 at 9:00 AM\nSubject: Your application: Financial Controller\n\n"
        "Dear Drew,\n\nWe have decided to proceed with another candidate.\n\n"
        "Ledgerline Talent Team\n"
    )
    guess = guess_from_email(pasted, TODAY)
    assert (guess.company, guess.contact, guess.feedback_invited) == (
        "Ledgerline",
        "Gabriel Santos",
        True,
    )
    # An applicant's own note to self is not the company's.
    own = pasted.replace("Gabriel Santos\nHiring Manager, Ledgerline", "Drew Lee\ndrew@example.org")
    assert guess_from_email(own, TODAY).contact == ""


def test_a_signature_under_the_dash_dash_mark_names_the_writer_and_company() -> None:
    text = (
        "hey Ottilie,\n\nthanks for the call, but it's not the right match.\n\nGabe\n--\n"
        "Gabe Lindqvist\nHead of Data, Fernhill Pay\n"
    )
    got = guess_from_email(text, date(2026, 11, 20)).to_json()
    assert (got["company"], got["contact"]) == ("Fernhill Pay", "Gabe Lindqvist")


def test_a_team_email_sent_on_behalf_of_a_person_names_them() -> None:
    text = (
        "Hi Val,\n\nWe have decided not to move forward.\n\n"
        "Sent on behalf of Rafael Quintero-Lobo, Engineering Manager\nThistledown Systems\n"
    )
    assert guess_from_email(text, date(2026, 11, 20)).contact == "Rafael Quintero-Lobo"


def test_a_reply_that_went_another_direction_is_the_rejection_in_a_chain() -> None:
    text = (
        "From: Tobias Berg <tobias@juniper.example>\nSubject: Re: Following up\n\n"
        "Hi Sinead,\n\nWe went another direction after the panel.\n\nCheers,\nTobias\n\n"
        "On Fri, 13 Nov 2026 at 17:40, Sinead Gallagher <sinead@example.org> wrote:\n"
        "> Hi Tobias, any news?\n> Sinead\n"
    )
    assert guess_from_email(text, date(2026, 11, 20)).contact != "Sinead Gallagher"
