"""The company an email names when it is written the hard ways, and no person where none wrote."""

from __future__ import annotations

from datetime import date
from email import policy
from email.message import EmailMessage

import pytest

from coach.email_domain import applicant_system_slug, spelled_out
from coach.email_firms import legal_names, split_signature_line
from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 26)


def eml(sender: str, subject: str, body: str, html: str = "") -> bytes:
    """An .eml as a mail client saves it; with html, an HTML part only."""
    message = EmailMessage(policy=policy.default)
    message["From"] = sender
    message["To"] = "me@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 24 Nov 2026 10:00:00 +0000"
    if html:
        message.set_content(html, subtype="html")
    else:
        message.set_content(body)
    return bytes(message)


# Each: the email, then the company and the contact it should give ("" for no person).
COMPANIES = [
    pytest.param(
        eml(
            "Owen Pryce <owen@larchwoodsearch.co.uk>",
            "Warehouse Lead - update",
            "Hi Sam,\n\nThanks for the call about the Warehouse Lead vacancy with my client, "
            "Tollgate Foods.\n\nThey have decided to go with someone who has run a night shift "
            "before.\n\nRegards,\n\nOwen Pryce\nSenior Consultant - Supply Chain & Logistics\n"
            "Larchwood Search\nDerby | Nottingham | Leicester\n",
        ),
        "Tollgate Foods",
        "Owen Pryce",
        id="an agency's named client, over its own name, its field and its offices",
    ),
    pytest.param(
        "Bonjour Madame,\n\nNous recrutons ce poste pour le compte de notre client, la société "
        "Ormeau Distribution. Votre candidature n'a pas été retenue.\n\nCordialement,\n\n"
        "L'équipe Recrutement\nBrume Conseil - Cabinet de recrutement\n",
        "Ormeau Distribution",
        "",
        id="a French agency's client after 'la société'; a team signs, no person",
    ),
    pytest.param(
        "Dear Mr Hale\n\nThank you for your CV for the Audit Junior vacancy. We will not be "
        "taking it further.\n\nRegards\n\nK. Osei\nPractice Manager\n"
        "Penhallow, Tregear & Co. Chartered Accountants\n",
        "Penhallow, Tregear & Co.",
        "K. Osei",
        id="a firm with a comma in its name, cut at its legal suffix",
    ),
    pytest.param(
        eml(
            "Ufficio Personale - Politecnico di Varenna <concorsi@polivarenna.it>",
            "Esito selezione",
            "Gentile candidata,\n\nla commissione ha scelto un altro candidato.\n\n"
            "Cordiali saluti\n\nUfficio Personale\nPolitecnico di Varenna\n",
        ),
        "Politecnico di Varenna",
        "",
        id="a department beside its institution in the sender's name",
    ),
    pytest.param(
        eml(
            "Hollybrook Group Careers <careers@hollybrookgroup.com>",
            "Your assessment result",
            "Hello Dee,\n\nThank you for completing the driving assessment with Quickstep "
            "Deliveries. Unfortunately you did not pass.\n\nRegards,\n\nQuickstep Deliveries "
            "Recruiting\nA Hollybrook Group company\n",
        ),
        "Quickstep Deliveries",
        "",
        id="a brand over its parent group's domain",
    ),
    pytest.param(
        "Your application – Junior Planner\nInbox\n\nFernvale Recruiting <no-reply@fernvale.com>\n"
        "Mon, Nov 23, 2026, 9:12 AM\nto me\n\nHi Ana,\n\nThank you for applying. We have "
        "decided not to move forward.\n\nBest,\nFernvale Recruiting\n",
        "Fernvale",
        "",
        id="a Gmail copy: its Inbox label is no person, its sender line names the firm",
    ),
    pytest.param(
        "Madame,\n\nVous avez postulé au poste d'agent d'accueil au sein de la Ville de "
        "Port-Sainte-Marie. Votre candidature n'a pas été retenue.\n\nPatrick Morel\n",
        "Ville de Port-Sainte-Marie",
        "Patrick Morel",
        id="a public body named only in the letter, by its kind",
    ),
    pytest.param(
        eml(
            "Recrutement CH Belmont <recrutement@ch-belmont.fr>",
            "Suite à votre entretien",
            "Madame,\n\nLa commission n'a pas retenu votre candidature.\n\nCordialement,\n\n"
            "Direction des Ressources Humaines\nCentre Hospitalier de Belmont\n",
        ),
        "Centre Hospitalier de Belmont",
        "",
        id="a domain of initials and a short form give way to the name spelled out",
    ),
    pytest.param(
        eml(
            "J. Amadi <jamadi@corran-lowe.law>",
            "Paralegal",
            "",
            html='<html><body><img src="x.png" alt="Corran &amp; Lowe logo">'
            "<p>Dear Ms Park,</p><p>We will not be taking your application further.</p>"
            "<p>Yours sincerely,<br>J. Amadi<br>HR Manager</p></body></html>",
        ),
        "Corran & Lowe",
        "J. Amadi",
        id="a logo's alt text names the firm",
    ),
    pytest.param(
        "From: Health Jobs <noreply@jobs.example.org>\nSent: 19 November 2026 11:02\n"
        "Subject: Outcome\n\nDear Applicant,\n\nEmployer: Westmoor Community Health Trust\n\n"
        "You have not been successful on this occasion.\n\nYours sincerely\n\n"
        "Recruitment Officer\nWorkforce Services\n\nAn Equal Opportunity Employer\n",
        "Westmoor Community Health Trust",
        "",
        id="a form's Employer line; a job, a department and an equal-opportunity line sign",
    ),
    pytest.param(
        eml(
            "Bewerbermanagement <bewerbung@stellenportal.example>",
            "Ihre Bewerbung bei der Lindqvist Haustechnik GmbH",
            "Sehr geehrter Herr Roth,\n\nleider haben wir uns für andere Bewerber entschieden."
            "\n\nMit freundlichen Grüßen\n\nIhr Recruiting-Team\n",
        ),
        "Lindqvist Haustechnik",
        "",
        id="a German subject names the firm; an applications mailbox is no person",
    ),
    pytest.param(
        eml(
            "Priya Shah <priya@northlightpeople.co.uk>",
            "Head of Marketing - Fennick & Rowe",
            "Hi Tom,\n\nI've just heard back from the hiring team: they've decided to go with "
            "another candidate.\n\nPriya Shah\nDirector\nNorthlight People\n",
        ),
        "Fennick & Rowe",
        "Priya Shah",
        id="an agent writes of the employer as 'they': the subject names the client",
    ),
    pytest.param(
        "Gentile Marco,\n\npurtroppo abbiamo scelto un altro profilo.\n\nCordiali saluti\n\n"
        "Ufficio Risorse Umane\nFerri, Galli e Associati S.r.l.\nVia Roma 12, 40121 Bologna\n",
        "Ferri, Galli e Associati",
        "",
        id="an Italian firm with commas under its department, over its street",
    ),
    pytest.param(
        "Hi Jo,\n\nThanks for your time. We've decided not to proceed.\n\nCheers,\n"
        "Customer Success Team\nLumio\n",
        "Lumio",
        "",
        id="the line under a team names whose team it is, and is no person",
    ),
    pytest.param(
        "Hi Jo,\n\nWe won't be moving forward with your application.\n\nThanks,\n\n"
        "Senior Technical Recruiter\nBluefin Robotics\n",
        "Bluefin Robotics",
        "",
        id="a job title alone on its line is no person",
    ),
    pytest.param(
        "Sorry, the deckhand job's gone to someone local, thanks for getting in touch.\n"
        "Mick\nHarbourside Marine\n",
        "Harbourside Marine",
        "Mick",
        id="a one-paragraph note signed in its short last lines",
    ),
]


