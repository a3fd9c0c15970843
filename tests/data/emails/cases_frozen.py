"""Writer F4A: frozen rejection emails (applicant systems, large employers, public sector, hospitals, universities; EN/DE/FR/ES)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    # ---------------------------------------------------------------- group 1
    dict(
        id="f4a-workday-bank-sift",
        kind="eml",
        sender="Northbridge Mutual Careers <northbridgemutual@myworkday.com>",
        subject="Northbridge Mutual | Your application for Senior Data Analyst, Retail Credit Risk (R-104552)",
        date="Fri, 20 Nov 2026 08:31:12 -0500",
        html=True,
        body="""Dear Alexis,

Thank you for your interest in Northbridge Mutual and for applying to the following position:

Senior Data Analyst, Retail Credit Risk
Requisition: R-104552
Location: Charlotte, NC (Hybrid)

We received a high volume of applications for this role. After carefully reviewing your application against the requirements of the position, we have decided not to move your candidacy forward to the interview stage.

Due to the number of applications we receive, we are unable to provide individual feedback.

We encourage you to keep your candidate profile up to date and to continue to explore opportunities at careers.northbridgemutual.com. You can manage your job alerts at any time from your Candidate Home page.

Sincerely,

Global Talent Acquisition
Northbridge Mutual

Northbridge Mutual is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.

