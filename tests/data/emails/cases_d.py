"""Rejection emails written for this project, part D: a fresh frozen test set.

Written independently of parts A-C (same shape as cases_c.py, read by
make_fixtures.py's conventions): contact is "" when no person wrote; date is
the ISO date of the Date header (local to its own offset), or of the date line
of a pasted forward/reply header, or None for pasted text with no date;
reapply_after counts from that date, or from the manifest's "today"
(2026-11-20) when the email has none. Titles are given without location or
remote qualifiers, requisition numbers or gender markers such as (m/w/d);
people's names without honorifics. Scored once, at the end.
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="d-greenhouse-via-phone",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Marcus Obi via Greenhouse <no-reply@greenhouse.io>",
        reply_to="marcus.obi@tallowfinch.com",
        subject="Update on your application to Tallowfinch",
        date="Tue, 24 Nov 2026 15:12:00 -0500",
        body="""Hi Jordan,

Thanks again for making time for the phone screen last week to talk about the Growth Marketing Manager role.

We've spoken with a number of strong people, and we've decided not to move forward with your candidacy. This was a close call and I wanted you to hear it from me directly.

If it would help, I'm happy to share a few notes from our conversation. Just reply to this email and we can find ten minutes.

All the best,

Marcus Obi
Senior Recruiter | Tallowfinch
""",
        expect=dict(
            company="Tallowfinch",
            contact="Marcus Obi",
            role="Growth Marketing Manager",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-lever-takehome-six-months",
        kind="eml",
        html=True,
        encoding="base64",
        sender="Quillstack <no-reply@hire.lever.co>",
        reply_to="priya.raman@quillstack.dev",
        subject="Your application to Quillstack",
        date="Thu, 19 Nov 2026 11:05:00 -0800",
        body="""Hi Sam,

Thank you for the time and care you put into the take-home exercise for our Backend Engineer position.

Our engineers reviewed your submission closely, and we've decided not to continue with your application. Because of the number of submissions we receive, we aren't able to share specific feedback on individual exercises.

We would genuinely welcome a new application from you in six months.

Priya Raman
Engineering Recruiting, Quillstack
""",
        expect=dict(
            company="Quillstack",
            contact="Priya Raman",
            role="Backend Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after="2027-05-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-workday-req-application",
        kind="eml",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        sender="Halvorsen Logistics <halvorsen@myworkday.com>",
        subject="Halvorsen Logistics: Status of your application R-20781 Warehouse Operations Supervisor",
        date="Mon, 16 Nov 2026 09:30:00 -0600",
        body="""Dear Alex Moreno,

Thank you for applying for the Warehouse Operations Supervisor position (R-20781) at Halvorsen Logistics.

After a careful review of your application and qualifications, we have decided not to move forward with your candidacy at this time.

We encourage you to visit our career site regularly for other openings that match your background.

Regards,
Talent Acquisition
Halvorsen Logistics

This email was sent from an unmonitored mailbox. Please do not reply to this message.
""",
        expect=dict(
            company="Halvorsen Logistics",
            contact="",
            role="Warehouse Operations Supervisor",
            stage="application",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-ashby-onsite-feedback-call",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Odalys Ferreira <no-reply@ashbyhq.com>",
        reply_to="odalys@lumenfold.ai",
        subject="Lumenfold — Staff Product Designer",
        date="Wed, 02 Dec 2026 13:20:00 -0800",
        body="""Hi Rowan,

Thank you for spending the whole day with us at the onsite on Monday. Everyone who met you mentioned how thoughtful your portfolio walkthrough was.

I'm sorry to tell you that we won't be extending an offer for the Staff Product Designer role. I know this isn't the news you were hoping for after such a long process.

If you'd like feedback from the interview panel, I'd be glad to set up a 15-minute call next week.

Warmly,
Odalys Ferreira | Head of Talent | Lumenfold
""",
        expect=dict(
            company="Lumenfold",
            contact="Odalys Ferreira",
            role="Staff Product Designer",
            stage="final",
            date="2026-12-02",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-smartrecruiters-assessment",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender="Brennan & Ross Engineering <noreply@smartrecruiters.com>",
        subject="Your application: Graduate Structural Engineer",
        date="Tue, 10 Nov 2026 10:00:00 +0000",
        body="""Dear Chloe,

Thank you for completing the online assessment as part of your application for the Graduate Structural Engineer role with Brennan & Ross Engineering.

We regret to inform you that, based on your assessment results, we will not be progressing your application further.

Because of the large number of applications we receive, we are unable to provide feedback on individual results. You are welcome to apply for a future graduate intake.

Kind regards,
Early Careers Team
Brennan & Ross Engineering
""",
        expect=dict(
            company="Brennan & Ross Engineering",
            contact="",
            role="Graduate Structural Engineer",
            stage="technical",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-icims-panel-school",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Cedar Valley School District <donotreply@cedarvalley.icims.com>",
        subject="Job ID 2026-3314: Middle School Assistant Principal",
        date="Fri, 13 Nov 2026 16:45:00 -0700",
        body="""Dear Mr. Castellanos,

Thank you for participating in the panel interview for the position of Middle School Assistant Principal (Job ID 2026-3314).

The selection committee has completed its process and has chosen another candidate for this position. We appreciate the time and effort you invested throughout the interview process.

We wish you success in your future professional endeavors.

Human Resources Department
Cedar Valley School District

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information. Any unauthorized review, use, disclosure or distribution is prohibited.
""",
        expect=dict(
            company="Cedar Valley School District",
            contact="",
            role="Middle School Assistant Principal",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-taleo-resume-on-file",
        kind="eml",
        encoding="7bit",
        sender="Meridian Mutual Careers <meridianmutual@taleo.net>",
        subject="Meridian Mutual - Claims Adjuster Trainee - Requisition 26000871",
        date="Fri, 20 Nov 2026 08:02:00 -0500",
        body="""Dear Ms. Okonkwo,

Thank you for your interest in the Claims Adjuster Trainee opportunity with Meridian Mutual.

After reviewing your qualifications against the requirements of the position, we have decided to pursue other candidates.

We will keep your resume on file for 12 months and may contact you should a suitable position become available.

Sincerely,

Meridian Mutual Talent Acquisition

Meridian Mutual is an Equal Opportunity Employer. Please do not reply to this automated message.
""",
        expect=dict(
            company="Meridian Mutual",
            contact="",
            role="Claims Adjuster Trainee",
            stage="application",
            date="2026-11-20",
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-bamboohr-phone-questions",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Pinecrest Outfitters <no-reply@bamboohr.com>",
        reply_to="greta@pinecrestoutfitters.com",
        subject="E-commerce Coordinator at Pinecrest Outfitters",
        date="Wed, 25 Nov 2026 12:30:00 -0700",
        body="""Hi Devon,

It was great talking with you on our phone call Tuesday about the E-commerce Coordinator opening.

We've decided to go with a candidate whose experience lines up a little more closely with what we need right now. I really enjoyed hearing about your Etsy shop, though!

Feel free to reach out if you have any questions at all.

Take care,
Greta Lindqvist
Operations Manager
Pinecrest Outfitters
""",
        expect=dict(
            company="Pinecrest Outfitters",
            contact="Greta Lindqvist",
            role="E-commerce Coordinator",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-personio-german-telefon",
        kind="eml",
        html=True,
        charset="iso-8859-1",
        encoding="quoted-printable",
        sender="Kessler & Voigt GmbH <noreply@personio.de>",
        reply_to="s.krueger@kessler-voigt.de",
        subject="Ihre Bewerbung als Werkstudent (m/w/d) Controlling",
        date="Thu, 26 Nov 2026 10:14:00 +0100",
        body="""Sehr geehrter Herr Brandt,

