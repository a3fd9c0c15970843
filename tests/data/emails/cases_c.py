"""Rejection emails written for this project, part C: the second frozen test half.

Written after the first frozen half (from parts A and B) had been scored once;
parts A and B are all dev data since. These are scored only at the end.
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="c-icims-application",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Riverbend Health System <talent@riverbendhealth.icims.com>",
        subject="Your application for Patient Access Representative",
        date="Mon, 07 Dec 2026 08:15:00 -0600",
        body="""Dear Taylor,

Thank you for your interest in the Patient Access Representative position with Riverbend Health System.

We have reviewed your application and have decided to pursue other candidates whose qualifications more closely meet our needs at this time.

We encourage you to continue to visit our website and apply for positions that match your skills.

Sincerely,
Riverbend Health System Talent Acquisition
""",
        expect=dict(
            company="Riverbend Health System",
            contact="",
            role="Patient Access Representative",
            stage="application",
            date="2026-12-07",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-teamtailor-phone",
        kind="eml",
        html=True,
        html_only=True,
        sender="Freja Holm <freja.holm@teamtailor-mail.com>",
        reply_to="freja.holm@nordvik.io",
        subject="Nordvik - Customer Support Specialist",
        date="Tue, 01 Dec 2026 14:40:00 +0100",
        body="""Hi Luca,

Thank you for the call on Thursday and for telling me about your experience in support.

Unfortunately we have decided to continue with other candidates for the Customer Support Specialist role. I'd be happy to give you some feedback from our conversation if you want it.

Best regards,
Freja Holm
People Partner, Nordvik
""",
        expect=dict(
            company="Nordvik",
            contact="Freja Holm",
            role="Customer Support Specialist",
            stage="phone_screen",
            date="2026-12-01",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-workable-technical",
        kind="eml",
        html=True,
        encoding="base64",
        sender='"Hexbyte Software" <noreply@workablemail.com>',
        subject="Your application for Embedded Software Engineer at Hexbyte Software",
        date="Wed, 02 Dec 2026 10:00:00 +0200",
        body="""Hi Nikos,

Thank you for completing the technical interview for the Embedded Software Engineer role at Hexbyte Software.

After reviewing the results with the team, we've decided not to move forward with your application.

We're unable to provide individual feedback at this stage.

