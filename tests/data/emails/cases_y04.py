"""Writer Y3, batch 04: extra hand-labelled rejection emails (eml and pasted, mixed languages)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="y04-de-ch-latin1-casestudy",
        kind="eml",
        sender="Alpenrose Versicherungen <jobs@alpenrose.ch>",
        subject="Ihre Bewerbung als Data Scientist (w/m/d)",
        date="Mon, 16 Nov 2026 14:03:27 +0100",
        charset="iso-8859-1",
        encoding="quoted-printable",
        body="""Grüezi Herr Meier

Besten Dank für die Zeit, die Sie in die Bearbeitung unserer Case Study investiert haben, und für die anschliessende Präsentation vor unserem Analytics-Team.

Nach reiflicher Überlegung haben wir uns entschieden, den Prozess für die Stelle als Data Scientist (w/m/d), Pensum 80-100 %, mit einer anderen Kandidatin weiterzuführen. Ihr Modellierungsansatz hat uns überzeugt, bei der Kommunikation der Ergebnisse an die Fachbereiche sahen wir jedoch noch Entwicklungspotenzial.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback. Melden Sie sich einfach bei mir.

Freundliche Grüsse

Dr. Regula Brunner
HR Business Partnerin
Alpenrose Versicherungen AG
Bahnhofplatz 9, 8001 Zürich
""",
        expect=dict(
            company="Alpenrose Versicherungen AG",
            contact="Regula Brunner",
            role="Data Scientist",
            stage="technical",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y04-fr-hopital-drh-commission",
        kind="txt",
        body="""De : Recrutement CH Valmont <recrutement@ch-valmont.fr>
Envoyé : mercredi 18 novembre 2026 10:12
À : Élodie Marchand
Objet : Suite à votre entretien

Madame,

Nous faisons suite à votre entretien du 10 novembre dernier devant la commission de recrutement pour le poste d'Infirmier(e) de bloc opératoire.

Nous sommes au regret de vous informer que la commission n'a pas retenu votre candidature. Ce choix ne remet pas en cause vos compétences professionnelles.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Service Recrutement et Mobilité
Centre Hospitalier de Valmont
""",
        expect=dict(
            company="Centre Hospitalier de Valmont",
            contact="",
            role="Infirmier(e) de bloc opératoire",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-es-recruitee-prueba-un-ano",
        kind="eml",
        sender="Lucía Navarro Ortega <lucia.navarro@olivarerasanisidro.recruitee.com>",
        subject="Proceso de selección - Técnico/a de Mantenimiento Industrial",
        date="Tue, 24 Nov 2026 12:47:01 +0100",
        body="""Hola Javier,

Gracias por venir a nuestra almazara de Baeza para realizar la prueba práctica del puesto de Técnico/a de Mantenimiento Industrial.

Hemos valorado a todas las personas que hicieron la prueba y, en esta ocasión, hemos decidido seguir adelante con otro candidato con más experiencia en sistemas neumáticos.

Guardaremos tu CV durante un año por si surge una vacante que encaje con tu perfil, sobre todo de cara a la próxima campaña de aceituna.

Un saludo,

Lucía Navarro Ortega
Responsable de Personas
S. Coop. And. Olivarera San Isidro
""",
        expect=dict(
            company="Olivarera San Isidro",
            contact="Lucía Navarro Ortega",
            role="Técnico/a de Mantenimiento Industrial",
            stage="technical",
            date="2026-11-24",
            reapply_after="2027-11-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-nl-bureau-opdrachtgever",
        kind="txt",
        body="""Hoi Bram,

Na ons telefonische kennismaking van vorige week heb ik je profiel voor de functie Marketing Manager voorgelegd aan onze opdrachtgever, Brouwerij De Hopperij.

Ze hebben me vanochtend laten weten dat ze kiezen voor kandidaten met meer ervaring in de horecakanalen. Jammer, want ik had een goed gevoel bij jou.

Wil je er nog even over sparren? Bel me gerust, dan vertel ik je wat ik van hen terugkreeg.

Groet,
Sanne de Wit-Kramer
Senior Recruiter | Vondel Werving & Selectie
06 1234 5678
""",
        expect=dict(
            company="Brouwerij De Hopperij",
            contact="Sanne de Wit-Kramer",
            role="Marketing Manager",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y04-greenhouse-subject-only-team",
        kind="eml",
        sender="Greenhouse <no-reply@greenhouse.io>",
        subject="Thanks from the team at Cinder",
        date="Sun, 22 Nov 2026 20:30:00 -0800",
        html=True,
        body="""Hi Priscila,