vielen Dank für das angenehme Telefoninterview am vergangenen Donnerstag und Ihr Interesse an der Stelle als Werkstudent Controlling bei der Kessler & Voigt GmbH.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben. Diese Entscheidung ist uns nicht leichtgefallen.

Gerne gebe ich Ihnen auf Wunsch ein kurzes Feedback zu unserem Gespräch.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Sabine Krüger
HR Business Partner
Kessler & Voigt GmbH
Amtsgericht München HRB 204518 · Geschäftsführer: Peter Voigt
""",
        expect=dict(
            company="Kessler & Voigt GmbH",
            contact="Sabine Krüger",
            role="Werkstudent Controlling",
            stage="phone_screen",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-teamtailor-case-study-year",
        kind="eml",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        sender="Linnea Åberg <linnea.aberg@teamtailor-mail.com>",
        reply_to="linnea.aberg@fjallmark.se",
        subject="Fjällmark – Business Analyst",
        date="Mon, 30 Nov 2026 09:10:00 +0100",
        body="""Hi Ahmed,

Thank you for presenting your case study to us on Friday. We appreciated the structure of your analysis and the questions you asked.

After discussing it as a team we have chosen to move forward with another candidate for the Business Analyst position.

We would be glad to hear from you again, and you are welcome to apply to Fjällmark in a year.

Best wishes,
Linnea Åberg
Talent Acquisition, Fjällmark
""",
        expect=dict(
            company="Fjällmark",
            contact="Linnea Åberg",
            role="Business Analyst",
            stage="technical",
            date="2026-11-30",
            reapply_after="2027-11-30",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-recruitee-dutch-direct",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Bakkerij Van Dam <no-reply@recruitee.com>",
        subject="Je sollicitatie als Marketing Medewerker",
        date="Tue, 17 Nov 2026 14:00:00 +0100",
        body="""Hoi Sanne,

Bedankt voor je sollicitatie als Marketing Medewerker bij Bakkerij Van Dam.

We hebben je cv en motivatie goed bekeken, maar we gaan niet verder met je sollicitatie. Andere kandidaten passen beter bij wat we zoeken.

Heb je vragen over deze beslissing? Bel of mail gerust.

Groet,
Joost van Dam
Eigenaar, Bakkerij Van Dam
""",
        expect=dict(
            company="Bakkerij Van Dam",
            contact="Joost van Dam",
            role="Marketing Medewerker",
            stage="application",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-jazzhr-no-stage",
        kind="eml",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        sender="Harborview Dental Group <notifications@applytojob.com>",
        subject="Dental Office Receptionist - Harborview Dental Group",
        date="Sat, 21 Nov 2026 07:45:00 -0500",
        body="""Hello Maria,

Thank you for your interest in the Dental Office Receptionist position at Harborview Dental Group.

We wanted to let you know that we have decided to move forward with other candidates.

We wish you the best in your job search.

Harborview Dental Group
""",
        expect=dict(
            company="Harborview Dental Group",
            contact="",
            role="Dental Office Receptionist",
            stage=None,
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-workable-final-presentation",
        kind="eml",
        html=True,
        encoding="base64",
        sender="Tomasz Wiśniewski <notifications@workablemail.com>",
        reply_to="tomasz.wisniewski@vistula-analytics.pl",
        subject="Vistula Analytics: Head of Data Engineering",
        date="Thu, 03 Dec 2026 17:25:00 +0100",
        body="""Dear Karolina,

Thank you for coming to Warsaw for the final round and for your presentation to the leadership team.

It was a very difficult decision, but we have decided to offer the Head of Data Engineering role to another candidate.

I would be happy to share the panel's feedback with you by phone if that would be useful.

With kind regards,
Tomasz Wiśniewski
CTO, Vistula Analytics
""",
        expect=dict(
            company="Vistula Analytics",
            contact="Tomasz Wiśniewski",
            role="Head of Data Engineering",
            stage="final",
            date="2026-12-03",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-own-domain-offer-rescinded",
        kind="eml",
        encoding="quoted-printable",
        sender="Renata Salgado <renata.salgado@coralbaymedia.com>",
        subject="Regarding your offer",
        date="Mon, 09 Nov 2026 18:05:00 -0500",
        body="""Hi Chris,

I'm writing with difficult news. Because of a company-wide hiring freeze announced this afternoon, we have to rescind the offer we made to you last week for the Senior Video Editor position.

I'm truly sorry. This has nothing to do with you or your work, which the whole team loved.

Please call me whenever you want to talk it through; I'm glad to answer any questions and to act as a reference.

Renata Salgado
Director of Post-Production
Coral Bay Media
""",
        expect=dict(
            company="Coral Bay Media",
            contact="Renata Salgado",
            role="Senior Video Editor",
            stage="offer",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-gmail-recruiter-client-phone",
        kind="eml",
        encoding="8bit",
        sender="Dee Harrington <dee.harrington.recruits@gmail.com>",
        subject="Re: Ops Lead conversation",
        date="Wed, 18 Nov 2026 11:40:00 -0500",
        body="""Hey Jamie,

Quick update after your phone screen with the hiring manager at Saltmarsh Brewing on Monday. They've decided not to move forward for the Operations Lead role; they want someone who has run a canning line before.

Happy to tell you more about what they said if you want to hop on a call.

Dee Harrington
Independent Recruiter
""",
        expect=dict(
            company="Saltmarsh Brewing",
            contact="Dee Harrington",
            role="Operations Lead",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-agency-client-technical",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Oliver Baptiste <oliver.baptiste@brightpathrecruitment.co.uk>",
        subject="Feedback - .NET Developer - Ashgrove Insurance",
        date="Tue, 01 Dec 2026 16:10:00 +0000",
        body="""Hi Imran,

I've had feedback from Ashgrove Insurance following your technical interview on Thursday for the .NET Developer role.

Unfortunately they won't be taking your application further. They felt your answers on SQL performance tuning were not as deep as they need for this team.

I'll keep you in mind for other roles and please do get in touch if you'd like to go through their comments in more detail.

Kind regards,

Oliver Baptiste
Senior Consultant - Technology
Brightpath Recruitment Ltd
Registered in England No. 08812345. This email and any attachments are confidential.
""",
        expect=dict(
            company="Ashgrove Insurance",
            contact="Oliver Baptiste",
            role=".NET Developer",
            stage="technical",
            date="2026-12-01",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-outlook-forward-japan-final",
        kind="txt",
        body="""FYI - this came in this morning.

________________________________
From: Aiko Tanaka <a.tanaka@sorabridge.co.jp>
Sent: Thursday, November 12, 2026 9:41 AM
To: Lee Chen <lee.chen@outlook.com>
Subject: Result of final interview - Localization Project Manager

Dear Mr. Chen,

Thank you very much for taking your valuable time to attend the final interview at our Tokyo office for the Localization Project Manager position.

We carefully considered your application together with the other candidates. We regret very much that we are unable to meet your expectations on this occasion.

We sincerely apologize for this result, and we pray for your further success and good health.

Best regards,

Aiko Tanaka
Human Resources Department
Sorabridge
""",
        expect=dict(
            company="Sorabridge",
            contact="Aiko Tanaka",
            role="Localization Project Manager",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-nodate-eight-weeks",
        kind="txt",
        body="""Hi Pat,

Thanks so much for applying for the Barista Trainer role at Copperkettle Coffee. We looked over your application and we're going to go with people who have a bit more training experience this time round.

You're very welcome to apply again in 8 weeks, when we start hiring for spring.