@pytest.mark.parametrize(("email", "company", "contact"), COMPANIES)
def test_the_company_and_contact_are_read(email: bytes | str, company: str, contact: str) -> None:
    guess = guess_from_email(email, TODAY)
    assert (guess.company, guess.contact) == (company, contact)


def test_a_signature_line_keeps_a_firm_with_commas_whole() -> None:
    assert split_signature_line("Rook, Pell & Asher LLP") == ["Rook, Pell & Asher LLP"]
    # A job and a firm beside it still part: the job is no part of the firm's name.
    assert split_signature_line("Creative Director, Marlow & Finch") == [
        "Creative Director",
        "Marlow & Finch",
    ]


def test_legal_names_say_whether_they_open_the_line() -> None:
    assert legal_names("Corvane Systems Ltd.") == [("Corvane Systems Ltd.", True)]
    assert legal_names("© 2026 Redfern Industries, Inc.") == [("Redfern Industries, Inc.", True)]
    assert legal_names("für die Aufgabe unseres Kunden Halvorsen Logistik AG") == [
        ("Kunden Halvorsen Logistik AG", False)
    ]


def _ward_email(signature: str, sender: str = "A. Okafor <a.okafor@stmarys-nhs.example>") -> str:
    """A hospital's no whose department is named in its subject and text as well."""
    return (
        f"From: {sender}\nSubject: Staff Nurse (Cardiology) - outcome\n\nHi Grace,\n\n"
        "Thank you for coming to the panel for the staff nurse post on our cardiology ward. "
        "I'm sorry to say that we have offered the post to another candidate.\n\n"
        f"Best wishes,\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        pytest.param(
            "Amara Okafor\nWard Manager, Cardiology\nSt Mary's Hospital",
            "St Mary's Hospital",
            id="job, department, then the hospital",
        ),
        pytest.param(
            "Amara Okafor\nWard Manager\nCardiology\nSt Mary's Hospital",
            "St Mary's Hospital",
            id="the department on a line of its own",
        ),
        pytest.param(
            "Amara Okafor\nWard Manager | Cardiology\nWestholm NHS Foundation Trust",
            "Westholm NHS Foundation Trust",
            id="a trust, the job and department parted by a bar",
        ),
        pytest.param(
            "Amara Okafor\nCity of Westholm\nAn Equal Opportunity Employer",
            "City of Westholm",
            id="an equal-opportunity line names no organisation to be part of",
        ),
    ],
)
def test_a_department_over_its_organisation_is_not_the_company(
    signature: str, company: str
) -> None:
    assert guess_from_email(_ward_email(signature), TODAY).company == company


