"""Writer V4, batch 04: extra rejection emails (universities, hospitals, civil service, retail, cold chain, museums; de/fr/es)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="v04-de-uni-oberhain-sichtung",
        kind="txt",
        body="""Betreff: Ihre Bewerbung als Sachbearbeiter/in Drittmittelverwaltung (Kennziffer 412/26)
Von: Personaldezernat Universität Oberhain <bewerbungen@uni-oberhain.de>
Datum: 23.11.2026, 10:41
An: Tobias Reinhold

Sehr geehrter Herr Reinhold,

wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit an der Universität Oberhain.

Nach eingehender Sichtung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können. Die Auswahl fiel auf Bewerberinnen und Bewerber, deren Qualifikationsprofil den Anforderungen der Stelle noch besser entspricht.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen für Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Im Auftrag

Dr. Kerstin Albrecht-Yilmaz
Dezernat 3 - Personal
Universität Oberhain
""",
        expect=dict(
            company="Universität Oberhain",
            contact="Kerstin Albrecht-Yilmaz",
            role="Sachbearbeiter/in Drittmittelverwaltung",
            stage="application",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-fr-workday-transvaline-dernier-entretien",
        kind="eml",
        sender="Transvaline Recrutement <transvaline@myworkday.com>",
        subject="Votre candidature - Responsable d'exploitation transport H/F - Lyon Corbas",
        date="Tue, 24 Nov 2026 20:05:00 +0100",
        reply_to="sandrine.kouassi@transvaline.fr",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Bonjour Monsieur Garnier,

Je tenais à vous remercier pour votre disponibilité tout au long de notre processus de recrutement, et en particulier pour votre dernier entretien avec Philippe Duval, notre directeur régional, jeudi dernier à Corbas.

Nous avons pris la décision de confier le poste de Responsable d'exploitation transport à un autre candidat, dont l'expérience en messagerie frigorifique correspond plus directement à nos besoins immédiats.

Ce choix a été difficile. Si vous le souhaitez, je peux vous faire un retour détaillé par téléphone ; n'hésitez pas à me proposer un créneau.

Je vous souhaite pleine réussite dans vos projets.

Sandrine Kouassi
Chargée de recrutement cadres
Groupe Transvaline
""",
        expect=dict(
            company="Groupe Transvaline",
            contact="Sandrine Kouassi",
            role="Responsable d'exploitation transport",
            stage="final",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v04-es-mx-coralillo-entrevista-telefonica",
        kind="txt",
        body="""De: Atracción de Talento Zona Bajío <talento.bajio@coralillo.com.mx>
Enviado el: miércoles, 18 de noviembre de 2026 12:30 p. m.
Para: Daniela Ríos
Asunto: Vacante Gerente de Piso - Sucursal León Centro Max

Hola Daniela:

Te agradecemos el tiempo que nos dedicaste en la entrevista telefónica de la semana pasada y tu interés en formar parte de Tiendas Coralillo.

Después de revisar con el área de Operaciones los perfiles entrevistados, te informamos que en esta ocasión no continuarás a la entrevista presencial con el Gerente Regional.

Podrás volver a postularte a esta misma vacante una vez que hayan transcurrido 6 meses a partir de la fecha de este correo. Mientras tanto, te invitamos a revisar otras vacantes en nuestro portal.

Saludos cordiales,

Atracción de Talento - Zona Bajío
Tiendas Coralillo, S.A. de C.V.
""",
        expect=dict(
            company="Tiendas Coralillo, S.A. de C.V.",
            contact="",
            role="Gerente de Piso",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-parcelwise-verbal-offer-frozen",
        kind="eml",
        sender="Amara Liddell <amara.liddell@parcelwise.com>",
        subject="Following up on Friday",
        date="Mon, 16 Nov 2026 09:22:00 -0800",
        body="""Hi Nikhil,

Thank you for your patience over the weekend. I owe you a straight answer after our call on Friday, when I shared the verbal offer for the Senior Product Manager role on the Returns team.

Since then, our finance leadership has frozen all open headcount for Q1 while they review the 2027 plan, and that includes this role. I'm not able to send the written offer, and I don't want you to hold off on other conversations while we wait - I honestly can't tell you when, or whether, it will reopen.

I know this is a really frustrating place to land after four rounds with us. I'd be glad to get on the phone to talk it through, and Dev has said he's happy to be a reference for you.

Amara

Amara Liddell
Lead Recruiter, Product & Design
Parcelwise, Inc.
""",
        expect=dict(
            company="Parcelwise, Inc.",
            contact="Amara Liddell",
            role="Senior Product Manager",
            stage="offer",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v04-recruitee-northmoor-portfolio",
        kind="eml",
        sender="Northmoor Museums Trust <jobs@northmoormuseums.recruitee.com>",
        subject="Exhibition Designer - your application",
        date="Thu, 19 Nov 2026 15:50:00 +0000",
        html=True,
        body="""Dear Ana,

Thank you for applying for the role of Exhibition Designer and for sharing your portfolio with us.

Our Head of Design and the Interpretation team have now reviewed all the portfolios submitted. We were impressed by the range of work we saw, but we have not selected yours to progress to interview.

Because of the number of submissions, we are unable to give individual comments on portfolios.

Thank you again for your interest in Northmoor Museums Trust.

Recruitment Team
Northmoor Museums Trust
Registered charity no. 1180442
""",
        expect=dict(
            company="Northmoor Museums Trust",
            contact="",
            role="Exhibition Designer",
            stage="portfolio",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-taleo-saint-columba-60-days",
        kind="eml",
        sender="Saint Columba Health <saintcolumba@taleo.net>",
        subject="Requisition 2600381 - Patient Access Representative - Status Update",
        date="Sat, 7 Nov 2026 03:14:00 -0500",
        body="""Dear Applicant,

Thank you for applying for the position of Patient Access Representative (Requisition 2600381) at Saint Columba Health.

Your application has been reviewed and you were not selected to move forward in the process for this position.

You may reapply for this requisition 60 days after the date of this notice. We encourage you to review other current openings at careers.saintcolumbahealth.org.

This is a system-generated message. Replies to this address are not monitored.

Saint Columba Health is an Equal Opportunity Employer. Saint Columba Health does not discriminate on the basis of race, color, religion, sex, national origin, age, disability, or veteran status.
""",
        expect=dict(
            company="Saint Columba Health",
            contact="",
            role="Patient Access Representative",
            stage="application",
            date="2026-11-07",
            reapply_after="2027-01-06",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-bramblecote-role-dropped",
        kind="txt",
        body="""Hi Will, sorry to be the bearer of bad news but we've decided not to fill the Buying Assistant role after all - the team is being restructured in the new year. Really sorry to mess you around.

Rosie

Rosie Achterberg
Head of Buying | Bramblecote Garden Centres

Sent from Outlook for iOS
""",
        expect=dict(
            company="Bramblecote Garden Centres",
            contact="Rosie Achterberg",
            role="Buying Assistant",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-carrick-campus-visit-dean",
        kind="txt",
        body="""On Wed, Nov 25, 2026 at 3:48 PM Marcus T. Whitfield-Oyelaran <mwhitfield@carrickstate.edu> wrote:

Dear Simone,

I hope you had safe travels home after your visit to campus. Thank you for spending so much of Monday with us - the search committee, the admissions counselors, and your conversation with Dean Abernathy at the end of the day.

I'm writing to let you know that we have offered the Assistant Director of Admissions position to another finalist, who has accepted. This was a hard decision and the committee was unanimous that you would be an asset to any admissions office.

If it would help you in your search, I'm happy to share the committee's observations. Just reply and we'll find a time.

Warmly,
Marcus

Marcus T. Whitfield-Oyelaran
Senior Associate Dean of Enrollment
Carrick State University
""",
        expect=dict(
            company="Carrick State University",
            contact="Marcus T. Whitfield-Oyelaran",
            role="Assistant Director of Admissions",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v04-civil-service-written-exercise",
        kind="txt",
        body="""Government Recruitment Service <noreply@civilservicejobs.example.gov.uk>
Thu 12/11/2026 17:05

Application outcome: 2026-118842 Senior Policy Adviser - Department for Regional Infrastructure

Dear Candidate,

Thank you for completing the online written exercise for the above vacancy. Candidates who meet the required standard in the written exercise are invited to interview.

Your written exercise has been assessed by the vacancy panel and, unfortunately, you have not met the required standard on this occasion. Your application will not progress further.

We are not able to provide feedback on individual written exercises at this stage.

Kind regards

Government Recruitment Service
On behalf of the Department for Regional Infrastructure
""",
        expect=dict(
            company="Department for Regional Infrastructure",
            contact="",
            role="Senior Policy Adviser",
            stage="technical",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-agency-greystone-cv-to-client",
        kind="eml",
        sender="Joanna Przybylska <joanna@northpointrecruit.co.uk>",
        subject="Shift Manager - Greystone Cold Storage - update",
        date="Wed, 11 Nov 2026 13:37:00 +0000",
        body="""Hi Emeka,

I sent your CV over to Greystone Cold Storage on Monday for the Shift Manager vacancy at their Wakefield site, and they've come back to me today.

Unfortunately they won't be inviting you for interview - having looked through your CV they want someone who has already managed an FLT team in a temperature-controlled environment.

I'll keep looking for you and will be in touch when something better suited comes in. If you'd like the client's full comments, just give me a call.

Joanna

Joanna Przybylska
Recruitment Consultant - Industrial
Northpoint Recruitment
01924 000 512
""",
        expect=dict(
            company="Greystone Cold Storage",
            contact="Joanna Przybylska",
            role="Shift Manager",
            stage="application",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v04-personio-ravensgate-chat-with-tomasz",
        kind="eml",
        sender="Ravensgate Foods <ravensgate-foods@jobs.personio.com>",
        subject="Category Analyst (Frozen) - Ravensgate Foods",
        date="Fri, 20 Nov 2026 16:10:00 +0000",
        reply_to="recruitment@ravensgatefoods.co.uk",
        body="""Hi Leanne,

Thanks for the chat with Tomasz on Tuesday, he really enjoyed hearing about your time at the co-op.

We've had a lot of strong interest in the Category Analyst role and have now chosen the candidates we'll be inviting to the second stage. I'm sorry to say you won't be one of them this time.

Wishing you all the best with your search,

Bethany Oyelowo-Grant
People Partner
Ravensgate Foods Ltd
""",
        expect=dict(
            company="Ravensgate Foods Ltd",
            contact="Bethany Oyelowo-Grant",
            role="Category Analyst",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-pellow-trial-shift-night",
        kind="txt",
        body="""Kuba Wiśniewski <k.wisniewski@pellowhome.co.uk>
Sat, Nov 21, 2026, 7:02 AM
to me

Morning Dean,

Thanks for coming in for the trial shift on Thursday night at the Leicester DC. I've had a chat with the shift managers and unfortunately we won't be offering you the Warehouse Operative position - picking rates were below what we need by the end of the 4 hours.

We'll keep your details on file and you're welcome to apply again for our peak recruitment in the spring.

Kuba
Kuba Wiśniewski | Site Resourcing Coordinator
Pellow Home Delivery Ltd
""",
        expect=dict(
            company="Pellow Home Delivery Ltd",
            contact="Kuba Wiśniewski",
            role="Warehouse Operative",
            stage="technical",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-halcyon-dana-caps",
        kind="txt",
        body="""thanks for your time, we're going another direction with the Store Operations Lead role.

DANA
Halcyon Retail Group
""",
        expect=dict(
            company="Halcyon Retail Group",
            contact="DANA",
            role="Store Operations Lead",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-brackenfield-candidacy-at-this-time",
        kind="eml",
        sender="Brackenfield Children's Hospital <careers@brackenfieldchildrens.org>",
        subject="Your candidacy: Child Life Specialist",
        date="Wed, 25 Nov 2026 11:00:00 -0500",
        html_only=True,
        encoding="base64",
        body="""Dear Morgan,

Thank you for your interest in the Child Life Specialist opportunity at Brackenfield Children's Hospital.

We regret to inform you that we will not be moving forward with your candidacy at this time. Please know that this decision does not reflect on your ability to make a difference in the lives of children and families.

We encourage you to continue to explore career opportunities with us.

With gratitude,

Lorraine Beaumont-Achebe
Manager, Talent Acquisition
Brackenfield Children's Hospital
""",
        expect=dict(
            company="Brackenfield Children's Hospital",
            contact="Lorraine Beaumont-Achebe",
            role="Child Life Specialist",
            stage=None,
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v04-glenmara-in-tray-exercise",
        kind="txt",
        body="""Dear Ifeoma,

Executive Assistant to the Vice-Chancellor (ref. VC-EA-2611)

Thank you for attending the in-tray exercise and typing assessment at Harrowgate House on Tuesday. As set out in the candidate pack, the highest-scoring candidates from the assessment were to be invited to an interview with the Chief of Staff and the Vice-Chancellor.

I am sorry to tell you that your overall score did not place you among the candidates invited to interview.

If you would like to receive your scores for each exercise, please let me know and I will send them to you.

Kind regards,

Siobhán Ní Bhriain
HR Officer, Executive Office
University of Glenmara
""",
        expect=dict(
            company="University of Glenmara",
            contact="Siobhán Ní Bhriain",
            role="Executive Assistant to the Vice-Chancellor",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