Cheers,
Nell Ashdown
Area Manager, Copperkettle Coffee
""",
        expect=dict(
            company="Copperkettle Coffee",
            contact="Nell Ashdown",
            role="Barista Trainer",
            stage="application",
            date=None,
            reapply_after="2027-01-15",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-french-gmail-exercice",
        kind="txt",
        body="""Camille Rousseau <camille.rousseau@atelier-lumen.fr>
ven. 27 nov. 2026, 15:32
À moi

Bonjour Thomas,

Je vous remercie pour le temps consacré à l'exercice technique pour le poste de Développeur Front-End.

Après relecture par l'équipe, nous avons décidé de ne pas donner suite à votre candidature.

N'hésitez pas à me contacter si vous souhaitez un retour plus détaillé sur votre exercice.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Camille Rousseau
Responsable Recrutement
Atelier Lumen
""",
        expect=dict(
            company="Atelier Lumen",
            contact="Camille Rousseau",
            role="Développeur Front-End",
            stage="technical",
            date="2026-11-27",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-spanish-portafolio",
        kind="txt",
        body="""Hola Irene:

Muchas gracias por tu interés en el puesto de Diseñadora Gráfica Junior en Estudio Marea.

Hemos revisado con atención tu portafolio y, aunque nos han gustado varios proyectos, hemos decidido seguir adelante con otras candidaturas.

Lamentablemente, no podemos ofrecer comentarios individuales. Podrás volver a postularte dentro de seis meses.

Un abrazo,

Lucía Fernández Ortega
Directora de Arte
Estudio Marea
""",
        expect=dict(
            company="Estudio Marea",
            contact="Lucía Fernández Ortega",
            role="Diseñadora Gráfica Junior",
            stage="portfolio",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-apple-forward-offer-withdrawn",
        kind="txt",
        body="""Can you believe this?

Sent from my iPhone

Begin forwarded message:

From: Hollis Grant <hgrant@ferncliffbank.com>
Subject: Offer of employment – Compliance Analyst
Date: 4 November 2026 at 17:22:10 GMT
To: Ben Adeyemi <ben.adeyemi@icloud.com>

Dear Ben,

I regret to inform you that Ferncliff Bank is withdrawing the conditional offer of employment for the Compliance Analyst position made to you on 21 October, as we were unable to complete the pre-employment screening within the required timeframe.

We are unable to discuss the details of this decision further.

Yours sincerely,

Hollis Grant
HR Manager
Ferncliff Bank

Ferncliff Bank plc is authorised by the Prudential Regulation Authority. This message is confidential and intended solely for the addressee.
""",
        expect=dict(
            company="Ferncliff Bank",
            contact="Hollis Grant",
            role="Compliance Analyst",
            stage="offer",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-indian-english-technical-round",
        kind="txt",
        body="""Dear Ravi,

Greetings from Sundaram Infotech!

This is with reference to your technical interview round held on 18th November 2026 for the post of Java Developer.

We regret to inform you that you have not been shortlisted for the next round of the selection process. We will keep your profile in our database and reach out to you for suitable opportunities in future.

We wish you all the very best for your future endeavours.

Thanks & Regards,
Kavitha Subramanian
HR Executive
Sundaram Infotech
""",
        expect=dict(
            company="Sundaram Infotech",
            contact="Kavitha Subramanian",
            role="Java Developer",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-outlook-reply-chain-video",
        kind="txt",
        body="""From: Nadia Petrova <nadia.petrova@glasswing.io>
Sent: Monday, November 23, 2026 4:05 PM
To: Morgan Lee <morgan.lee@hotmail.com>
Subject: RE: Next steps - Customer Success Manager

Hi Morgan,

Thanks for following up, and sorry for the slow reply. After our video call last week, the team decided not to move forward with your application for the Customer Success Manager role.

Per company policy I'm not able to share detailed feedback, but I do appreciate your interest in Glasswing.

Best,
Nadia Petrova | Talent Partner | Glasswing

From: Morgan Lee <morgan.lee@hotmail.com>
Sent: Friday, November 20, 2026 10:12 AM
To: Nadia Petrova <nadia.petrova@glasswing.io>
Subject: Next steps - Customer Success Manager

Hi Nadia,

I wanted to follow up on our call from last Tuesday. Is there any update on next steps?

Thanks,
Morgan
""",
        expect=dict(
            company="Glasswing",
            contact="Nadia Petrova",
            role="Customer Success Manager",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-nodate-ninety-days",
        kind="txt",
        body="""Dear Applicant,

Thank you for applying for the Dispatcher position at Bluewater Freight. Our recruiting team has reviewed your application, and we will not be moving forward with it.

You are eligible to reapply for this or any other position after 90 days.

Bluewater Freight Recruiting

You are receiving this message because you applied for a job at Bluewater Freight. Unsubscribe from job alerts | Privacy notice
""",
        expect=dict(
            company="Bluewater Freight",
            contact="",
            role="Dispatcher",
            stage="application",
            date=None,
            reapply_after="2027-02-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-gmail-forward-lever-final",
        kind="txt",
        body="""ugh. saving this one for coach

---------- Forwarded message ---------
From: Ezra Kaplan <no-reply@hire.lever.co>
Date: Mon, Nov 30, 2026 at 2:14 PM
Subject: Following up on your final interviews
To: <dani.ruiz@gmail.com>


Hi Dani,

Thanks for spending the afternoon with the team for your final interviews for the Senior Site Reliability Engineer position. I know it was a long day.

We've decided to move forward with another candidate whose on-call experience is closer to what we need. I'm glad to walk you through the interviewers' feedback if you'd like; just let me know a time.

We'd love for you to apply again in a year.

Ezra Kaplan
Recruiting Lead at Moraine Systems
""",
        expect=dict(
            company="Moraine Systems",
            contact="Ezra Kaplan",
            role="Senior Site Reliability Engineer",
            stage="final",
            date="2026-11-30",
            reapply_after="2027-11-30",
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-dutch-telefonisch",
        kind="txt",
        body="""Beste Daan,

Dank je wel voor het telefonische kennismakingsgesprek van vorige week over de functie Data Engineer bij Polderdata.

We hebben besloten om niet verder te gaan met jouw sollicitatie. We zoeken op dit moment iemand met meer ervaring in Spark.

Wil je weten hoe we tot dit besluit zijn gekomen? Ik geef je graag feedback. Je mag over zes maanden opnieuw solliciteren.

Met vriendelijke groet,

Femke de Boer
Recruiter | Polderdata
""",
        expect=dict(
            company="Polderdata",
            contact="Femke de Boer",
            role="Data Engineer",
            stage="phone_screen",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-position-filled-town",
        kind="txt",
        body="""Dear Applicant,

Thank you for your interest in the Library Assistant position with the Town of Millbrook.

Please be advised that this position has now been filled. We appreciate your interest in public service and encourage you to watch our website for future openings.

Sincerely,

Human Resources
Town of Millbrook
""",
        expect=dict(
            company="Town of Millbrook",
            contact="",
            role="Library Assistant",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-gmail-writing-samples",
        kind="txt",
        body="""Margot Ellery-Shaw <margot@halcyonreview.com>
Wed, Nov 11, 2026, 9:03 AM
to me

Dear Ms. Ibekwe,

Thank you for sending your writing samples for the Staff Writer opening at The Halcyon Review. I read all three with interest.

I'm sorry to say we won't be taking your application further. I'm afraid I can't offer individual feedback given the number of submissions we received.

With best wishes,