This email was sent from an unmonitored mailbox. Please do not reply.
""",
        expect=dict(
            company="Northbridge Mutual",
            contact="",
            role="Senior Data Analyst, Retail Credit Risk",
            stage="application",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-nhs-cns-panel-outlook",
        kind="txt",
        body="""From: Hollis Gwen (ST ALDHELM'S UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <gwen.hollis2@nhs.net>
Sent: 23 November 2026 17:48
To: sam.adeyemi@outlook.com
Subject: Interview outcome - Clinical Nurse Specialist, Tissue Viability (Band 7) - 219-CN-4471

Dear Sam,

Thank you for attending interview with us on Thursday 19th November for the post of Clinical Nurse Specialist, Tissue Viability.

The panel were very impressed with your presentation and the way you handled the scenario questions, and it was a genuinely close decision. However, I am sorry to let you know that on this occasion we have offered the post to another candidate.

If you would like feedback on your interview I would be very happy to arrange a short call. Just reply to this email with a couple of times that suit you, or ring the ward on 01632 960412 and ask for me.

Thank you again for your interest in working at St Aldhelm's.

Kind regards

Gwen Hollis
Lead Nurse, Tissue Viability
St Aldhelm's University Hospitals NHS Foundation Trust
Pronouns: she/her

********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.
********************************************************************
""",
        expect=dict(
            company="St Aldhelm's University Hospitals NHS Foundation Trust",
            contact="Gwen Hollis",
            role="Clinical Nurse Specialist, Tissue Viability",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-de-personio-telefonat",
        kind="eml",
        sender="Lindqvist & Brandt GmbH <no-reply@personio.de>",
        subject="Ihre Bewerbung als Werkstudent (m/w/d) Controlling",
        date="Mon, 23 Nov 2026 14:02:51 +0100",
        reply_to="katharina.weiss@lindqvist-brandt.de",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Hallo Herr Demir,

vielen Dank für das angenehme Telefonat am vergangenen Mittwoch und Ihr Interesse an der Position als Werkstudent (m/w/d) Controlling bei Lindqvist & Brandt.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Abwägung haben wir uns jedoch für eine Kandidatin entschieden, deren Studienschwerpunkt noch etwas besser zu den aktuellen Aufgaben im Team passt.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach Abschluss des Verfahrens gelöscht.

Für Ihr weiteres Studium und Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katharina Weiß
People & Culture

Lindqvist & Brandt GmbH | Hafenstraße 12 | 20457 Hamburg
Geschäftsführer: Per Lindqvist, Jonas Brandt | Amtsgericht Hamburg HRB 184220
""",
        expect=dict(
            company="Lindqvist & Brandt GmbH",
            contact="Katharina Weiß",
            role="Werkstudent Controlling",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-greenhouse-generic-stage",
        kind="eml",
        sender="Quillmark Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="Your candidacy at Quillmark",
        date="Wed, 25 Nov 2026 23:40:00 -0800",
        html=True,
        body="""Hi Noor,

Thank you for your interest in the Product Designer, Payments role at Quillmark.

We've given careful thought to your candidacy, and at this stage of the process we've decided to move forward with other candidates whose experience more closely matches what the team needs right now.

We know this isn't the news you were hoping for. We'll be opening more design roles in 2027 and we'd love for you to keep an eye on our careers page.

Thanks again, and best of luck in your search.

The Recruiting Team at Quillmark

--
Quillmark, Inc. - 500 Folsom St - San Francisco, CA 94105
Powered by Greenhouse
""",
        expect=dict(
            company="Quillmark",
            contact="",
            role="Product Designer, Payments",
            stage=None,
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-uni-rse-exercise-gmail",
        kind="txt",
        body="""Research Software Engineer - coding exercise outcome
Inbox

Helena Marsh <h.marsh@carrowmore.ac.uk>
Tue, Nov 17, 2026, 4:26 PM
to me

Dear Mr Lindgren,

Thank you for submitting the coding exercise for the Research Software Engineer post (ref. CARR-0931) in the Digital Research Infrastructure group. We know it is a real time commitment and we appreciate the care you put into it.

The shortlisting panel reviewed all submitted exercises last week against the published criteria. I am sorry to tell you that we will not be inviting you to the interview stage on this occasion.

If it would be useful, I can send you a few brief written comments from the reviewers on your exercise. Just reply to this message and I will put them together.

With best wishes,

Dr Helena Marsh
Head of Research Software Engineering
University of Carrowmore
Room 2.14, Aldous Building
""",
        expect=dict(
            company="University of Carrowmore",
            contact="Helena Marsh",
            role="Research Software Engineer",
            stage="technical",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-corvane-offer-freeze",
        kind="eml",
        sender="Daniel Reyes-Whitfield <daniel.reyes-whitfield@corvane.com>",
        subject="Regarding your offer - Supply Chain Planner II",
        date="Mon, 16 Nov 2026 10:05:00 -0600",
        html=True,
        body="""Dear Chris,

I'm writing with news I wish I didn't have to share.

On November 2 we extended you a conditional offer of employment for the Supply Chain Planner II position at our Fort Worth distribution center. Last week Corvane Industries announced a company-wide hiring freeze as part of a restructuring of our North American operations, and as a result the position has been eliminated. I am very sorry to tell you that we must withdraw the offer.

I understand how disappointing this is, especially since you had already begun planning your notice period. This decision has nothing to do with your qualifications or the strength of your interviews; the hiring team was genuinely excited to have you join.

With your permission we will keep your details on file for 12 months, and I will personally reach out if a comparable role reopens. In the meantime, please don't hesitate to call me on my direct line if you have any questions at all.

Respectfully,

Daniel Reyes-Whitfield
HR Business Partner, Supply Chain
Corvane Industries, Inc.
Direct: +1 (817) 555-0148

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the use of the addressee and may contain privileged or confidential information.
""",
        expect=dict(
            company="Corvane Industries",
            contact="Daniel Reyes-Whitfield",
            role="Supply Chain Planner II",
            stage="offer",
            date="2026-11-16",
            reapply_after="2027-11-16",
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-fr-mareval-book",
        kind="txt",
        body="""Votre candidature - Directeur artistique junior (H/F)

Recrutement Groupe Maréval <recrutement@mareval-groupe.fr>
À : moi
mar. 24 nov. 2026, 10:12

Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez au Groupe Maréval et pour l'envoi de votre book.

Notre équipe créative a pris le temps de parcourir attentivement vos réalisations. Malgré leurs qualités, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Directeur artistique junior, les profils retenus présentant une expérience plus marquée dans l'univers du luxe.

Nous ne sommes malheureusement pas en mesure de vous adresser un retour individualisé.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

L'équipe Recrutement
Groupe Maréval
Direction des Ressources Humaines - Pôle Création
""",
        expect=dict(
            company="Groupe Maréval",
            contact="",
            role="Directeur artistique junior",
            stage="portfolio",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-lever-takehome-notes",
        kind="eml",
        sender="Aoife Brennan-Kaur <no-reply@hire.lever.co>",
        subject="Stellwerk Robotics - Backend Engineer, Platform",
        date="Thu, 12 Nov 2026 11:47:09 +0000",
        reply_to="aoife@stellwerk.io",
        body="""Hi Mateus,

Thanks so much for the work you put into the take-home. The team could see you'd spent real time on it, especially the retry logic around the job queue.

We've now reviewed all the take-home submissions for the Backend Engineer, Platform role, and I'm sorry to say we won't be moving you forward to the onsite. The main gap the reviewers flagged was test coverage on the failure paths, which is a big part of day-to-day work on the platform team.

I'm happy to share the reviewers' notes in more detail, or jump on a 15 minute call if you'd find that more useful. Just let me know.

All the best,
Aoife

Aoife Brennan-Kaur (she/her)
Technical Recruiter | Stellwerk Robotics
""",
        expect=dict(
            company="Stellwerk Robotics",
            contact="Aoife Brennan-Kaur",
            role="Backend Engineer, Platform",
            stage="technical",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-agency-halvard-final",
        kind="txt",
        body="""From: Priyanka Sethi <p.sethi@barrowfinch.co.uk>
Sent: Wednesday, November 25, 2026 9:14 AM
To: Ellis Grant
Subject: Halvard - Claims Operations Lead

Morning Ellis,

Thanks for making the trip up to Leeds on Monday for the final interview with Halvard Insurance's COO and Head of Claims. I've just come off the phone with their HR team.

I'm afraid they've decided to go with the other finalist, who has run a larger claims team through a systems migration, which is exactly what they're about to do. They were clear it was a tight call and they liked your approach to the case scenario a lot.

I've got their detailed feedback in my notes. Give me a call when you're free today and I'll talk you through it. It's genuinely useful, and it'll help us position you for the two other roles I mentioned.

Speak soon,

Priyanka Sethi
Senior Consultant - Insurance & Financial Services
Barrow & Finch Recruitment
M: 07700 900318

Barrow & Finch Recruitment Ltd is acting as an employment agency in relation to this vacancy.
""",
        expect=dict(
            company="Halvard Insurance",
            contact="Priyanka Sethi",
            role="Claims Operations Lead",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-civil-service-sift",
        kind="eml",
        sender="Government Recruitment Service <noreply@grs-jobs.example.gov.uk>",
        subject="Application outcome: Policy Adviser, Flood Resilience - 381204",
        date="Tue, 10 Nov 2026 16:20:33 +0000",
        body="""Dear Applicant,

Vacancy reference: 381204
Job title: Policy Adviser, Flood Resilience
Department: Department for Rural Affairs and Water
Grade: Higher Executive Officer

Thank you for applying for the above vacancy.

Your application has now been assessed at the sift stage against the essential criteria in the job advert. We regret to inform you that your application has not been successful on this occasion and you will not be invited to interview.

Sift scores
Behaviour - Making Effective Decisions: 3 (pass mark 4)
Personal statement: 4 (pass mark 4)

Please note that scores are final and we are unable to enter into correspondence about individual sift decisions.

You can view and apply for other vacancies across government on Civil Service Jobs.

Yours sincerely,

Government Recruitment Service
on behalf of the Department for Rural Affairs and Water
""",
        expect=dict(
            company="Department for Rural Affairs and Water",
            contact="",
            role="Policy Adviser, Flood Resilience",
            stage="application",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    # ---------------------------------------------------------------- group 2
    dict(
        id="f4a-mercyridge-recruiter-call-applemail",
        kind="txt",
        body="""From: Mercy Ridge Health Careers <careers@mercyridgehealth.org>
Subject: Revenue Cycle Analyst - Job ID 88213
Date: November 18, 2026 at 9:41:07 AM EST
To: Taylor Quinn <tquinn.mail@icloud.com>

Hello Taylor,

Thank you for taking the time to speak with our recruiter about the Revenue Cycle Analyst position (Job ID 88213) at Mercy Ridge Health. We enjoyed learning more about your background in hospital billing.

After careful consideration, we have decided to pursue other candidates for this position.

You are welcome to reapply for this or other positions after 90 days. New positions are posted daily at jobs.mercyridgehealth.org.

We wish you every success.

Talent Acquisition | Mercy Ridge Health
Caring for our communities since 1911

Mercy Ridge Health is an Equal Opportunity/Affirmative Action Employer. Minorities/Women/Protected Veterans/Disabled.
""",
        expect=dict(
            company="Mercy Ridge Health",
            contact="",
            role="Revenue Cycle Analyst",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after="2027-02-16",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-ravensgate-artstation-htmlonly",
        kind="eml",
        sender="Ravensgate Interactive Careers <careers@ravensgate-interactive.com>",
        subject="Senior Environment Artist - Ravensgate Interactive",
        date="Fri, 13 Nov 2026 17:22:40 +0100",
        html_only=True,
        body="""Hi Jonas,

Thank you for applying for the Senior Environment Artist position on our Lisbon team, working on an unannounced project.

Our art director and lead environment artist went through your ArtStation portfolio and the breakdowns you linked. There is a lot to like, particularly the lighting in your desert ruins piece. For this role, though, we need someone with more shipped experience in stylised, hand-painted environments, and we've decided not to proceed to interviews with your application.

We wish you the best of luck and hope our paths cross again.

Kind regards,

Tomasz Wierzbicki
Talent Acquisition Specialist
Ravensgate Interactive

[Ravensgate Interactive logo]
Follow us: Twitter | LinkedIn | ArtStation
""",
        expect=dict(
            company="Ravensgate Interactive",
            contact="Tomasz Wierzbicki",
            role="Senior Environment Artist",
            stage="portfolio",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-es-telvira-prueba-tecnica",
        kind="eml",
        sender="Grupo Telvira <noreply@smartrecruiters.com>",
        subject="Proceso de selección: Ingeniero de Datos (H/M) - Madrid",
        date="Wed, 18 Nov 2026 12:10:05 +0100",
        encoding="base64",
        charset="utf-8",
        body="""Hola Andrea:

Te agradecemos sinceramente el tiempo y el esfuerzo que has dedicado a la prueba técnica del proceso de Ingeniero de Datos (H/M).

Tras evaluar los resultados junto con el equipo de Plataforma de Datos, lamentamos comunicarte que en esta ocasión no continuarás en el proceso de selección. El nivel de las candidaturas ha sido muy alto y la decisión no ha sido sencilla.

Por política interna, no podemos facilitar valoraciones individuales de las pruebas.

Te animamos a seguir atento/a a nuestras ofertas en telvira.com/empleo.

Un saludo cordial,

Equipo de Talento
Grupo Telvira

De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por Grupo Telvira, S.A. con la finalidad de gestionar los procesos de selección. Puede ejercer sus derechos escribiendo a privacidad@telvira.com.
""",
        expect=dict(
            company="Grupo Telvira",
            contact="",
            role="Ingeniero de Datos",
            stage="technical",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-olvera-onsite-gmail",
        kind="txt",
        body="""Olvera Systems - next steps
Inbox x

Sam Whitcombe <swhitcombe@olverasystems.com>	Mon, Nov 9, 2026, 6:03 PM (2 weeks ago)
to me, recruiting

Hi Dev,

Thank you for spending the whole day with us at the onsite on Thursday. I know five back-to-back interviews is a lot, and everyone who met you said you were a pleasure to talk to.

After the debrief, the team decided not to extend an offer for the Staff Site Reliability Engineer role. The consistent theme was depth on large-scale incident command, which this team needs from day one.

Our policy is that candidates who complete an onsite wait 12 months before interviewing for the same role again, but other teams are open to you right away and I'd be glad to make an introduction.

I'd also love to set up 20 minutes to walk you through the debrief in more detail, if that's helpful. Reply with a few times and I'll send an invite.

Best,
Sam

Sam Whitcombe | Senior Technical Recruiter
Olvera Systems
""",
        expect=dict(
            company="Olvera Systems",
            contact="Sam Whitcombe",
            role="Staff Site Reliability Engineer",
            stage="final",
            date="2026-11-09",
            reapply_after="2027-11-09",
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-taleo-pharma-selection-complete",
        kind="eml",
        sender="Ashcombe Pharmaceuticals <noreply@taleo.net>",
        subject="Ashcombe Pharmaceuticals - Regulatory Affairs Specialist (2611-0447)",
        date="Tue, 24 Nov 2026 03:15:44 +0000",
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Dear Rahul Menon,

Thank you for your interest in the Regulatory Affairs Specialist position (Req ID 2611-0447) with Ashcombe Pharmaceuticals.

We have now completed the selection process for this position and regret to inform you that you have not been selected. Please be assured that this decision was made only after careful consideration.

Your candidate profile will remain active in our system so that you can be considered for future opportunities that match your skills. To review your profile or to stop receiving communications, please log in to the Ashcombe Careers site.

We thank you for considering Ashcombe as a potential employer and wish you every success in your career.

Kind regards,

Ashcombe Pharmaceuticals
Talent Acquisition – EMEA

This is an automated message – replies to this address aren’t monitored.
Ashcombe Pharmaceuticals plc, registered in England and Wales no. 03318842. Registered office: 1 Fenwick Park, Cambridge CB4 0WS.
""",
        expect=dict(
            company="Ashcombe Pharmaceuticals",
            contact="",
            role="Regulatory Affairs Specialist",
            stage=None,
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-press-writing-samples-bare",
        kind="txt",
        body="""Dear Ms. Odukoya,

Thank you for sending the writing and editing samples we requested for the Editorial Assistant position. Our acquisitions editors read them with interest.

I'm sorry to say that we won't be inviting you to interview. We were looking for a little more experience with academic copyediting and house style, and several candidates had that.

Please do keep an eye on our listings; we often hire for production roles in the spring.

Sincerely,

Meredith Ansell-Tran
Managing Editor
Halloran University Press
""",
        expect=dict(
            company="Halloran University Press",
            contact="Meredith Ansell-Tran",
            role="Editorial Assistant",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-de-vossberg-zweites-gespraech",
        kind="eml",
        sender="Vossberg Energie AG - Karriere <karriere@vossberg-energie.de>",
        subject="Ihre Bewerbung: Projektingenieur (w/m/d) Netzausbau - Kennziffer 2026-0815",
        date="Fri, 20 Nov 2026 10:47:00 +0100",
        html=True,
        body="""Sehr geehrter Herr Albrecht,

vielen Dank für Ihren Besuch bei uns in Essen und das ausführliche zweite Gespräch mit Herrn Dr. Kessler und dem Team Netzausbau am 13. November. Wir haben uns sehr gefreut, Sie persönlich kennenzulernen.

Nach intensiver Abwägung aller Gespräche in dieser letzten Runde haben wir uns entschieden, die Position als Projektingenieur (w/m/d) Netzausbau mit einem anderen Kandidaten zu besetzen, der bereits umfangreiche Erfahrung mit Planfeststellungsverfahren mitbringt.

Gern würden wir Ihre Unterlagen mit Ihrem Einverständnis für 6 Monate in unserem Talentpool speichern, um Sie bei passenden Vakanzen direkt anzusprechen.

Für Rückfragen oder ein kurzes Feedbackgespräch stehe ich Ihnen gerne telefonisch zur Verfügung.

Mit freundlichen Grüßen

i. A. Dr. Anja Felsberg
Personalreferentin Technik

Vossberg Energie AG
Ruhrallee 80, 45138 Essen
Vorsitzender des Aufsichtsrats: Dr. Heinrich Moll | Vorstand: Claudia Reuter (Vorsitzende), Tim Vossberg
""",
        expect=dict(
            company="Vossberg Energie AG",
            contact="Anja Felsberg",
            role="Projektingenieur Netzausbau",
            stage="final",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-workable-phone-forwarded",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Leah Okonkwo-Mills <leah@brightwell-logistics.workablemail.com>
Date: Mon, Nov 23, 2026 at 4:05 PM
Subject: Your application for Operations Coordinator at Brightwell Logistics
To: <r.hughes1990@gmail.com>


Hi Ruth,

It was great to chat on the phone last Tuesday. Thanks for making time on your lunch break!

I wanted to let you know that we've decided to move forward with candidates who have more hands-on experience with warehouse management systems, so we won't be continuing with your application for the Operations Coordinator role.

Wishing you the best of luck with your search.

Leah Okonkwo-Mills
Recruiter, Brightwell Logistics

Sent with Workable
""",
        expect=dict(
            company="Brightwell Logistics",
            contact="Leah Okonkwo-Mills",
            role="Operations Coordinator",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-nz-uni-postdoc-offer-withdrawn",
        kind="eml",
        sender="Alleyne, Richard <R.Alleyne@easterbrook.ac.nz>",
        subject="Postdoctoral Research Associate (soil microbiome) - your offer",
        date="Thu, 26 Nov 2026 07:15:00 +1300",
        body="""Dear Dr Haddad,

I am very sorry to be writing this email.

As you know, the University made you a written offer on 30 October for the Postdoctoral Research Associate position on our soil microbiome project, conditional on confirmation of the external grant. Yesterday afternoon the funder informed us that the second-year tranche of the grant has been cut, and the Faculty has told me it cannot underwrite the post. The University has therefore had to withdraw the offer of employment. HR will send formal confirmation in the next few days.

I want to be clear that this is entirely about the funding. You were the panel's first choice and I remain keen to work with you. If you have any questions, about this or about other options I may be able to help with, please write to me or call my office; I would be glad to talk.

With sincere apologies and best wishes,

Richard

Professor Richard Alleyne
School of Biological Sciences
Easterbrook University
Private Bag 4800, Christchurch, New Zealand
""",
        expect=dict(
            company="Easterbrook University",
            contact="Richard Alleyne",
            role="Postdoctoral Research Associate",
            stage="offer",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-teamtailor-cv-gmail",
        kind="txt",
        body="""Fjällgren Outdoor - E-commerce Manager
Inbox

Fjällgren Outdoor <no-reply@teamtailor.com>
Fri, Nov 20, 2:31 PM (6 days ago)
to me

Hi Kim!

Thanks for your application for the E-commerce Manager role at Fjällgren Outdoor, and for your interest in joining our team.

We've now gone through all applications and your CV, and unfortunately we've decided to go ahead with other candidates whose background matches our requirements a little more closely.

We'll keep your details in our talent community so we can reach out if something fits better in the future. You can remove yourself at any time.

Happy trails,
People Team, Fjällgren Outdoor
""",
        expect=dict(
            company="Fjällgren Outdoor",
            contact="",
            role="E-commerce Manager",
            stage="application",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    # ---------------------------------------------------------------- group 3
    dict(
        id="f4a-fr-bellerive-vivier-24mois",
        kind="eml",
        sender="Groupe Bellerive Assurances <recrutement@bellerive-assurances.fr>",
        subject="Votre candidature - Chargé(e) de clientèle entreprises H/F",
        date="Thu, 5 Nov 2026 09:00:12 +0100",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Madame,

Nous avons bien reçu votre candidature au poste de Chargé(e) de clientèle entreprises H/F (réf. BEL-2026-1187) basé à Nantes, et nous vous remercions de l'intérêt que vous portez à notre Groupe.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil ne correspond pas entièrement aux critères recherchés pour ce poste. Nous ne pouvons donc pas donner une suite favorable à votre candidature.

Sauf opposition de votre part, nous conservons votre candidature dans notre vivier pendant 24 mois afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Bellerive Assurances

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données en écrivant à dpo@bellerive-assurances.fr.
""",
        expect=dict(
            company="Groupe Bellerive Assurances",
            contact="",
            role="Chargé(e) de clientèle entreprises",
            stage="application",
            date="2026-11-05",
            reapply_after="2028-11-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-es-hospital-entrevista-telefonica",
        kind="txt",
        body="""De: Montero Garrido, Lucía <lmontero@hsanrafael.es>
Enviado el: martes, 17 de noviembre de 2026 13:25
Para: javier.ortega.r@gmail.com
Asunto: Proceso de selección Técnico/a de Sistemas - Hospital Universitario San Rafael

Estimado Javier:

Gracias por la entrevista telefónica del pasado jueves y por tu interés en incorporarte al Servicio de Informática del Hospital Universitario San Rafael.

Una vez finalizada esta primera fase de entrevistas, te comunicamos que no vas a continuar en el proceso para el puesto de Técnico/a de Sistemas. Hemos priorizado perfiles con experiencia previa en entornos sanitarios y en la integración de sistemas de información hospitalaria.

Te deseamos mucha suerte en tu búsqueda.

Atentamente,

Lucía Montero Garrido
Unidad de Selección - Dirección de Recursos Humanos
Hospital Universitario San Rafael
Tel. 91 555 23 40 ext. 4412

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida.
""",
        expect=dict(
            company="Hospital Universitario San Rafael",
            contact="Lucía Montero Garrido",
            role="Técnico/a de Sistemas",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-ashby-pairing-implied",
        kind="eml",
        sender="Kestrel Pay <no-reply@ashbyhq.com>",
        subject="Your Kestrel Pay interview",
        date="Tue, 3 Nov 2026 19:58:31 +0000",
        reply_to="jonah.feld@kestrelpay.com",
        html=True,
        body="""Hey Lena,

Thanks again for the time you put into the pairing session with Ines and Mo on Friday. They both said it was a fun hour, and they liked how you talked through the trade-offs on the form state.

Having compared notes, we're going to stop the process here for the Senior Frontend Engineer role. The team felt they needed to see more depth on performance profiling and accessibility than came through in the exercise.

If you want the details, I'm happy to pass on their written notes or hop on a call. Either works.

Cheers,
Jonah Feld
Recruiting @ Kestrel Pay

Sent via Ashby
""",
        expect=dict(
            company="Kestrel Pay",
            contact="Jonah Feld",
            role="Senior Frontend Engineer",
            stage="technical",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-hotel-filled-phone-paste",
        kind="txt",
        body="""Hi Marco, thanks for your interest in the Night Auditor position at Copperline Hotels Riverside. We wanted to let you know that the position has now been filled. We wish you all the best!

Copperline Hotels HR
""",
        expect=dict(
            company="Copperline Hotels",
            contact="",
            role="Night Auditor",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-council-panel-reply-chain",
        kind="eml",
        sender="Okafor, Chiamaka <Chiamaka.Okafor@marlowheath.gov.uk>",
        subject="RE: Senior Planning Officer - interview outcome",
        date="Wed, 11 Nov 2026 12:03:17 +0000",
        body="""Dear Mr Fairbairn,

Thank you for your email, and apologies for not coming back to you sooner.

I'm writing to let you know the outcome of your interview on 4 November for the post of Senior Planning Officer. The panel (Cllr Hart, the Head of Planning and myself) found the decision very difficult, as both you and the appointed candidate gave strong presentations. On balance, we have offered the post to a candidate with more recent experience of major applications at appeal.

Thank you for the time and effort you put into preparing for the presentation and interview.

Yours sincerely

Chiamaka Okafor
Development Management Team Leader
Place Directorate
Marlow Heath Borough Council

From: Ben Fairbairn <ben.fairbairn@btinternet.com>
Sent: 10 November 2026 08:12
To: Okafor, Chiamaka <Chiamaka.Okafor@marlowheath.gov.uk>
Subject: Senior Planning Officer - interview outcome

Dear Ms Okafor,

I hope you are well. I wondered whether there was any news following my interview last week?

Kind regards,
Ben Fairbairn
""",
        expect=dict(
            company="Marlow Heath Borough Council",
            contact="Chiamaka Okafor",
            role="Senior Planning Officer",
            stage="final",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-retailer-ux-portfolio-6mo",
        kind="txt",
        body="""Your portfolio submission - Senior UX Designer
Inbox

Pemberton & Lowe Careers <careers@pembertonlowe.co.uk>
Wed, Nov 4, 2026, 10:15 AM
to me

Hi Grace,

Thank you for applying for the Senior UX Designer role in our Digital team and for sharing your portfolio.

Our design leads have reviewed your portfolio and work samples alongside your CV. On this occasion we won't be inviting you to the interview stage.

We receive a lot of interest in our design roles, so we ask that you wait 6 months before applying again to a role in the same team. In the meantime, you're very welcome to apply for roles in other parts of the business.

Thanks again for your interest in Pemberton & Lowe.

UX Hiring Team
Pemberton & Lowe | Digital

Pemberton & Lowe Ltd. Registered in England No. 00451987.
""",
        expect=dict(
            company="Pemberton & Lowe",
            contact="",
            role="Senior UX Designer",
            stage="portfolio",
            date="2026-11-04",
            reapply_after="2027-05-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-icims-screen-title-signoff",
        kind="eml",
        sender="Arcadia Wireless Talent Acquisition <careers-noreply@icims.com>",
        subject="Network Operations Engineer II - Req #2026-31877",
        date="Mon, 2 Nov 2026 14:40:00 -0700",
        html=True,
        body="""Hello Jamal,

Thank you for taking the time to speak with me last week about the Network Operations Engineer II opportunity with Arcadia Wireless. I enjoyed hearing about your experience supporting carrier-grade networks.

After reviewing all of the candidates we spoke with during our initial screening calls, the hiring manager has selected other candidates to move forward to the next round of interviews. We will not be scheduling further interviews with you for this requisition.

We truly appreciate your interest in Arcadia Wireless and encourage you to apply to future openings that match your experience.

Best regards,

Your Talent Acquisition Partner
Arcadia Wireless | People Team

Arcadia Wireless is proud to be an equal opportunity employer. We do not discriminate on the basis of race, religion, color, sex, gender identity, sexual orientation, age, disability, national origin, veteran status or any other basis covered by law.

To unsubscribe from these emails, click here.
""",
        expect=dict(
            company="Arcadia Wireless",
            contact="",
            role="Network Operations Engineer II",
            stage="phone_screen",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-hospital-typing-assessment-outlook",
        kind="txt",
        body="""From: Ince Deborah (Kingsmere Community Hospital) <deborah.ince@kingsmere.nhs.uk>
Sent: Friday, November 6, 2026 3:52 PM
To: Lauren Pike
Subject: Medical Secretary (Band 4) - assessment result

Dear Lauren,

Thank you for coming in on Wednesday to complete the audio-typing and medical terminology assessment for the Medical Secretary post in Outpatients.

Unfortunately your score in the timed audio-typing exercise was below the threshold we set for progressing to interview, so we will not be able to take your application further this time.

Thank you for your interest in Kingsmere.

Best wishes,
Deborah Ince
Medical Secretaries Team Leader
Kingsmere Community Hospital
""",
        expect=dict(
            company="Kingsmere Community Hospital",
            contact="Deborah Ince",
            role="Medical Secretary",
            stage="technical",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-airline-cabin-crew-base64",
        kind="eml",
        sender="Cobalt Air Recruitment <recruitment@mail.cobaltair.aero>",
        subject="Your Cabin Crew application",
        date="Sat, 21 Nov 2026 06:02:10 +0000",
        encoding="base64",
        body="""Dear Sofia,

Thank you for applying to join Cobalt Air as Cabin Crew based in Manchester.

Our recruitment team has reviewed your CV and the answers you gave in your online application. We're sorry to tell you that we won't be taking your application forward to our assessment day.

You can reapply 6 months from the date of this email. Many of our crew were successful on their second attempt, so please don't be discouraged!

Due to the very high number of applications we receive, we can't give individual feedback.

Kind regards,

Cabin Crew Recruitment
Cobalt Air

Cobalt Air Limited | Registered office: Hangar 4, Manchester Airport, M90 1QX
""",
        expect=dict(
            company="Cobalt Air",
            contact="",
            role="Cabin Crew",
            stage="application",
            date="2026-11-21",
            reapply_after="2027-05-21",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-agency-oakhurst-rescinded",
        kind="txt",
        body="""Oakhurst - update on your offer
Inbox

Callum O'Rourke <callum@meridiantalent.ie>
Thu, Nov 19, 2026, 5:47 PM
to me

Hi Aisling,

I'm really sorry to be sending this one. Oakhurst Capital came back to me this afternoon to say they are rescinding the offer for the Fund Accountant position. One of their largest clients has moved its funds to another administrator and they've put all new hires on hold, including yours.

I pushed hard on whether this could be a delay rather than a withdrawal, but they've been clear it's off for now. They asked me to pass on that this is in no way a reflection on you.

Call me whenever suits tonight or tomorrow and we can talk through what happened and next steps. I have two fund accounting roles I'd like to put you forward for straight away.

Callum

Callum O'Rourke
Principal Consultant, Financial Services
Meridian Talent Partners
+353 1 555 0192
""",
        expect=dict(
            company="Oakhurst Capital",
            contact="Callum O'Rourke",
            role="Fund Accountant",
            stage="offer",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    # ---------------------------------------------------------------- group 4
    dict(
        id="f4a-de-kraemer-fallstudie-8bit",
        kind="eml",
        sender="Kraemer Logistik SE - Karriere <karriere@kraemer-logistik.de>",
        subject="Ihre Bewerbung als Data Engineer (m/w/d) - Referenznummer 4471",
        date="Wed, 25 Nov 2026 16:30:00 +0100",
        encoding="8bit",
        charset="iso-8859-1",
        body="""Guten Tag Frau Nowak,

vielen Dank, dass Sie sich die Zeit genommen haben, unsere Fallstudie zur Routenoptimierung zu bearbeiten und uns Ihre Lösung einzureichen.

Unsere Fachabteilung hat alle eingereichten Lösungen sorgfältig ausgewertet. Leider müssen wir Ihnen mitteilen, dass wir Sie nicht zu den weiteren Vorstellungsgesprächen einladen können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen kein individuelles Feedback geben können.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen viel Erfolg.

Freundliche Grüße

Ihr Recruiting-Team
Krämer Logistik SE

Krämer Logistik SE · Sitz der Gesellschaft: Bremen · Registergericht: Amtsgericht Bremen HRB 31877 · Vorstand: Sabine Krämer (Vors.), Oliver Haas
""",
        expect=dict(
            company="Krämer Logistik SE",
            contact="",
            role="Data Engineer",
            stage="technical",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-es-atalaya-portafolio-gmail",
        kind="txt",
        body="""Candidatura Diseñador/a Gráfico/a - Atalaya Media
Recibidos

Atalaya Media Empleo <empleo@atalayamedia.es>
24 nov 2026, 11:02
para mí

Hola, Marta:

Muchas gracias por enviarnos tu portafolio para la vacante de Diseñador/a Gráfico/a en el área de Branding.

El equipo creativo ha revisado con detalle tus trabajos y, aunque nos han gustado especialmente tus proyectos de identidad visual, hemos decidido seguir adelante con otros perfiles con más experiencia en motion graphics, por lo que no te convocaremos a entrevista.

Guardaremos tus datos en nuestra base de candidatos durante un año por si surge otra oportunidad que encaje contigo.

Un abrazo y mucha suerte,

Equipo de Selección
Atalaya Media · Dirección de Personas
""",
        expect=dict(
            company="Atalaya Media",
            contact="",
            role="Diseñador/a Gráfico/a",
            stage="portfolio",
            date="2026-11-24",
            reapply_after="2027-11-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-fr-ch-commission-recrutement",
        kind="eml",
        sender="Lacaze-Merle Sophie <sophie.lacaze-merle@ch-vallon.fr>",
        subject="Candidature au poste de cadre de santé - pôle Médecine",
        date="Mon, 9 Nov 2026 18:21:09 +0100",
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Madame,

Je fais suite à votre entretien du 3 novembre devant la commission de recrutement pour le poste de cadre de santé du pôle Médecine.

Après délibération, la commission a retenu la candidature d’une autre personne, dont l’expérience en gestion d’une unité de court séjour correspondait davantage aux besoins immédiats du service. Je tiens à souligner la qualité de votre présentation et de votre projet managérial, qui ont été unanimement appréciés.

Si vous le souhaitez, je reste à votre disposition pour vous faire un retour plus détaillé lors d’un échange téléphonique.

Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.

Mme Sophie Lacaze-Merle
Directrice des soins
Centre Hospitalier de Vallon-sur-Orne
Direction des Soins – 02 33 55 41 00
""",
        expect=dict(
            company="Centre Hospitalier de Vallon-sur-Orne",
            contact="Sophie Lacaze-Merle",
            role="Cadre de santé",
            stage="final",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-workday-biotech-no-stage",
        kind="eml",
        sender="Halberd Biosciences <halberd@myworkday.com>",
        subject="An update from Halberd Biosciences",
        date="Fri, 6 Nov 2026 21:14:55 -0500",
        html_only=True,
        body="""Dear Jordan Ellery,

Thank you for your interest in the Associate Director, Clinical Operations position at Halberd Biosciences.

We appreciate the time you have invested in exploring this opportunity with us. At this stage of the process, we have decided to move forward with other candidates whose experience more closely aligns with the current needs of the role.

We encourage you to continue to explore opportunities with Halberd Biosciences by visiting our careers site and setting up job alerts.

We wish you success in your career search.

Best regards,
Halberd Biosciences Talent Acquisition

This message was sent from a no-reply address. Please do not respond directly.
Halberd Biosciences, Inc. | 300 Technology Square | Cambridge, MA 02139
""",
        expect=dict(
            company="Halberd Biosciences",
            contact="",
            role="Associate Director, Clinical Operations",
            stage=None,
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-college-met-slt-applemail",
        kind="txt",
        body="""From: Malcolm Teague <m.teague@bellhaven.ac.uk>
Subject: Head of Admissions
Date: 16 November 2026 at 11:05:32 GMT
To: Nadia Rahman <nadia.rahman@me.com>

Dear Nadia,

Thank you for giving up your whole Thursday to be with us: the tour, the student panel, and then the conversation with the Principal and the rest of the senior leadership team. I know it was a long day.

I'm sorry to tell you that we have decided to appoint another candidate to the Head of Admissions post. It was close, and the student panel in particular spoke warmly about you.

I wish you every success, and I hope our paths cross again.

Warm regards,

Malcolm

Malcolm Teague
Vice Principal, Students
Bellhaven College
""",
        expect=dict(
            company="Bellhaven College",
            contact="Malcolm Teague",
            role="Head of Admissions",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-childrens-hospital-offer-withdrawn",
        kind="eml",
        sender="Riverside Children's Hospital Recruitment <noreply@nhsrecruit-mail.example.uk>",
        subject="Conditional offer withdrawn - Paediatric Physiotherapist - 344-RCH-2210",
        date="Tue, 24 Nov 2026 11:37:00 +0000",
        body="""Dear Candidate,

Re: Paediatric Physiotherapist (Band 6) - Reference 344-RCH-2210

We wrote to you on 12 October 2026 with a conditional offer of employment for the above post.

Following a review of the Trust's establishment, the post has been withdrawn from recruitment and is no longer funded. We are therefore writing to confirm that the conditional offer of employment made to you has been withdrawn with immediate effect. Any pre-employment checks in progress have been cancelled.

We apologise for any inconvenience this may cause. This decision is final.

Yours faithfully

Recruitment Team
Workforce Directorate
Riverside Children's Hospital NHS Foundation Trust

This is an automated email, please do not reply.
""",
        expect=dict(
            company="Riverside Children's Hospital NHS Foundation Trust",
            contact="",
            role="Paediatric Physiotherapist",
            stage="offer",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-construction-chased-reply-outlook",
        kind="txt",
        body="""From: Rosie Blackwood <r.blackwood@haldane-construction.co.uk>
Sent: 25 November 2026 10:02
To: Tom Kerrigan <tomkerrigan@hotmail.co.uk>
Subject: RE: Junior Quantity Surveyor application - any update?

Hi Tom,

Sorry for the slow reply, it's been a hectic few weeks here.

I had a look and I'm afraid your CV wasn't shortlisted for the Junior Quantity Surveyor role; the hiring manager went with people who'd already got some site experience. Sorry not to have better news.

Good luck with everything.

Rosie

Rosie Blackwood | HR Administrator
Haldane Construction Ltd
Unit 3, Westgate Business Park, Carlisle CA2 5LB

-----Original Message-----
From: Tom Kerrigan <tomkerrigan@hotmail.co.uk>
Sent: 02 November 2026 19:40
To: careers@haldane-construction.co.uk
Subject: Junior Quantity Surveyor application - any update?

Hello,

I applied for the Junior Quantity Surveyor position on 12 October and wondered whether there was any news on my application?

Many thanks,
Tom Kerrigan
""",
        expect=dict(
            company="Haldane Construction",
            contact="Rosie Blackwood",
            role="Junior Quantity Surveyor",
            stage="application",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-county-council-telephone-interview",
        kind="eml",
        sender="Northmoor County Council Jobs <jobs-noreply@northmoor.gov.uk>",
        subject="Customer Services Advisor (ref NCC-11873) - telephone interview outcome",
        date="Thu, 19 Nov 2026 15:00:02 +0000",
        body="""Dear Kwame Asante-Boateng,

Thank you for taking part in the telephone interview for the Customer Services Advisor post (Grade 4, 37 hours per week) on 16 November.

We have now completed the telephone interviews and regret to inform you that you have not been selected to attend the face-to-face interview and role-play assessment on this occasion.

Thank you for your interest in working for Northmoor County Council. You can find all our current vacancies at www.northmoor.gov.uk/jobs.

Yours sincerely

HR Shared Services
Northmoor County Council
County Hall, Bridge Street, Ashbury NM1 2AA
""",
        expect=dict(
            company="Northmoor County Council",
            contact="",
            role="Customer Services Advisor",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-grad-scheme-tests-undated-12mo",
        kind="txt",
        body="""Dear Oluwaseun,

Thank you for completing the online assessments for the Graduate Consultant role (September 2027 intake) at Baxter Lyle & Co.

We have now reviewed your results from the numerical reasoning and situational judgement tests. Unfortunately, on this occasion your results did not meet the benchmark required to progress to the video interview stage.

Candidates who are unsuccessful at the online assessment stage may apply again in 12 months. We hope you will consider doing so.

Kind regards,

Early Careers Team
Baxter Lyle & Co

You are receiving this email because you applied for a role at Baxter Lyle & Co. Unsubscribe | Privacy notice
""",
        expect=dict(
            company="Baxter Lyle & Co",
            contact="",
            role="Graduate Consultant",
            stage="technical",
            date=None,
            reapply_after="2027-11-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-recruitee-architecture-portfolio",
        kind="eml",
        sender="Ines Carvalho <ines.carvalho@stanmorehale.recruitee.com>",
        subject="Part II Architectural Assistant - Stanmore Hale",
        date="Tue, 17 Nov 2026 09:26:44 +0000",
        html=True,
        encoding="quoted-printable",
        body="""Dear Felix,

Many thanks for applying to Stanmore Hale and for sending through your portfolio.

Our directors review every Part II portfolio themselves, and they spent some time on yours, in particular the housing scheme from your fourth year. This round, though, we have decided to invite candidates whose portfolios show more technical detailing and construction-stage drawings, and we won't be inviting you to interview.

If you'd like a few pointers on how the portfolio read to us, I'm happy to pass on the directors' comments. Just reply to this email.

Best wishes,

Ines Carvalho
Studio & People Coordinator
Stanmore Hale Architects LLP
RIBA Chartered Practice
""",
        expect=dict(
            company="Stanmore Hale Architects",
            contact="Ines Carvalho",
            role="Part II Architectural Assistant",
            stage="portfolio",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    # ---------------------------------------------------------------- group 5
    dict(
        id="f4a-hotel-gm-iphone-lowercase-sig",
        kind="txt",
        body="""Dana Whitlock
To: Ahmed Saleh
24 November 2026 at 18:42

Hi Ahmed

Thanks for the call on Friday, really enjoyed chatting. I've talked it over with our GM and we've decided to go with someone who's already run a front office on Opera Cloud, so we won't be taking things further for the Front Office Manager job at the Harcourt Lane Hotel.

Sorry it's not better news. Best of luck!

dana

Sent from my iPhone
""",
        expect=dict(
            company="Harcourt Lane Hotel",
            contact="Dana Whitlock",
            role="Front Office Manager",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-smartrecruiters-automotive-docs",
        kind="eml",
        sender="Veldt Automotive <noreply@smartrecruiters.com>",
        subject="Quality Engineer - Battery Systems: update on your application",
        date="Mon, 23 Nov 2026 08:05:19 +0100",
        html=True,
        encoding="quoted-printable",
        body="""Dear Lukas,

Thank you for your application for the position of Quality Engineer – Battery Systems (f/m/d) at our Graz plant.

We have carefully reviewed your documents and compared your profile with the requirements of the position. Unfortunately, we are unable to consider you further in the selection process and will not be inviting you to an interview.

We would like to thank you for your interest in Veldt Automotive and wish you every success for the future.

Kind regards

Your Veldt Automotive Recruiting Team

Veldt Automotive GmbH | Puchstraße 210 | 8055 Graz | Austria
FN 441873 t | Landesgericht für ZRS Graz
""",
        expect=dict(
            company="Veldt Automotive",
            contact="",
            role="Quality Engineer – Battery Systems",
            stage="application",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-uni-library-process-concluded",
        kind="txt",
        body="""From: HR Recruitment <recruitment@tamsworth.ac.uk>
Sent: Monday, November 2, 2026 11:30 AM
To: Eilidh MacRae
Subject: Library Assistant (Part-time) - Ref 26/0417

Dear Eilidh,

Library Assistant (Part-time), Library and Learning Services - Ref 26/0417

Thank you for your interest in the above post at the University of Tamsworth.

The recruitment process for this post has now concluded and I am sorry to tell you that you have not been successful on this occasion.

We would like to thank you for the interest you have shown in working at the University and wish you every success in the future.

Yours sincerely

HR Recruitment Team
People Directorate
University of Tamsworth

The University of Tamsworth is a charity registered in Scotland, No SC019884.
""",
        expect=dict(
            company="University of Tamsworth",
            contact="",
            role="Library Assistant",
            stage=None,
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-museum-showreel-gmail",
        kind="txt",
        body="""Digital Content Producer - Calloway Museum
Inbox

Marisol Ebbing <mebbing@callowaymuseum.org>
Thu, Nov 12, 2026, 2:14 PM
to me

Hi Reuben,

Thanks so much for sending your showreel and the links to the exhibition trailers. Our content team watched everything, and the documentary short about the letterpress studio was a particular favorite.

We've now settled the shortlist for the Digital Content Producer position and, unfortunately, we won't be asking you to interview. We're prioritizing candidates with more experience producing for museum social channels on a very small budget.

Thanks again for your interest in the Calloway.

Marisol Ebbing
Associate Director of Digital Engagement
Calloway Museum of Art
she/her/ella
""",
        expect=dict(
            company="Calloway Museum of Art",
            contact="Marisol Ebbing",
            role="Digital Content Producer",
            stage="portfolio",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-norwell-offer-rescinded-reorg",
        kind="eml",
        sender="Beatriz Anand <beatriz.anand@norwellsystems.com>",
        subject="Your offer - Solutions Architect",
        date="Wed, 4 Nov 2026 13:30:00 -0800",
        html=True,
        body="""Hi Kenji,

I tried to call you about this but couldn't reach you, so I'm following up in writing as well.

I'm very sorry to tell you that Norwell Systems has to rescind the offer we made on October 28 for the Solutions Architect role on the Public Sector team. This morning our leadership announced a reorganization that merges that team into our Partner organization, and the Solutions Architect headcount was not carried over.

I know you may have already started conversations with your current employer about leaving, and I want to make sure we support you however we can. Please reply here or call me at (206) 555-0173 with any questions, and I'll walk you through what happens next, including the sign-on bonus paperwork.

With sincere apologies,

Beatriz Anand
Director, Talent Acquisition
Norwell Systems
""",
        expect=dict(
            company="Norwell Systems",
            contact="Beatriz Anand",
            role="Solutions Architect",
            stage="offer",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4a-restaurant-trial-shift-first-name",
        kind="txt",
        body="""Hi Abdi,

Thanks for coming in for the trial shift on Saturday night, it was a busy one to be thrown into! Head chef and I have talked it through and we're not going to offer you the Chef de Partie role this time. You've got good knife skills but we need someone a bit quicker on the pass for a Saturday service.

Best of luck, and keep an eye on our site as we're opening in Bristol in the spring.

Gareth
Loxley & Vine Kitchens
""",
        expect=dict(
            company="Loxley & Vine",
            contact="Gareth",
            role="Chef de Partie",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-academy-trust-references",
        kind="txt",
        body="""From: J Pennington <jpennington@hartwellacademytrust.org.uk>
Sent: Friday, November 20, 2026 4:48 PM
To: 'Leon Baptiste'
Subject: Business Manager - Hartwell Academy Trust

Dear Leon,

Further to your interview, thank you for consenting to us approaching your referees last week.

Having now received and considered all of the references, the Trust has decided not to proceed with your appointment to the post of Business Manager. I appreciate this will be disappointing at such a late stage.

Please accept my thanks for the time you have given to the process.

Yours sincerely

Mrs J. Pennington
Chief Operating Officer
Hartwell Academy Trust
""",
        expect=dict(
            company="Hartwell Academy Trust",
            contact="J. Pennington",
            role="Business Manager",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-jazzhr-not-to-interview-gmail",
        kind="txt",
        body="""Glenmoor Foods - Production Supervisor
Inbox  Updates

Glenmoor Foods <notification@app.jazz.co>
Tue, Nov 10, 2026, 7:02 AM
to me

Hello Morgan,

Thank you for your interest in the Production Supervisor position at Glenmoor Foods.

We have reviewed your application and, at this time, we will not be moving you forward to the interview stage. Our hiring managers were looking for candidates with more experience in food safety (SQF/BRC) and in leading teams on an overnight shift.

We appreciate the time you took to apply and wish you the best in your job search.

Sincerely,
Glenmoor Foods Hiring Team

Powered by JazzHR
""",
        expect=dict(
            company="Glenmoor Foods",
            contact="",
            role="Production Supervisor",
            stage="application",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-bamboohr-conversation-with-priya",
        kind="eml",
        sender="Saltmarsh Health <notifications@app.bamboohr.com>",
        subject="Clinical Informatics Specialist",
        date="Fri, 13 Nov 2026 16:44:10 -0600",
        reply_to="owen.batley-mensah@saltmarshhealth.com",
        body="""Hi Zara,

Following your conversation with Priya last week, I wanted to give you an update on the Clinical Informatics Specialist opening.

Priya really enjoyed talking with you about your Epic build work. We've decided, though, to move forward with candidates who have more direct experience supporting ambulatory clinics, so we won't be scheduling the next interviews with the nursing informatics team for you.

Thanks so much for your interest in Saltmarsh Health. We wish you all the best.

Owen Batley-Mensah
People Operations Coordinator
Saltmarsh Health
""",
        expect=dict(
            company="Saltmarsh Health",
            contact="Owen Batley-Mensah",
            role="Clinical Informatics Specialist",
            stage="phone_screen",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4a-faculty-search-concluded",
        kind="txt",
        body="""From: Faculty Search - Economics <econsearch@warrenfield.edu>
Date: Wednesday, November 25, 2026 at 2:10 PM
To: Anaya Krishnan <akrishnan@stanmail.example.edu>
Subject: Assistant Professor of Economics (Search #F26-112)

Dear Dr. Krishnan,

On behalf of the search committee, thank you for your interest in the position of Assistant Professor of Economics at Warrenfield University.

The committee has now concluded its work, and an offer has been accepted by another candidate. We regret that we are unable to offer you the position.

The committee received more than 600 strong dossiers this year, and we are grateful for the time you invested. We wish you every success in your career.

Sincerely,

Office of the Dean
College of Arts and Sciences
Warrenfield University

Warrenfield University is an equal opportunity/affirmative action employer and does not discriminate on the basis of race, color, religion, sex, national origin, age, disability or veteran status.
""",
        expect=dict(
            company="Warrenfield University",
            contact="",
            role="Assistant Professor of Economics",
            stage=None,
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]

_CASES_B: list[dict] = []

# ---- group 1 (f4b-01 .. f4b-10) ----
CASES += [
    dict(
        id="f4b-01-kelpwise-teamtailor-portfolio",
        kind="eml",
        sender="Kelpwise <no-reply@teamtailor-mail.com>",
        subject="Your application for Founding Product Designer at Kelpwise",
        date="Mon, 23 Nov 2026 09:14:22 +0100",
        reply_to="jobs@kelpwise.io",
        html=True,
        body="""Hi Noor,

Thanks so much for applying to be our Founding Product Designer, and for sharing your portfolio with us.

We're a team of six, so every one of us looked through the work you sent, and we genuinely enjoyed the onboarding flows for the grocery app. In the end, though, we're looking for someone whose recent work has been closer to complex B2B tooling, and we've decided not to invite you to an interview.

We know that's not the news you were hoping for. We wish you lots of luck with your search.

Warmly,
The Kelpwise team

Kelpwise AS · Tollbugata 17 · 0152 Oslo
You received this email because you applied for a job at Kelpwise. Powered by Teamtailor.
""",
        expect=dict(
            company="Kelpwise",
            contact="",
            role="Founding Product Designer",
            stage="portfolio",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-02-hollowoak-gmail-trial",
        kind="txt",
        body="""Head Roaster - Hollow Oak
Inbox

Dana Whitcombe <dana@hollowoakroasters.com>
Tue, Nov 24, 4:02 PM (2 days ago)
to me

Hey Luis,

I wanted to write rather than just send a form thing. Thank you for coming out to the roastery on Saturday and doing the roast and cupping with Pete and me. You clearly know your way around a Probat and the Ethiopian you dialled in was lovely.

We've offered the Head Roaster job to someone who has run production for a wholesale roaster before, which is the part we're most worried about as we grow. It was close.

If it helps, I'm happy to tell you what we saw on the day, over a coffee or on the phone, whichever you'd rather. Just reply and we'll set it up.

Dana
Hollow Oak Roasters
""",
        expect=dict(
            company="Hollow Oak Roasters",
            contact="Dana Whitcombe",
            role="Head Roaster",
            stage="technical",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-03-groenlint-recruitee-nl-phone",
        kind="eml",
        sender="Sanne de Vries via Recruitee <notifications@recruiteemail.com>",
        subject="Jouw sollicitatie als Backend Developer bij Groenlint",
        date="Wed, 18 Nov 2026 10:05:40 +0100",
        reply_to="sanne@groenlint.nl",
        body="""Hoi Bram,

Bedankt voor het fijne telefoongesprek van dinsdag en voor je interesse in de functie van Backend Developer bij Groenlint.

We hebben lang getwijfeld, maar we gaan niet verder met jouw sollicitatie. Voor deze rol zoeken we toch iemand die al meer ervaring heeft met Kotlin en event-driven systemen, en dat kwam in ons gesprek minder naar voren.

Met jouw toestemming bewaren we je gegevens nog 6 maanden, zodat we contact kunnen opnemen als er een passende vacature vrijkomt. Wil je meer weten over onze overwegingen? Bel of mail me gerust, dan licht ik het graag toe.

Hartelijke groet,

Sanne de Vries
Recruiter | Groenlint B.V.
06 - 41 29 83 17
""",
        expect=dict(
            company="Groenlint",
            contact="Sanne de Vries",
            role="Backend Developer",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-04-harbourline-for-marlow-finch-outlook",
        kind="txt",
        body="""From: Priyanka Raman <priyanka.raman@harbourline-recruitment.co.uk>
Sent: Friday, November 20, 2026 11:47 AM
To: Ellie Brennan <ellie.brennan88@outlook.com>
Subject: Marlow & Finch - Paralegal (Commercial Property)

Hi Ellie,

I hope you're well. I've just come off the phone with Marlow & Finch Solicitors about the Paralegal role in their commercial property team.

I'm sorry to say they won't be making you an offer. They were very complimentary about how you came across in the final interview with the two partners on Wednesday, but they've gone with a candidate who has already worked on completions for a big portfolio landlord.

The partners gave me some quite detailed notes, and I think they'd be useful for your next interviews, so give me a ring whenever suits and I'll take you through them.

I'll keep an eye out for anything else that fits and will be in touch.

Kind regards,

Priyanka Raman
Senior Consultant - Legal Support
Harbourline Recruitment Ltd
T: 0117 496 0382 | M: 07700 900417

Harbourline Recruitment Ltd is registered in England and Wales (No. 08812273). This email and any attachments are confidential.
""",
        expect=dict(
            company="Marlow & Finch Solicitors",
            contact="Priyanka Raman",
            role="Paralegal",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-05-stbrennans-workday-application",
        kind="eml",
        sender="St. Brennan's University Hospital <stbrennans@myworkday.com>",
        subject="Clinical Data Analyst (R-20419) - Application Update",
        date="Thu, 19 Nov 2026 22:03:11 +0000",
        html=True,
        body="""Dear Candidate,

Thank you for your interest in the Clinical Data Analyst position (Requisition R-20419) at St. Brennan's University Hospital.

We have carefully reviewed your application against the requirements of the role. We regret to inform you that your application has not been selected to progress further on this occasion.

We encourage you to view other vacancies on our careers site and to apply for any roles that match your skills and experience.

Thank you again for considering St. Brennan's as your next employer.

Talent Acquisition | People & Culture
St. Brennan's University Hospital

Please do not reply to this email. This mailbox is not monitored.
St. Brennan's University Hospital is an equal opportunities employer and welcomes applications from all sections of the community.
""",
        expect=dict(
            company="St. Brennan's University Hospital",
            contact="",
            role="Clinical Data Analyst",
            stage="application",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-06-osteria-lupa-phone-twoliner",
        kind="txt",
        body="""Hi Kemi, sorry to say we've gone with someone else for the sous chef spot at Osteria Lupa. Thanks for coming in and cooking for us on the trial Saturday, good luck out there.
Marco

Sent from my iPhone
""",
        expect=dict(
            company="Osteria Lupa",
            contact="Marco",
            role="Sous Chef",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-07-tessitura-bellandi-it-final-latin1",
        kind="eml",
        sender="Giulia Ferraresi <g.ferraresi@tessiturabellandi.it>",
        subject="Selezione Responsabile Commerciale Estero",
        date="Fri, 13 Nov 2026 17:26:03 +0100",
        charset="iso-8859-1",
        encoding="quoted-printable",
        body="""Gentile Dott.ssa Romano,

desidero ringraziarLa a nome della Tessitura Bellandi per la disponibilità dimostrata durante tutto il percorso di selezione per la posizione di Responsabile Commerciale Estero, e in particolare per il colloquio finale con la Direzione Generale dello scorso martedì.

Dopo un'attenta valutazione, abbiamo deciso di proseguire con un altro candidato, il cui profilo risulta più vicino alle esigenze attuali dell'azienda sui mercati dell'Estremo Oriente.

Le auguriamo ogni successo per il Suo futuro professionale.

Cordiali saluti,

Giulia Ferraresi
Ufficio Risorse Umane
Tessitura Bellandi S.r.l.
Via del Lanificio 12 - 59100 Prato (PO)
Tel. 0574 123456

Ai sensi del Regolamento UE 2016/679 (GDPR), i Suoi dati saranno trattati esclusivamente ai fini della selezione.
""",
        expect=dict(
            company="Tessitura Bellandi",
            contact="Giulia Ferraresi",
            role="Responsabile Commerciale Estero",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-08-parcelwick-offer-withdrawn",
        kind="eml",
        sender="Tobias Renner <tobias@parcelwick.com>",
        subject="Re: Offer - Senior Data Engineer",
        date="Mon, 16 Nov 2026 18:40:55 -0800",
        body="""Hi Adaeze,

I've been dreading writing this, and I'd rather you hear it from me directly than from an HR letter.

On Friday our lead investor pulled out of the round we were about to close. Without it we've had to freeze all hiring, and that means I have to withdraw the offer we made you last week for the Senior Data Engineer role. I know you'd already started talking to your current manager about notice, and I'm truly sorry for the position that puts you in.

This has nothing to do with you. The whole team was excited to work with you, and if things turn around in the new year you'll be the first person I call.

If you want to talk any of this through, or need anything from me (a reference, an intro to someone who's hiring), call me any time: 415-555-0148.

Tobias
CTO & co-founder, Parcelwick
""",
        expect=dict(
            company="Parcelwick",
            contact="Tobias Renner",
            role="Senior Data Engineer",
            stage="offer",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-09-brightmoor-applemail-lever-none",
        kind="txt",
        body="""From: Brightmoor Analytics <no-reply@hire.lever.co>
Subject: Your application to Brightmoor Analytics
Date: 12 November 2026 at 10:31:07 GMT
To: jess.havili@icloud.com
Reply-To: no-reply@hire.lever.co

Hi Jess,

Thank you for your interest in the Customer Success Manager role at Brightmoor Analytics.

We wanted to let you know that we've decided to move forward with other candidates whose experience more closely matches what we need right now.

We appreciate your interest in Brightmoor and wish you all the best.

Best,
Brightmoor Analytics Recruiting
""",
        expect=dict(
            company="Brightmoor Analytics",
            contact="",
            role="Customer Success Manager",
            stage=None,
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-10-quillfeather-gmail-writing-samples",
        kind="txt",
        body="""Your Narrative Designer application - Quillfeather Games

Ines Carvalho (via Greenhouse) <no-reply@us.greenhouse-mail.io>
Wed, Nov 11, 2026, 2:47 PM
to me

Hi Theo,

Thank you for applying for the Narrative Designer position at Quillfeather Games and for sending us your writing samples. Our narrative lead and two of our writers read them all, including the branching dialogue scene, which several people mentioned.

After a lot of discussion we've decided not to take your application further. For this hire we need someone with shipped experience writing systemic barks and quest text in a large open world, and that wasn't quite there in the samples.

We'd love to see you apply again in 12 months, by which point we expect to be staffing our next project.

All the best,
Ines Carvalho
Talent Partner, Quillfeather Games
she/her
""",
        expect=dict(
            company="Quillfeather Games",
            contact="Ines Carvalho",
            role="Narrative Designer",
            stage="portfolio",
            date="2026-11-11",
            reapply_after="2027-11-11",
            feedback_invited=False,
        ),
    ),
]

# ---- group 2 (f4b-11 .. f4b-20) ----
CASES += [
    dict(
        id="f4b-11-vinhedo-pt-br-case",
        kind="eml",
        sender="Vinhedo Tecnologia <talentos@vinhedo.com.br>",
        subject="Processo seletivo - Analista de Dados Pleno",
        date="Tue, 10 Nov 2026 16:30:12 -0300",
        html=True,
        encoding="base64",
        body="""Olá, Camila!

Agradecemos muito a sua participação no processo seletivo para a vaga de Analista de Dados Pleno aqui na Vinhedo Tecnologia e o tempo dedicado ao desafio técnico que você nos enviou.

Após avaliarmos com cuidado todas as entregas do case, decidimos seguir com outros candidatos nesta etapa.

Sabemos que essa não é a notícia que você esperava. Seu currículo ficará no nosso banco de talentos por 6 meses, e poderemos entrar em contato caso surja uma nova oportunidade alinhada ao seu perfil.

Desejamos muito sucesso na sua jornada!

Um abraço,
Equipe de Talentos | Vinhedo Tecnologia
Campinas - SP
""",
        expect=dict(
            company="Vinhedo Tecnologia",
            contact="",
            role="Analista de Dados Pleno",
            stage="technical",
            date="2026-11-10",
            reapply_after="2027-05-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-12-ferrisline-forward-phone",
        kind="txt",
        body="""saving this one for coach

---------- Forwarded message ---------
From: Okafor, Chiamaka <c.okafor@ferrisline.com>
Date: Mon, Nov 23, 2026 at 3:15 PM
Subject: Operations Analyst - next steps
To: Dev Malhotra <devmalhotra.work@gmail.com>


Hi Dev,

Thanks again for the call last week, I enjoyed hearing about the routing project you led at your last job.

I've now spoken to the hiring manager, and we've decided not to move you on to the next round for the Operations Analyst position. We had a very strong group and the people we're progressing have a bit more hands-on experience with warehouse management systems.

If it would be useful, I'm glad to share a couple of notes from our conversation. Just reply to this email.

Best wishes,
Chiamaka Okafor
Talent Acquisition Specialist
Ferrisline Logistics Ltd.
""",
        expect=dict(
            company="Ferrisline Logistics",
            contact="Chiamaka Okafor",
            role="Operations Analyst",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-13-lumen-ledger-ashby-takehome",
        kind="eml",
        sender="Ravi Subramanian <ravi.s@lumenledger.com>",
        subject="Lumen Ledger - Staff Software Engineer, Payments",
        date="Thu, 12 Nov 2026 13:02:48 -0500",
        reply_to="ravi.s@lumenledger.com",
        html=True,
        body="""Hi Mateo,

Thank you for the effort you put into the take-home and for walking us through it in the pairing session on Monday. It's a big ask of anyone's evenings and we don't take that lightly.

The panel has met, and we won't be moving forward with your candidacy for the Staff Software Engineer, Payments role. The reviewers felt the solution was tidy but wanted to see more depth on idempotency and reconciliation, which are at the heart of this team's work.

As a policy we aren't able to share detailed feedback on take-home exercises, but I hope the summary above is at least some help.

Thanks again, and best of luck.

Ravi Subramanian
Technical Recruiter | Lumen Ledger
Sent via Ashby
""",
        expect=dict(
            company="Lumen Ledger",
            contact="Ravi Subramanian",
            role="Staff Software Engineer, Payments",
            stage="technical",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-14-studio-kwast-nl-phone-portfolio",
        kind="txt",
        body="""Hoi Lotte,

Dank je wel voor je sollicitatie als junior grafisch ontwerper bij Studio Kwast. We hebben je portfolio met veel plezier bekeken, vooral de affiches voor het filmfestival!

Toch kiezen we ervoor om je niet uit te nodigen voor een gesprek. We zoeken nu echt iemand die al wat meer met verpakkingsontwerp heeft gedaan.

Als je wilt, geef ik je graag een paar tips over je portfolio. Stuur maar een berichtje.

Groetjes,
Femke
Studio Kwast

Verzonden vanaf mijn iPhone
""",
        expect=dict(
            company="Studio Kwast",
            contact="Femke",
            role="Junior Grafisch Ontwerper",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-15-westmere-council-panel",
        kind="eml",
        sender="Westmere County Council Recruitment <recruitment@westmere.gov.uk>",
        subject="Post ref WCC/PL/0962 - Planning Enforcement Officer - Outcome of interview",
        date="Wed, 25 Nov 2026 12:18:30 +0000",
        body="""Dear Mr Achterberg,

Post: Planning Enforcement Officer (Grade 7)
Reference: WCC/PL/0962
Directorate: Place and Economy

Thank you for attending the panel interview on 19 November 2026.

I am writing to inform you that on this occasion you have not been successful. The panel were impressed with the range of your experience; however, the post has been offered to a candidate who more closely met the essential criteria of the person specification.

If you would like feedback on your interview, please contact the chair of the interview panel, Mr Graham Osei, Planning Enforcement Team Leader, on 01632 960 144, who will be happy to discuss it with you.

Thank you for the interest you have shown in working for Westmere County Council.

Yours sincerely,

Recruitment Team
HR Shared Services
Westmere County Council
County Hall, Market Street, Westmere WM1 2AA
""",
        expect=dict(
            company="Westmere County Council",
            contact="",
            role="Planning Enforcement Officer",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-16-calder-reeve-outlook-offer-rescinded",
        kind="txt",
        body="""From: Helena Marsh-Okoye <h.marsh-okoye@calderreeve.com>
Sent: Wednesday, 25 November 2026 09:12
To: 'Farid Haddad' <farid.haddad@gmail.com>
Cc: Office Admin <office@calderreeve.com>
Subject: Project Architect position

Dear Farid,

I am very sorry to be writing to you with this news.

Yesterday we learned that the client for the Harcourt Street scheme, which the Project Architect role was created to lead, has cancelled the project. As a practice of our size we simply cannot carry a new senior post without it, and so I must rescind the offer of employment we sent you on 16 November.

I appreciate how disappointing and disruptive this is, particularly as you had accepted. Please accept my sincere apologies on behalf of the partners. We will of course keep your details on file.

With best wishes,

Helena Marsh-Okoye RIBA
Practice Director
Calder & Reeve Architects
14 Cable Yard, Leeds LS2 7HT
""",
        expect=dict(
            company="Calder & Reeve Architects",
            contact="Helena Marsh-Okoye",
            role="Project Architect",
            stage="offer",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-17-norvale-smartrecruiters-90days",
        kind="eml",
        sender="Norvale Foods <noreply@smartrecruiters.com>",
        subject="Norvale Foods: Supply Planner",
        date="Fri, 20 Nov 2026 08:41:19 +0000",
        html=True,
        body="""Dear Aisha,

Thank you for applying for the Supply Planner position at Norvale Foods.

We have reviewed your application and, after careful consideration, we have decided not to proceed with it at this time.

We received a high number of applications for this role. You are welcome to apply for other opportunities at Norvale Foods after 90 days from the date of this message.

With kind regards,

Norvale People Team

Norvale Foods is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.
Powered by SmartRecruiters
""",
        expect=dict(
            company="Norvale Foods",
            contact="",
            role="Supply Planner",
            stage="application",
            date="2026-11-20",
            reapply_after="2027-02-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-18-tidewell-gmail-hm-chat",
        kind="txt",
        body="""Aoife Ní Bhriain <aoife@tidewell.org>
Nov 25, 2026, 8:03 PM
to me

Hi Gabriel,

Thanks so much for making time to chat with me on Monday about the Grants Writer job. I really enjoyed it, and I loved hearing about the coastal erosion bid you wrote.

I'm afraid we've decided not to invite you to the next stage. Tidewell is tiny and whoever joins will be writing trust and foundation bids solo from week one, and I think we need someone with a few more of those under their belt.

I know how much these emails sting. If you'd like to talk through how I'd approach your next application I'm very happy to, just reply and we'll find 20 minutes.

All best,
Aoife

Aoife Ní Bhriain (she/her)
Director, Tidewell
Registered charity no. 1187764
""",
        expect=dict(
            company="Tidewell",
            contact="Aoife Ní Bhriain",
            role="Grants Writer",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-19-selezione-alpina-for-valbruna-it",
        kind="eml",
        sender="Davide Brambilla - Selezione Alpina <d.brambilla@selezionealpina.it>",
        subject="Posizione Responsabile Qualità - Caseificio Valbruna",
        date="Tue, 24 Nov 2026 09:50:00 +0100",
        encoding="quoted-printable",
        body="""Buongiorno Francesca,

grazie ancora per il tempo che mi ha dedicato durante il nostro colloquio telefonico della settimana scorsa.

Come anticipato, la ricerca per la posizione di Responsabile Qualità è condotta da noi per conto del nostro cliente Caseificio Valbruna, storica azienda casearia della Valtellina. Ho condiviso il Suo profilo con il cliente, che ha deciso di proseguire con candidati che hanno maturato esperienza diretta nella certificazione DOP.

Mi dispiace non poterLe dare una notizia diversa. Resteremo in contatto per future opportunità in linea con il Suo percorso.

Un cordiale saluto,

Davide Brambilla
Senior Consultant - Food & Beverage
Selezione Alpina S.r.l. | Sondrio - Milano
Aut. Min. Lavoro prot. n. 39/0012345
""",
        expect=dict(
            company="Caseificio Valbruna",
            contact="Davide Brambilla",
            role="Responsabile Qualità",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-20-hatch-hollow-paste-none-3months",
        kind="txt",
        body="""Hi Priya,

Thanks for your interest in the Copywriter position at Hatch & Hollow.

We've decided not to proceed with your candidacy for this role. We know it's a bit of a blunt message to get, and we're sorry we can't say more.

You're welcome to apply again in 3 months; we hire writers a few times a year.

Cheers,
The Hatch & Hollow Hiring Team
hatchandhollow.co | Bristol / Remote

Unsubscribe from hiring updates
""",
        expect=dict(
            company="Hatch & Hollow",
            contact="",
            role="Copywriter",
            stage=None,
            date=None,
            reapply_after="2027-02-26",
            feedback_invited=False,
        ),
    ),
]

# ---- group 3 (f4b-21 .. f4b-30) ----
CASES += [
    dict(
        id="f4b-21-corticarte-pt-pt-outlook-final",
        kind="txt",
        body="""De: Marta Sequeira <marta.sequeira@corticarte.pt>
Enviada: terça-feira, 17 de novembro de 2026 14:22
Para: Tiago Fonseca <tiago.fonseca@sapo.pt>
Assunto: Recrutamento - Engenheiro de Processo

Caro Tiago,

Em nome da Cortiçarte, agradeço o interesse e a disponibilidade que demonstrou ao longo de todo o processo de recrutamento para a função de Engenheiro de Processo, incluindo a entrevista final com a Administração na passada quinta-feira.

Foi uma decisão difícil, mas optámos por avançar com outro candidato cuja experiência na área da granulação se ajusta mais às necessidades imediatas da fábrica.

Caso deseje, terei todo o gosto em conversar consigo brevemente para partilhar as impressões da equipa. Basta responder a este email para combinarmos um horário.

Com os melhores cumprimentos,

Marta Sequeira
Recursos Humanos
Cortiçarte - Indústria de Cortiça, S.A.
Santa Maria da Feira

Antes de imprimir este email, pense no ambiente.
""",
        expect=dict(
            company="Cortiçarte",
            contact="Marta Sequeira",
            role="Engenheiro de Processo",
            stage="final",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-22-bexley-icims-phone-base64",
        kind="eml",
        sender="Bexley Regional Medical Center <talent@bexleyregional.icims.com>",
        subject="Regarding your application: Pharmacy Technician (Req #2026-11873)",
        date="Tue, 17 Nov 2026 15:55:02 -0600",
        encoding="base64",
        html=True,
        body="""Dear Joaquín,

Thank you for taking the time to speak with our recruiter during your phone screen for the Pharmacy Technician position (Req #2026-11873) in our Inpatient Pharmacy department.

After careful consideration, we have decided to pursue other candidates whose qualifications more closely align with the needs of the department at this time.

We appreciate your interest in Bexley Regional Medical Center and encourage you to continue to visit our careers page for future openings.

Sincerely,

Talent Acquisition Team
Bexley Regional Medical Center

This message was sent from an unmonitored mailbox. Please do not reply.
""",
        expect=dict(
            company="Bexley Regional Medical Center",
            contact="",
            role="Pharmacy Technician",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-23-northpaw-reply-chain-takehome",
        kind="txt",
        body="""Re: Checking in - Frontend Engineer
Inbox

Lena Kowalczyk <lena@northpaw.io>
Mon, Nov 23, 11:50 AM
to me

Hi Sam,

So sorry for the silence, that's on me, not you. We reviewed the take-home together last Tuesday and decided not to go ahead with your application for the Frontend Engineer role. The app worked well, but we wanted to see more around state management and tests, which is most of what this job is day to day.

If you'd like, I'm happy to go through the reviewers' comments on a quick call. Reply with a couple of times that work.

Lena
Engineering Lead, Northpaw

On Thu, Nov 19, 2026 at 9:02 AM Sam Ortega <sam.ortega.dev@gmail.com> wrote:
> Hi Lena,
>
> I hope you're well! I submitted the take-home for the Frontend Engineer role on the 12th and just wanted to check whether there's any news on next steps.
>
> Thanks,
> Sam
""",
        expect=dict(
            company="Northpaw",
            contact="Lena Kowalczyk",
            role="Frontend Engineer",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-24-pinecrest-bamboohr-offer",
        kind="eml",
        sender="Rebecca Lindqvist via BambooHR <notifications@app.bamboohr.com>",
        subject="Pinecrest Dental Group - Office Manager offer",
        date="Thu, 05 Nov 2026 16:07:44 -0700",
        reply_to="rebecca@pinecrestdental.com",
        body="""Hi Marisa,

I'm writing about the offer letter we sent you on Monday for the Office Manager position.

Dr. Hale has decided to merge our two locations at the start of next year, and the Office Manager role as we described it to you will no longer exist. Because of this, we have to withdraw the offer. I'm really sorry; I know you were excited, and so were we.

We wish you all the best.

Rebecca Lindqvist
HR & Practice Operations
Pinecrest Dental Group
(505) 555-0193
""",
        expect=dict(
            company="Pinecrest Dental Group",
            contact="Rebecca Lindqvist",
            role="Office Manager",
            stage="offer",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-25-redwater-jazzhr-htmlonly-12mo",
        kind="eml",
        sender="Redwater Outfitters Hiring <redwater-outfitters@applytojob.com>",
        subject="Thank you for applying to Redwater Outfitters",
        date="Tue, 03 Nov 2026 11:20:00 -0700",
        html_only=True,
        body="""Hello Connor,

Thank you for applying for the E-commerce Coordinator opening at Redwater Outfitters.

After reviewing your resume, we've decided to move ahead with applicants whose backgrounds more closely fit what we need for this position.

We keep resumes on file for 12 months and sometimes reach out when something new opens up.

Happy trails,
Redwater Outfitters Hiring Team
Flagstaff, Arizona
""",
        expect=dict(
            company="Redwater Outfitters",
            contact="",
            role="E-commerce Coordinator",
            stage="application",
            date="2026-11-03",
            reapply_after="2027-11-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-26-gemeente-lindewaard-nl-outlook-casus",
        kind="txt",
        body="""Van: Werving en Selectie <werving@lindewaard.nl>
Verzonden: maandag 23 november 2026 16:40
Aan: r.kuipers@ziggo.nl
Onderwerp: Uw sollicitatie Beleidsmedewerker Duurzaamheid (vacaturenummer 2026-118)

Geachte heer Kuipers,

Hartelijk dank voor uw sollicitatie naar de functie van Beleidsmedewerker Duurzaamheid en voor de casusopdracht die u voor ons heeft uitgewerkt.

De selectiecommissie heeft alle uitwerkingen zorgvuldig beoordeeld. Wij moeten u helaas laten weten dat u niet wordt uitgenodigd voor een selectiegesprek.

Wilt u een mondelinge toelichting op dit besluit, dan kunt u contact opnemen met mevrouw J. Bakker, teamleider Klimaat en Energie, via telefoonnummer 14 0341.

Wij danken u voor uw belangstelling voor de gemeente Lindewaard en wensen u veel succes bij uw verdere loopbaan.

Met vriendelijke groet,

Team Werving & Selectie
Afdeling HRM
Gemeente Lindewaard
""",
        expect=dict(
            company="Gemeente Lindewaard",
            contact="",
            role="Beleidsmedewerker Duurzaamheid",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-27-flinkwerk-personio-founders",
        kind="eml",
        sender="Jana Hoffmann via Personio <noreply@personio.de>",
        subject="Your application as Product Manager (m/w/d) at Flinkwerk GmbH",
        date="Mon, 09 Nov 2026 14:33:10 +0100",
        reply_to="jana.hoffmann@flinkwerk.de",
        html=True,
        body="""Hi Olumide,

thank you for coming to our office in Kreuzberg on Friday to meet Felix and Mira, our founders. We know a full afternoon with us on top of the earlier calls is a lot of time.

After talking it over as a team, we've decided to make an offer to another candidate for the Product Manager position. It was a very close decision between the last two people.

We really appreciated getting to know you and wish you the best of luck.

Best regards,
Jana Hoffmann
People & Culture
Flinkwerk GmbH | Oranienstraße 45 | 10969 Berlin
Geschäftsführer: Felix Brandt, Mira Yilmaz | HRB 219934 B
""",
        expect=dict(
            company="Flinkwerk GmbH",
            contact="Jana Hoffmann",
            role="Product Manager",
            stage="final",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-28-keystone-for-ardent-phone-none",
        kind="txt",
        body="""Hi Nadia, Ardent Bank have come back to me on the Risk Analyst role and unfortunately it's a no from them this time. Gutted for you. I've got a couple of other things in the pipeline that might suit, will call next week.

Tom Adeyemi
Keystone Talent

Sent from Outlook for iOS
""",
        expect=dict(
            company="Ardent Bank",
            contact="Tom Adeyemi",
            role="Risk Analyst",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-29-halvorsen-taleo-assessment-cp1252",
        kind="eml",
        sender="Halvorsen Maritime Careers <no-reply@taleo.net>",
        subject="Halvorsen Maritime – HSE Advisor (Job 26000417)",
        date="Mon, 02 Nov 2026 07:15:36 +0100",
        charset="windows-1252",
        encoding="quoted-printable",
        body="""Dear Ms. Lindahl,

Thank you for completing the online assessment for the HSE Advisor position (Job number 26000417) with Halvorsen Maritime.

We have now reviewed the results of all candidates. Unfortunately, your results did not meet the threshold required to progress to the interview stage, and we will not be taking your application further.

Under our recruitment policy, you may reapply for this position after six months. You are welcome to apply for other roles at any time.

We thank you for your interest in Halvorsen Maritime and wish you success in your career.

Kind regards,

Halvorsen Maritime – Global Talent Acquisition

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Halvorsen Maritime ASA, org. no. 987 654 321 – “Safety first, always.”
""",
        expect=dict(
            company="Halvorsen Maritime",
            contact="",
            role="HSE Advisor",
            stage="technical",
            date="2026-11-02",
            reapply_after="2027-05-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-30-kelsmoor-university-not-shortlisted",
        kind="eml",
        sender="Dr Oluwaseun Adebayo <o.adebayo@kelsmoor.ac.uk>",
        subject="Research Assistant in Computational Linguistics (Ref. ART-0433)",
        date="Fri, 30 Oct 2026 10:02:17 +0000",
        body="""Dear Dr Petrova,

Research Assistant in Computational Linguistics (Ref. ART-0433)

Thank you for your application for the above post in the School of Languages and Linguistics. The selection committee met this week to shortlist candidates for interview, and I regret to tell you that you have not been shortlisted.

We received over ninety applications, many of a very high standard. Owing to the number of applications we are unable to provide individual feedback.

Thank you for your interest in working with the University of Kelsmoor, and I wish you every success.

Yours sincerely,

Dr Oluwaseun Adebayo
Senior Lecturer and Chair of the Selection Committee
School of Languages and Linguistics
University of Kelsmoor
""",
        expect=dict(
            company="University of Kelsmoor",
            contact="Oluwaseun Adebayo",
            role="Research Assistant in Computational Linguistics",
            stage="application",
            date="2026-10-30",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]

# ---- group 4 (f4b-31 .. f4b-40) ----
CASES += [
    dict(
        id="f4b-31-studio-mancuso-it-gmail-portfolio",
        kind="txt",
        body="""Candidatura Architetto Junior
Posta in arrivo

Chiara Mancuso <chiara@studiomancuso.it>
20 nov 2026, 18:05
a me

Ciao Elena,

grazie per averci inviato la tua candidatura per il ruolo di architetto junior. Abbiamo esaminato con attenzione il tuo portfolio: i progetti di tesi sul riuso delle ex caserme sono davvero interessanti.

In questo momento però cerchiamo una persona con più esperienza di cantiere e di pratiche edilizie, per cui non ti chiameremo per un colloquio.

Se ti può essere utile, sono contenta di darti qualche consiglio su come presentare i progetti nel portfolio. Scrivimi pure quando vuoi.

Un saluto,
Chiara

--
Arch. Chiara Mancuso
Studio Mancuso Architetti
Via dei Mille 8, Bologna
""",
        expect=dict(
            company="Studio Mancuso Architetti",
            contact="Chiara Mancuso",
            role="Architetto Junior",
            stage="portfolio",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-32-orbitfin-lever-onsite-title-only",
        kind="eml",
        sender="Orbitfin <no-reply@hire.lever.co>",
        subject="Orbitfin | Head of Growth",
        date="Thu, 19 Nov 2026 17:48:09 -0500",
        html=True,
        body="""Hi Marguerite,

Thank you for spending the day with us in New York for the final round of interviews for our Head of Growth role. We know it was a long day, and everyone you met appreciated your energy and candour.

After a great deal of deliberation, we've decided to move forward with another candidate.

We hope our paths cross again.

Best,
Head of Talent
Orbitfin

Orbitfin, Inc. · 88 Pine Street · New York, NY 10005
Orbitfin is proud to be an equal opportunity workplace.
""",
        expect=dict(
            company="Orbitfin",
            contact="",
            role="Head of Growth",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-33-crestline-for-mossgiel-outlook-offer",
        kind="txt",
        body="""From: Hannah Pryce <hannah.pryce@crestlinesearch.com>
Sent: 24 November 2026 14:05
To: Callum Reid
Subject: RE: Mossgiel Energy - Commercial Finance Manager

Hi Callum,

Following our call a few minutes ago, I wanted to confirm in writing.

Mossgiel Energy have told us this morning that, due to a group-wide hiring freeze announced by their parent company, they are withdrawing the offer made to you for the Commercial Finance Manager position. They were clear this is in no way a reflection on you; the freeze applies to every unfilled role in the business.

I'm so sorry. I know you had turned down the other process for this. I'll be in touch this week about a couple of roles I think could be a good fit.

Best,

Hannah Pryce
Director, Finance & Accounting Practice
Crestline Search | Glasgow | Edinburgh
+44 141 496 0778
""",
        expect=dict(
            company="Mossgiel Energy",
            contact="Hannah Pryce",
            role="Commercial Finance Manager",
            stage="offer",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-34-tandem-loop-phone-portfolio",
        kind="txt",
        body="""hey Yusuf, Rafa here from Tandem Loop. we looked through your portfolio properly this week, really solid visual work, but for the product designer role we need someone who's done a lot more research and testing, so we're not going to set up interviews. sorry to not have better news, best of luck!

Rafa Nogueira
cofounder, Tandem Loop
""",
        expect=dict(
            company="Tandem Loop",
            contact="Rafa Nogueira",
            role="Product Designer",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-35-sablewood-greenhouse-case-studies",
        kind="eml",
        sender="Marisol Etxeberria <no-reply@greenhouse.io>",
        subject="Sablewood Health: Senior UX Researcher",
        date="Wed, 04 Nov 2026 10:12:45 -0500",
        reply_to="marisol.etxeberria@sablewoodhealth.com",
        html=True,
        body="""Hi Aleksander,

Thanks for applying for the Senior UX Researcher (Remote, US) role at Sablewood Health.

Our research team reviewed the case studies in your portfolio in detail. While they showed real rigor, we've decided not to move forward to interviews, as we're prioritizing candidates with direct experience researching with clinicians.

Please feel free to reapply after 6 months; our team is growing and we expect more openings next year.

Best,
Marisol Etxeberria
Senior Recruiter, Sablewood Health
""",
        expect=dict(
            company="Sablewood Health",
            contact="Marisol Etxeberria",
            role="Senior UX Researcher",
            stage="portfolio",
            date="2026-11-04",
            reapply_after="2027-05-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-36-vantrell-outlook-emea-region",
        kind="txt",
        body="""From: Vantrell Careers <careers@vantrell.com>
Sent: 13 November 2026 17:20
To: Hélène Dubois
Subject: Your application - Solutions Engineer (Paris, Hybrid) - JR-55102

Dear Hélène,

Thank you for your interest in the Solutions Engineer opportunity at Vantrell Systems.

Our team has reviewed your CV and we regret to inform you that we will not be moving your application forward to the interview stage. This decision reflects the specific requirements of the role and the strength of the applicant pool.

We appreciate the time you invested in your application and wish you every success.

Kind regards,

Talent Acquisition | EMEA Region
Vantrell Systems

Vantrell Systems SAS · 12 rue de Londres · 75009 Paris
""",
        expect=dict(
            company="Vantrell Systems",
            contact="",
            role="Solutions Engineer",
            stage="application",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-37-wren-ink-books-phone-latin1",
        kind="eml",
        sender="Margot Ellery <margot@wrenandinkbooks.co.uk>",
        subject="Events Coordinator",
        date="Wed, 25 Nov 2026 19:36:00 +0000",
        charset="iso-8859-1",
        encoding="8bit",
        body="""Dear Zoë,

Thank you for chatting with me on the phone last week about the Events Coordinator job at Wren & Ink. I really enjoyed hearing about the festival café you ran.

I'm sorry to say that I've decided to offer the role to someone who has run author events with publishers before, which matters a lot to us as we try to get more big names into the shop.

I hope you'll still come to our readings. Thank you again, and good luck.

Margot Ellery
Owner, Wren & Ink Books
""",
        expect=dict(
            company="Wren & Ink Books",
            contact="Margot Ellery",
            role="Events Coordinator",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-38-talentmakers-for-kolkje-gmail-offer",
        kind="txt",
        body="""Joris van Leeuwen <joris@talentmakers.nl>
Mon, Nov 16, 2026, 10:21 AM
to me

Hi Sophie,

I'm afraid I have bad news about Brouwerij 't Kolkje. Late on Friday the owners told me they have to pull back the offer they made you for the Marketing Manager role. Their new export distributor has fallen through, and without it they can't fund the position next year.

I know you were ready to sign, and I'm really sorry. This is on their side, not yours. They said very nice things about you.

Call me when you've had a moment to take it in, and we'll go through what happened and what's next. I've got a few other clients in food and drink I'd like to introduce you to.

Groetjes,
Joris van Leeuwen
Talentmakers | Recruitment for food & beverage
+31 6 1234 5678
""",
        expect=dict(
            company="Brouwerij 't Kolkje",
            contact="Joris van Leeuwen",
            role="Marketing Manager",
            stage="offer",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f4b-39-ellison-grant-workday-filled",
        kind="eml",
        sender="Ellison-Grant Insurance <ellisongrant@myworkday.com>",
        subject="Your application status has been updated",
        date="Sat, 07 Nov 2026 03:12:00 +0000",
        html=True,
        body="""Hello,

Thank you for your interest in the Claims Handler - Req R0087731 position at Ellison-Grant Insurance.

This position has now been filled. As a result, your application will not be considered further.

We encourage you to create job alerts on our careers site so you hear about new positions as they open.

Sincerely,
Ellison-Grant Insurance

This is an automated message. Replies to this address are not monitored.
""",
        expect=dict(
            company="Ellison-Grant Insurance",
            contact="",
            role="Claims Handler",
            stage=None,
            date="2026-11-07",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-40-quarry-ai-ashby-priya",
        kind="eml",
        sender="Elliot Park <elliot@quarry.ai>",
        subject="Machine Learning Engineer at Quarry AI",
        date="Fri, 20 Nov 2026 12:05:31 -0800",
        html=True,
        body="""Hi Wen,

Thanks again for your time this week. Following your conversation with Priya, we've decided not to move ahead with your application for the Machine Learning Engineer role.

We're looking for someone who has trained and served retrieval models in production, and we didn't feel there was enough overlap with your recent work for this particular position.

We really appreciate your interest in Quarry and wish you the best of luck with your search.

Elliot Park
Recruiting @ Quarry AI
""",
        expect=dict(
            company="Quarry AI",
            contact="Elliot Park",
            role="Machine Learning Engineer",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]

# ---- group 5 (f4b-41 .. f4b-50) ----
CASES += [
    dict(
        id="f4b-41-caixa-ribeira-pt-pt-outlook-12mo",
        kind="txt",
        body="""De: Recrutamento Caixa Ribeira <recrutamento@caixaribeira.pt>
Enviada: quinta-feira, 5 de novembro de 2026 11:02
Para: ines.lobo.mendes@gmail.com
Assunto: Candidatura Ref.ª AUD-2026-07 - Auditor Interno Sénior

Exma. Senhora Dra. Inês Mendes,

Agradecemos a candidatura que nos enviou para a função de Auditor Interno Sénior (Ref.ª AUD-2026-07).

Após análise do seu currículo, informamos que o seu perfil não foi selecionado para a fase de entrevistas do presente processo de recrutamento.

Com o seu consentimento, manteremos o seu currículo na nossa base de dados durante 12 meses, para efeitos de futuros processos de recrutamento.

Agradecemos o interesse demonstrado pela Caixa Ribeira.

Com os melhores cumprimentos,

Direção de Recursos Humanos
Caixa Ribeira - Caixa de Crédito, C.R.L.

Esta mensagem é confidencial. Se a recebeu por engano, por favor informe o remetente e apague-a.
""",
        expect=dict(
            company="Caixa Ribeira",
            contact="",
            role="Auditor Interno Sénior",
            stage="application",
            date="2026-11-05",
            reapply_after="2027-11-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-42-northlight-films-showreel",
        kind="eml",
        sender="Northlight Films <jobs@northlightfilms.co.uk>",
        subject="Re: Video Editor application",
        date="Tue, 10 Nov 2026 11:47:26 +0000",
        body="""Hi Ash,

Thanks for sending over your showreel for the Video Editor role. We've watched it, and there's some really nice pacing in the music video cuts.

This time round we're looking for someone with more long-form documentary work, so we won't be taking your application further and won't be inviting you in to meet us.

Good luck with everything.

Post-Production Team
Northlight Films
Unit 4, The Printworks, Manchester M4 1EU
""",
        expect=dict(
            company="Northlight Films",
            contact="",
            role="Video Editor",
            stage="portfolio",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-43-driftglass-gmail-twoliner-team",
        kind="txt",
        body="""Kwame Mensah-Bonsu <kwame@driftglass.dev>
Wed, Nov 25, 2026, 9:14 AM
to me

Hi Ruth, thank you for the time you spent with the team on Thursday. We've decided to go another way for the Engineering Manager role at Driftglass, and I wanted you to hear it from me quickly.

Kwame
""",
        expect=dict(
            company="Driftglass",
            contact="Kwame Mensah-Bonsu",
            role="Engineering Manager",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-44-pemberton-lane-applemail-template",
        kind="txt",
        body="""From: Pemberton Lane Careers <careers@pembertonlanehotels.com>
Subject: Front Office Manager - The Pemberton Lane, Bath
Date: 18 November 2026 at 14:02:33 GMT
To: Ewa Nowak <ewa.nowak@yahoo.co.uk>

Dear Ewa,

Thank you for your application for the position of Front Office Manager at The Pemberton Lane, Bath.

We have now completed our review of applications and, on this occasion, we will not be moving you forward to the interview stage. Successful candidates will be invited to a first interview with our General Manager, followed by a half-day experience shift at the hotel.

We were grateful to receive your application and hope you will continue to consider Pemberton Lane Hotels for future opportunities.

Warm regards,

Pemberton Lane Careers
People & Culture | Pemberton Lane Hotels
""",
        expect=dict(
            company="Pemberton Lane Hotels",
            contact="",
            role="Front Office Manager",
            stage="application",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-45-gravelpoint-role-closed-none",
        kind="eml",
        sender="Sofia Marín <sofia@gravelpoint.com>",
        subject="Account Executive role at Gravelpoint",
        date="Tue, 24 Nov 2026 08:02:10 -0600",
        html=True,
        body="""Hi Jamal,

I wanted to let you know that we've decided not to fill the Account Executive role this quarter, so we're closing the search and won't be continuing with your candidacy.

Thanks for your interest in Gravelpoint, and I'm sorry we couldn't take it further.

Best,
Sofia Marín
Sales Ops & Recruiting, Gravelpoint
""",
        expect=dict(
            company="Gravelpoint",
            contact="Sofia Marín",
            role="Account Executive",
            stage=None,
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-46-cinderbrook-applemail-none",
        kind="txt",
        body="""From: Cinderbrook Studios Recruiting <recruiting@cinderbrook.games>
Subject: Update: 3D Environment Artist
Date: 19 November 2026 at 07:44:51 GMT-8
To: Kaito Mori <kaito.mori.art@gmail.com>

Hello Kaito,

We appreciate your interest in the 3D Environment Artist position at Cinderbrook Studios.

We have decided to pursue other candidates for this role. Thank you for considering us, and we wish you the best in your career.

- Recruiting Team
Cinderbrook Studios
""",
        expect=dict(
            company="Cinderbrook Studios",
            contact="",
            role="3D Environment Artist",
            stage=None,
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-47-ferncastle-bamboohr-working-interview",
        kind="eml",
        sender="Ferncastle Veterinary Group <notifications@app.bamboohr.com>",
        subject="Your application for Veterinary Nurse at Ferncastle Veterinary Group",
        date="Thu, 12 Nov 2026 17:05:00 +0000",
        reply_to="gwen.lloyd-harris@ferncastlevets.co.uk",
        body="""Dear Carys,

Thank you for coming in for the working interview day at our Abergavenny surgery. The team enjoyed having you, and the clients on the afternoon clinic were in good hands.

Having thought about it carefully, we've decided to offer the Veterinary Nurse position to another candidate who has more experience in anaesthetic monitoring, which is a big part of this role.

Thank you again for your time, and all the best for the future.

Kind regards,

Gwen Lloyd-Harris RVN
Head Nurse
Ferncastle Veterinary Group
""",
        expect=dict(
            company="Ferncastle Veterinary Group",
            contact="Gwen Lloyd-Harris",
            role="Veterinary Nurse",
            stage="technical",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-48-bluefinch-for-corvane-android",
        kind="txt",
        body="""Hi Pedro,

Quick update on Corvane Pharma. They've let me know they won't be taking you forward after your video call with their HR team for the QA Validation Specialist post. They're going with candidates who've done more computer system validation under GAMP 5.

Sorry it's not better news. I'll keep you posted on the other roles we talked about.

Daniela Rossi
Bluefinch Recruitment - Life Sciences

Get Outlook for Android
""",
        expect=dict(
            company="Corvane Pharma",
            contact="Daniela Rossi",
            role="QA Validation Specialist",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-49-moss-mortar-phone-director",
        kind="txt",
        body="""Morning Beth,

Thanks for sending your CV in for the site administrator job. I've had a read through and I'm going to go with someone who's worked on a building site office before, as we're flat out and need someone who can hit the ground running.

Thanks for your interest in Moss & Mortar.

Grant Fairweather
Director
Moss & Mortar Ltd
07700 900 262
""",
        expect=dict(
            company="Moss & Mortar",
            contact="Grant Fairweather",
            role="Site Administrator",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f4b-50-harrow-vale-trust-references",
        kind="eml",
        sender="HR Department - Harrow Vale Academy Trust <hr@harrowvale.org.uk>",
        subject="Finance Officer - Central Team",
        date="Mon, 23 Nov 2026 15:30:00 +0000",
        body="""Dear Mr Wójcik,

Re: Finance Officer, Central Finance Team

Thank you for attending interview on 12 November and for giving us permission to take up your references.

Following the reference stage, the panel has made its final decision, and I am sorry to inform you that we will not be offering you the post.

Unfortunately we are unable to provide feedback at this stage of the process.

We thank you for your interest in Harrow Vale Academy Trust.

Yours sincerely,

HR Department
Harrow Vale Academy Trust

Harrow Vale Academy Trust is committed to safeguarding and promoting the welfare of children and young people and expects all staff and volunteers to share this commitment. A company limited by guarantee, registered in England and Wales no. 07654321.
""",
        expect=dict(
            company="Harrow Vale Academy Trust",
            contact="",
            role="Finance Officer",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]

CASES += _CASES_B
