"""Writer V4, batch 05: extra rejection emails (drugstores, town halls, ports, buses, hospitals, school districts; de/fr/es)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="v05-de-haldorf-bewerbermanagement-none",
        kind="eml",
        sender="Haldorf Bewerbermanagement <bewerbermanagement@haldorf.de>",
        subject="Ihre Bewerbung bei Haldorf - Filialleitung (m/w/d) in Bielefeld",
        date="Mon, 2 Nov 2026 08:30:00 +0100",
        encoding="base64",
        charset="windows-1252",
        body="""Sehr geehrte Frau Demir,

vielen Dank für Ihr Interesse an der Position Filialleitung (m/w/d) in unserer Filiale Bielefeld-Jahnplatz.

Leider können wir Ihnen heute keine positive Nachricht geben: Wir haben uns für eine andere Kandidatin entschieden.

Wir wissen, dass eine Absage enttäuschend ist, und hoffen, dass Sie Haldorf dennoch als Arbeitgeber in guter Erinnerung behalten. Unsere aktuellen Stellenangebote finden Sie jederzeit unter karriere.haldorf.de.

Freundliche Grüße

Ihr Haldorf Bewerbermanagement

Haldorf Drogeriemärkte GmbH & Co. KG · Sitz: Bielefeld · AG Bielefeld HRA 17766
Persönlich haftende Gesellschafterin: Haldorf Verwaltungs-GmbH
""",
        expect=dict(
            company="Haldorf Drogeriemärkte GmbH & Co. KG",
            contact="",
            role="Filialleitung",
            stage=None,
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-fr-mairie-examen-dossier",
        kind="txt",
        body="""De: Mairie de Saint-Ormel - Ressources humaines <rh@saint-ormel.fr>
Objet: Votre candidature au poste d'agent d'accueil et d'état civil
Date: 10 novembre 2026 à 14:22:05 UTC+1
À: Chloé Marchand <chloe.marchand@laposte.net>

Madame,

Vous avez bien voulu faire acte de candidature au poste d'agent d'accueil et d'état civil (cadre d'emplois des adjoints administratifs territoriaux) et je vous en remercie.

Après examen de votre dossier, j'ai le regret de vous informer que votre candidature n'a pas été retenue pour la suite de la procédure de recrutement.