Margot Ellery-Shaw
Managing Editor
The Halcyon Review
""",
        expect=dict(
            company="The Halcyon Review",
            contact="Margot Ellery-Shaw",
            role="Staff Writer",
            stage="portfolio",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-german-outlook-technisch",
        kind="txt",
        body="""-----Ursprüngliche Nachricht-----
Von: Jonas Albrecht <j.albrecht@brandtwerk.de>
Gesendet: Dienstag, 1. Dezember 2026 14:22
An: lena.schmitt@web.de
Betreff: Ihre Bewerbung als Softwareentwicklerin Embedded Systems

Sehr geehrte Frau Schmitt,

vielen Dank für Ihre Zeit beim technischen Interview letzte Woche und für Ihr Interesse an der Position als Softwareentwicklerin Embedded Systems.

Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer anderen Bewerberin fortzusetzen. Bitte haben Sie Verständnis dafür, dass wir keine individuelle Rückmeldung zu den Interviews geben können.

Wir würden uns freuen, wenn Sie sich in 12 Monaten erneut bei uns bewerben.

Mit freundlichen Grüßen

Jonas Albrecht
Teamleiter Embedded
Brandtwerk AG
""",
        expect=dict(
            company="Brandtwerk AG",
            contact="Jonas Albrecht",
            role="Softwareentwicklerin Embedded Systems",
            stage="technical",
            date="2026-12-01",
            reapply_after="2027-12-01",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-french-cv-vivier",
        kind="txt",
        body="""Objet : Votre candidature – Chargée de communication

Madame,

Nous avons bien reçu votre candidature au poste de Chargée de communication et nous vous en remercions.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable. Vous pourrez nous adresser une nouvelle candidature dans 6 mois.

Nous vous souhaitons pleine réussite dans vos recherches.

Le Service Recrutement
Groupe Verlaine Habitat
""",
        expect=dict(
            company="Groupe Verlaine Habitat",
            contact="",
            role="Chargée de communication",
            stage="application",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-outlook-panel-first-name-sign",
        kind="txt",
        body="""From: Tobias Mendel <tobias@kelpworks.com>
Sent: Wed 11/25/2026 3:47 PM
To: Avery Kim
Subject: Supply Chain Planner - decision

Hi Avery,

Thank you for meeting with our panel on Friday. You were one of two finalists for the Supply Chain Planner role, and the decision was genuinely close.

In the end we've offered the position to the other finalist. I'm not able to go into the specifics of the panel's discussion, but I hope you'll consider us again in the next hiring cycle.

Tobias

Kelpworks | Aquaculture Supply
""",
        expect=dict(
            company="Kelpworks",
            contact="Tobias Mendel",
            role="Supply Chain Planner",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-spanish-forward-entrevista-final",
        kind="txt",
        body="""---------- Mensaje reenviado ---------
De: Andrés Villalobos <avillalobos@grupoquetzal.mx>
Date: jue, 3 dic 2026 a las 12:15
Subject: Proceso de selección – Gerente de Operaciones
To: <valeria.mtz@gmail.com>


Estimada Valeria:

Le agradecemos sinceramente su participación en la entrevista final para la vacante de Gerente de Operaciones.

Lamentamos informarle que hemos decidido continuar el proceso con otro candidato. Quedo a sus órdenes para cualquier duda o comentario sobre el proceso.

Atentamente,

Lic. Andrés Villalobos
Director de Capital Humano
Grupo Quetzal
""",
        expect=dict(
            company="Grupo Quetzal",
            contact="Andrés Villalobos",
            role="Gerente de Operaciones",
            stage="final",
            date="2026-12-03",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-nodate-no-stage-thirty-days",
        kind="txt",
        body="""Hello Denise,

Thank you for your interest in the Home Health Aide position with Fernhill Home Care.

We will not be moving forward with your candidacy at this time. You may reapply to this posting after 30 days.

Best regards,
Fernhill Home Care Recruiting Team
""",
        expect=dict(
            company="Fernhill Home Care",
            contact="",
            role="Home Health Aide",
            stage=None,
            date=None,
            reapply_after="2026-12-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-gmail-coding-challenge-req",
        kind="txt",
        body="""Tidewell Health Careers <careers@tidewellhealth.org>
Fri, Nov 27, 2026, 10:22 AM
to me

Hi Marcus,

Thank you for completing the coding challenge for the Software Engineer II - Seattle position (Req 58821).

After reviewing your results, we have decided not to advance your candidacy for this role. We are not able to provide individual feedback on challenge results.

You may apply for other positions at Tidewell Health at any time.

Tidewell Health Talent Acquisition
""",
        expect=dict(
            company="Tidewell Health",
            contact="",
            role="Software Engineer II",
            stage="technical",
            date="2026-11-27",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-nodate-screen-then-technical",
        kind="txt",
        body="""Hi Jun,

Thank you for taking the time to speak with us, first on the recruiter screen and then in the technical interview with our ML team, about the Machine Learning Engineer role at Orchid Labs.

After much discussion we've decided not to proceed. Your systems knowledge was strong, but we need deeper experience with model serving at scale.

I'd be happy to share more detailed feedback from the interviewers. And we'd welcome hearing from you again in 3 months.

Best,
Zhao Mingyu
Technical Recruiter, Orchid Labs
""",
        expect=dict(
            company="Orchid Labs",
            contact="Zhao Mingyu",
            role="Machine Learning Engineer",
            stage="technical",
            date=None,
            reapply_after="2027-02-20",
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-unsubscribe-paralegal",
        kind="txt",
        body="""Your application status has changed

Dear Jordan Ellis,

Thank you for applying for the role of Paralegal at Grainger & Pike LLP. Your application has been reviewed by the hiring team, and we have decided to proceed with other applicants whose experience more closely matches the role.

We appreciate your interest in Grainger & Pike LLP.

Recruitment Team
Grainger & Pike LLP

--
You received this email because you applied for a position at Grainger & Pike LLP.
Unsubscribe | Manage email preferences | Privacy policy
""",
        expect=dict(
            company="Grainger & Pike LLP",
            contact="",
            role="Paralegal",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-greenhouse-noreply-person-in-body",
        kind="eml",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        sender="Kestrel Forge Robotics <no-reply@greenhouse.io>",
        subject="Thank you for applying to Kestrel Forge Robotics",
        date="Fri, 06 Nov 2026 10:31:00 -0800",
        body="""Dear Sofia,

Thank you for your interest in the Mechanical Design Engineer position at Kestrel Forge Robotics. We have reviewed your application carefully, and unfortunately we will not be moving forward at this time.

We truly appreciate the time you spent applying, and we hope you will keep an eye on our careers page.

Best regards,

Hannah Zielinski
Recruiting Coordinator
Kestrel Forge Robotics

Powered by Greenhouse | Unsubscribe
""",
        expect=dict(
            company="Kestrel Forge Robotics",
            contact="Hannah Zielinski",
            role="Mechanical Design Engineer",
            stage="application",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-lever-work-samples-remote",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Inês Carvalho <no-reply@hire.lever.co>",
        reply_to="ines@brightloom.studio",
        subject="Senior Brand Designer (Remote) at Brightloom",
        date="Wed, 18 Nov 2026 09:12:00 +0000",
        body="""Hi Tariq,

Thank you for sharing your work samples with us for the Senior Brand Designer (Remote) position. Our creative director and I went through them together.

While there's a lot we admire in your work, we're looking for someone with more packaging experience, so we won't be moving ahead.

We'd be glad to see a new application from you in 4 months, once we open our next design roles.

