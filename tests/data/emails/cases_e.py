"""Rejection emails written for this project, part E: dev data from the start.

Written after part C was scored, to probe the reader where the earlier parts
are thin: reversed, lower-case, accented and non-English names, honorifics
and middle initials, "via" and "on behalf of" senders, a no-reply sender
with the person only in the body, team signatures that are not people, and
stages, reapply windows and feedback offers worded in new ways.
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="e-reversed-display-name",
        kind="eml",
        sender='"Okafor, Chiamaka" <chiamaka.okafor@brightwater-energy.com>',
        subject="Regional Sales Manager - your application",
        date="Mon, 16 Nov 2026 09:12:00 +0000",
        body="""Dear Jordan,

Thank you for taking the time to speak with me on the phone last Tuesday about the Regional Sales Manager vacancy.

After a lot of thought we have offered the role to a candidate with more experience in the utilities sector.

If you would like some feedback on our conversation, I would be glad to arrange a short call.

Kind regards,

Chiamaka Okafor
Talent Acquisition Lead
Brightwater Energy
""",
        expect=dict(
            company="Brightwater Energy",
            contact="Chiamaka Okafor",
            role="Regional Sales Manager",
            stage="phone_screen",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-lowercase-signer",
        kind="txt",
        body="""hi sam

thanks a lot for the time you spent on the take-home for the backend engineer role. we read through it as a team and decided not to continue — the queue design was solid but we need someone further along with postgres internals.

happy to go into more detail if useful, just reply here.

cheers
marta kowalski
eng manager, tidepool labs
""",
        expect=dict(
            company="Tidepool Labs",
            contact="Marta Kowalski",
            role="Backend Engineer",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-middle-initial",
        kind="eml",
        html=True,
        sender="Jonathan R. Pierce <jpierce@calloway-partners.com>",
        subject="Associate, Corporate Finance",
        date="Thu, 12 Nov 2026 16:45:00 -0500",
        body="""Dear Ms. Lindqvist,

On behalf of Calloway Partners, thank you for interviewing for the Associate, Corporate Finance position. You met with four members of the team during the final round, and each of them enjoyed the conversation.

Regrettably, we will not be extending an offer. We keep the details of strong candidates on file for twelve months and may contact you if a suitable opening arises.

Yours sincerely,

Jonathan R. Pierce
Managing Director
Calloway Partners LLP
""",
        expect=dict(
            company="Calloway Partners",
            contact="Jonathan R. Pierce",
            role="Associate, Corporate Finance",
            stage="final",
            date="2026-11-12",
            reapply_after="2027-11-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-honorific-surname-only",
        kind="txt",
        body="""Dear Mr. Haddad,

We refer to your application for the post of Laboratory Technician at Northgate Diagnostics.

We regret to inform you that you have not been shortlisted for interview on this occasion. Due to the number of applications received we are unable to provide individual feedback.

Yours faithfully,

Mrs. P. Aldridge
Human Resources Officer
Northgate Diagnostics Ltd
""",
        expect=dict(
            company="Northgate Diagnostics",
            contact="P. Aldridge",
            role="Laboratory Technician",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-noreply-person-in-body",
        kind="eml",
        encoding="base64",
        sender="Fernhill Careers <no-reply@fernhill.com>",
        subject="An update on your Fernhill application",
        date="Tue, 10 Nov 2026 11:00:00 +0000",
        body="""Hello Amir,

Thanks again for completing the video interview for our Customer Success Associate opening. I'm Rebecca Osei, the recruiter looking after this role, and I wanted to let you know personally that we won't be moving you forward.

You're welcome to apply for other Fernhill roles after 3 months.

Please don't reply to this address; it isn't read.

Fernhill Careers
""",
        expect=dict(
            company="Fernhill",
            contact="Rebecca Osei",
            role="Customer Success Associate",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after="2027-02-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-talent-team-not-a-person",
        kind="eml",
        html=True,
        html_only=True,
        sender="The Talent Team <talent@quarrystone.io>",
        subject="Your application to Quarrystone",
        date="Wed, 18 Nov 2026 08:30:00 +0000",
        body="""Hi Priya,

