"""Rejection emails written for this project, part A (the generator is make_fixtures.py)."""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="gh-application-plain",
        kind="eml",
        sender='"Northwind Labs" <no-reply@us.greenhouse-mail.io>',
        subject="Your application to Northwind Labs",
        date="Tue, 03 Nov 2026 14:22:05 -0500",
        body="""Hi Jamie,

Thank you for your interest in Northwind Labs and for applying to the Senior Data Analyst position.

After careful review of your application, we have decided not to move forward with your candidacy at this time. We received a large number of applications and unfortunately we are unable to provide individual feedback.

We encourage you to apply again in 6 months as new roles open.

Best regards,
The Northwind Labs Recruiting Team
""",
        expect=dict(
            company="Northwind Labs",
            contact="",
            role="Senior Data Analyst",
            stage="application",
            date="2026-11-03",
            reapply_after="2027-05-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="gh-via-recruiter-phone",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Dana Whitfield via Greenhouse" <no-reply@greenhouse.io>',
        subject="Update on your Product Designer application at Fernhill",
        date="Mon, 09 Nov 2026 09:05:00 +0000",
        body="""Hi Sam,

Thanks so much for taking the time to speak with me on our phone screen last week. I really enjoyed learning about your work on accessibility.

After a lot of thought, the team has decided to move forward with other candidates whose experience more closely matches what we need for the Product Designer role right now.

If you'd like to hear more about how we made the decision, I'm happy to jump on a short call and share some feedback.

Warmly,
Dana Whitfield
Senior Recruiter, Fernhill
""",
        expect=dict(
            company="Fernhill",
            contact="Dana Whitfield",
            role="Product Designer",
            stage="phone_screen",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="lever-technical-takehome",
        kind="eml",
        html=True,
        html_only=True,
        sender='"Quarry Analytics" <no-reply@hire.lever.co>',
        subject="Quarry Analytics - Backend Engineer",
        date="Wed, 11 Nov 2026 17:40:12 -0800",
        body="""Hi Alex,

Thank you for completing the take-home exercise for the Backend Engineer role at Quarry Analytics. We know it takes real time and effort, and we appreciate it.

Our engineers reviewed your submission carefully. Unfortunately, we've decided not to continue with your application.

Due to the volume of candidates we are not able to share detailed feedback on the exercise.

All the best in your search,
Priya Raman
Engineering Recruiting | Quarry Analytics
""",
        expect=dict(
            company="Quarry Analytics",
            contact="Priya Raman",
            role="Backend Engineer",
            stage="technical",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="workday-auto-application",
        kind="eml",
        html=True,
        encoding="base64",
        sender="Halcyon Health Careers <halcyonhealth@myworkday.com>",
        subject="Regarding your application for Clinical Data Coordinator (R-20441)",
        date="Fri, 06 Nov 2026 03:12:44 +0000",
        body="""Dear Morgan Lee,

Thank you for your interest in the Clinical Data Coordinator (R-20441) position at Halcyon Health.

We have reviewed your qualifications and regret to inform you that we will not be proceeding with your application at this time.

We will keep your resume on file for 12 months and may contact you if a suitable opening arises.

Sincerely,
Halcyon Health Talent Acquisition

This email was sent from an unmonitored mailbox. Please do not reply.
To stop receiving job alerts, unsubscribe here.
""",
        expect=dict(
            company="Halcyon Health",
            contact="",
            role="Clinical Data Coordinator",
            stage="application",
            date="2026-11-06",
            reapply_after="2027-11-06",
            feedback_invited=False,
        ),
    ),
    dict(
        id="ashby-final-onsite",
        kind="eml",
        html=True,
        sender='"Tomas at Brightline" <tomas@brightline.dev>',
        subject="Brightline: Staff Frontend Engineer",
        date="Thu, 12 Nov 2026 20:01:00 +0100",
        body="""Hi Riley,

Thank you for spending a full day with us at the onsite last Tuesday. Everyone on the panel enjoyed meeting you.

This was a really close call, but we have decided to extend an offer to another candidate for the Staff Frontend Engineer role.

I'd be glad to share the panel's feedback if that would be useful; just reply to this email and we can set up 15 minutes.

Best,
Tomas Ferreira
Head of Talent, Brightline
""",
        expect=dict(
            company="Brightline",
            contact="Tomas Ferreira",
            role="Staff Frontend Engineer",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="smartrecruiters-portfolio",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        charset="iso-8859-1",
        sender='"Atelier Moreau Recrutement" <notification@smartrecruiters.com>',
        subject="Your application: Junior Illustrator",
        date="Mon, 02 Nov 2026 11:30:00 +0100",
        body="""Dear Camille,

Thank you for applying to Atelier Moreau and for sharing your portfolio with us. Our art directors looked through your work samples with interest.

Unfortunately we have decided not to invite you to interview for the Junior Illustrator role. We wish you the very best, and every success in your career.

Kind regards,
Élodie Marchand
Atelier Moreau
""",
        expect=dict(
            company="Atelier Moreau",
            contact="Élodie Marchand",
            role="Junior Illustrator",
            stage="portfolio",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="own-domain-offer-rescinded",
        kind="eml",
        sender="Grace Okafor <grace.okafor@tidewatersolar.com>",
        subject="Re: Offer - Operations Manager",
        date="Tue, 17 Nov 2026 16:45:09 -0600",
        body="""Hi Jordan,

I'm very sorry to be writing this. Due to a company-wide hiring freeze that was announced this morning, we have to rescind the offer we made to you for the Operations Manager position.

This has nothing to do with you or your interviews, and I know how disappointing this is. Please feel free to reach out with any questions at all; I'm happy to talk it through.

Grace Okafor
VP People, Tidewater Solar
""",
        expect=dict(
            company="Tidewater Solar",
            contact="Grace Okafor",
            role="Operations Manager",
            stage="offer",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-plain-application",
        kind="txt",
        body="""Hello Chris,

Thank you for applying for the Marketing Coordinator role at Bluefin Media. We appreciate the time you took to apply.

After reviewing your application we have decided to pursue other candidates whose backgrounds better match our current needs.

We wish you success in your job search.

Bluefin Media Talent Team
""",
        expect=dict(
            company="Bluefin Media",
            contact="",
            role="Marketing Coordinator",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-forwarded-gmail-technical",
        kind="txt",
        body="""FYI, ugh.

---------- Forwarded message ---------
From: Hannah Brooks <hannah@corvidsecurity.io>
Date: Wed, Nov 4, 2026 at 10:12 AM
Subject: Security Engineer interview outcome
To: Pat Nguyen <pat.nguyen@gmail.com>


Hi Pat,

Thanks for working through the coding exercise with Malik and me yesterday. We enjoyed the conversation.

We've decided not to move ahead to the next round for the Security Engineer role. We are unable to give detailed feedback at this stage, but we wish you luck.

Hannah Brooks
Talent Partner
Corvid Security
""",
        expect=dict(
            company="Corvid Security",
            contact="Hannah Brooks",
            role="Security Engineer",
            stage="technical",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-outlook-forward-final",
        kind="txt",
        body="""________________________________
From: Lena Fischer <l.fischer@kestrel-robotics.de>
Sent: Thursday, November 12, 2026 3:04 PM
To: Ahmed Saleh
Subject: Your interviews for Robotics Software Engineer

Dear Ahmed,

Thank you for coming to Munich for the final round interviews. It was a pleasure to host you.

After discussing all candidates, we have decided to offer the Robotics Software Engineer position to someone else. If you would like feedback on your interviews, please let me know and I will gladly arrange a call.

With kind regards,

Lena Fischer
HR Business Partner
Kestrel Robotics GmbH

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient, please notify the sender immediately and destroy this e-mail.
""",
        expect=dict(
            company="Kestrel Robotics",
            contact="Lena Fischer",
            role="Robotics Software Engineer",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="gh-reapply-90-days",
        kind="eml",
        html=True,
        sender='"Lumen Pay" <no-reply@us.greenhouse-mail.io>',
        subject="Thank you for applying to Lumen Pay",
        date="Sat, 14 Nov 2026 02:15:33 +0000",
        body="""Hi Taylor,

Thank you for your interest in the Risk Analyst role at Lumen Pay.

We've carefully reviewed your background and have decided not to move forward at this time.

You're welcome to apply for other roles after 90 days. We unfortunately can't offer feedback on individual applications.

Thanks,
Lumen Pay Recruiting
""",
        expect=dict(
            company="Lumen Pay",
            contact="",
            role="Risk Analyst",
            stage="application",
            date="2026-11-14",
            reapply_after="2027-02-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="lever-recruiter-call-reapply-year",
        kind="eml",
        sender='"Marcus Hale" <no-reply@hire.lever.co>',
        reply_to="marcus.hale@orchardfoods.com",
        subject="Orchard Foods — Supply Chain Planner",
        date="Tue, 10 Nov 2026 13:00:00 -0500",
        body="""Hi Dev,

Thank you for chatting with me on Friday about the Supply Chain Planner opening. I appreciated hearing about your time at the distribution centre.

After reviewing our conversation with the hiring manager, we've decided to move forward with candidates who have more direct ERP experience.

We'd love for you to consider applying again in a year, as the team is growing.

Cheers,
Marcus Hale
Recruiter at Orchard Foods
""",
        expect=dict(
            company="Orchard Foods",
            contact="Marcus Hale",
            role="Supply Chain Planner",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after="2027-11-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="ashby-no-stage",
        kind="eml",
        html=True,
        html_only=True,
        sender='"Cinder Games" <no-reply@ashbyhq.com>',
        subject="Cinder Games | Level Designer",
        date="Fri, 13 Nov 2026 08:22:10 +0000",
        body="""Hi Noor,

We wanted to let you know that we have decided to go in a different direction for the Level Designer role.

Thank you again for your interest in Cinder Games, and we wish you the best.

The Cinder Games Team
""",
        expect=dict(
            company="Cinder Games",
            contact="",
            role="Level Designer",
            stage=None,
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-signature-legal-unsub",
        kind="txt",
        body="""Dear Applicant,

Thank you for your application for the position of Accounts Payable Specialist with Granite Ridge Bank.

We regret to inform you that your application was not successful on this occasion. Due to the high volume of applications we are unable to provide feedback to individual candidates.

Yours faithfully,

Recruitment Team
Granite Ridge Bank

Granite Ridge Bank plc is authorised and regulated by the Financial Conduct Authority. Registered office: 1 Quay Street, Leeds. This message is intended only for the addressee.
Unsubscribe from recruitment emails: reply STOP.
""",
        expect=dict(
            company="Granite Ridge Bank",
            contact="",
            role="Accounts Payable Specialist",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="windows-1252-technical",
        kind="eml",
        encoding="quoted-printable",
        charset="windows-1252",
        sender="Ines Duarte <ines.duarte@saltmarsh.io>",
        subject="Data Engineer – technical interview",
        date="Mon, 16 Nov 2026 10:10:10 +0000",
        body="""Hi Kai,

Thanks for your time in Thursday’s technical interview with our data team – we know live coding can be stressful.

We’ve decided not to progress your application for the Data Engineer role any further. I’m happy to share the interviewers’ notes if you’d find that helpful – just let me know.

Ines Duarte
Talent Lead · Saltmarsh
""",
        expect=dict(
            company="Saltmarsh",
            contact="Ines Duarte",
            role="Data Engineer",
            stage="technical",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="personal-gmail-hiring-manager",
        kind="eml",
        sender="Ben Carter <bencarter.design@gmail.com>",
        subject="Following up",
        date="Wed, 18 Nov 2026 19:30:00 -0500",
        body="""Hey Lou,

Wanted to reach out personally since we met at the portfolio review. We loved a lot of what we saw, but we've decided not to bring anyone in to interview for the Brand Designer role from this round.

I'm sorry it's not better news. If you ever want some thoughts on the portfolio, feel free to ask.

Ben
Creative Director, Marlow & Finch
""",
        expect=dict(
            company="Marlow & Finch",
            contact="Ben Carter",
            role="Brand Designer",
            stage="portfolio",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="workday-after-interview-reapply-6mo",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender="Pinecrest University <pinecrest@myworkday.com>",
        subject="Application Status Update",
        date="Thu, 05 Nov 2026 21:00:00 -0700",
        body="""Dear Robin,

Thank you for interviewing for the Research Administrator position in the Office of Sponsored Programs at Pinecrest University. The search committee appreciated the opportunity to meet with you during the panel interview.

After careful consideration, the committee has selected another finalist for the position.

Candidates may reapply to positions after 6 months.

Pinecrest University Human Resources
""",
        expect=dict(
            company="Pinecrest University",
            contact="",
            role="Research Administrator",
            stage="final",
            date="2026-11-05",
            reapply_after="2027-05-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-short-slack-style",
        kind="txt",
        body="""hi! so sorry, we went with someone else for the junior dev role after the phone call. thanks for your time!! - Mia @ Sprocket""",
        expect=dict(
            company="Sprocket",
            contact="Mia",
            role="Junior Developer",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="smartrecruiters-technical-assessment",
        kind="eml",
        html=True,
        sender='"Vantage Freight" <noreply@smartrecruiters.com>',
        subject="Your application for QA Automation Engineer at Vantage Freight",
        date="Tue, 03 Nov 2026 07:55:00 +0000",
        body="""Dear Oskar,

Thank you for completing the online coding assessment for the QA Automation Engineer position at Vantage Freight.

We have now reviewed the results and, unfortunately, we will not be moving your application forward.

We do not provide feedback on assessment results.

Best wishes,
Vantage Freight Talent Acquisition
""",
        expect=dict(
            company="Vantage Freight",
            contact="",
            role="QA Automation Engineer",
            stage="technical",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="own-domain-phone-screen-questions",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Hiroshi Tanaka <hiroshi@mosaicbio.com>",
        subject="Thank you for your time",
        date="Mon, 23 Nov 2026 12:00:00 +0900",
        body="""Dear Ms. Alvarez,

Thank you for the recruiter screen on Friday regarding the Lab Operations Associate position at Mosaic Bio.

We have decided to move forward with other applicants at this time. If you have any questions about the process, please don't hesitate to contact me.

Sincerely,
Hiroshi Tanaka
Recruiting Coordinator
Mosaic Bio, Inc.
""",
        expect=dict(
            company="Mosaic Bio",
            contact="Hiroshi Tanaka",
            role="Lab Operations Associate",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-nested-forward",
        kind="txt",
        body="""Sharing so you can see what they said :(

-------- Original Message --------
Subject: Fwd: Customer Success Manager
From: me <kim.ortiz@outlook.com>

> ---------- Forwarded message ---------
> From: Rachel Adeyemi <rachel.adeyemi@harborlight.co>
> Date: Mon, Nov 16, 2026 at 4:20 PM
> Subject: Customer Success Manager
>
> Hi Kim,
>
> Thank you for meeting with the team for the final round panel on Thursday.
> We really enjoyed the conversation, but we have chosen another candidate for
> the Customer Success Manager position.
>
> I know that's hard to hear after such a long process. I'd be glad to share some
> feedback if you'd like it.
>
> Rachel Adeyemi
> People Operations, Harborlight
""",
        expect=dict(
            company="Harborlight",
            contact="Rachel Adeyemi",
            role="Customer Success Manager",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="gh-utf8-base64-german",
        kind="eml",
        encoding="base64",
        sender='"Jonas Weber via Greenhouse" <no-reply@us.greenhouse-mail.io>',
        subject="Ihre Bewerbung / Your application – Mobile Engineer (iOS)",
        date="Wed, 25 Nov 2026 09:15:00 +0100",
        body="""Hi Mara,

thank you for your application for the Mobile Engineer (iOS) position at Fjordlicht and for taking the time for the technical interview with our team.

We have decided to continue with other candidates. We're happy to give you feedback on the interview — just reply to this email.

Viele Grüße / Best wishes
Jonas Weber
Fjordlicht GmbH
""",
        expect=dict(
            company="Fjordlicht",
            contact="Jonas Weber",
            role="Mobile Engineer (iOS)",
            stage="technical",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-no-role-named",
        kind="txt",
        body="""Hi there,

Thanks for reaching out about opportunities at Copperleaf Studio. We've looked at your application and we don't have a fit right now.

Best of luck!
Copperleaf Studio
""",
        expect=dict(
            company="Copperleaf Studio",
            contact="",
            role="",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="lever-position-closed",
        kind="eml",
        html=True,
        html_only=True,
        sender='"Aurora Maps" <no-reply@hire.lever.co>',
        subject="Aurora Maps - GIS Analyst",
        date="Sun, 15 Nov 2026 23:59:00 +0000",
        body="""Hello Femi,

Thank you for your interest in the GIS Analyst role at Aurora Maps.

We wanted to let you know that this position has been closed and we will not be moving forward with any further candidates for it.

Please keep an eye on our careers page for future openings.

Aurora Maps Talent
""",
        expect=dict(
            company="Aurora Maps",
            contact="",
            role="GIS Analyst",
            stage=None,
            date="2026-11-15",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="ashby-case-study-feedback-declined",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Elena Petrova" <elena@ashbyhq.com>',
        reply_to="elena.petrova@gridwise.energy",
        subject="Gridwise: Senior Product Manager",
        date="Thu, 19 Nov 2026 15:05:00 +0000",
        body="""Hi Sasha,

Thank you for presenting your case study to the product team on Monday. We appreciate the work you put into it.

We have decided not to move forward with your candidacy for the Senior Product Manager role. Unfortunately, as a matter of policy we're not able to provide specific feedback.

Best,
Elena Petrova
Talent Partner, Gridwise
""",
        expect=dict(
            company="Gridwise",
            contact="Elena Petrova",
            role="Senior Product Manager",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-thanks-for-interviewing-phone",
        kind="txt",
        body="""Subject: Operations Analyst at Westbrook Logistics

Hi Jess,

It was great talking with you on the phone last Tuesday. Unfortunately, we've decided to move forward with another candidate for the Operations Analyst position.

I'll keep your resume on file and reach out if something opens up that suits you better.

Thanks,
Omar Siddiqui
Talent Acquisition
Westbrook Logistics
(555) 010-4477
""",
        expect=dict(
            company="Westbrook Logistics",
            contact="Omar Siddiqui",
            role="Operations Analyst",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="eml-big5-nonutf-charset",
        kind="eml",
        encoding="base64",
        charset="iso-8859-15",
        sender="Recrutement Boréal <recrutement@boreal-conseil.fr>",
        subject="Candidature - Consultant Junior",
        date="Tue, 24 Nov 2026 17:20:00 +0100",
        body="""Hi Hugo,

Thank you for your application for the Consultant Junior position at Boréal Conseil.

After reviewing your profile, we have decided not to pursue your application. We will keep your CV on file for 6 months and may contact you again.

Best regards,
Recrutement Boréal Conseil
""",
        expect=dict(
            company="Boréal Conseil",
            contact="",
            role="Consultant Junior",
            stage="application",
            date="2026-11-24",
            reapply_after="2027-05-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="gh-team-signoff-interview-generic",
        kind="eml",
        html=True,
        sender='"Kindred Health" <no-reply@us.greenhouse-mail.io>',
        subject="Update on your Kindred Health application",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        body="""Hi Ray,

Thank you for interviewing with us for the Nurse Care Coordinator role. We enjoyed getting to know you during the interview process.

After much consideration, we have decided to pursue other candidates at this time.

We will not be able to share feedback, but we hope you'll consider Kindred Health again in the future.

Best,
The Talent Team at Kindred Health
""",
        expect=dict(
            company="Kindred Health",
            contact="",
            role="Nurse Care Coordinator",
            stage="phone_screen",
            date="2026-11-30",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-offer-withdrawn-budget",
        kind="txt",
        body="""Hi Sofia,

I'm writing with difficult news. Because the budget for the Content Strategist role was cut this week, Pebble & Co. has to withdraw the offer we extended on the 2nd.

I'm truly sorry. This reflects our circumstances, not you. Happy to answer any questions you have and to act as a reference.

Kind regards,
Nadia Haddad
Managing Editor, Pebble & Co.
""",
        expect=dict(
            company="Pebble & Co.",
            contact="Nadia Haddad",
            role="Content Strategist",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="eml-truncated-date-missing",
        kind="eml",
        sender="careers@ironbarkconstruction.com.au",
        subject="Site Engineer application",
        date="",
        body="""G'day Liam,

Thanks for applying for the Site Engineer role with Ironbark Construction. We've reviewed all applications and unfortunately yours hasn't been shortlisted on this occasion.

We'll hold your details for 3 months should anything similar come up.

Cheers,
Ironbark Construction HR
""",
        expect=dict(
            company="Ironbark Construction",
            contact="",
            role="Site Engineer",
            stage="application",
            date=None,
            reapply_after="2027-02-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="workday-hiring-manager-interview",
        kind="eml",
        html=True,
        sender="Summit Outdoor Co. <summitoutdoor@myworkday.com>",
        subject="Thank you for your interest in Summit Outdoor Co.",
        date="Tue, 17 Nov 2026 15:00:00 -0700",
        body="""Hi Drew,

Thank you for taking the time to interview with our hiring manager for the Retail Store Manager - Boulder role.

While your experience is impressive, we have decided to move forward with another candidate at this time.

You are welcome to apply for future openings after 30 days.

Regards,
Summit Outdoor Co. Recruiting
""",
        expect=dict(
            company="Summit Outdoor Co.",
            contact="",
            role="Retail Store Manager - Boulder",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after="2026-12-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-person-note-linkedin",
        kind="txt",
        body="""Hi Amara — thanks again for the chat about the UX Researcher role at Tessellate. We've decided to go with a candidate who has more quant research experience. It was a close call and I genuinely enjoyed our conversation. Happy to give you feedback anytime, just ping me here.

Cheers,
Jonah Feld
Research Lead at Tessellate
""",
        expect=dict(
            company="Tessellate",
            contact="Jonah Feld",
            role="UX Researcher",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