Inês Carvalho
People & Talent, Brightloom
""",
        expect=dict(
            company="Brightloom",
            contact="Inês Carvalho",
            role="Senior Brand Designer",
            stage="portfolio",
            date="2026-11-18",
            reapply_after="2027-03-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-workday-offer-rescinded-middle-initial",
        kind="eml",
        html=True,
        encoding="base64",
        sender="Ostrander Pharmaceuticals <ostrander@myworkday.com>",
        reply_to="daniel.whitcombe@ostranderpharma.com",
        subject="Important update regarding your offer - Clinical Data Manager",
        date="Tue, 08 Dec 2026 11:00:00 -0500",
        body="""Dear Ms. Nakamura,

I am writing to inform you that, as a result of an organizational restructuring announced this week, the Clinical Data Manager position has been eliminated. Regrettably, we must therefore rescind the offer of employment extended to you on November 30.

We recognize the disruption this causes and sincerely apologize. Should you have any questions, please contact me directly at 609-555-0148.

Sincerely,

Daniel R. Whitcombe
Senior Director, Talent Acquisition
Ostrander Pharmaceuticals
""",
        expect=dict(
            company="Ostrander Pharmaceuticals",
            contact="Daniel R. Whitcombe",
            role="Clinical Data Manager",
            stage="offer",
            date="2026-12-08",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-ashby-no-stage-180-days",
        kind="eml",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        sender="Pollen Health <no-reply@ashbyhq.com>",
        subject="Your application to Pollen Health",
        date="Fri, 27 Nov 2026 14:02:00 -0500",
        body="""Hi Gabriel,

Thank you for your interest in the Clinical Operations Associate role at Pollen Health.

Unfortunately, we won't be moving forward with your candidacy. You're welcome to re-apply to Pollen Health after 180 days.

Wishing you all the best,
The Pollen Health Recruiting Team
""",
        expect=dict(
            company="Pollen Health",
            contact="",
            role="Clinical Operations Associate",
            stage=None,
            date="2026-11-27",
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-smartrecruiters-french-entretien-final",
        kind="eml",
        html=True,
        charset="iso-8859-1",
        encoding="base64",
        sender="Maison Orvelle <noreply@smartrecruiters.com>",
        reply_to="h.duval@maison-orvelle.fr",
        subject="Votre candidature : Chef de Projet Digital – Paris",
        date="Mon, 07 Dec 2026 11:45:00 +0100",
        body="""Monsieur,

Nous vous remercions d'avoir participé à l'entretien final pour le poste de Chef de Projet Digital au sein de la Maison Orvelle.

Après mûre réflexion, nous avons retenu une autre candidature, dont le profil correspond davantage à nos besoins actuels. Nous ne sommes malheureusement pas en mesure de vous faire un retour individualisé.

Nous vous prions d'agréer, Monsieur, l'expression de nos sentiments les meilleurs.

Mme Hélène Duval
Directrice des Ressources Humaines
Maison Orvelle
""",
        expect=dict(
            company="Maison Orvelle",
            contact="Hélène Duval",
            role="Chef de Projet Digital",
            stage="final",
            date="2026-12-07",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-icims-nurse-phone-six-months",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Lakeshore Medical Center <lakeshoremedical@talent.icims.com>",
        subject="Your application with Lakeshore Medical Center",
        date="Thu, 12 Nov 2026 13:20:00 -0600",
        body="""Dear Kayla,

Thank you for taking the time to speak with me by phone about the ICU Registered Nurse position at Lakeshore Medical Center.

After careful consideration, we have decided to move forward with candidates who have more critical care experience. You are welcome to apply again after six months, and we encourage you to do so.

Sincerely,

Rosa M. Delgado, RN
Nurse Recruiter
Lakeshore Medical Center
""",
        expect=dict(
            company="Lakeshore Medical Center",
            contact="Rosa M. Delgado",
            role="ICU Registered Nurse",
            stage="phone_screen",
            date="2026-11-12",
            reapply_after="2027-05-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-taleo-no-date-six-weeks",
        kind="eml",
        encoding="7bit",
        sender="Granite State Utilities <granitestate@taleo.net>",
        subject="Granite State Utilities - Meter Reader - Requisition 2600412",
        body="""Dear Applicant,

Thank you for submitting your application for the Meter Reader position at Granite State Utilities.

We have reviewed your application and determined that other candidates more closely meet the requirements of this position. You may reapply in 6 weeks.

Granite State Utilities Human Resources

*** This is an automated message. Please do not reply. ***
""",
        expect=dict(
            company="Granite State Utilities",
            contact="",
            role="Meter Reader",
            stage="application",
            date=None,
            reapply_after="2027-01-01",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-bamboohr-skills-test",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Hollyhock Accounting <no-reply@bamboohr.com>",
        reply_to="bernadette@hollyhockcpa.com",
        subject="Staff Accountant - Hollyhock Accounting",
        date="Mon, 23 Nov 2026 09:05:00 -0500",
        body="""Hello Marisol,

Thank you for completing our Excel and reconciliation skills test for the Staff Accountant position.

We've reviewed the results and will not be moving forward with your application. Please understand that we don't provide individual feedback on test results.

Regards,
Bernadette O'Malley
Office Manager
Hollyhock Accounting
""",
        expect=dict(
            company="Hollyhock Accounting",
            contact="Bernadette O'Malley",
            role="Staff Accountant",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-personio-english-berlin-final",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Jana Hoffmann <noreply@personio.de>",
        reply_to="jana.hoffmann@wolkenbahn.de",
        subject="Senior Frontend Engineer - Berlin | Wolkenbahn",
        date="Mon, 23 Nov 2026 16:30:00 +0100",
        body="""Hi Oskar,

Thank you for the final interview with our founders last week, and for the energy you brought to the whole process for the Senior Frontend Engineer - Berlin position.

We decided to go with another candidate who has more experience leading a team. It was close.

I'm happy to give you feedback on the interviews if you'd like; just reply here. And we'd be glad to hear from you again in 6 months.

Mit besten Grüßen / Best regards

Jana Hoffmann
Talent Lead | Wolkenbahn
""",
        expect=dict(
            company="Wolkenbahn",
            contact="Jana Hoffmann",
            role="Senior Frontend Engineer",
            stage="final",
            date="2026-11-23",
            reapply_after="2027-05-23",
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-teamtailor-danish-portfolio",
        kind="eml",
        html=True,
        html_only=True,
        encoding="8bit",
        sender="Søren Kjærgaard <soren.kjaergaard@teamtailor-mail.com>",
        reply_to="sk@havnegade-arkitekter.dk",
        subject="Your application – Architect – Havnegade Arkitekter",
        date="Wed, 04 Nov 2026 10:40:00 +0100",
        body="""Dear Elif,

Thank you for your application for the Architect position and for the portfolio you sent us. We spent time with your housing projects in particular.

We have now decided to continue with other candidates whose experience with timber construction is closer to our current work.

You are very welcome to contact me if you would like to hear more about how we assessed your portfolio.

Venlig hilsen / Kind regards

Søren Kjærgaard
Partner, Havnegade Arkitekter
""",
        expect=dict(
            company="Havnegade Arkitekter",
            contact="Søren Kjærgaard",
            role="Architect",
            stage="portfolio",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-recruitee-spanish-llamada-year",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Olivar Software <no-reply@recruiteemail.com>",
        reply_to="marta.gil@olivarsoftware.es",
        subject="Tu candidatura para Ingeniero de QA",
        date="Tue, 24 Nov 2026 12:10:00 +0100",
        body="""Hola Pablo,

Gracias por la llamada del jueves y por tu interés en la posición de Ingeniero de QA en Olivar Software.

Tras valorar todas las candidaturas, hemos decidido seguir con otra persona cuyo perfil encaja mejor con el equipo en este momento.

Nos encantaría que volvieras a presentar tu candidatura dentro de un año.