Thank you for applying for the Senior Data Engineer role at Quarrystone. We've now reviewed your application carefully, and unfortunately we won't be progressing it further.

We wish you all the best in your search.

The Talent Team
Quarrystone
""",
        expect=dict(
            company="Quarrystone",
            contact="",
            role="Senior Data Engineer",
            stage="application",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-greenhouse-via-first-name-sign",
        kind="eml",
        html=True,
        sender="Dana Whitfield via Greenhouse <no-reply@greenhouse.io>",
        reply_to="dana.whitfield@lumenpath.com",
        subject="Following up on your Product Manager interviews",
        date="Fri, 13 Nov 2026 15:20:00 -0800",
        body="""Hi Chris,

I wanted to thank you for the time you spent with our team during the onsite last week for the Product Manager, Growth role.

The team has decided to move forward with another candidate whose background lines up more closely with the current roadmap. This wasn't an easy call.

I'd be happy to share some of the panel's notes if that would be helpful.

Best,
Dana
""",
        expect=dict(
            company="Lumenpath",
            contact="Dana Whitfield",
            role="Product Manager, Growth",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-accented-names",
        kind="eml",
        charset="iso-8859-1",
        encoding="quoted-printable",
        sender="=?iso-8859-1?q?Jos=E9_Mar=EDa_Garc=EDa?= <jmgarcia@solaria-renovables.es>",
        subject="Candidatura: Ingeniero de Proyectos",
        date="Mon, 09 Nov 2026 10:05:00 +0100",
        body="""Hola Elena,

Thank you for your interest in the Project Engineer position at Solaria Renovables and for the technical interview with our engineering team.

We have decided to continue with other candidates. If you have any questions about the process, I am at your disposal.

Un saludo,
José María García
Responsable de Selección
Solaria Renovables S.L.
""",
        expect=dict(
            company="Solaria Renovables",
            contact="José María García",
            role="Project Engineer",
            stage="technical",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-vietnamese-name",
        kind="txt",
        body="""Dear Minh,

Thanks for sending the portfolio for the Junior Motion Designer position at Pixelhaus Studio. We enjoyed the title sequence piece.

We have chosen to go ahead with another applicant, but please feel free to apply again in six months with new work.

Best wishes,
Nguyễn Thị Lan
Studio Manager
Pixelhaus Studio
""",
        expect=dict(
            company="Pixelhaus Studio",
            contact="Nguyễn Thị Lan",
            role="Junior Motion Designer",
            stage="portfolio",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-particle-surname",
        kind="eml",
        sender="Maarten van der Berg <m.vanderberg@kanaal-logistics.nl>",
        subject="Re: Operations Planner",
        date="Tue, 17 Nov 2026 13:40:00 +0100",
        body="""Hi Tom,

Thank you for the second interview on Friday and for meeting the warehouse leads.

We have decided to offer the Operations Planner role to someone who already knows our planning software. It was close.

If you want to know how the panel saw it, give me a ring any time this week.

Met vriendelijke groet,

Maarten van der Berg
Hoofd Operations | Kanaal Logistics B.V.
+31 20 555 0192
""",
        expect=dict(
            company="Kanaal Logistics",
            contact="Maarten van der Berg",
            role="Operations Planner",
            stage="final",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-pronouns-in-signature",
        kind="txt",
        body="""Hey Jamie,

Really appreciated you walking us through your design system case study for the Staff Designer role.

We've decided to go in a different direction for this one. Don't hesitate to reach out if you want to talk it through.

Warmly,
Alex Rivera (they/them)
Design Director · Hollow Oak
""",
        expect=dict(
            company="Hollow Oak",
            contact="Alex Rivera",
            role="Staff Designer",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-dash-short-name",
        kind="eml",
        sender="Samantha Cole <sam@copperleaf.coffee>",
        subject="Barista Trainer",
        date="Sat, 14 Nov 2026 18:02:00 -0600",
        body="""Hi Lou,

Thanks for coming in for the trial shift on Wednesday. The team liked working with you but we've hired someone who can do mornings full time.

Hope to see you around the shop.