def test_domains_spell_names_by_their_initials() -> None:
    assert spelled_out("CH Valmont", "Centre Hospitalier de Valmont")
    assert not spelled_out("Valmont", "Centre Hospitalier de Valmont")
    assert applicant_system_slug("x@olivarera.recruitee.com") == "olivarera"
    assert applicant_system_slug("no-reply@us.greenhouse-mail.io") == ""
    assert applicant_system_slug("dana@acme.com") == ""


# Each: the text, then when they may apply again (None: no wait is set).
WINDOWS = [
    pytest.param("You are welcome to apply again in a few months.", None, id="vague: no date"),
    pytest.param(
        "We delete applicants' data after 6 months, as our privacy notice explains.",
        None,
        id="deletion is no window",
    ),
    pytest.param(
        "We must retain your application for six months for legal reasons.",
        None,
        id="keeping it for the law is no window",
    ),
    pytest.param("Ihre Unterlagen werden nach sechs Monaten gelöscht.", None, id="German deletion"),
    pytest.param(
        "We'll keep your CV on file for 12 months in case another role comes up.",
        "2027-11-26",
        id="time on file counts",
    ),
    pytest.param(
        "Sus datos se conservarán durante un año por si surgiera una vacante.",
        "2027-11-26",
        id="kept for a future vacancy, in Spanish",
    ),
]


@pytest.mark.parametrize(("sentence", "reapply"), WINDOWS)
def test_a_retention_notice_is_no_reapply_window(sentence: str, reapply: str | None) -> None:
    email = f"Hi Jo,\n\nUnfortunately we will not be moving forward.\n\n{sentence}\n\nBest,\nAcme"
    got = guess_from_email(email, TODAY).reapply_after
    assert (got.isoformat() if got else None) == reapply


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("the position of Associate Director, Credit Risk (Requisition JR-1, Leeds).",
         "Associate Director, Credit Risk"),
        ("the Staff Engineer, Payments role.", "Staff Engineer, Payments"),
        ("the Software Engineer, London role.", "Software Engineer"),
    ],
)  # fmt: skip
def test_a_role_goes_on_after_a_comma_with_its_field(sentence: str, role: str) -> None:
    email = f"Hi Jo,\n\nThank you for applying for {sentence} We will not proceed.\n\nBest,\nAcme"
    assert guess_from_email(email, TODAY).role == role