Un saludo,
Marta Gil
Talent Acquisition · Olivar Software
""",
        expect=dict(
            company="Olivar Software",
            contact="Marta Gil",
            role="Ingeniero de QA",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after="2027-11-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-jazzhr-via-sql-exercise",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Kendra Boyd (via JazzHR) <notifications@applytojob.com>",
        reply_to="kboyd@sparrowhillcu.org",
        subject="Data Analyst - Sparrow Hill Credit Union",
        date="Thu, 19 Nov 2026 15:55:00 -0500",
        body="""Hi Terrence,

Thanks for working through the SQL exercise for our Data Analyst opening. We know it took a chunk of your weekend.

We've decided to move forward with other candidates at this point.

If you have any questions, please reply to this email and I'll get back to you.

Kendra Boyd
HR Generalist
Sparrow Hill Credit Union
""",
        expect=dict(
            company="Sparrow Hill Credit Union",
            contact="Kendra Boyd",
            role="Data Analyst",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-workable-greek-phone",
        kind="eml",
        html=True,
        encoding="base64",
        sender="Athenaeum Travel <noreply@workablemail.com>",
        subject="Travel Consultant at Athenaeum Travel",
        date="Fri, 20 Nov 2026 13:00:00 +0200",
        body="""Dear Nikolaos,

We would like to thank you warmly for the phone interview with our recruiting team regarding the Travel Consultant position.

With regret, we must inform you that we have chosen to proceed with another candidate. We will not be able to provide specific feedback, but we wish you every success and good health in your next steps.

With warm regards,

Eleni Papadopoulou
Recruitment Officer, Athenaeum Travel
""",
        expect=dict(
            company="Athenaeum Travel",
            contact="Eleni Papadopoulou",
            role="Travel Consultant",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-own-domain-lowercase-dutch-final",
        kind="eml",
        encoding="quoted-printable",
        sender="anna de vries <anna@kanaalhuis.nl>",
        subject="sollicitatie projectleider",
        date="Thu, 26 Nov 2026 17:02:00 +0100",
        body="""Hoi Mehmet,

Dank je voor het tweede en laatste gesprek van dinsdag voor de functie Projectleider Renovatie. We hebben het team er uitgebreid over gesproken.

We hebben gekozen voor een andere kandidaat, die al langer met monumenten werkt. Dat was geen makkelijke keuze.

Als je wilt, licht ik de beslissing graag telefonisch toe.

Groeten,
Anna de Vries
Kanaalhuis
""",
        expect=dict(
            company="Kanaalhuis",
            contact="Anna de Vries",
            role="Projectleider Renovatie",
            stage="final",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-own-domain-startup-offer-withdrawn",
        kind="eml",
        encoding="8bit",
        sender="Maya Feldstein <maya@brackenhill.app>",
        subject="I'm so sorry",
        date="Sun, 15 Nov 2026 10:15:00 -0800",
        body="""Hi Kofi,

I hate writing this. Our lead investor pulled out of the round on Friday, and without that money we can't make new hires. That means we have to withdraw the offer we made you for the Founding Engineer role.

I know you turned down other conversations for us, and I'm so sorry. If it helps, I'll gladly write a reference or introduce you to other founders I trust.

Maya Feldstein
Co-founder & CEO, Brackenhill
""",
        expect=dict(
            company="Brackenhill",
            contact="Maya Feldstein",
            role="Founding Engineer",
            stage="offer",
            date="2026-11-15",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-gmail-small-business-filled",
        kind="eml",
        encoding="7bit",
        sender="Bob Tran <bobtran.landscaping@gmail.com>",
        subject="crew lead job",
        date="Mon, 02 Nov 2026 06:48:00 -0600",
        body="""Hi Luis,

Thanks for getting back to me about the Crew Lead job. I already filled the spot last week, sorry for the late reply.

Good luck out there.

Bob Tran
Tran Landscaping
(512) 555-0190
""",
        expect=dict(
            company="Tran Landscaping",
            contact="Bob Tran",
            role="Crew Lead",
            stage=None,
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-agency-cv-not-shortlisted",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Priyanka Desai <priyanka.desai@harbourstaffing.com.au>",
        subject="Payroll Administrator - Castlegate Foods",
        date="Wed, 25 Nov 2026 14:20:00 +1100",
        body="""Hi Callum,

I put your CV forward to Castlegate Foods for the Payroll Administrator role last week. They have now reviewed it and decided not to invite you to interview; they're after someone with more Xero experience.

I'll keep an eye out for other roles that suit you.

Kind regards,

Priyanka Desai
Recruitment Consultant
Harbour Staffing
Level 4, 88 George St, Sydney NSW 2000
This email is confidential and may be legally privileged. If you are not the intended recipient, please delete it.
""",
        expect=dict(
            company="Castlegate Foods",
            contact="Priyanka Desai",
            role="Payroll Administrator",
            stage="application",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-greenhouse-windows1252-video-intro",
        kind="eml",
        html=True,
        charset="windows-1252",
        encoding="quoted-printable",
        sender="Aurelio Bianchi via Greenhouse <no-reply@greenhouse.io>",
        reply_to="aurelio.bianchi@ferroviadigitale.it",
        subject="Product Owner – Ferrovia Digitale",
        date="Tue, 17 Nov 2026 15:15:00 +0100",
        body="""Dear Giulia,

Thank you for the introductory video call with me on Monday about the Product Owner position. It was a pleasure to learn about your work on ticketing systems.

I’m sorry to tell you that we’ve decided not to move forward to the next stage. We are looking for someone with more experience in B2B contracts.

Should you have any questions about the decision, don’t hesitate to write to me.

Cordiali saluti,
Aurelio Bianchi
Senior Talent Acquisition Specialist
Ferrovia Digitale
""",
        expect=dict(
            company="Ferrovia Digitale",
            contact="Aurelio Bianchi",
            role="Product Owner",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-greenhouse-team-portfolio-twelve-months",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender="Fable & Fern Studio <no-reply@greenhouse.io>",
        subject="Your application for Illustrator at Fable & Fern Studio",
        date="Fri, 04 Dec 2026 11:11:00 +0000",
        body="""Hi Noor,

Thank you for applying to be an Illustrator at Fable & Fern Studio, and for sharing your portfolio with us. We looked through every piece.

We've decided not to progress your application on this occasion, as we're looking for someone whose style sits closer to our picture-book list.

Please do apply again in 12 months. We'd love to see how your work has grown.

The Fable & Fern Recruiting Team
""",
        expect=dict(
            company="Fable & Fern Studio",
            contact="",
            role="Illustrator",
            stage="portfolio",
            date="2026-12-04",
            reapply_after="2027-12-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-gmail-own-reply-quoted-rejection",
        kind="txt",
        body="""Hi Rachel,

Thanks for letting me know. Would you be able to share any feedback on my test? It would really help.

Best,
Chidi

On Tue, Nov 10, 2026 at 9:15 AM Rachel Stern <rachel.stern@lanternfishgames.com> wrote:
> Hi Chidi,
>
> Thank you for completing the bug-hunting test for our QA Tester position.
> We've reviewed your report and decided to move forward with other candidates.
>
> Unfortunately we can't give individual feedback on test submissions.
>
> Rachel Stern
> Studio Recruiter, Lanternfish Games
""",
        expect=dict(
            company="Lanternfish Games",
            contact="Rachel Stern",
            role="QA Tester",
            stage="technical",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-apple-reply-quoted-british",
        kind="txt",
        body="""On 2 Dec 2026, at 08:47, Hamish Rennie <h.rennie@glenmorven.co.uk> wrote:

> Dear Fraser,
>
> Many thanks for your time on our call on Monday about the Brand Ambassador post. It was a pleasure to chat.
>
> I'm afraid we shan't be taking things further on this occasion; we've gone with someone based closer to the distillery.
>
> Do shout if you'd like any feedback.
>
> All best,
> Hamish
>
> Hamish Rennie
> Visitor Experience Manager
> Glenmorven Distillery
""",
        expect=dict(
            company="Glenmorven Distillery",
            contact="Hamish Rennie",
            role="Brand Ambassador",
            stage="phone_screen",
            date="2026-12-02",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-german-du-arbeitsproben",
        kind="txt",
        body="""Hey Lukas,

danke, dass du uns deine Arbeitsproben für die Stelle als UX Writer geschickt hast. Wir haben sie uns im Team genau angeschaut.

Leider passt dein Profil gerade nicht zu dem, was wir suchen. Ein individuelles Feedback können wir dir aus Zeitgründen leider nicht geben.

Bewirb dich gern in einem halben Jahr noch einmal bei uns!

Viele Grüße
Mila Petersen
People & Culture, Kranich Studio
""",
        expect=dict(
            company="Kranich Studio",
            contact="Mila Petersen",
            role="UX Writer",
            stage="portfolio",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-live-coding-next-cycle",
        kind="txt",
        body="""Dear Tomás,

Thank you for the live coding interview on Wednesday for the Data Scientist role at Baobab Analytics. I enjoyed our discussion of your approach to the churn model.

After reviewing all candidates, we've decided not to move forward with your application. We expect to hire again in the next hiring cycle and would be pleased to see your name then.

I'm happy to share written feedback from the interview if you would find it useful.

Kind regards,

Dr. Amara Nwosu
Head of Data Science
Baobab Analytics
""",
        expect=dict(
            company="Baobab Analytics",
            contact="Amara Nwosu",
            role="Data Scientist",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-requisition-cancelled",
        kind="txt",
        body="""Dear Jessica,

Thank you for your interest in Job Requisition REQ-118842, Retail Store Manager, at Larkspur Home.

We are writing to let you know that this requisition has been cancelled and the position will not be filled at this time. As a result, we are closing all applications for it.

We encourage you to explore other opportunities on our careers site.

Larkspur Home Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""",
        expect=dict(
            company="Larkspur Home",
            contact="",
            role="Retail Store Manager",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-spanish-outlook-oferta-retirada",
        kind="txt",
        body="""De: Ignacio Rojas <irojas@mineraandessur.cl>
Enviado el: martes, 10 de noviembre de 2026 16:05
Para: Francisca Muñoz <fran.munoz@gmail.com>
Asunto: Oferta laboral – Ingeniero de Seguridad

Estimada Francisca:

Junto con saludar, lamento informarle que, debido a un congelamiento de contrataciones decidido por el directorio, nos vemos obligados a retirar la oferta laboral que le hicimos para el cargo de Ingeniero de Seguridad.

Entendemos lo difícil de esta noticia. Quedo disponible para conversar si lo desea y responder cualquier consulta.

Saludos cordiales,

Ignacio Rojas
Jefe de Personas
Minera Andes Sur
""",
        expect=dict(
            company="Minera Andes Sur",
            contact="Ignacio Rojas",
            role="Ingeniero de Seguridad",
            stage="offer",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-belgian-french-telephone-un-an",
        kind="txt",
        body="""Bonjour Monsieur Peeters,

Nous vous remercions pour l'entretien téléphonique de la semaine dernière concernant le poste de Responsable logistique chez Delvaux & Fils.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. N'hésitez pas à postuler à nouveau dans un an.

Recevez, Monsieur, nos salutations les meilleures.

Geneviève Lambert
Ressources Humaines
Delvaux & Fils
""",
        expect=dict(
            company="Delvaux & Fils",
            contact="Geneviève Lambert",
            role="Responsable logistique",
            stage="phone_screen",
            date=None,
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-onsite-team-twelve-months",
        kind="txt",
        body="""Hi Ana,

Thank you for coming onsite to meet the team for the Gameplay Programmer position. We know a full day of interviews is a lot to ask.

After careful consideration we've decided not to extend an offer. Due to company policy we're not able to share feedback on individual interviews, but you are welcome to apply again after 12 months.

Best,
The Recruiting Team at Juniper Ridge Games
""",
        expect=dict(
            company="Juniper Ridge Games",
            contact="",
            role="Gameplay Programmer",
            stage="final",
            date=None,
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-outlook-british-not-shortlisted",
        kind="txt",
        body="""From: Allingham, Patricia <patricia.allingham@westmere-trust.org.uk>
Sent: 19 November 2026 12:04
To: Owen Pryce
Subject: Occupational Therapist vacancy (ref 2026-OT-117)

Dear Mr Pryce,

Thank you for your application for the post of Occupational Therapist. I am sorry to let you know that on this occasion you have not been shortlisted for interview.

If you would like feedback on your application, please contact me and I will arrange it.

Yours sincerely,

Mrs Patricia Allingham
Therapy Services Manager
Westmere Community Trust

This e-mail and any attachments are confidential. If you have received it in error, please notify the sender and delete it.
""",
        expect=dict(
            company="Westmere Community Trust",
            contact="Patricia Allingham",
            role="Occupational Therapist",
            stage="application",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-korean-takehome-six-months",
        kind="txt",
        body="""Dear Hyejin,

Thank you for submitting the take-home assignment for the iOS Developer position at Hanbit Mobility. We sincerely appreciate the effort you put into it.

After careful review, we regret to inform you that we will not be able to proceed with your application. You can apply again after 6 months.

We wish you the very best.