— Sam
""",
        expect=dict(
            company="Copperleaf",
            contact="Samantha Cole",
            role="Barista Trainer",
            stage="technical",
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-pipe-signature",
        kind="eml",
        html=True,
        sender="Kwame Mensah <kwame.mensah@lumenbank.co.uk>",
        subject="Your application: Credit Risk Analyst",
        date="Thu, 05 Nov 2026 12:00:00 +0000",
        body="""Dear Olivia,

Many thanks for your application for the Credit Risk Analyst role and for completing our online assessment.

I'm sorry to say that on this occasion we will not be taking your application further. We would be pleased to hear from you again for future vacancies.

Kind regards,
Kwame Mensah | Talent Partner | Lumen Bank
""",
        expect=dict(
            company="Lumen Bank",
            contact="Kwame Mensah",
            role="Credit Risk Analyst",
            stage="technical",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-capitals-signature",
        kind="txt",
        body="""Good afternoon Rhys,

Thank you for attending the assessment centre for the Graduate Quantity Surveyor scheme.

Unfortunately you have not been successful on this occasion. We would encourage you to apply again next year; applications reopen in 9 months.

Regards,

DANIEL FROST
Early Careers Manager
Halloway Construction Group
""",
        expect=dict(
            company="Halloway Construction Group",
            contact="Daniel Frost",
            role="Graduate Quantity Surveyor Scheme",
            stage="final",
            date=None,
            reapply_after="2027-08-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-hyphenated-names",
        kind="eml",
        sender="Anna-Lena Fischer-Brandt <al.fischer-brandt@nordlicht-software.de>",
        subject="Ihre Bewerbung / your application as QA Engineer",
        date="Wed, 04 Nov 2026 09:30:00 +0100",
        body="""Dear Mr. Adeyemi,

thank you very much for your application as QA Engineer and for the friendly conversation on the phone.

After careful consideration we have decided in favour of another candidate. We will keep your documents on file for 6 months, with your consent.

Mit freundlichen Grüßen

Anna-Lena Fischer-Brandt
HR Business Partner
Nordlicht Software GmbH
""",
        expect=dict(
            company="Nordlicht Software",
            contact="Anna-Lena Fischer-Brandt",
            role="QA Engineer",
            stage="phone_screen",
            date="2026-11-04",
            reapply_after="2027-05-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-irish-names",
        kind="txt",
        body="""From: Declan O'Rourke <declan@harbourlight.ie>
Sent: Monday, November 2, 2026 4:18 PM
To: Aoife Byrne
Subject: Harbourlight - Marketing Executive

Hi Aoife,

Thanks for the chat with myself and Ciarán McBride last week about the Marketing Executive job.

We've decided to go with another candidate. Best of luck with the search and do keep an eye on our careers page.

Declan O'Rourke
Head of Marketing, Harbourlight
""",
        expect=dict(
            company="Harbourlight",
            contact="Declan O'Rourke",
            role="Marketing Executive",
            stage="phone_screen",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-dr-in-display",
        kind="eml",
        sender="Dr. Rahul Mehta <rmehta@verity-clinical.com>",
        subject="Clinical Data Scientist",
        date="Fri, 06 Nov 2026 17:30:00 +0530",
        body="""Dear Sofia,

Thank you for presenting your case study to our panel on Monday. Your analysis of the trial dropout data was thoughtful.

After discussing all the finalists, we have decided not to proceed with your candidacy for the Clinical Data Scientist role.

Should you wish to discuss the panel's feedback, please let me know and I will set up a call.

With best regards,
Dr. Rahul Mehta
Head of Biostatistics
Verity Clinical
""",
        expect=dict(
            company="Verity Clinical",
            contact="Rahul Mehta",
            role="Clinical Data Scientist",
            stage="final",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-first-name-then-full",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Emily Zhang <emily@parcelwise.com>",
        subject="Parcelwise | Frontend Developer",
        date="Mon, 02 Nov 2026 10:10:00 -0800",
        body="""Hi Noah,

Thank you for your patience while we finished interviewing for the Frontend Developer role. I'm sorry to say we've decided not to move forward with your application.

Your pairing session was strong, and I hope you'll consider us again in the future.

Kind regards,
Emily