def test_a_year_or_a_reference_after_a_comma_is_no_part_of_the_role() -> None:
    email = eml(
        "Graduate Team <grads@rookpell.com>",
        "Your application – Trainee Solicitor, 2028 intake",
        "Dear Hannah,\n\nWe will not be progressing your application.\n\nKind regards,\nRook\n",
    )
    assert guess_from_email(email, TODAY).role == "Trainee Solicitor"


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Staff Engineer, Payments – application update", "Staff Engineer, Payments"),
        ("Your application: Staff Engineer, Payments", "Staff Engineer, Payments"),
        ("Staff Engineer, Payments (London)", "Staff Engineer, Payments"),
        ("Application for Software Engineer II, Platform", "Software Engineer II, Platform"),
    ],
)
def test_a_subject_names_a_role_with_its_field(subject: str, role: str) -> None:
    body = "Hi Jo,\n\nUnfortunately we will not be moving forward.\n\nBest,\nAcme Talent Team\n"
    email = eml("Acme Careers <careers@acme.com>", subject, body)
    assert guess_from_email(email, TODAY).role == role


def _agency_email(signature: str, sender: str) -> str:
    """A short no from a small firm whose name is only in the signature and the domain."""
    return (
        f"From: {sender}\nSubject: Your application: Office Assistant\n\nDear Noor,\n\n"
        "Thanks for meeting us about the office assistant job. We have decided to offer it "
        "to somebody else, and I wish you luck with the search.\n\n"
        f"Kind regards,\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("signature", "sender", "company"),
    [
        pytest.param(
            "Idris Vale\nManaging Partner, Tarrant & Bell\nBristol",
            "Idris Vale <idris@tarrantbell.example>",
            "Tarrant & Bell",
            id="a city under the firm beside the job",
        ),
        pytest.param(
            "Idris Vale\nFounder | Copperline Studio\nGlasgow, Scotland",
            "Idris Vale <idris.vale@gmail.com>",
            "Copperline Studio",
            id="a town and its country, free mail",
        ),
        pytest.param(
            "Idris Vale\nDirector, Tarrant & Bell\nEdinburgh & London",
            "Idris Vale <idris@tarrantbell.example>",
            "Tarrant & Bell",
            id="two offices joined as a name is",
        ),
    ],
)
def test_a_line_that_only_names_a_place_is_not_the_company(
    signature: str, sender: str, company: str
) -> None:
    assert guess_from_email(_agency_email(signature, sender), TODAY).company == company


