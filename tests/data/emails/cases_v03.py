"""Writer V4, batch 03: extra rejection emails (retail, rail and road freight, hospitals, universities, county health; de/fr/es)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="v03-de-successfactors-fennmarkt-onlinetest",
        kind="eml",
        sender="Fennmarkt SE <noreply@successfactors.eu>",
        subject="Ihre Bewerbung: Trainee Filialmanagement (w/m/d) - Start April 2027",
        date="Wed, 4 Nov 2026 16:03:00 +0100",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hallo Jonas,

vielen Dank, dass du am Online-Assessment für unser Traineeprogramm Filialmanagement teilgenommen hast. Wir wissen, dass die Aufgaben zu Zahlenverständnis, Logik und Situationsbeurteilung einiges an Konzentration verlangen.

Leider hat es dieses Mal nicht gereicht: Dein Ergebnis liegt unter dem Wert, den wir für die Einladung zum Assessment Center in unserer Zentrale benötigen. Wir können dir deshalb keinen Platz im Programm mit Start April 2027 anbieten.

Eine erneute Bewerbung für das Traineeprogramm ist frühestens nach zwölf Monaten möglich. Für Stellen in unseren Filialen kannst du dich natürlich jederzeit bewerben.

Bitte hab Verständnis dafür, dass wir zu den Testergebnissen keine individuelle Rückmeldung geben können.

Viele Grüße
Dein Recruiting-Team Region Süd

Fennmarkt SE · Sitz: Augsburg · Registergericht Augsburg HRB 31207
""",
        expect=dict(
            company="Fennmarkt SE",
            contact="",
            role="Trainee Filialmanagement",
            stage="technical",
            date="2026-11-04",
            reapply_after="2027-11-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-fr-chu-promesse-embauche",
        kind="txt",
        body="""De : Marchetti Hélène <helene.marchetti@chu-valmorin.fr>
Envoyé : lundi 16 novembre 2026 18:12
À : Benali Sofiane
Objet : Votre recrutement au laboratoire de biochimie

Bonjour Monsieur Benali,

Je reviens vers vous au sujet de la promesse d'embauche qui vous a été adressée le 2 novembre pour le poste de technicien de laboratoire médical au sein de notre laboratoire de biochimie.

Suite à la décision de la direction générale de geler les créations de postes dans le cadre du plan de retour à l'équilibre financier, je suis au regret de vous informer que nous ne sommes plus en mesure de donner suite à votre recrutement au 1er décembre.

J'ai bien conscience de la déception que cela représente et je reste à votre disposition pour en parler de vive voix si vous le souhaitez.

Bien cordialement,

Dr Hélène Marchetti
Biologiste responsable - Laboratoire de biochimie
Centre Hospitalier Universitaire de Valmorin
""",
        expect=dict(
            company="Centre Hospitalier Universitaire de Valmorin",
            contact="Hélène Marchetti",
            role="Technicien de laboratoire médical",
            stage="offer",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v03-es-universidad-segunda-entrevista",
        kind="eml",
        sender="Servicio de Gestión de la Investigación <sgi.seleccion@upmontaraz.es>",
        subject="Resolución proceso de selección - Técnico/a de Proyectos Europeos (Ref. SGI-2026-14)",
        date="Fri, 20 Nov 2026 13:45:00 +0100",
        encoding="8bit",
        charset="iso-8859-1",
        body="""Estimada Sra. Pacheco:

En relación con el proceso de selección para la contratación de un/a Técnico/a de Proyectos Europeos con cargo al programa Horizonte Europa (Ref. SGI-2026-14), le agradecemos su asistencia a la segunda entrevista con la comisión de valoración el pasado 13 de noviembre.

Una vez finalizadas todas las entrevistas, la comisión ha propuesto la contratación de otra persona candidata, por lo que lamentamos comunicarle que no ha resultado seleccionada.

Según lo establecido en las bases de la convocatoria, no es posible facilitar valoraciones individuales de las entrevistas.

Reciba un cordial saludo,

Vicerrectorado de Investigación y Transferencia
Servicio de Gestión de la Investigación
Universidad Politécnica de Montaraz
""",
        expect=dict(
            company="Universidad Politécnica de Montaraz",
            contact="",
            role="Técnico/a de Proyectos Europeos",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-jazzhr-pinebluff-bare",
        kind="eml",
        sender="Pinebluff Distribution <notifications@jazzhrmail.com>",
        subject="Forklift Operator - 2nd Shift",
        date="Thu, 5 Nov 2026 10:20:00 -0500",
        body="""Thank you for your interest in the Forklift Operator position with Pinebluff Distribution, LLC.

At this time, we have decided to pursue other candidates.

Pinebluff Distribution HR
""",
        expect=dict(
            company="Pinebluff Distribution, LLC",
            contact="",
            role="Forklift Operator",
            stage=None,
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-orrin-air-portfolio",
        kind="txt",
        body="""Odette Ferreira-Lund <oferreiralund@orrinair.com>	Mon, Nov 23, 2026, 2:15 PM (3 days ago)
to me

Hi Rafa,

Thanks for applying for Product Designer on our Booking & Checkout team, and for pointing us to your portfolio. The design team spent real time with the two case studies you flagged - the fare-comparison redesign was thoughtful.

We've now decided which candidates to bring in for a first interview, and we won't be moving forward with you for this role. For this position we need more depth on complex multi-step flows at scale than your portfolio showed us.

We'd genuinely like to see your work again in the future.

Odette
Odette Ferreira-Lund | Design Recruiting Lead
Orrin Air
""",
        expect=dict(
            company="Orrin Air",
            contact="Odette Ferreira-Lund",
            role="Product Designer",
            stage="portfolio",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-icims-mercyvale-spoke-thursday",
        kind="eml",
        sender="Keisha O'Connell-Moss <mercyvale-talent@icims.com>",
        subject="Revenue Cycle Analyst - Req 71344",
        date="Mon, 9 Nov 2026 12:02:00 -0600",
        body="""Hello Adrián,

Thank you for speaking with me on Thursday about the Revenue Cycle Analyst opening in our Central Billing Office.

I shared my notes with the hiring manager and, after reviewing them alongside other candidates, she has decided not to move you forward to the next interview. The decision came down to the amount of Epic Resolute experience we need in the role on day one.

If you have questions, please feel free to reply to this email. I'll also keep you in mind for other finance roles across Mercy Vale.

Warm regards,

Keisha O'Connell-Moss, CIR
Talent Advisor | Mercy Vale Health System
""",
        expect=dict(
            company="Mercy Vale Health System",
            contact="Keisha O'Connell-Moss",
            role="Revenue Cycle Analyst",
            stage="phone_screen",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v03-arkwright-rail-cv-12-months",
        kind="txt",
        body="""From: Careers | Arkwright Rail Freight <careers@arkwrightrail.co.uk>
Sent: 05 November 2026 09:12
To: Lena Hofmann <lenahofmann@gmx.net>
Subject: Graduate Operations Planner - Application Update

Dear Lena,

Thank you for your interest in our Graduate Operations Planner scheme.

Having reviewed your CV and covering letter, we regret that we will not be taking your application forward to the next stage. Competition for places this year has been very strong.

With your permission, we will retain your CV for 12 months and contact you should a suitable vacancy arise.

Kind regards,

Careers | Arkwright Rail Freight
Arkwright Rail Freight Ltd, Registered in England No. 04419271
""",
        expect=dict(
            company="Arkwright Rail Freight",
            contact="",
            role="Graduate Operations Planner",
            stage="application",
            date="2026-11-05",
            reapply_after="2027-11-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-agency-hartfell-estates-none",
        kind="txt",
        body="""Hi Precious,

Quick update on the Estates Manager role at the University of Hartfell - I'm afraid they've decided to proceed with another candidate.

Sorry it's not better news. I'll keep you posted on anything else that comes up in the sector.

Kind regards,
Callum Reid
Principal Consultant | Public Sector & Education
Westgate Talent Ltd
""",
        expect=dict(
            company="University of Hartfell",
            contact="Callum Reid",
            role="Estates Manager",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-hallow-vane-assessment-day",
        kind="txt",
        body="""Subject: Your Personal Stylist assessment day

Dear Georgia,

Thank you for attending our assessment day at Hallow & Vane Manchester on Saturday. We hope you enjoyed the styling challenge, the group task and the tour of the store.

We have now reviewed the scores from every activity. Successful candidates from the assessment day go on to a final interview with the Store Manager; although you performed well in the group task, on this occasion we will not be inviting you to that interview.

We would welcome an application from you for future roles, and we'd encourage you to look at our Christmas seasonal vacancies, which are open now.

With best wishes,

Priyanka Shah
Store Recruitment Partner - North
Hallow & Vane
""",
        expect=dict(
            company="Hallow & Vane",
            contact="Priyanka Shah",
            role="Personal Stylist",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-workday-crestline-leadership-day",
        kind="eml",
        sender="Crestline Global Logistics <crestline@myworkday.com>",
        subject="Director, Customs Compliance (JR-22871)",
        date="Tue, 17 Nov 2026 09:40:00 +0100",
        reply_to="m.vandenberg@crestlinegl.com",
        html=True,
        body="""Dear Aurelio,

Thank you for travelling to Rotterdam last week and for the time you spent with Harriet, Tomás and the rest of the European leadership team. I know it was a long day and we were grateful for how openly you engaged.

I'm sorry to tell you that we have decided to appoint another candidate to the Director, Customs Compliance role. The decision came down to direct experience with the new UK border model, which the other finalist had.

Harriet would welcome a short call to share her thoughts if you'd find that useful.

Kind regards,

Maartje van den Berg
Senior Executive Recruiter, EMEA
Crestline Global Logistics
""",
        expect=dict(
            company="Crestline Global Logistics",
            contact="Maartje van den Berg",
            role="Director, Customs Compliance",
            stage="final",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v03-aldercoast-first-round-eligible-list",
        kind="txt",
        body="""From: Lindqvist-Barros, Marta (HR) <Marta.LindqvistBarros@aldercoastcounty.gov>
Sent: Friday, November 20, 2026 11:37 AM
To: jwashington84@yahoo.com
Subject: Epidemiologist I - Recruitment #2026-0447

Good morning Jalen,

Thank you for completing the first-round interview with our Human Resources team on November 16. As a reminder, the Epidemiologist I recruitment includes a first-round interview, a written data exercise, and a final interview with the Communicable Disease Control program manager.

After evaluation of first-round interview results, you were not selected to continue to the written exercise. Your name will remain on the eligible list for Epidemiologist I for six months, and you may be contacted if additional vacancies occur.

Sincerely,

Marta Lindqvist-Barros
Human Resources Technician
Aldercoast County Department of Public Health
""",
        expect=dict(
            company="Aldercoast County Department of Public Health",
            contact="Marta Lindqvist-Barros",
            role="Epidemiologist I",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-stanmore-haulage-all-set",
        kind="txt",
        body="""Re: Night Trunking Driver (Class 1) - Daventry

Appreciate you reaching out but we're all set on this one. Good luck.

J. Okoro
Transport Office | Stanmore Haulage Ltd
""",
        expect=dict(
            company="Stanmore Haulage Ltd",
            contact="J. Okoro",
            role="Night Trunking Driver",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-kettering-pope-hackerrank",
        kind="eml",
        sender="Kettering & Pope Talent <talent@ketteringpope.co.uk>",
        subject="Data Engineer - coding assessment results",
        date="Wed, 25 Nov 2026 08:05:00 +0000",
        body="""Hi Mateusz,

Thanks for completing the HackerRank assessment for the Data Engineer role in our Customer Data team.

Unfortunately you didn't reach the score we need to progress to the technical interview, so we'll be closing your application for this vacancy.

We're happy for you to apply again for Data Engineer roles at Kettering & Pope from three months after the date of this email.

Best wishes,
Hollie Tran-Beckett
Technology Talent Partner
Kettering & Pope plc
""",
        expect=dict(
            company="Kettering & Pope plc",
            contact="Hollie Tran-Beckett",
            role="Data Engineer",
            stage="technical",
            date="2026-11-25",
            reapply_after="2027-02-25",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-hartwell-postdoc-not-shortlisted",
        kind="eml",
        sender="Dr. Wen-Li Zhou <wzhou@hartwell.edu>",
        subject="Postdoctoral Research Associate - Zhou Lab",
        date="Thu, 12 Nov 2026 21:30:00 -0500",
        body="""Dear Dr. Mbatha,

Thank you for your application to the Postdoctoral Research Associate position in my laboratory in the Department of Microbiology and Immunology.

I received more than ninety applications. After reviewing them carefully with my colleagues, I have decided not to shortlist your application for interview. Your background in phage genomics is impressive, but it is further from the host-pathogen work we will be doing than that of other applicants.

I wish you every success with your search.

Sincerely,

Wen-Li Zhou, Ph.D.
Associate Professor
Department of Microbiology and Immunology
Hartwell University
""",
        expect=dict(
            company="Hartwell University",
            contact="Wen-Li Zhou",
            role="Postdoctoral Research Associate",
            stage="application",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v03-lochmorar-panel-presentation",
        kind="txt",
        body="""Dear Catriona

Re: Advanced Nurse Practitioner - Acute Medicine - Ref LHB/ANP/0926

Thank you for attending for interview and giving your presentation to the panel on 10 November 2026. I am sorry to let you know that on this occasion you were not successful.

Please do not hesitate to contact me if you would like to arrange a feedback session with the panel chair.

Yours sincerely

Eilidh MacAskill
Recruitment Adviser
Lochmorar Health Board
""",
        expect=dict(
            company="Lochmorar Health Board",
            contact="Eilidh MacAskill",
            role="Advanced Nurse Practitioner",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