Emily Zhang | Recruiter
Parcelwise
""",
        expect=dict(
            company="Parcelwise",
            contact="Emily Zhang",
            role="Frontend Developer",
            stage="technical",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-short-chinese-name",
        kind="eml",
        sender="Li Wei <wei.li@jadecircuit.com>",
        subject="Hardware Test Engineer application",
        date="Tue, 03 Nov 2026 08:00:00 +0800",
        body="""Hello Arjun,

Thank you for applying to Jade Circuit. We have reviewed your resume for the Hardware Test Engineer opening and decided to pursue candidates with more board bring-up experience.

We will keep your profile in our database for one year.

Best regards,
Li Wei
Jade Circuit
""",
        expect=dict(
            company="Jade Circuit",
            contact="Li Wei",
            role="Hardware Test Engineer",
            stage="application",
            date="2026-11-03",
            reapply_after="2027-11-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-on-behalf-of",
        kind="eml",
        sender="Careers at Marlowe Group <careers@marlowegroup.com>",
        subject="Paralegal vacancy",
        date="Wed, 11 Nov 2026 14:14:00 +0000",
        body="""Dear Ms. Chowdhury,

I am writing on behalf of Helen Ashworth, Senior Partner, to thank you for attending an interview for the Paralegal vacancy at Marlowe Group.

Unfortunately your application has not been successful. We are not able to give feedback on individual interviews.

Yours sincerely,

Recruitment Team
Marlowe Group
""",
        expect=dict(
            company="Marlowe Group",
            contact="",
            role="Paralegal",
            stage="phone_screen",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-lever-from-first-name",
        kind="eml",
        html=True,
        sender="Tom from Quanta Robotics <no-reply@hire.lever.co>",
        subject="Quanta Robotics – Robotics Software Intern",
        date="Thu, 19 Nov 2026 19:01:00 -0800",
        body="""Hi Harper,

Thanks for your interest in the Robotics Software Intern position at Quanta Robotics. After reviewing your application, we've decided not to move forward at this time.

Feel free to apply again in 6 months.

Tom
Quanta Robotics Recruiting
""",
        expect=dict(
            company="Quanta Robotics",
            contact="Tom",
            role="Robotics Software Intern",
            stage="application",
            date="2026-11-19",
            reapply_after="2027-05-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-german-ia-signature",
        kind="txt",
        body="""Dear Mr Novak,

Thank you for your interest in Bergmann Automotive and for your application as Embedded Systems Developer.

We regret to tell you that we cannot consider your application further. Please understand that we cannot give individual reasons.

Kind regards

i.A. Katrin Vogel
Recruiting
Bergmann Automotive AG
""",
        expect=dict(
            company="Bergmann Automotive",
            contact="Katrin Vogel",
            role="Embedded Systems Developer",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-french-cordialement",
        kind="eml",
        charset="windows-1252",
        encoding="quoted-printable",
        sender="Camille Dubois <camille.dubois@atelier-sorel.fr>",
        subject="Votre candidature - Chef de projet digital",
        date="Mon, 16 Nov 2026 11:25:00 +0100",
        body="""Bonjour Léa,

Thank you for meeting with us for the Digital Project Manager role. We enjoyed hearing about your work at the museum.

Unfortunately we will not be continuing with your application. I remain available if you would like feedback on the interview.