def _civil_email(signature: str, text: str = "", sender: str = "") -> str:
    """A public employer's no, its body named in the signature or in the text."""
    sender = sender or "Wren Adeyemi <wren.adeyemi@psr.example>"
    text = text or "Thank you for applying for the Research Officer post."
    return (
        f"From: {sender}\nSubject: Research Officer - sift result\n\nDear Noor,\n\n{text} "
        "I am sorry to say that your application did not pass the sift this time.\n\n"
        f"Yours sincerely,\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _civil_email("Wren Adeyemi\nGrants Lead, Rural Payments\nDepartment for Farming"),
            "Department for Farming",
            id="job and team over the department",
        ),
        pytest.param(
            _civil_email("Wren Adeyemi\nHR Adviser | Office for Coastal and Inland Waters"),
            "Office for Coastal and Inland Waters",
            id="an office for beside the job",
        ),
        pytest.param(
            _civil_email(
                "Resourcing Hub",
                "Thank you for applying to the Office for Water Standards for the Research "
                "Officer post.",
                "Resourcing Hub <jobs@resourcinghub.example>",
            ),
            "Office for Water Standards",
            id="named in the text, sent by a shared service",
        ),
        pytest.param(
            _civil_email("Wren Adeyemi\nRecruitment Team\nDepartment of Coastal Resources"),
            "Department of Coastal Resources",
            id="a department of with nothing larger named",
        ),
        pytest.param(
            _civil_email("Wren Adeyemi\nDepartment of Geography\nUniversity of Pellbrook"),
            "University of Pellbrook",
            id="a department of under its university stays a part",
        ),
        pytest.param(
            _civil_email(
                "Wren Adeyemi\nDepartment of Geography",
                "Thank you for applying for the Research Officer post at the University of "
                "Pellbrook.",
                "Wren Adeyemi <w.adeyemi@gmail.com>",
            ),
            "University of Pellbrook",
            id="a department of alone, its university named in the text",
        ),
    ],
)
def test_a_public_body_is_named_by_its_kind_and_remit(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company


def _shop_email(signature: str, text: str = "") -> str:
    """A no from a shop's manager on free mail, signed with the shop and its owner."""
    text = text or "Thank you for your interest in the weekend assistant job."
    return (
        "From: Kit Ambrose <kit.ambrose@gmail.com>\nSubject: Weekend Assistant\n\nHi Noor,\n\n"
        f"{text} We have chosen another applicant, but thank you for coming in.\n\n"
        f"Cheers,\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _shop_email("Kit Ambrose\nShop Lead\nPennyroyal Teas / Ashcombe Brands Ltd"),
            "Pennyroyal Teas",
            id="the brand and its group on one line",
        ),
        pytest.param(
            _shop_email(
                "Kit Ambrose\nKitchen Manager, Salt Loft Kitchen\nMarrow Hospitality Group"
            ),
            "Salt Loft Kitchen",
            id="the group on the line below the brand",
        ),
        pytest.param(
            _shop_email(
                "Kit Ambrose\nKitchen Manager, Salt Loft Kitchen\nMarrow Hospitality Group",
                "Thank you for applying to Marrow Hospitality Group.",
            ),
            "Marrow Hospitality Group",
            id="the letter names the group: the group it is",
        ),
        pytest.param(
            _shop_email("Kit Ambrose\nArea Manager, South West\nAshcombe Brands Ltd"),
            "Ashcombe Brands",
            id="a region over the group is no brand",
        ),
        pytest.param(
            _shop_email("Kit Ambrose\nHead of Buying, Digital Payments\nAshcombe Brands Ltd"),
            "Ashcombe Brands",
            id="a department over the group is no brand",
        ),
    ],
)
def test_a_brand_over_its_group_is_the_company(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company


def _stores_email(signature: str, text: str = "", sender: str = "") -> str:
    """A no signed by a department's name, the firm named in the text."""
    sender = sender or "Jo Marsh <jo.marsh@gmail.com>"
    text = text or "Thank you for applying to Quarry Bank Mills for the Stores Clerk job."
    return (
        f"From: {sender}\nSubject: Stores Clerk\n\nHi Noor,\n\n{text} We have offered the job "
        f"to another applicant.\n\nBest wishes,\n{signature}\n"
    )


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(_stores_email("Jo Marsh\nPeople Services"), "Quarry Bank Mills", id="people"),
        pytest.param(_stores_email("Jo Marsh\nShared Services"), "Quarry Bank Mills", id="shared"),
        pytest.param(
            _stores_email("Jo Marsh\nEmployee Relations"), "Quarry Bank Mills", id="relations"
        ),
        pytest.param(
            _stores_email("Jo Marsh\nWorkforce Services"), "Quarry Bank Mills", id="workforce"
        ),
        pytest.param(
            _stores_email(
                "Jo Marsh\nPeople Services",
                "Thank you for applying for the Stores Clerk job.",
                "Jo Marsh <jo.marsh@quarrybank.example>",
            ),
            "Quarrybank",
            id="the mail domain, not the department",
        ),
        pytest.param(
            _stores_email(
                "Jo Marsh\nSite Manager\nOakridge Services",
                "Thank you for applying for the Stores Clerk job.",
            ),
            "Oakridge Services",
            id="a firm whose name ends in Services keeps it",
        ),
        pytest.param(
            _stores_email(
                "Jo Marsh\nRecruitment, Pellow & Grant LLP",
                "Thank you for applying for the Stores Clerk job.",
            ),
            "Pellow & Grant",
            id="a department before a firm's comma is no partner of it",
        ),
        pytest.param(
            _stores_email(
                "Jo Marsh\nRook, Pellow & Grant LLP",
                "Thank you for applying for the Stores Clerk job.",
            ),
            "Rook, Pellow & Grant",
            id="a firm with commas stays whole",
        ),
        pytest.param(
            _stores_email(
                "Jo Marsh\nBusiness Support Services Ltd",
                "Thank you for applying for the Stores Clerk job.",
            ),
            "Business Support Services",
            id="department words with a legal suffix are a firm",
        ),
    ],
)
def test_a_name_made_only_of_department_words_is_not_the_company(email: str, company: str) -> None:
    assert guess_from_email(email, TODAY).company == company


