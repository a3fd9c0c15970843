"""Writer V4, batch 01: extra rejection emails (applicant systems, public sector, hospitals, universities, retail, logistics; de/fr/es)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="v01-workday-nordhaven-app",
        kind="eml",
        sender="Nordhaven Freight Talent Acquisition <nordhavenfreight@myworkday.com>",
        subject="Your application for Logistics Coordinator (R-0048213)",
        date="Wed, 18 Nov 2026 07:02:14 +0000",
        html=True,
        body="""Dear Alex,

Thank you for your interest in Nordhaven Freight and for applying to the Logistics Coordinator position (R-0048213) at our Tilbury Distribution Centre.

We have now carefully reviewed your application against the requirements of the role. On this occasion we will not be taking your application further.

Due to the volume of applications we receive, we are unable to provide individual feedback.

We encourage you to keep an eye on our careers site for future opportunities that match your skills and experience.

Kind regards,

Talent Acquisition
Nordhaven Freight

This is an automated message sent from an unmonitored mailbox. Please do not reply.
""",
        expect=dict(
            company="Nordhaven Freight",
            contact="",
            role="Logistics Coordinator",
            stage="application",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v01-hospital-matron-panel",
        kind="txt",
        body="""From: Recruitment Services <recruitment@stbrannocks.nhs.uk>
Sent: 19 November 2026 16:48
To: jamie.f@outlook.com
Subject: Interview outcome - Band 6 Sister/Charge Nurse - Surgical Assessment Unit - 2381-SAU-0114

Dear Jamie

Thank you for attending interview on Monday 16 November for the post of Sister/Charge Nurse (Band 6), Surgical Assessment Unit.

The panel were impressed by your clinical knowledge and it was a difficult decision, however on this occasion you have not been successful.

If you would like feedback on your interview, please contact the chair of the panel via the Surgical Division office on 01632 960 417 and we will arrange a time.

We hope this does not deter you from applying for future posts within the Trust.

Yours sincerely

Matron, Surgical Division
On behalf of the interview panel