Park Ji-won
Recruiting Manager
Hanbit Mobility
""",
        expect=dict(
            company="Hanbit Mobility",
            contact="Park Ji-won",
            role="iOS Developer",
            stage="technical",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-gmail-forward-references-withdrawn",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Jeremy Caulfield <jeremy@marlowfinch.co.uk>
Date: Tue, Dec 1, 2026 at 5:40 PM
Subject: Your offer - Architectural Assistant
To: Hana Sato <hana.sato.arch@gmail.com>


Dear Hana,

Following the completion of your reference checks, we have decided to withdraw our offer for the Architectural Assistant position.

I am sorry to give you this news. We cannot share the content of the references we received.

Regards,

Jeremy Caulfield
Practice Manager
Marlow & Finch Architects
""",
        expect=dict(
            company="Marlow & Finch Architects",
            contact="Jeremy Caulfield",
            role="Architectural Assistant",
            stage="offer",
            date="2026-12-01",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-github-projects-pointers",
        kind="txt",
        body="""Hi Beatriz,

Thanks for applying for the Junior Developer role at Tinkerbox and for pointing us to your GitHub projects. We went through the code samples you linked.

We've decided to move forward with candidates who have a bit more experience with TypeScript.

If it's useful, I'm happy to give you a few pointers on your projects. Just reply to this message.

Rui Costa
Engineering Lead, Tinkerbox
""",
        expect=dict(
            company="Tinkerbox",
            contact="Rui Costa",
            role="Junior Developer",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-dutch-formal-gemeente",
        kind="txt",
        body="""Geachte heer Jansen,

Hartelijk dank voor uw sollicitatie naar de functie van Beleidsmedewerker Duurzaamheid bij de Gemeente Waterlinde. Wij hebben uw brief en cv met belangstelling gelezen.

Helaas moeten wij u meedelen dat wij u niet uitnodigen voor een gesprek. Andere kandidaten sloten beter aan bij het functieprofiel.

Mocht u vragen hebben over deze beslissing, dan kunt u contact met mij opnemen.

Met vriendelijke groet,

Hendrik Bakker
Afdelingshoofd Beleid
Gemeente Waterlinde
""",
        expect=dict(
            company="Gemeente Waterlinde",
            contact="Hendrik Bakker",
            role="Beleidsmedewerker Duurzaamheid",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-short-phone-pass",
        kind="txt",
        body="""Hey Sam - thanks for hopping on the phone yesterday. We're going to pass on you for the Account Executive role for now. Best of luck with the search!

Tyler Brooks
Sales Recruiter, Rallypoint
""",
        expect=dict(
            company="Rallypoint",
            contact="Tyler Brooks",
            role="Account Executive",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-austrian-outlook-final-vor-ort",
        kind="txt",
        body="""Von: Hofer Verena <v.hofer@murtal-energie.at>
Gesendet: Montag, 30. November 2026 09:12
An: Katharina Steiner
Betreff: Ihre Bewerbung als Projektingenieurin Photovoltaik

Sehr geehrte Frau Steiner,

herzlichen Dank für das zweite und finale Gespräch bei uns vor Ort sowie für Ihr Interesse an der Position als Projektingenieurin Photovoltaik.

Wir haben uns nach reiflicher Überlegung für eine andere Bewerberin entschieden. Für Rückfragen stehe ich Ihnen selbstverständlich gerne zur Verfügung.

Mit freundlichen Grüßen aus Graz

Mag. Verena Hofer
Leitung Personal
Murtal Energie
""",
        expect=dict(
            company="Murtal Energie",
            contact="Verena Hofer",
            role="Projektingenieurin Photovoltaik",
            stage="final",
            date="2026-11-30",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-paste-no-stage-happy-to-chat",
        kind="txt",
        body="""Hi Priya,

Thanks for your interest in the Events Coordinator role with Paper Lantern Events. We've decided not to go further with your application this time.

Happy to chat if you'd like to know more about the decision. Just drop me a line.

Jess Okafor
Founder, Paper Lantern Events
""",
        expect=dict(
            company="Paper Lantern Events",
            contact="Jess Okafor",
            role="Events Coordinator",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-eml-outlook-lastname-first-attachment",
        kind="eml",
        encoding="quoted-printable",
        attachment=True,
        sender='"MacLeod, Fiona" <fiona.macleod@ridgewaycivil.co.uk>',
        subject="Site Engineer application",
        date="Wed, 09 Dec 2026 12:34:00 +0000",
        body="""Dear Ewan,

Thank you for speaking with me on the phone on Friday about the Site Engineer vacancy.

Having spoken with several candidates, we have decided not to take your application forward at this stage. I've attached our applicant guide, which explains how our recruitment process works.

Should you wish to discuss this, please give me a ring.

Kind regards,

Fiona MacLeod
HR Advisor
Ridgeway Civil Engineering
""",
        expect=dict(
            company="Ridgeway Civil Engineering",
            contact="Fiona MacLeod",
            role="Site Engineer",
            stage="phone_screen",
            date="2026-12-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-eml-gulf-noreply-final-six-months",
        kind="eml",
        html=True,
        encoding="base64",
        sender="Al Noor Hospitality Careers <talent-noreply@alnoorhospitality.ae>",
        subject="Your application - Front Office Manager",
        date="Sun, 29 Nov 2026 10:00:00 +0400",
        body="""Dear Mr. Rahman,

Greetings from Al Noor Hospitality.

Thank you for attending the final interview with our General Manager for the Front Office Manager position. We truly appreciate your time and interest.

After careful evaluation, we regret to inform you that we have selected another candidate. We are unable to share feedback on individual interviews; however, you are most welcome to apply again after six months.

Warm regards,

Samir Haddad
Talent Acquisition Manager
Al Noor Hospitality
""",
        expect=dict(
            company="Al Noor Hospitality",
            contact="Samir Haddad",
            role="Front Office Manager",
            stage="final",
            date="2026-11-29",
            reapply_after="2027-05-29",
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-eml-reply-chain-editing-test",
        kind="eml",
        encoding="quoted-printable",
        sender="Hugo Lefèvre <hugo@sablelane.co>",
        subject="Re: Following up - Editorial Assistant",
        date="Mon, 30 Nov 2026 11:26:00 +0000",
        body="""Hi Priya,

Thanks for your patience, and sorry it took a while. Thank you too for the timed editing assessment you completed for the Editorial Assistant role.

We've decided to offer the role to another candidate. I can send you the notes our senior editor made on your assessment if that would be helpful.

Best wishes,
Hugo Lefèvre
Publisher, Sable Lane Books

On Fri, 27 Nov 2026 at 10:02, Priya Shah <priya.shah@gmail.com> wrote:
> Hi Hugo,
>
> I hope you're well. I wanted to check whether there was any news on the
> Editorial Assistant role? I really enjoyed the editing assessment.
>
> Many thanks,
> Priya
""",
        expect=dict(
            company="Sable Lane Books",
            contact="Hugo Lefèvre",
            role="Editorial Assistant",
            stage="technical",
            date="2026-11-30",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-eml-role-in-subject-only",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Copperline Energy Careers <careers@copperline-energy.com>",
        subject="Your application: Grid Integration Engineer (Req 4471)",
        date="Thu, 10 Dec 2026 09:40:00 -0500",
        body="""Dear Nadia,

Thank you for applying for this position with Copperline Energy.

Our hiring team has reviewed your CV and cover letter, and we have decided not to progress your application. This is never an easy message to send, and we are grateful for your interest.

With best wishes,
Copperline Energy Careers Team

Copperline Energy Inc. | 400 Front Street, Toronto ON | Manage your communication preferences
""",
        expect=dict(
            company="Copperline Energy",
            contact="",
            role="Grid Integration Engineer",
            stage="application",
            date="2026-12-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="d-paste-outlook-above-role-phone",
        kind="txt",
        body="""From: Gareth Lloyd-Evans <gareth.lloydevans@penninepayroll.co.uk>
Sent: Tuesday, 8 December 2026 10:18
To: Shona Reid <shona.reid@yahoo.co.uk>
Subject: Senior Payroll Specialist - Manchester

Dear Shona,

Thank you for your time on the phone yesterday regarding the above role.

Having reflected on our conversation, I don't think the position is the right match for your experience at this point, so we will not be progressing your application.

If you have any questions, please do let me know.

Kind regards,

Gareth Lloyd-Evans
Recruitment Manager
Pennine Payroll Services
""",
        expect=dict(
            company="Pennine Payroll Services",
            contact="Gareth Lloyd-Evans",
            role="Senior Payroll Specialist",
            stage="phone_screen",
            date="2026-12-08",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="d-smartrecruiters-vietnamese-name-screen",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender="Nguyễn Thị Lan via SmartRecruiters <noreply@smartrecruiters.com>",
        reply_to="lan.nguyen@merlionfreight.sg",
        subject="Merlion Freight Systems - Regional Pricing Analyst",
        date="Thu, 03 Dec 2026 15:30:00 +0800",
        body="""Dear Wei Jie,

Thank you for taking the time to join the screening call with me for the Regional Pricing Analyst position at Merlion Freight Systems.

We regret to inform you that we will not be moving your application to the next stage. Kindly note that we are unable to provide feedback to individual candidates.

Thank you once again for your interest, and we wish you all the best in your career.

Best regards,
Nguyễn Thị Lan
Talent Acquisition Partner
Merlion Freight Systems
""",
        expect=dict(
            company="Merlion Freight Systems",
            contact="Nguyễn Thị Lan",
            role="Regional Pricing Analyst",
            stage="phone_screen",
            date="2026-12-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