Thanks so much for applying to be our Founding Engineer. We're a small team and we read every single application ourselves.

We've decided not to move forward with your application right now. We got far more interest than we expected, and we had to make some really tough calls.

We're rooting for you.

The hiring team
""",
        expect=dict(
            company="Cinder",
            contact="",
            role="Founding Engineer",
            stage="application",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-outlook-audit-senior-associate",
        kind="txt",
        body="""From: Whitcombe Lyle Student & Experienced Recruitment <recruitment@whitcombelyle.com>
Sent: Friday, November 20, 2026 10:44 AM
To: Grace Mensah
Subject: Your application – Senior Associate, Audit & Assurance (Manchester)

Dear Grace,

Thank you for taking the time to complete a first-round video interview with our recruitment team for the Senior Associate, Audit & Assurance role.

Having carefully considered your interview, we regret to let you know that we will not be progressing your application further.

Please note that you will not be able to re-apply for a role within Audit for 6 months from the date of this email. We are unable to provide feedback at this stage of the process.

Kind regards,

Oluwaseun Adebayo-Clarke
Experienced Hire Recruiter
Whitcombe Lyle LLP

Whitcombe Lyle LLP is a limited liability partnership registered in England and Wales with registered number OC401122.
""",
        expect=dict(
            company="Whitcombe Lyle LLP",
            contact="Oluwaseun Adebayo-Clarke",
            role="Senior Associate, Audit & Assurance",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-parent-domain-road-test-30d",
        kind="eml",
        sender="Vantor Holdings Careers <careers@vantorholdings.com>",
        subject="Your road test result",
        date="Sat, 14 Nov 2026 07:20:44 -0500",
        body="""Hello Travis,

Thank you for your interest in driving with Brisk Courier and for completing your road test at our Newark depot.

Unfortunately, you did not pass the road test for the Delivery Van Driver position, so we are unable to move your application forward.

You may reapply after 30 days.

Regards,
Brisk Courier Recruiting
A Vantor Holdings company

This mailbox is not monitored. Please do not reply.
""",
        expect=dict(
            company="Brisk Courier",
            contact="",
            role="Delivery Van Driver",
            stage="technical",
            date="2026-11-14",
            reapply_after="2026-12-14",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-gmail-school-district-superintendent",
        kind="txt",
        body="""Assistant Principal - Brannock Valley Middle School
Inbox

ROBERTSON, KEITH <krobertson@bvsd.k12.or.us>
Wed, Nov 11, 2026, 4:02 PM
to me

Ms. Castillo,

Thank you for interviewing with Superintendent Alvarado and the board committee this Monday for the Assistant Principal position at Brannock Valley Middle School. This was the final interview round, and the committee had a difficult choice.

I regret to inform you that another candidate has been selected.

I would be happy to schedule a time to discuss your interview if you would find that helpful.

Sincerely,

Keith Robertson, Ed.D.
Director of Human Resources
Brannock Valley School District
""",
        expect=dict(
            company="Brannock Valley School District",
            contact="Keith Robertson",
            role="Assistant Principal",
            stage="final",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y04-base64-brand-reel-review",
        kind="eml",
        sender="Hiroshi Tanaka <hiroshi.tanaka@northstarmedia.com>",
        subject="Lumo Video Editor application",
        date="Thu, 19 Nov 2026 19:12:10 +0900",
        html=True,
        encoding="base64",
        body="""Hi Amara,

Thanks for applying to the Video Editor role at Lumo. Our post-production leads reviewed your reel and the three sample edits you linked.

There's a lot to like, particularly your pacing in the documentary piece, but we're looking for someone with more short-form vertical content for social, so we won't be moving to interviews.

All the best with your next project.

Hiroshi Tanaka
Creative Recruiting, Lumo
Lumo is a Northstar Media company
""",
        expect=dict(
            company="Lumo",
            contact="Hiroshi Tanaka",
            role="Video Editor",
            stage="portfolio",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-gmail-no-year-working-interview",
        kind="txt",
        body="""Dental Hygienist position
Inbox

Harbourview Dental Group <office@harbourviewdental.ca>
Tue, Nov 24, 2:14 PM (2 days ago)
to me

Hi Meghan,

Thank you for coming in on Saturday for the working interview. The patients you saw were very comfortable with you.

After discussing it as a team, we have decided to offer the Dental Hygienist position to another candidate who is able to work our Thursday evening hours.

We wish you the best of luck.

Dr. Nkechi Eze
Harbourview Dental Group
""",
        expect=dict(
            company="Harbourview Dental Group",
            contact="Nkechi Eze",
            role="Dental Hygienist",
            stage="technical",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-au-offer-withdrawn-visa",
        kind="txt",
        body="""From: Bronwyn McAllister <bronwyn.mcallister@kaskade.com.au>