Cordialement,
Camille Dubois
Responsable RH – Atelier Sorel
""",
        expect=dict(
            company="Atelier Sorel",
            contact="Camille Dubois",
            role="Digital Project Manager",
            stage="phone_screen",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-forwarded-reversed-from",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Chen, Wei <wei.chen@orchidpay.com>
Date: Tue, Nov 10, 2026 at 2:31 PM
Subject: Orchid Pay - Staff Security Engineer
To: <k.osei@gmail.com>


Hi Kofi,

Thanks for spending the day with us for the final interviews. Unfortunately we've decided not to extend an offer for the Staff Security Engineer role.

I know that's disappointing after a long process. If it helps, I can share the interviewers' main points on a call.

Regards,
Wei
""",
        expect=dict(
            company="Orchid Pay",
            contact="Wei Chen",
            role="Staff Security Engineer",
            stage="final",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-credentials-after-name",
        kind="eml",
        sender="Laura Kim <lkim@meridianhealthpartners.org>",
        subject="RE: HR Generalist",
        date="Thu, 12 Nov 2026 09:00:00 -0600",
        body="""Good morning Deshawn,

Thank you for your time on our Teams interview Monday. We have decided to move forward with another candidate for the HR Generalist position.

We appreciate your interest in Meridian Health Partners and wish you well.

Laura Kim, SHRM-CP
Talent Acquisition Manager
Meridian Health Partners
""",
        expect=dict(
            company="Meridian Health Partners",
            contact="Laura Kim",
            role="HR Generalist",
            stage="phone_screen",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-initial-sign-display-full",
        kind="eml",
        sender="Jordan Blake <jordan@fieldnote.app>",
        subject="Content Strategist",
        date="Sun, 15 Nov 2026 20:00:00 -0500",
        body="""Hey Riley,

Thanks for sending over the writing samples. They were good, but we're going with someone who has more B2B SaaS background for the Content Strategist job.

Best,
J.
""",
        expect=dict(
            company="Fieldnote",
            contact="Jordan Blake",
            role="Content Strategist",
            stage="portfolio",
            date="2026-11-15",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-workday-no-person",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender="Workday <greystonebank@myworkday.com>",
        subject="Application Status: Branch Operations Associate (JR-118822)",
        date="Fri, 20 Nov 2026 06:00:00 -0500",
        body="""Dear Candidate,

Thank you for your interest in the Branch Operations Associate position at Greystone Bank.

We have carefully reviewed your qualifications and have decided to move forward with other candidates at this time. Your profile will remain in our system, and we encourage you to apply to future openings.

Greystone Bank Talent Acquisition
""",
        expect=dict(
            company="Greystone Bank",
            contact="",
            role="Branch Operations Associate",
            stage="application",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-japanese-family-first",
        kind="eml",
        sender="SATO Yuki <yuki.sato@kumo-games.jp>",
        subject="Game Producer interview result",
        date="Wed, 18 Nov 2026 17:00:00 +0900",
        body="""Dear Ms. Park,

Thank you very much for taking part in the final interview with our directors for the Game Producer position.

We regret that we are unable to offer you the position this time. We truly appreciate the effort you put into the process.

Sincerely,
Yuki Sato
Human Resources, Kumo Games
""",
        expect=dict(
            company="Kumo Games",
            contact="Yuki Sato",
            role="Game Producer",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-ashby-coordinator-team",
        kind="eml",
        html=True,
        sender="Ridgeback Recruiting <no-reply@ashbyhq.com>",
        subject="Your application to Ridgeback",
        date="Mon, 09 Nov 2026 21:40:00 +0000",
        body="""Hi Maya,

Thank you for your interest in the Solutions Engineer role at Ridgeback and for the time you spent with Grace and Ibrahim on the technical screen.

Unfortunately, we will not be moving forward. We receive a high volume of applications, so we're unable to share detailed feedback.

Best,
Ridgeback Recruiting Team
""",
        expect=dict(
            company="Ridgeback",
            contact="",
            role="Solutions Engineer",
            stage="technical",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-offer-rescinded-lowercase-role",
        kind="txt",
        body="""Hi Tariq,

I'm really sorry to be writing this. Because of a budget freeze announced this morning, we have to withdraw the offer we made you last week for the data analyst role.

This has nothing to do with you. I'd be glad to talk it through on the phone whenever suits you, and I'm happy to introduce you to a couple of teams I know are hiring.

Sorry again,
Naledi Dlamini
People Lead, Savannah Analytics
""",
        expect=dict(
            company="Savannah Analytics",
            contact="Naledi Dlamini",
            role="Data Analyst",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-smartrecruiters-welcome-back-days",
        kind="eml",
        html=True,
        sender="Ostrava Foods <noreply@smartrecruiters.com>",
        subject="Ostrava Foods: Quality Assurance Supervisor",
        date="Tue, 03 Nov 2026 12:30:00 +0100",
        body="""Dear applicant,

Thank you for your application for the Quality Assurance Supervisor position at Ostrava Foods.

We have decided to proceed with candidates whose experience more closely matches the requirements. You are welcome to submit a new application after 90 days.

Best regards,
Ostrava Foods HR
""",
        expect=dict(
            company="Ostrava Foods",
            contact="",
            role="Quality Assurance Supervisor",
            stage="application",
            date="2026-11-03",
            reapply_after="2027-02-01",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-outlook-paste-apostrophe-name",
        kind="txt",
        body="""From: Renée D’Angelo <renee.dangelo@caldera-media.com>
Sent: Thursday, November 19, 2026 10:02 AM
To: Marcus Lee <marcus.lee@outlook.com>
Subject: Video Editor

Hi Marcus,

Thanks for sending your reel for the Video Editor role. We liked the pacing of the documentary cut.

We've decided to go with an editor who has more broadcast experience. If you'd like my thoughts on the reel, just reply and I'll send a few notes.

Renée D’Angelo
Post-Production Supervisor
Caldera Media
""",
        expect=dict(
            company="Caldera Media",
            contact="Renée D’Angelo",
            role="Video Editor",
            stage="portfolio",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-hiring-manager-signs-recruiter-sends",
        kind="eml",
        sender="Priya Raman <priya.raman@stonebridge.ai>",
        subject="ML Engineer - outcome",
        date="Wed, 11 Nov 2026 13:13:00 +0000",
        body="""Hi Ellis,

Following your system design interview with Tomasz last Thursday, the team met to discuss next steps for the ML Engineer role.

I'm afraid we won't be moving forward this time. Tomasz mentioned he'd be happy to share some notes on the design discussion if you're interested, so just let me know.

Best wishes,
Priya Raman
Technical Recruiter
Stonebridge AI
""",
        expect=dict(
            company="Stonebridge AI",
            contact="Priya Raman",
            role="ML Engineer",
            stage="technical",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-one-line-text-message-style",
        kind="txt",
        body="""Hi Ben, Olu here from Greenway Landscaping. Thanks for coming out for the interview Saturday. We've filled the crew lead spot but I'll keep your number for spring. Take care.""",
        expect=dict(
            company="Greenway Landscaping",
            contact="Olu",
            role="Crew Lead",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-nordic-names-workable",
        kind="eml",
        html=True,
        sender="Søren Lindqvist <soren.lindqvist@workablemail.com>",
        reply_to="soren@fjordcloud.dk",
        subject="Fjordcloud - Site Reliability Engineer",
        date="Fri, 13 Nov 2026 10:45:00 +0100",
        body="""Hi Ingrid,

Thank you for the coding interview and the good discussion about incident reviews for the Site Reliability Engineer position.

Unfortunately we have chosen another candidate. You're welcome to reapply in a year, as we expect to grow the platform team.

Venlig hilsen,
Søren Lindqvist
Engineering Manager, Fjordcloud
""",
        expect=dict(
            company="Fjordcloud",
            contact="Søren Lindqvist",
            role="Site Reliability Engineer",
            stage="technical",
            date="2026-11-13",
            reapply_after="2027-11-13",
            feedback_invited=False,
        ),
    ),
    dict(
        id="e-sign-off-with-comma-name",
        kind="txt",
        body="""Dear Hannah,

Thanks for applying for the Library Assistant post at Wexford County Library. The panel reviewed all applications against the essential criteria and yours was not shortlisted this time.

Any questions, do get in touch.

Thanks, Bernadette Nolan
Library Services Manager
""",
        expect=dict(
            company="Wexford County Library",
            contact="Bernadette Nolan",
            role="Library Assistant",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="e-ghana-name-lowercase-display",
        kind="eml",
        sender="oluwaseun adeyemi <seun@kolanutventures.com>",
        subject="Investment Analyst role",
        date="Tue, 17 Nov 2026 15:00:00 +0100",
        body="""Hi Chidi,

Thank you for the time you put into the case study and the partner interview for the Investment Analyst role.

We won't be taking things further. We can't share feedback from the partners, I'm afraid, as it's against our policy.

All the best,
Seun
""",
        expect=dict(
            company="Kolanut Ventures",
            contact="Oluwaseun Adeyemi",
            role="Investment Analyst",
            stage="technical",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