def _shared_service_email(sender: str, text: str) -> str:
    return _civil_email("Resourcing Team", text, f"Resourcing <{sender}>")


@pytest.mark.parametrize(
    ("email", "company"),
    [
        pytest.param(
            _shared_service_email(
                "jobs@heritage.example",
                "Thank you for applying to the Office for Heritage Sites for the Surveyor role.",
            ),
            "Office for Heritage Sites",
            id="an office for, the domain's word its remit's first",
        ),
        pytest.param(
            _shared_service_email(
                "jobs@transport.gov.uk",
                "Thank you for applying to the Department for Transport for the Analyst post.",
            ),
            "Department for Transport",
            id="a department for on a gov.uk domain",
        ),
        pytest.param(
            _shared_service_email(
                "jobs@education.example", "Thank you for applying for the Economist role."
            ),
            "Education",
            id="nothing fuller named: the domain's word",
        ),
        pytest.param(
            _shared_service_email(
                "jobs@education.example",
                "Thank you for applying to Education Scotland for the Economist role.",
            ),
            "Education Scotland",
            id="a fuller name of another kind",
        ),
        pytest.param(
            _civil_email(
                "Kit Ambrose\nDirector\nEnergy Security Ltd",
                "Most of our work is for the Office for Energy Security, and we need someone "
                "who has held clearance.",
                "Kit Ambrose <kit.ambrose@gmail.com>",
            ),
            "Energy Security",
            id="a firm named as a part of its client body, no domain: the firm",
        ),
    ],
)
def test_a_body_named_in_full_wins_over_its_word_in_the_mail_domain(
    email: str, company: str
) -> None:
    assert guess_from_email(email, TODAY).company == company


def _lumbre_email(subject: str, text: str) -> str:
    """An English no from lumbre.example; the job may be named in another language."""
    return (
        f"From: Noa Ferrer <noa.ferrer@lumbre.example>\nSubject: {subject}\n\nHi Sam,\n\n{text} "
        "We have chosen another candidate this time.\n\nBest wishes,\nNoa Ferrer\n"
    )


@pytest.mark.parametrize(
    ("email", "company", "role"),
    [
        pytest.param(
            _lumbre_email("Analista de Riesgos - outcome", "Thank you for your interest."),
            "Lumbre",
            "Analista de Riesgos",
            id="a Spanish title in the subject is the job, not the company",
        ),
        pytest.param(
            _lumbre_email(
                "Your application", "Thank you for applying for the Técnica de laboratorio role."
            ),
            "Lumbre",
            "Técnica de laboratorio",
            id="written in sentence case, its job word first",
        ),
        pytest.param(
            _lumbre_email("Your application as Logistics Planner", "Thank you for applying."),
            "Lumbre",
            "Logistics Planner",
            id="a subject's application as",
        ),
        pytest.param(
            _lumbre_email(
                "Your application", "Thank you for applying to Asesores Delta for the Planner role."
            ),
            "Asesores Delta",
            "Planner",
            id="a job word in the plural names a firm",
        ),
        pytest.param(
            _lumbre_email("Proyecto Faro - outcome", "Thank you for applying."),
            "Proyecto Faro",
            "",
            id="an ordinary word of another language is no title",
        ),
        pytest.param(
            _stores_email(
                "Jo Marsh\nOperations Lead\nDirector Leasing Ltd",
                "Thank you for applying for the Stores Clerk job.",
            ),
            "Director Leasing",
            "Stores Clerk",
            id="a job word English shares, a legal suffix after: a firm",
        ),
    ],
)
def test_a_job_title_of_another_language_is_read_as_the_job(
    email: str, company: str, role: str
) -> None:
    guess = guess_from_email(email, TODAY)
    assert (guess.company, guess.role) == (company, role)