Sent: Thursday, 26 November 2026 9:15 AM
To: Sipho Ndlovu
Subject: Senior Electrical Engineer - offer

Hi Sipho,

I'm sorry to be sending this. When we made you the offer for the Senior Electrical Engineer position we understood the role would qualify for employer sponsorship. Our migration agent has now advised us that it does not, and we are not able to sponsor the visa you would need.

As a result, Kaskade Energy has to withdraw the offer of employment dated 9 November. I appreciate how disappointing this is after a long process.

Please give me a call on 08 6555 1420 when you're ready. I'd like to talk it through properly and see whether anything else could work down the track.

Kind regards,
Bronwyn McAllister
People & Culture Manager
Kaskade Energy Pty Ltd
""",
        expect=dict(
            company="Kaskade Energy Pty Ltd",
            contact="Bronwyn McAllister",
            role="Senior Electrical Engineer",
            stage="offer",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y04-recruiter-call-today-6mo",
        kind="txt",
        body="""Hi Oskar,

Thanks for your time on the call today. I passed my notes to the hiring manager for the Site Reliability Engineer role at Parallax Cloud and they've decided not to go ahead to the technical rounds with you. They're looking for someone with deeper Kubernetes operator experience.

You're welcome to reapply in 6 months, and I'll keep an eye out for anything that fits in the meantime.

Best,
Lukas Schmid
Technical Recruiter, Parallax Cloud
""",
        expect=dict(
            company="Parallax Cloud",
            contact="Lukas Schmid",
            role="Site Reliability Engineer",
            stage="phone_screen",
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-recruitee-jobtitle-only-sig",
        kind="eml",
        sender="Stroomwerk <jobs@stroomwerk.recruitee.com>",
        subject="Update about your application",
        date="Wed, 04 Nov 2026 09:00:00 +0100",
        body="""Dear Felix,

Thank you for applying for the position of Customer Support Agent at Stroomwerk. We appreciate that you want to help our customers switch to green energy.

We have reviewed your application carefully. Since the role requires fluent German and Dutch, we will unfortunately not proceed with your application.

We wish you good luck in your job search.

Kind regards,

Talent Acquisition Specialist
Stroomwerk B.V.
Keizersgracht 312, Amsterdam
""",
        expect=dict(
            company="Stroomwerk B.V.",
            contact="",
            role="Customer Support Agent",
            stage="application",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y04-gmail-thread-architects-partners",
        kind="txt",
        body="""Part II Architectural Assistant
Inbox

Imogen Hartley-Shaw <imogen@greywellpartners.co.uk>
Fri, Nov 6, 2026, 12:22 PM
to me

Hi Nathan,

Thank you for coming back in on Wednesday for the second interview with Rob and Margaret. They both enjoyed going through the housing scheme in your folio in more depth.

The partners have decided to offer the Part II Architectural Assistant position to another candidate, who has a little more experience on site. It was genuinely close.

I know it's not what you hoped to hear. If you'd like some feedback from the partners, I'm very happy to set up a quick call.

Warm wishes,
Imogen

Imogen Hartley-Shaw
Studio Manager
Greywell & Partners Architects

On Mon, Oct 26, 2026 at 9:41 AM Imogen Hartley-Shaw <imogen@greywellpartners.co.uk> wrote:
> Hi Nathan,
> Rob and Margaret would love to see you again for a second and final interview. Would Wednesday 4th November at 2pm work?
> Best, Imogen
""",
        expect=dict(
            company="Greywell & Partners Architects",
            contact="Imogen Hartley-Shaw",
            role="Part II Architectural Assistant",
            stage="final",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y04-smartrecruiters-req-cancelled",
        kind="eml",
        sender="Mercy Ridge Health <noreply@smartrecruiters.com>",
        subject="Family Nurse Practitioner - Eastgate Clinic",
        date="Wed, 25 Nov 2026 15:45:12 -0600",
        body="""Hello Adaeze,

I'm writing to let you know that the Family Nurse Practitioner requisition at our Eastgate Clinic has been cancelled due to budget changes for the coming fiscal year. We will not be filling this position.

We know this is frustrating news and we thank you for your interest in Mercy Ridge Health. Our career site is updated weekly with new openings.

Jorge Alvarez, RN, MSN
Talent Advisor, Advanced Practice Providers
Mercy Ridge Health
""",
        expect=dict(
            company="Mercy Ridge Health",
            contact="Jorge Alvarez",
            role="Family Nurse Practitioner",
            stage=None,
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
