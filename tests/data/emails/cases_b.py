"""Rejection emails written for this project, part B (the generator is make_fixtures.py)."""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="gh-recruiter-signature-application",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Olivia Grant via Greenhouse" <no-reply@us.greenhouse-mail.io>',
        subject="Olivia from Starling Bank Tech",
        date="Mon, 02 Nov 2026 18:30:00 +0000",
        body="""Hi Max,

Thank you for applying to the Site Reliability Engineer position at Starling Bank Tech. I've reviewed your application and, unfortunately, we won't be progressing it further.

We get a very high number of applications and can't give individual feedback, but please do apply again in 6 months if you see a role that fits.

Best wishes,
Olivia Grant
Technical Recruiter
Starling Bank Tech
""",
        expect=dict(
            company="Starling Bank Tech",
            contact="Olivia Grant",
            role="Site Reliability Engineer",
            stage="application",
            date="2026-11-02",
            reapply_after="2027-05-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="lever-onsite-feedback-offered",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender='"Wren Capital" <no-reply@hire.lever.co>',
        subject="Wren Capital - Quantitative Researcher",
        date="Fri, 20 Nov 2026 12:12:12 -0500",
        body="""Hi Ananya,

Thank you for visiting our New York office for the onsite interviews for the Quantitative Researcher role. We know a full day of interviews is demanding.

After a thorough debrief, we will not be extending an offer.

If you would find it useful, our hiring manager would be happy to share feedback over a short call.

Best,
Caleb Moss
Recruiting, Wren Capital
""",
        expect=dict(
            company="Wren Capital",
            contact="Caleb Moss",
            role="Quantitative Researcher",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-portfolio-review-design",
        kind="txt",
        body="""Hi Yuki,

Thank you for submitting your portfolio for the Motion Designer role at Parallax Studio. The team really enjoyed your reel.

We've decided not to move forward to interviews at this time, as we're looking for someone with more 3D work.

All the best,
Parallax Studio Hiring
""",
        expect=dict(
            company="Parallax Studio",
            contact="",
            role="Motion Designer",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="smartrecruiters-phone-interview",
        kind="eml",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        sender='"Meridian Hotels Group" <jobs@smartrecruiters.com>',
        subject="Front Office Supervisor - update",
        date="Wed, 04 Nov 2026 09:40:00 +0000",
        body="""Dear Leila,

Thank you for the telephone interview for the Front Office Supervisor role at Meridian Hotels Group.

We regret to inform you that you have not been selected to proceed to the next stage.

We will retain your details and you are welcome to reapply after 6 months.

Kind regards,
Meridian Hotels Group Recruitment
Privacy notice: we process your data in line with our candidate privacy policy.
""",
        expect=dict(
            company="Meridian Hotels Group",
            contact="",
            role="Front Office Supervisor",
            stage="phone_screen",
            date="2026-11-04",
            reapply_after="2027-05-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="own-domain-technical-pairing",
        kind="eml",
        sender="Zoe Lindqvist <zoe@fablemint.com>",
        subject="Full Stack Engineer role",
        date="Thu, 26 Nov 2026 11:11:00 +0100",
        body="""Hi Ola,

Thank you for the pair programming session with our engineers on Tuesday.

We have decided not to continue with your application for the Full Stack Engineer role. I'd be happy to answer any questions you might have or share more detailed feedback.

Zoe Lindqvist
Engineering Manager | Fablemint
""",
        expect=dict(
            company="Fablemint",
            contact="Zoe Lindqvist",
            role="Full Stack Engineer",
            stage="technical",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-gmail-forward-application-unsub",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Solace Insurance Careers <careers@solaceinsurance.com>
Date: Fri, Nov 6, 2026 at 2:02 AM
Subject: Your application for Claims Adjuster I
To: <drew.k@proton.me>


Dear Drew,

Thank you for applying for the Claims Adjuster I position at Solace Insurance.

After careful consideration of your application, we have decided not to proceed further. Due to the number of applications, we cannot provide feedback.

Sincerely,
Solace Insurance Talent Acquisition

You received this email because you applied for a job. Unsubscribe | Privacy
""",
        expect=dict(
            company="Solace Insurance",
            contact="",
            role="Claims Adjuster I",
            stage="application",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="ashby-final-with-reapply-year",
        kind="eml",
        html=True,
        sender='"Harper at Lattice Point" <no-reply@ashbyhq.com>',
        subject="Lattice Point: Machine Learning Engineer",
        date="Mon, 09 Nov 2026 16:00:00 -0800",
        body="""Hi Ezra,

Thank you for all the time you invested in our process, including the final round with the founders.

We've made the difficult decision not to move forward with your candidacy for the Machine Learning Engineer role. We'd genuinely love to stay in touch and hope you'll consider applying again in 12 months.

Feel free to reply if you have questions.

Harper Quinn
Recruiting Lead, Lattice Point
""",
        expect=dict(
            company="Lattice Point",
            contact="Harper Quinn",
            role="Machine Learning Engineer",
            stage="final",
            date="2026-11-09",
            reapply_after="2027-11-09",
            feedback_invited=True,
        ),
    ),
    dict(
        id="workday-application-plain-noreply",
        kind="eml",
        sender="Crestview Retail <crestview@myworkday.com>",
        subject="Your Candidate Home update",
        date="Thu, 12 Nov 2026 04:00:00 +0000",
        body="""Hello Priya,

Thank you for your interest in the Merchandise Planner role with Crestview Retail.

We have carefully reviewed your qualifications and have decided to move forward with other candidates whose experience more closely aligns with the requirements of the role.

We appreciate your interest and encourage you to visit our careers site for future opportunities.

Crestview Retail Talent Acquisition
Please do not reply to this message. This mailbox is not monitored.
""",
        expect=dict(
            company="Crestview Retail",
            contact="",
            role="Merchandise Planner",
            stage="application",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-signature-phone-screen-no-feedback",
        kind="txt",
        body="""Hi Daniel,

Thank you for taking my call on Monday about the Account Executive opening. After discussing with the sales leadership team, we won't be moving forward with your application.

We're unable to offer feedback at this stage of the process.

Regards,

Fiona Walsh | Talent Acquisition Partner
Keystone Software
fiona.walsh@keystonesoftware.com | +353 1 555 0199
""",
        expect=dict(
            company="Keystone Software",
            contact="Fiona Walsh",
            role="Account Executive",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="eml-multipart-mixed-attachment",
        kind="eml",
        html=True,
        attachment=True,
        sender="Rosa Jimenez <rosa.jimenez@alturalegal.com>",
        subject="Paralegal position - outcome",
        date="Tue, 24 Nov 2026 14:14:00 -0600",
        body="""Dear Mr. Patel,

Thank you for attending the second interview for the Paralegal position at Altura Legal. The partners were impressed by your preparation.

Unfortunately, we have offered the role to a candidate with more litigation experience. I am attaching our interview guide in case it helps with future applications, and I would be happy to discuss feedback by phone.

Respectfully,
Rosa Jimenez
Office Manager
Altura Legal LLP
""",
        expect=dict(
            company="Altura Legal",
            contact="Rosa Jimenez",
            role="Paralegal",
            stage="final",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="gh-portfolio-work-samples",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Thistle & Oak" <no-reply@us.greenhouse-mail.io>',
        subject="Your application to Thistle & Oak",
        date="Wed, 18 Nov 2026 10:30:00 +0000",
        body="""Hi Bea,

Thank you for applying to the Copywriter role at Thistle & Oak and for sending your writing samples.

Our creative team reviewed your work samples, and while there was a lot to like, we won't be moving forward to interviews.

Unfortunately we can't provide individual feedback. We hope you'll apply again in 6 months.

Thistle & Oak People Team
""",
        expect=dict(
            company="Thistle & Oak",
            contact="",
            role="Copywriter",
            stage="portfolio",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-whitespace-mess",
        kind="txt",
        body="""


   Hi   Lucas,\t

Thank you for interviewing for the   Warehouse Team Lead   role at Redpine Distribution.\r
\r
We have decided to move forward with another candidate.\r
   
Best,
   Redpine Distribution HR   


""",
        expect=dict(
            company="Redpine Distribution",
            contact="",
            role="Warehouse Team Lead",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="eml-encoded-headers",
        kind="eml",
        html=True,
        encoding="base64",
        sender='"=?utf-8?q?Bj=C3=B6rn_Nilsson?=" <bjorn@nordljus.se>',
        raw_from=True,
        subject="=?utf-8?b?VXBwZGF0ZXJpbmc6IERldk9wcyBFbmdpbmVlcg==?=",
        raw_subject=True,
        date="Fri, 27 Nov 2026 08:00:00 +0100",
        body="""Hi Aisha,

Thank you for the technical interview with our platform team for the DevOps Engineer role at Nordljus.

We've decided to proceed with another candidate. If you'd like, I can send over written feedback from the interviewers.

Best regards,
Björn Nilsson
Nordljus AB
""",
        expect=dict(
            company="Nordljus",
            contact="Björn Nilsson",
            role="DevOps Engineer",
            stage="technical",
            date="2026-11-27",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-offer-rescinded-short",
        kind="txt",
        body="""Hi Tom, unfortunately Quillon has had to rescind your offer for the Sales Engineer role due to a reorganisation. I'm really sorry. — Beth Adler, Quillon HR""",
        expect=dict(
            company="Quillon",
            contact="Beth Adler",
            role="Sales Engineer",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="lever-application-reapply-3mo-noname",
        kind="eml",
        html=True,
        sender='"Sable Systems" <no-reply@hire.lever.co>',
        subject="Thank you for applying to Sable Systems",
        date="Tue, 10 Nov 2026 06:06:06 +0000",
        body="""Hi,

Thanks for your interest in the Technical Writer position at Sable Systems. After reviewing your application we've decided not to move forward at this time.

You're welcome to apply for other positions after 3 months.

Sable Systems Recruiting
""",
        expect=dict(
            company="Sable Systems",
            contact="",
            role="Technical Writer",
            stage="application",
            date="2026-11-10",
            reapply_after="2027-02-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="own-domain-panel-interview",
        kind="eml",
        encoding="quoted-printable",
        sender="Ngozi Eze <n.eze@cityofbrookhaven.gov>",
        subject="Senior Planner - Panel Interview Outcome",
        date="Thu, 19 Nov 2026 13:30:00 -0500",
        body="""Dear Ms. Kowalski,

Thank you for participating in the panel interview for the Senior Planner position with the City of Brookhaven.

The panel has completed its evaluation and you were not selected for this position. Your application will remain active in our system for one year.

Please contact me if you have questions.

Ngozi Eze
Human Resources Analyst
City of Brookhaven
""",
        expect=dict(
            company="City of Brookhaven",
            contact="Ngozi Eze",
            role="Senior Planner",
            stage="final",
            date="2026-11-19",
            reapply_after="2027-11-19",
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-quoted-reply-chain",
        kind="txt",
        body="""Thanks for letting me know, Ivan.

On Tue, Nov 17, 2026 at 9:14 AM Ivan Petrov <ivan@bramblecloud.com> wrote:
> Hi Lina,
>
> Thank you for your patience. After the system design interview, the team
> decided not to move forward for the Platform Engineer role.
>
> I'm happy to share the interviewers' feedback if you'd like it.
>
> Ivan Petrov
> Engineering Manager, Bramble Cloud
""",
        expect=dict(
            company="Bramble Cloud",
            contact="Ivan Petrov",
            role="Platform Engineer",
            stage="technical",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="gh-internship-application",
        kind="eml",
        html=True,
        html_only=True,
        sender='"Polaris Aerospace" <no-reply@us.greenhouse-mail.io>',
        subject="Polaris Aerospace Application Update",
        date="Sun, 01 Nov 2026 19:00:00 -0800",
        body="""Hi Elijah,

Thank you for applying to our Summer 2027 Propulsion Engineering Intern position.

We received an overwhelming number of strong applications, and after careful review we are unable to offer you an interview for this role.

We encourage you to apply again next year.

Polaris Aerospace University Recruiting
""",
        expect=dict(
            company="Polaris Aerospace",
            contact="",
            role="Summer 2027 Propulsion Engineering Intern",
            stage="application",
            date="2026-11-01",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-formal-uk-interview",
        kind="txt",
        body="""Dear Ms Okonjo,

Re: Finance Business Partner (Ref FBP-118)

Thank you for attending interview with us on 10 November. I am sorry to tell you that on this occasion you have not been successful.

If you would like feedback on your interview, please contact me and I will be pleased to arrange this.

Yours sincerely,

Martin Ellis
Head of Finance
Ashdown Housing Trust
""",
        expect=dict(
            company="Ashdown Housing Trust",
            contact="Martin Ellis",
            role="Finance Business Partner",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="smartrecruiters-no-stage-generic",
        kind="eml",
        html=True,
        encoding="base64",
        charset="utf-8",
        sender='"Lindenhof Pharma" <noreply@smartrecruiters.com>',
        subject="Lindenhof Pharma - Regulatory Affairs Specialist",
        date="Mon, 16 Nov 2026 12:45:00 +0100",
        body="""Dear Petra,

We would like to inform you that we have decided not to consider your candidacy further for the Regulatory Affairs Specialist role.

We thank you for the trust you have placed in Lindenhof Pharma.

Kind regards,
Your Lindenhof Pharma Recruiting Team
""",
        expect=dict(
            company="Lindenhof Pharma",
            contact="",
            role="Regulatory Affairs Specialist",
            stage=None,
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-person-portfolio-no-feedback",
        kind="txt",
        body="""Hey Marco,

Thanks for sending over your portfolio for the Game Artist opening here at Tinderbox Interactive. I went through it with the art lead. We won't be inviting you to interview this time, and I'm afraid I can't give detailed feedback as we've had hundreds of submissions.

Good luck!
Sunita Rao
Studio Coordinator, Tinderbox Interactive
""",
        expect=dict(
            company="Tinderbox Interactive",
            contact="Sunita Rao",
            role="Game Artist",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="eml-latin1-8bit-phone",
        kind="eml",
        encoding="8bit",
        charset="iso-8859-1",
        sender="José Almeida <jose.almeida@solaria-energia.pt>",
        subject="Project Coordinator - Solaria Energia",
        date="Wed, 25 Nov 2026 15:00:00 +0000",
        body="""Olá Inês,

Thank you for the call last week about the Project Coordinator role at Solaria Energia. It was a pleasure speaking with you.

We have decided to continue the process with other candidates. You are welcome to apply again in 6 months.

Cumprimentos,
José Almeida
Solaria Energia
""",
        expect=dict(
            company="Solaria Energia",
            contact="José Almeida",
            role="Project Coordinator",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after="2027-05-25",
            feedback_invited=False,
        ),
    ),
    dict(
        id="ashby-application-signature-coordinator",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Pilot Light AI" <no-reply@ashbyhq.com>',
        subject="Your application to Pilot Light AI",
        date="Tue, 03 Nov 2026 22:22:00 +0000",
        body="""Hi Grace,

Thanks for applying for the Developer Advocate role at Pilot Light AI. We've reviewed your application and decided not to move forward right now.

If you have any questions, just reply to this email.

Best,
Marisol Vega
Recruiting Coordinator
""",
        expect=dict(
            company="Pilot Light AI",
            contact="Marisol Vega",
            role="Developer Advocate",
            stage="application",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="paste-apple-mail-forward-final",
        kind="txt",
        body="""Begin forwarded message:

From: Karen Doyle <kdoyle@silverlakemedical.org>
Subject: Physician Assistant position
Date: November 13, 2026 at 5:47:21 PM EST
To: Sam Rivers <sam.rivers@icloud.com>

Dear Sam,

Thank you for coming in for the on-site interview and shadowing day for the Physician Assistant position. After much deliberation, the committee has chosen another candidate.

We will keep your application on file for 12 months.

Warm regards,
Karen Doyle
Practice Manager
Silver Lake Medical Group
""",
        expect=dict(
            company="Silver Lake Medical Group",
            contact="Karen Doyle",
            role="Physician Assistant",
            stage="final",
            date="2026-11-13",
            reapply_after="2027-11-13",
            feedback_invited=False,
        ),
    ),
    dict(
        id="gh-take-home-reapply-6mo",
        kind="eml",
        html=True,
        sender='"Rowan Ellis via Greenhouse" <no-reply@greenhouse.io>',
        subject="Next steps for Analytics Engineer at Tallgrass",
        date="Fri, 13 Nov 2026 11:00:00 -0600",
        body="""Hi Chloe,

Thanks for submitting the take-home assignment for the Analytics Engineer role. The team reviewed it closely.

Unfortunately we won't be moving you to the onsite. We do not share feedback on take-home submissions, but we'd be glad to see you apply again in 6 months.

Rowan Ellis
Recruiter | Tallgrass
""",
        expect=dict(
            company="Tallgrass",
            contact="Rowan Ellis",
            role="Analytics Engineer",
            stage="technical",
            date="2026-11-13",
            reapply_after="2027-05-13",
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-html-copied-as-text-application",
        kind="txt",
        body="""Ember Fintech
Careers

Hi Kofi,

Thank you for your application for the Compliance Officer role.

After careful review we've decided not to proceed with your application.

View our privacy policy | Unsubscribe
© 2026 Ember Fintech Ltd. All rights reserved. 22 Canal Street, Manchester
""",
        expect=dict(
            company="Ember Fintech",
            contact="",
            role="Compliance Officer",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="own-domain-hiring-manager-final",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Alicia Moreno <alicia@cobaltandrye.com>",
        subject="Re: Head of Customer Experience",
        date="Mon, 23 Nov 2026 17:30:00 -0500",
        body="""Hi Nate,

Thanks again for meeting with our founders for the final interview. I wanted to let you know personally that we've decided to go with another candidate for the Head of Customer Experience role.

It came down to some very specific industry experience. If it would help, I'm glad to walk you through our thinking; just grab a time on my calendar.

Alicia Moreno
COO, Cobalt & Rye
""",
        expect=dict(
            company="Cobalt & Rye",
            contact="Alicia Moreno",
            role="Head of Customer Experience",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="workday-assessment-technical",
        kind="eml",
        html=True,
        html_only=True,
        sender="Orion Telecom <oriontelecom@myworkday.com>",
        subject="Application Update: Network Engineer II",
        date="Wed, 11 Nov 2026 01:01:00 +0000",
        body="""Dear Candidate,

Thank you for completing the technical assessment for the Network Engineer II position at Orion Telecom.

Based on the assessment results, we will not be moving forward with your application. Individual feedback on assessments is not available.

You may apply to other Orion Telecom positions after 60 days.

Orion Telecom Talent Acquisition
""",
        expect=dict(
            company="Orion Telecom",
            contact="",
            role="Network Engineer II",
            stage="technical",
            date="2026-11-11",
            reapply_after="2027-01-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-recruiter-agency-phone",
        kind="txt",
        body="""Hi Harriet,

Quick update from me on the Office Manager role at Larkspur Dental. The practice has decided to go ahead with another candidate after the phone interviews.

Sorry it's not better news!

Kind regards,

Phoebe Lang
Senior Consultant
Larkspur Dental
""",
        expect=dict(
            company="Larkspur Dental",
            contact="Phoebe Lang",
            role="Office Manager",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="lever-final-round-declined-feedback",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Junebug Health" <no-reply@hire.lever.co>',
        subject="Junebug Health - Clinical Operations Lead",
        date="Thu, 26 Nov 2026 14:00:00 -0500",
        body="""Hi Pablo,

Thank you for completing the final round of interviews for our Clinical Operations Lead role. We know it was a big time investment.

After a lot of discussion, we have decided to move forward with another finalist. As a matter of company policy, we don't provide interview feedback.

We wish you the best of luck,
Junebug Health Recruiting Team
""",
        expect=dict(
            company="Junebug Health",
            contact="",
            role="Clinical Operations Lead",
            stage="final",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="paste-short-subject-line-only-role",
        kind="txt",
        body="""Subject: Your application for Barista - Shift Lead at Greenleaf Coffee

Thanks for applying! We've filled the position and won't be moving forward with your application. Please apply again in 2 months when we hire for spring.

Greenleaf Coffee
""",
        expect=dict(
            company="Greenleaf Coffee",
            contact="",
            role="Barista - Shift Lead",
            stage="application",
            date=None,
            reapply_after="2027-01-20",
            feedback_invited=False,
        ),
    ),
]