Je conserve néanmoins votre candidature, qui pourra être étudiée à l'occasion d'un prochain recrutement.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
La Directrice générale des services,
Nathalie Berthier-Ndiaye
""",
        expect=dict(
            company="Mairie de Saint-Ormel",
            contact="Nathalie Berthier-Ndiaye",
            role="Agent d'accueil et d'état civil",
            stage="application",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-es-ebrovia-prueba-tecnica",
        kind="eml",
        sender="Íñigo Etxeberria <inigo.etxeberria@ebrovia.es>",
        subject="Re: Prueba técnica - Analista de Datos de Operaciones",
        date="Wed, 18 Nov 2026 17:20:00 +0100",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hola Carmen:

Gracias por enviarnos la prueba técnica (el caso práctico de SQL y Excel sobre rutas de reparto). Nos ha llevado unos días revisar todas las entregas.

Siento decirte que no vamos a continuar contigo en el proceso para el puesto de Analista de Datos de Operaciones: la parte de modelado de costes por ruta quedó bastante por debajo de lo que necesitamos para la siguiente fase, que era la entrevista con la Dirección de Operaciones.

Si quieres, te envío la corrección con los comentarios del equipo, así te sirve para futuros procesos.

Un saludo,

Íñigo Etxeberria Salaverri
Talent Acquisition
Logística Ebrovía S.A.
Pol. Ind. Malpica, Calle E, 50016 Zaragoza
""",
        expect=dict(
            company="Logística Ebrovía S.A.",
            contact="Íñigo Etxeberria Salaverri",
            role="Analista de Datos de Operaciones",
            stage="technical",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v05-eastholme-forwarded-conditional-offer",
        kind="txt",
        body="""Begin forwarded message:

From: "Lutterworth, Claire" <claire.lutterworth@eastholme-chs.nhs.uk>
Subject: Conditional offer - Community Physiotherapist (Band 6)
Date: 20 November 2026 at 12:05:44 GMT
To: Aiyana Running-Water <aiyana.rw@icloud.com>

Dear Aiyana,

I am writing further to the conditional offer of employment we sent you on 28 October for the post of Community Physiotherapist in the North Locality team.

Following a review of community therapy services, the Trust has decided not to go ahead with the additional post in North Locality. I am very sorry to tell you that, as a result, we are no longer able to proceed with your appointment.

I appreciate how disappointing this is, particularly as you had already begun your pre-employment checks. Please call me on 01632 960 882 if you would like to talk this through; I would also be glad to let you know as soon as other Band 6 posts are advertised.

Kind regards,

Claire Lutterworth
Therapy Services Manager
Eastholme Community Health Services NHS Trust
""",
        expect=dict(
            company="Eastholme Community Health Services NHS Trust",
            contact="Claire Lutterworth",
            role="Community Physiotherapist",
            stage="offer",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v05-greenhouse-tallis-rowe-onsite",
        kind="eml",
        sender="Tallis & Rowe Recruiting <no-reply@greenhouse.io>",
        subject="Tallis & Rowe - thank you",
        date="Thu, 19 Nov 2026 18:40:00 -0800",
        reply_to="jkoh@tallisrowe.com",
        html=True,
        body="""Hi Oskar,

Thank you for making the trip up to our Seattle office on Monday for your onsite. I know five back-to-back conversations is a lot, and the team really appreciated your energy through the last one.

After a lot of discussion, we've decided not to extend an offer for the Supply Chain Data Scientist position. It was close - the feedback on your forecasting deep-dive was excellent, but we've gone with a candidate with more direct experience in store inventory optimization.

I'd love to stay in touch, and I'm happy to hop on a quick call to share more specific feedback whenever works for you.

Best,
Jenna Koh
Technical Recruiter | Tallis & Rowe
""",
        expect=dict(
            company="Tallis & Rowe",
            contact="Jenna Koh",
            role="Supply Chain Data Scientist",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v05-lever-haulmark-recruiter-screen-ist",
        kind="eml",
        sender="Ananya Krishnamurthy <no-reply@hire.lever.co>",
        subject="Solutions Engineer at Haulmark",
        date="Thu, 26 Nov 2026 00:45:00 +0530",
        reply_to="ananya.k@haulmark.io",
        body="""Hi Vikram,

Thank you for taking the time to speak with me for your initial recruiter screen on Tuesday. I enjoyed hearing about the TMS integrations you've built.

After reviewing our conversation with the hiring team, we've decided not to move forward to the technical round for the Solutions Engineer role. At this point we're prioritising candidates with hands-on experience deploying to enterprise shippers in North America.

You're welcome to re-apply to Haulmark after 6 months, and we'd be glad to hear from you then.

Thanks again and all the best,
Ananya Krishnamurthy
Talent Partner, Haulmark
""",
        expect=dict(
            company="Haulmark",
            contact="Ananya Krishnamurthy",
            role="Solutions Engineer",
            stage="phone_screen",
            date="2026-11-26",
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-hospice-creative-portfolio",
        kind="txt",
        body="""From: Creative Services <creative@stmargaretshospice.org.uk>
Sent: 16 November 2026 10:48
To: Tom Albescu
Subject: RE: Graphic Designer (part-time) - portfolio

Dear Tom,

Thanks for getting your portfolio to us before the deadline. The Creative Services team has looked at it alongside the other submissions for the Graphic Designer role.

We really liked the editorial layouts, but we've chosen to invite applicants with more print and fundraising campaign work to interview, so we won't be taking yours further on this occasion.

All best wishes,

Creative Services
Marketing & Communications
St Margaret's Hospice
Registered charity number 1012345
""",
        expect=dict(
            company="St Margaret's Hospice",
            contact="",
            role="Graphic Designer",
            stage="portfolio",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-workday-ostranders-generic",
        kind="eml",
        sender="Ostrander's Talent Acquisition <ostranders@myworkday.com>",
        subject="Regarding the Seasonal Logistics Associate role",
        date="Tue, 3 Nov 2026 14:00:00 -0500",
        html=True,
        encoding="base64",
        body="""Hi Taylor,

We appreciate your interest in Ostrander's and in the Seasonal Logistics Associate role at our Harrisburg fulfillment center.

After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match our needs at this time.

We wish you the very best and hope you'll continue to think of Ostrander's.

Ostrander's Talent Acquisition

Ostrander's is an equal opportunity employer and values diversity at our company.
""",
        expect=dict(
            company="Ostrander's",
            contact="",
            role="Seasonal Logistics Associate",
            stage=None,
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-marrowby-reply-after-final-panel",
        kind="txt",
        body="""RE: Head of Waste Services - interview outcome?

From: Omondi, Grace
To: Lucas Brennan
Date: 25 November 2026 16:02

Dear Lucas,

Thank you for chasing, and I'm sorry we have kept you waiting since the final panel on the 12th. The appointment had to be confirmed by the Appointments Committee, which only met yesterday.

I'm afraid the committee has appointed another candidate. Cllr Okafor and the Chief Executive asked me to pass on that you were a very strong second.

I'd be happy to arrange a feedback conversation with the Director of Environment if you would find it helpful.

Regards,

Grace Omondi
Senior HR Business Partner
Marrowby Borough Council

> From: Lucas Brennan
> Sent: 24 November 2026 09:15
> To: Omondi, Grace
> Subject: Head of Waste Services - interview outcome?
>
> Hi Grace, I hope you're well. I wondered if there was any news following the panel interview? Many thanks, Lucas
""",
        expect=dict(
            company="Marrowby Borough Council",
            contact="Grace Omondi",
            role="Head of Waste Services",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v05-smartrecruiters-quayside-18-months",
        kind="eml",
        sender="Quayside Ports Group <noreply@smartrecruiters.com>",
        subject="Port Operations Supervisor - application update",
        date="Fri, 6 Nov 2026 11:11:00 +0000",
        body="""Dear Ravi,

Thank you for applying for the Port Operations Supervisor vacancy at Quayside Ports Group (Immingham).

We have assessed your application against the minimum criteria for the role, which include a current port supervisor qualification and two years' experience supervising stevedoring operations. Unfortunately your application does not meet these criteria, so we are unable to take it further.

We will keep your details in our talent community for 18 months, and may contact you about other suitable opportunities during that period.

Yours sincerely,

Resourcing Team
Quayside Ports Group plc
""",
        expect=dict(
            company="Quayside Ports Group plc",
            contact="",
            role="Port Operations Supervisor",
            stage="application",
            date="2026-11-06",
            reapply_after="2028-05-06",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-fairlane-mo-lowercase",
        kind="txt",
        body="""RE: Courier Supervisor

hey - we won't be taking this further, cheers for your time

mo

Mo Haddad | Ops Manager | Fairlane Courier Services
""",
        expect=dict(
            company="Fairlane Courier Services",
            contact="Mo Haddad",
            role="Courier Supervisor",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-westmoor-buses-driving-assessment",
        kind="txt",
        body="""From: Westmoor Buses Recruitment (Gemma Ashdown) <recruitment@westmoorbuses.co.uk>
To: kwame.asante@yahoo.co.uk
Sent: Tuesday, 24 November 2026 at 14:03:27 GMT
Subject: Trainee Bus Driver - Practical Assessment

Hi Kwame,

Thanks for coming to the depot on Saturday for the practical driving assessment for our Trainee Bus Driver programme.

I'm sorry to say the assessor didn't feel you were ready to progress to the medical and training stage this time - mainly around mirror checks and road positioning at roundabouts.

You're welcome to apply again in 3 months, and we'd encourage you to do so.

Thanks,
Gemma Ashdown
Driver Recruitment Officer
Westmoor Buses Ltd
""",
        expect=dict(
            company="Westmoor Buses Ltd",
            contact="Gemma Ashdown",
            role="Trainee Bus Driver",
            stage="technical",
            date="2026-11-24",
            reapply_after="2027-02-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v05-icims-larchmont-teams-call",
        kind="eml",
        sender="Larchmont Regional Medical Center <larchmontrmc@talent.icims.com>",
        subject="Nurse Educator - Critical Care (Req 44019)",
        date="Mon, 23 Nov 2026 07:45:00 -0500",
        body="""Dear Folasade,

Thank you for the Teams call with me on Wednesday and for your interest in the Nurse Educator position supporting our Critical Care units.

We have completed our initial interviews and will not be advancing your candidacy to the hiring manager interview. We received many strong candidates for this position.

Please feel free to reach out if you have any questions.

Sincerely,

Brianna Castellanos, RN, BSN
Talent Partner, Nursing Recruitment
Larchmont Regional Medical Center
""",
        expect=dict(
            company="Larchmont Regional Medical Center",
            contact="Brianna Castellanos",
            role="Nurse Educator",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v05-larkfield-two-finalists",
        kind="txt",
        body="""Hi Marcus,

I wanted to let you know personally that we've made our decision on the Regional Loss Prevention Manager role. You were one of two finalists and it really came down to the wire, but we've offered the role to the other candidate.

Thank you for giving us so much of your time over the last month. I'd be glad to talk you through how the final decision was made if that's helpful.

Best,
Teresa Villanueva-Cho
VP, Asset Protection
Larkfield Fresh Markets
""",
        expect=dict(
            company="Larkfield Fresh Markets",
            contact="Teresa Villanueva-Cho",
            role="Regional Loss Prevention Manager",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v05-wexley-usd-gmail-no-year",
        kind="txt",
        body="""Wexley Unified School District <noreply@wexleyusd.org>
Tue, Nov 24, 10:15 AM (2 days ago)
to me

Dear Ms. Pham,

Thank you for your interest in the Transportation Dispatcher position with Wexley Unified School District.

Our hiring managers have reviewed your résumé and supplemental questionnaire. We regret to inform you that you have not been selected for an interview for this position.

We will retain your application materials for one year for consideration for similar positions.

Sincerely,

Refugio Alvarado
Classified Personnel Technician
Human Resources Services
Wexley Unified School District
""",
        expect=dict(
            company="Wexley Unified School District",
            contact="Refugio Alvarado",
            role="Transportation Dispatcher",
            stage="application",
            date="2026-11-24",
            reapply_after="2027-11-24",
            feedback_invited=False,
        ),
    ),
]