St Brannock's University Hospitals NHS Foundation Trust
Caring * Listening * Improving
""",
        expect=dict(
            company="St Brannock's University Hospitals NHS Foundation Trust",
            contact="",
            role="Sister/Charge Nurse",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-de-personio-disponent-telefonat",
        kind="eml",
        sender="Kranlinger Logistik GmbH <kranlinger-logistik@jobs.personio.de>",
        subject="Ihre Bewerbung als Disponent Nahverkehr (m/w/d)",
        date="Fri, 20 Nov 2026 10:15:33 +0100",
        reply_to="s.weber@kranlinger-logistik.de",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Sehr geehrter Herr Lindqvist,

vielen Dank für das angenehme Telefonat am vergangenen Dienstag und Ihr Interesse an der Position als Disponent Nahverkehr (m/w/d) an unserem Standort Nürnberg.

Nach sorgfältiger Abwägung haben wir uns entschieden, den weiteren Prozess mit anderen Bewerberinnen und Bewerbern fortzusetzen, deren Profil noch etwas genauer zu unseren aktuellen Anforderungen passt. Die nächsten Schritte - ein Gespräch vor Ort mit der Niederlassungsleitung und ein Probearbeitstag in der Disposition - finden daher ohne Sie statt.

Mit Ihrem Einverständnis würden wir Ihre Unterlagen gerne für sechs Monate in unserem Talentpool speichern und Sie kontaktieren, falls sich eine passende Vakanz ergibt. Wenn Sie das nicht wünschen, genügt eine kurze Nachricht.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Sabine Weber
Personalreferentin
Kranlinger Logistik GmbH
Hafenstraße 12 · 90451 Nürnberg
Tel. +49 911 555 2030

Kranlinger Logistik GmbH · Sitz Nürnberg · Amtsgericht Nürnberg HRB 40917 · Geschäftsführer: Thomas Kranlinger
""",
        expect=dict(
            company="Kranlinger Logistik GmbH",
            contact="Sabine Weber",
            role="Disponent Nahverkehr",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-fr-universite-audition",
        kind="txt",
        body="""Université de Vallombreuse - Direction des ressources humaines <recrutement@univ-vallombreuse.fr>
mer. 25 nov. 2026, 09:41
À moi

Objet : Votre candidature - Ingénieur·e d'études en analyse de données (BAP E) - Réf. IE-2026-37

Madame,

Nous vous remercions pour votre participation à l'audition du 17 novembre devant le comité de sélection, dans le cadre du recrutement d'un·e ingénieur·e d'études en analyse de données au sein de l'Observatoire de la vie étudiante.

Après délibération, le comité n'a pas retenu votre candidature. Le poste a été proposé à un·e autre candidat·e.

Si vous le souhaitez, vous pouvez obtenir un retour sur votre audition en écrivant à l'adresse ci-dessus ; le président du comité vous répondra dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service du recrutement et de la mobilité
Direction des ressources humaines
Université de Vallombreuse
""",
        expect=dict(
            company="Université de Vallombreuse",
            contact="",
            role="Ingénieur·e d'études en analyse de données",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-es-almendral-jornada-prueba",
        kind="eml",
        sender="Lucía Ferrer <lferrer@grupoalmendral.es>",
        subject="Proceso de selección - Encargado/a de tienda (Zaragoza, Puerto Venecia)",
        date="Mon, 23 Nov 2026 19:04:51 +0100",
        encoding="8bit",
        charset="utf-8",
        body="""Hola, Marta:

Muchas gracias por la jornada de prueba del pasado sábado en nuestra tienda de Puerto Venecia. El equipo me ha trasladado que fue un placer trabajar contigo y valoramos mucho tu disposición.

Después de valorar a todas las personas que han participado en esta fase, hemos decidido continuar con otra candidatura para el puesto de Encargado/a de tienda. No ha sido una decisión fácil.

Si te apetece, te llamo esta semana y te cuento con calma qué aspectos pesaron más en la decisión; solo dime qué día te viene mejor.

Guardaremos tu CV en nuestra base de datos durante 12 meses para futuras vacantes en Aragón.

Un abrazo,

Lucía Ferrer Montalbán
Responsable de Selección - Zona Nordeste
Grupo Almendral Retail, S.L.
""",
        expect=dict(
            company="Grupo Almendral Retail",
            contact="Lucía Ferrer Montalbán",
            role="Encargado/a de tienda",
            stage="technical",
            date="2026-11-23",
            reapply_after="2027-11-23",
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-greenhouse-offer-pause",
        kind="eml",
        sender="Renata Okonkwo <no-reply@us.greenhouse-mail.io>",
        subject="Your offer - Clinical Data Analyst",
        date="Tue, 24 Nov 2026 17:55:02 -0500",
        reply_to="renata.okonkwo@quillmarkhealth.com",
        body="""Hi Priya,

I wanted to reach out personally before the holiday, and I'm very sorry to be writing this.

As you know, we were thrilled to extend you an offer for the Clinical Data Analyst role on November 12. Since then, Quillmark has put a company-wide pause on new hires while we work through a restructuring of our payer operations group, and as a result we are not in a position to proceed with your December 7 start date or to hold the position open.

This has nothing to do with you or with how you came across - everyone who met you was excited to work with you. If the pause lifts in the first half of next year, I would love to be the one to call you.

I'm around all week if you'd like to talk this through, and of course happy to be a reference for anything else you're going after.

With real apologies,
Renata

Renata Okonkwo (she/her)
Senior Technical Recruiter, Quillmark Health
""",
        expect=dict(
            company="Quillmark Health",
            contact="Renata Okonkwo",
            role="Clinical Data Analyst",
            stage="offer",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-baxwell-two-liner",
        kind="txt",
        body="""hi Sam - thanks for your interest in the store supervisor job. we've decided to go a different way. best of luck!

Tom
Baxwell Outfitters | Duluth
Sent from my iPhone
""",
        expect=dict(
            company="Baxwell Outfitters",
            contact="Tom",
            role="Store Supervisor",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v01-eastmere-writing-samples",
        kind="txt",
        body="""From: Hollis, Dana <dhollis@eastmere.edu>
Subject: Communications Officer (Req #04417) – College of Agriculture
Date: November 13, 2026 at 11:22:09 AM CST
To: Kit Arroyo <kit.arroyo@gmail.com>

Dear Kit,

Thank you for applying for the Communications Officer position with the College of Agriculture and for sending the three writing samples we requested. The search committee read them closely — the piece on rural broadband was a standout.

After reviewing all the sample submissions, the committee has selected other candidates to invite to interview, and we will not be moving your application forward.

We appreciate your interest in Eastmere State University and hope you will consider us again.

Sincerely,

Dana Hollis
Director of Communications | College of Agriculture
Eastmere State University
dhollis@eastmere.edu | 555-0143
Eastmere State University is an Equal Opportunity/Affirmative Action employer.
""",
        expect=dict(
            company="Eastmere State University",
            contact="Dana Hollis",
            role="Communications Officer",
            stage="portfolio",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v01-icims-harbourline-template",
        kind="eml",
        sender="Harbourline Careers <careers@harbourline-stores.icims.com>",
        subject="Harbourline Stores | Your application",
        date="Thu, 12 Nov 2026 02:31:47 +0000",
        html=True,
        body="""Hello Robin,

Thank you for applying for the role of Assistant Store Manager at Harbourline Stores (Req ID 2026-58114, Columbus Polaris).

Our hiring process typically includes a short phone conversation with a member of our recruiting team, an online situational judgement assessment, and a final interview with the Store Leadership Team. We review every application by hand before deciding who to invite to those steps.

After reviewing your application and experience, we have decided not to move forward with your candidacy for this position. We know this is not the news you were hoping for.

You're welcome to apply for other openings at Harbourline Stores at any time - new roles are posted every week at careers.harbourline.com.

Best wishes,

Anita Rao-Whitfield
Store Recruiting | Harbourline Stores, Inc.

Harbourline Stores, Inc. is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.
Please do not reply to this email. This mailbox is not monitored.
""",
        expect=dict(
            company="Harbourline Stores",
            contact="Anita Rao-Whitfield",
            role="Assistant Store Manager",
            stage="application",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v01-corvanex-at-this-stage",
        kind="txt",
        body="""From: Warehouse Recruitment - Midlands <midlands.recruitment@corvanexlogistics.co.uk>
Sent: Monday, November 9, 2026 8:03 AM
To: Chris Baptiste
Subject: Warehouse Team Leader - Night Shift - Hinckley

Dear Chris,

Thank you for your interest in the Warehouse Team Leader vacancy at our Hinckley site.

Unfortunately we will not be progressing with you at this stage.

We wish you every success in the future.

Regards
Midlands Recruitment
Corvanex Logistics UK Ltd
""",
        expect=dict(
            company="Corvanex Logistics UK Ltd",
            contact="",
            role="Warehouse Team Leader",
            stage=None,
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v01-smartrecruiters-veldtmark-assessment",
        kind="eml",
        sender="Veldtmark Logistics <noreply@smartrecruiters.com>",
        subject="Veldtmark Logistics - Inventory Control Analyst",
        date="Sat, 21 Nov 2026 00:12:09 +0100",
        body="""Dear Noor,

Thank you for taking the time to complete the online numerical and logical reasoning assessment for the Inventory Control Analyst position.

We have now reviewed the results of all candidates. Unfortunately, your results did not meet the threshold required to progress to the interview stage for this vacancy.

Please note that assessment results remain valid for 6 months. We ask that you wait until that period has passed before re-applying for the Inventory Control Analyst role; you are welcome to apply for other roles with us in the meantime.

Kind regards,

Femke de Rooij
Talent Acquisition Specialist, EMEA
Veldtmark Logistics B.V.
""",
        expect=dict(
            company="Veldtmark Logistics",
            contact="Femke de Rooij",
            role="Inventory Control Analyst",
            stage="technical",
            date="2026-11-21",
            reapply_after="2027-05-21",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v01-agency-tessaly-call-with-priya",
        kind="txt",
        body="""Daniel Mensah-Clarke <daniel.mc@brookfieldashe.co.uk>
Tue 17/11/2026 14:20
To: you

Hi Olu,

Hope you're well. Following your call with Priya last Wednesday, I've had feedback through from Tessaly Pharmacy Group on the Area Manager (North West) role.

They've decided not to take you through to the competency interview with the Regional Director - they felt your multi-site experience was a little light compared with the others on the shortlist. I'd push back on that, honestly, but it's their call.

Happy to jump on a call and go through everything they said, and I've got a couple of other retail pharmacy roles I think you'd be good for.

Cheers,
Dan

Daniel Mensah-Clarke
Senior Consultant - Retail & Healthcare
Brookfield Ashe Recruitment
07700 900 318
""",
        expect=dict(
            company="Tessaly Pharmacy Group",
            contact="Daniel Mensah-Clarke",
            role="Area Manager",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-taleo-larkspur-second-round",
        kind="eml",
        sender="City of Larkspur Falls <larkspurfalls@taleo.net>",
        subject="Employment Update: Senior Budget Analyst - Finance Department",
        date="Wed, 11 Nov 2026 16:40:00 -0700",
        body="""Dear Morgan Ellery,

Thank you for participating in the second-round interview for the position of Senior Budget Analyst (Job #26-0912) on November 5, 2026. The panel, which included the Finance Director and the Deputy City Manager, appreciated the time you spent with them.

After careful consideration, the City has selected another candidate whose qualifications more closely match the needs of the department. Your application will remain active in our applicant system for one year from the date of this letter and may be considered for similar vacancies during that time.

Please contact me directly if you have any questions regarding this decision.

Sincerely,

Yolanda Pruitt-Begay
Human Resources Analyst II
City of Larkspur Falls | Human Resources Department
(555) 014-2290
""",
        expect=dict(
            company="City of Larkspur Falls",
            contact="Yolanda Pruitt-Begay",
            role="Senior Budget Analyst",
            stage="final",
            date="2026-11-11",
            reapply_after="2027-11-11",
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-fernway-thursday-with-team",
        kind="txt",
        body="""Fernway Hiring <hiring@fernway.com>
Fri, Nov 20, 2026, 6:47 PM
to me

Hi Bea,

Thanks so much for coming out to the Dartford fulfilment centre on Thursday and spending the afternoon with the team - walking the pick floor with Grace and the shift leads, and then the session with Marc and Olusegun.

We've now met everyone for the Fulfilment Operations Manager role and, after a long debrief this morning, we've decided to offer it to another candidate. It was genuinely close.

If it's useful, Marc would be glad to share what came up in the debrief - just reply here and I'll set up 20 minutes.

All the best,
Helena Strand
Recruiting, Fernway
""",
        expect=dict(
            company="Fernway",
            contact="Helena Strand",
            role="Fulfilment Operations Manager",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v01-ordway-reply-filled",
        kind="txt",
        body="""Re: Payroll Specialist - any update?

Karen Liu <karen.liu@ordwayfs.co.uk>
To: Sam Whitcombe

Hi Sam, apologies for the slow reply - we've filled the position. Thanks for thinking of us and good luck with the search.

Karen

Karen Liu | HR & Payroll Manager
Ordway Facilities Services Ltd
T: 0161 496 0772

-----Original Message-----
From: Sam Whitcombe
Sent: 24 November 2026 10:02
To: Karen Liu
Subject: Payroll Specialist - any update?

Hi Karen, just checking in on the Payroll Specialist position - is there any news on timings?

Thanks,
Sam
""",
        expect=dict(
            company="Ordway Facilities Services Ltd",
            contact="Karen Liu",
            role="Payroll Specialist",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