Kind regards,
Hexbyte Software Hiring Team
""",
        expect=dict(
            company="Hexbyte Software",
            contact="",
            role="Embedded Software Engineer",
            stage="technical",
            date="2026-12-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-paste-gmail-forward-portfolio",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Studio Kiln <hello@studiokiln.co.uk>
Date: Thu, 3 Dec 2026 at 11:02
Subject: Junior Product Designer
To: <m.abara@gmail.com>


Hi Maya,

Thanks for applying for the Junior Product Designer role and for sending your portfolio. We had a good look through your case studies.

We've decided not to take your application to the interview stage this time. We'd be happy to see you apply again in 6 months.

Best,
Studio Kiln
""",
        expect=dict(
            company="Studio Kiln",
            contact="",
            role="Junior Product Designer",
            stage="portfolio",
            date="2026-12-03",
            reapply_after="2027-06-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-own-domain-final-formal",
        kind="eml",
        encoding="quoted-printable",
        sender="Dr. Helen Marsh <h.marsh@northgate.ac.uk>",
        subject="Lecturer in Economics - interview outcome",
        date="Fri, 04 Dec 2026 16:30:00 +0000",
        body="""Dear Dr Idowu,

Thank you for attending the interview and giving the presentation for the post of Lecturer in Economics at Northgate University. The panel very much enjoyed meeting you.

I am sorry to say that, after careful deliberation, the panel has decided to offer the post to another candidate.

Should you wish to receive feedback, please contact me and I will be glad to arrange it.

Yours sincerely,

Dr Helen Marsh
Head of School of Economics
Northgate University
""",
        expect=dict(
            company="Northgate University",
            contact="Helen Marsh",
            role="Lecturer in Economics",
            stage="final",
            date="2026-12-04",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-paste-casual-linkedin-dm",
        kind="txt",
        body="""Hey Sam! Thanks so much for your time on the phone last week. The team decided to go with someone with a bit more fintech background for the Growth Marketer role, so we won't be moving forward. Really enjoyed chatting though!

Leah Kim
Talent @ Coinpath
""",
        expect=dict(
            company="Coinpath",
            contact="Leah Kim",
            role="Growth Marketer",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-bamboohr-application-reapply",
        kind="eml",
        html=True,
        sender='"Wildflower Bakery Co." <notifications@app.bamboohr.com>',
        subject="Thank you for applying to Wildflower Bakery Co.",
        date="Sat, 05 Dec 2026 09:30:00 -0800",
        body="""Hi Jordan,

Thank you for applying for the Assistant Bakery Manager position. We appreciate your interest in Wildflower Bakery Co.

After reviewing your application, we have decided to move forward with other candidates.

You are welcome to apply again after 3 months.

Thanks,
Wildflower Bakery Co. Hiring Team
""",
        expect=dict(
            company="Wildflower Bakery Co.",
            contact="",
            role="Assistant Bakery Manager",
            stage="application",
            date="2026-12-05",
            reapply_after="2027-03-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-gh-assessment-koi8",
        kind="eml",
        encoding="base64",
        charset="koi8-r",
        sender='"Ivan Sokolov via Greenhouse" <no-reply@us.greenhouse-mail.io>',
        subject="Backend Developer (Go) at Pyxis Cloud",
        date="Mon, 30 Nov 2026 12:00:00 +0300",
        body="""Hi Olga,

Thank you for completing the coding assessment for the Backend Developer (Go) role at Pyxis Cloud.

The team reviewed your solution and unfortunately we will not be moving forward. If you have any questions, feel free to reply to this email.

С уважением / Best regards,
Ivan Sokolov
Technical Recruiter, Pyxis Cloud
""",
        expect=dict(
            company="Pyxis Cloud",
            contact="Ivan Sokolov",
            role="Backend Developer (Go)",
            stage="technical",
            date="2026-11-30",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-paste-offer-rescinded-outlook",
        kind="txt",
        body="""From: Carla Mendes <carla.mendes@vitrolab.com>
Sent: Wednesday, December 2, 2026 9:41 AM
To: Ben Osei
Subject: Your offer for Quality Control Chemist

Dear Ben,

I regret to inform you that Vitrolab must withdraw the offer for the Quality Control Chemist position. Following a change in our production plans, the role will no longer be filled this year.

I am very sorry for the disruption this causes. Please feel free to contact me with any questions.

Kind regards,
Carla Mendes
HR Manager
Vitrolab
""",
        expect=dict(
            company="Vitrolab",
            contact="Carla Mendes",
            role="Quality Control Chemist",
            stage="offer",
            date="2026-12-02",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-smartrecruiters-video-interview",
        kind="eml",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        sender='"Albion Rail" <noreply@smartrecruiters.com>',
        subject="Albion Rail: Station Operations Supervisor",
        date="Thu, 03 Dec 2026 17:05:00 +0000",
        body="""Dear Kieran,

Thank you for taking part in the video interview for the Station Operations Supervisor role at Albion Rail.

On this occasion we will not be progressing your application. We will keep your details on file for 6 months in case a suitable role arises.

Kind regards,
Albion Rail Resourcing Team
""",
        expect=dict(
            company="Albion Rail",
            contact="",
            role="Station Operations Supervisor",
            stage="phone_screen",
            date="2026-12-03",
            reapply_after="2027-06-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-paste-reply-chain-technical",
        kind="txt",
        body="""Thanks Priya, I appreciate you letting me know.

On Mon, Nov 30, 2026 at 3:22 PM Priya Shah <priya@loomwork.dev> wrote:
> Hi Tariq,
>
> Thanks again for the system design round with our platform team. We've
> decided not to move forward for the Senior Backend Engineer role.
>
> I'd be glad to share the interviewers' notes if that would help.
>
> Priya Shah
> Engineering Manager, Loomwork
""",
        expect=dict(
            company="Loomwork",
            contact="Priya Shah",
            role="Senior Backend Engineer",
            stage="technical",
            date="2026-11-30",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-workday-no-stage",
        kind="eml",
        html=True,
        sender="Granary Foods <granaryfoods@myworkday.com>",
        subject="Update regarding Procurement Analyst",
        date="Tue, 08 Dec 2026 02:00:00 +0000",
        body="""Hello Sana,

We wanted to let you know that the Procurement Analyst requisition has been cancelled and we will not be filling the position at this time.

We appreciate your interest in Granary Foods.

Granary Foods Talent Acquisition
""",
        expect=dict(
            company="Granary Foods",
            contact="",
            role="Procurement Analyst",
            stage=None,
            date="2026-12-08",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-own-domain-panel-french",
        kind="eml",
        encoding="quoted-printable",
        charset="iso-8859-1",
        sender="Amélie Rousseau <a.rousseau@lumiere-vision.fr>",
        subject="Product Owner - suite à votre entretien",
        date="Wed, 09 Dec 2026 11:45:00 +0100",
        body="""Bonjour Karim,

Thank you for meeting our panel for the final interview for the Product Owner position at Lumière Vision.

We have chosen another candidate whose experience is closer to our needs. I remain available if you would like feedback on your interviews.

Bien cordialement,
Amélie Rousseau
Responsable Recrutement
Lumière Vision
""",
        expect=dict(
            company="Lumière Vision",
            contact="Amélie Rousseau",
            role="Product Owner",
            stage="final",
            date="2026-12-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-paste-plain-no-greeting",
        kind="txt",
        body="""Thank you for your application for the Warehouse Associate role at Hollis Supply.

Unfortunately your application has not been successful on this occasion. We receive many applications and cannot give feedback to each applicant.

Hollis Supply Recruitment
""",
        expect=dict(
            company="Hollis Supply",
            contact="",
            role="Warehouse Associate",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-lever-recruiter-personal-phone",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Owen Price" <no-reply@hire.lever.co>',
        reply_to="owen@marigoldhq.com",
        subject="Marigold - Account Manager",
        date="Thu, 10 Dec 2026 15:15:00 -0500",
        body="""Hi Tess,

Thanks for making time for our intro call on Monday. I enjoyed hearing about your client work.

After syncing with the hiring manager, we've decided not to move forward for the Account Manager role. We'd love for you to apply again in 6 months as the team grows.

Owen Price
Recruiter | Marigold
""",
        expect=dict(
            company="Marigold",
            contact="Owen Price",
            role="Account Manager",
            stage="phone_screen",
            date="2026-12-10",
            reapply_after="2027-06-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-ashby-onsite-declined-feedback",
        kind="eml",
        html=True,
        html_only=True,
        sender='"Kite & Key" <no-reply@ashbyhq.com>',
        subject="Kite & Key: Senior iOS Engineer",
        date="Fri, 11 Dec 2026 18:20:00 +0000",
        body="""Hi Ruth,

Thank you for the time you spent with us at the onsite last week.

We've decided to move forward with another candidate for the Senior iOS Engineer role. Unfortunately, we aren't able to share specific feedback.

We wish you the very best,
The Kite & Key Recruiting Team
""",
        expect=dict(
            company="Kite & Key",
            contact="",
            role="Senior iOS Engineer",
            stage="final",
            date="2026-12-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-paste-apple-forward-application",
        kind="txt",
        body="""Begin forwarded message:

From: Careers at Oakhurst Council <jobs@oakhurst.gov.uk>
Subject: Application outcome: Environmental Health Officer
Date: 7 December 2026 at 10:04:55 GMT
To: Fern Adebayo <fern.adebayo@me.com>

Dear Fern,

Thank you for applying for the post of Environmental Health Officer. Having reviewed your application against the person specification, I regret that you have not been shortlisted for interview.

Yours sincerely,
Recruitment Team
Oakhurst Council
""",
        expect=dict(
            company="Oakhurst Council",
            contact="",
            role="Environmental Health Officer",
            stage="application",
            date="2026-12-07",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-personio-german-technical",
        kind="eml",
        html=True,
        encoding="base64",
        sender="Stefan Braun <stefan.braun@personio-mail.de>",
        reply_to="stefan.braun@kranich-software.de",
        subject="Ihre Bewerbung als Java Developer",
        date="Mon, 14 Dec 2026 09:00:00 +0100",
        body="""Hallo Anna,

thank you again for the technical interview for the Java Developer position at Kranich Software and for your time.

After careful consideration we have decided to continue with other candidates. We'd be happy to give you feedback by phone if you'd like.

Beste Grüße
Stefan Braun
Kranich Software GmbH
""",
        expect=dict(
            company="Kranich Software",
            contact="Stefan Braun",
            role="Java Developer",
            stage="technical",
            date="2026-12-14",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-paste-signature-card",
        kind="txt",
        body="""Hi Ada,

Thanks for interviewing with us for the Data Scientist position. It was a competitive process and we've decided to extend an offer to another candidate.

We'll keep your resume on file for a year.

Take care,

Morgan Blake
Director of Analytics
Ridgeview Insurance
m: 555-0134 | morgan.blake@ridgeview-ins.com
""",
        expect=dict(
            company="Ridgeview Insurance",
            contact="Morgan Blake",
            role="Data Scientist",
            stage="phone_screen",
            date=None,
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-eml-hr-generic-no-role",
        kind="eml",
        sender="HR <hr@bellweather-events.com>",
        subject="Your application",
        date="Tue, 15 Dec 2026 13:00:00 +0000",
        body="""Dear applicant,

Thank you for your interest in joining Bellweather Events. We have reviewed your CV and unfortunately we do not have a suitable position for you at present.

Best wishes,
Bellweather Events
""",
        expect=dict(
            company="Bellweather Events",
            contact="",
            role="",
            stage="application",
            date="2026-12-15",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-gh-final-reapply-year",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender='"Sienna Park via Greenhouse" <no-reply@greenhouse.io>',
        subject="Thank you from Mapleleaf Robotics",
        date="Wed, 16 Dec 2026 16:10:00 -0500",
        body="""Hi Gabe,

Thank you for spending the day with us for the final round of interviews for the Controls Engineer role at Mapleleaf Robotics.

The team was impressed, but we've decided to move forward with another candidate. We'd love for you to consider applying again in 12 months.

I'm happy to share feedback from the panel; just let me know a time that works.

Sienna Park
Senior Technical Recruiter
Mapleleaf Robotics
""",
        expect=dict(
            company="Mapleleaf Robotics",
            contact="Sienna Park",
            role="Controls Engineer",
            stage="final",
            date="2026-12-16",
            reapply_after="2027-12-16",
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-paste-html-copy-workday",
        kind="txt",
        body="""Candidate Home

Dear Omar,

Thank you for your interest in the Payroll Specialist position at Bluestone Utilities. After careful review, we have decided to move forward with other candidates whose experience more closely fits the role.

We wish you success in your job search.

Bluestone Utilities Talent Acquisition

This is an automatically generated message. Please do not reply.
Manage notification preferences
""",
        expect=dict(
            company="Bluestone Utilities",
            contact="",
            role="Payroll Specialist",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-own-domain-portfolio-reel",
        kind="eml",
        html=True,
        sender="Theo Grant <theo@northlightanimation.com>",
        subject="Re: 3D Animator application",
        date="Thu, 17 Dec 2026 12:34:00 +0000",
        body="""Hi Rosa,

Thanks for sending your reel through for the 3D Animator role. We really liked your character work.

Sadly we won't be taking things further to interviews at the moment, as we need someone with more rigging experience. Happy to give you a few thoughts on the reel if that's useful.

Cheers,
Theo Grant
Animation Director
Northlight Animation
""",
        expect=dict(
            company="Northlight Animation",
            contact="Theo Grant",
            role="3D Animator",
            stage="portfolio",
            date="2026-12-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-paste-short-text-message",
        kind="txt",
        body="""Hi Jess, it's Kara from Fenwick Dental. Thanks for coming in for the interview for the receptionist role. We've offered it to someone else, sorry! Best of luck.""",
        expect=dict(
            company="Fenwick Dental",
            contact="Kara",
            role="Receptionist",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-eml-utf8-8bit-japanese-sig",
        kind="eml",
        encoding="8bit",
        sender="Kenji Watanabe <k.watanabe@sakura-logistics.jp>",
        subject="Logistics Coordinator - Result",
        date="Fri, 18 Dec 2026 10:00:00 +0900",
        body="""Dear Ms. Chen,

Thank you for taking part in the online interview for the Logistics Coordinator position at Sakura Logistics.

We regret to inform you that we will not be proceeding with your application. Please do not hesitate to contact me if you have any questions.

Best regards,
Kenji Watanabe (渡辺 健二)
Human Resources
Sakura Logistics Co., Ltd.
""",
        expect=dict(
            company="Sakura Logistics",
            contact="Kenji Watanabe",
            role="Logistics Coordinator",
            stage="phone_screen",
            date="2026-12-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-lever-take-home-no-feedback",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender='"Tangent Labs" <no-reply@hire.lever.co>',
        subject="Tangent Labs - Frontend Developer",
        date="Sat, 19 Dec 2026 01:00:00 +0000",
        body="""Hi Omar,

Thank you for submitting the take-home project for the Frontend Developer position. We appreciate the effort you put into it.

After review, we have decided not to move forward. Due to the number of submissions, we aren't able to provide feedback on individual projects.

Best,
Tangent Labs Recruiting
""",
        expect=dict(
            company="Tangent Labs",
            contact="",
            role="Frontend Developer",
            stage="technical",
            date="2026-12-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-paste-nested-quoted-final",
        kind="txt",
        body="""Can you believe this?

> From: Wes Turner <wes@fieldstonebrewing.com>
> Date: Monday, December 14, 2026 at 2:15 PM
> Subject: Head Brewer
>
> Hi Dylan,
>
> Thanks for coming out for the final interview and the brew day. We've decided
> to go with another candidate for the Head Brewer role.
>
> You're welcome to reach out with any questions.
>
> Wes Turner
> Owner, Fieldstone Brewing
""",
        expect=dict(
            company="Fieldstone Brewing",
            contact="Wes Turner",
            role="Head Brewer",
            stage="final",
            date="2026-12-14",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-workday-after-assessment-60-days",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Crown Harbour Bank <crownharbour@myworkday.com>",
        subject="Graduate Analyst Programme 2027",
        date="Mon, 21 Dec 2026 08:00:00 +0000",
        body="""Dear Priyanka,

Thank you for completing the online assessment for the Graduate Analyst Programme 2027 at Crown Harbour Bank.

Unfortunately, on this occasion your results did not meet the threshold to progress to the next stage. You may apply again after 60 days.

Kind regards,
Crown Harbour Bank Early Careers Team
""",
        expect=dict(
            company="Crown Harbour Bank",
            contact="",
            role="Graduate Analyst Programme 2027",
            stage="technical",
            date="2026-12-21",
            reapply_after="2027-02-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-paste-person-note-offer-fell-through",
        kind="txt",
        body="""Hi Nina,

I hate sending this one. Our funding round didn't close, and Brightwater Bio can no longer go ahead with the offer for the Research Associate role that we made last week. I'm so sorry.

If there's anything I can do, including introductions or a reference, please ask.

Dr. Paul Ivers
Founder, Brightwater Bio
""",
        expect=dict(
            company="Brightwater Bio",
            contact="Paul Ivers",
            role="Research Associate",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="c-eml-multipart-mixed-pdf-application",
        kind="eml",
        html=True,
        attachment=True,
        sender="Recruiting <recruiting@ironwoodarchitects.com>",
        subject="Architectural Designer - application update",
        date="Tue, 22 Dec 2026 11:11:00 -0700",
        body="""Hello Mateo,

Thank you for applying for the Architectural Designer position with Ironwood Architects. We have reviewed your application and portfolio.

We will not be moving forward with your candidacy. We have attached our firm brochure for your interest.

Regards,
Ironwood Architects
""",
        expect=dict(
            company="Ironwood Architects",
            contact="",
            role="Architectural Designer",
            stage="portfolio",
            date="2026-12-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="c-paste-recruiter-screen-teams",
        kind="txt",
        body="""Hi Chris,

Thanks for jumping on a Teams call with me yesterday to talk about the IT Support Analyst role at Harlow College.

Having spoken with the hiring manager, we've decided to progress with candidates who have more experience with school networks. Please do get in touch if you'd like any feedback.

Many thanks,
Gemma Shaw
HR Advisor | Harlow College
""",
        expect=dict(
            company="Harlow College",
            contact="Gemma Shaw",
            role="IT Support Analyst",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
