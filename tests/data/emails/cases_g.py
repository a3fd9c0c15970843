"""Rejection emails written for this project, part G: dev data, first used as a blind probe.

Written after part F's fixes and scored once before any change they prompted
(the figures are in make_fixtures.py): reply chains where the applicant wrote
last, an applicant's own forward with their signature on top, LinkedIn and
text-message notes, heavy applicant-system templates, and names and stages
worded in yet other ways. Dev data from then on.
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="g-reply-chain-applicant-wrote-last",
        kind="txt",
        body="""Thanks Marcus, I appreciate you letting me know. I'd love any feedback you can share.

Best,
Jo

On Mon, Nov 16, 2026 at 4:05 PM Marcus Tran <marcus.tran@fernway.com> wrote:
> Hi Jo,
>
> Thanks for meeting with the team for the final round of interviews for the Solutions Architect role.
>
> We've decided to go with another candidate. I'm happy to hop on a call and share what the panel said.
>
> Best,
> Marcus Tran
> Recruiting Manager, Fernway
""",
        expect=dict(
            company="Fernway",
            contact="Marcus Tran",
            role="Solutions Architect",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="g-self-forward-with-own-signature",
        kind="txt",
        body="""Note to self - log this one.

Jo Park
jo.park@example.org

---------- Forwarded message ---------
From: Helena Sørensen <helena@blaavand.dk>
Date: Wed, Nov 18, 2026 at 10:20 AM
Subject: Your application - Content Designer
To: Jo Park <jo.park@example.org>


Dear Jo,

Thank you for your application for the Content Designer position at Blåvand.

We have decided not to invite you to an interview this time. We will keep your application on file for 6 months.

Venlig hilsen
Helena Sørensen
People & Culture, Blåvand
""",
        expect=dict(
            company="Blåvand",
            contact="Helena Sørensen",
            role="Content Designer",
            stage="application",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-linkedin-message",
        kind="txt",
        body="""Priyanka Desai
Talent Partner at Quillon

Hi Jo, thanks so much for your patience. I just heard back from the hiring manager for the Analytics Engineer role, and unfortunately they've decided not to move forward after the technical screen. I'm sorry it's not better news! Happy to give you a bit more detail if you want to hop on a quick call.
""",
        expect=dict(
            company="Quillon",
            contact="Priyanka Desai",
            role="Analytics Engineer",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="g-icims-long-template",
        kind="eml",
        html=True,
        html_only=True,
        encoding="base64",
        sender="Harrowgate Hospital Careers <careers@harrowgate.icims.com>",
        subject="Harrowgate Hospital: Status of your application for Medical Laboratory Scientist (Req #24-1187)",
        date="Thu, 19 Nov 2026 05:30:00 -0500",
        body="""Dear Jo Park,

Thank you for your interest in employment opportunities with Harrowgate Hospital and for applying to the Medical Laboratory Scientist (Req #24-1187) position.

We received many applications for this position. After careful review, we have selected candidates whose experience more closely matches the needs of the department.

Your profile remains in our talent community, and we encourage you to continue to review our openings.

This mailbox is not monitored. Please do not reply to this email.

Harrowgate Hospital Talent Acquisition
""",
        expect=dict(
            company="Harrowgate Hospital",
            contact="",
            role="Medical Laboratory Scientist",
            stage="application",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-text-message-style-lowercase",
        kind="txt",
        body="""hey jo its mike from lakeside auto. we went with someone else for the service advisor spot, sorry man. keep in touch""",
        expect=dict(
            company="Lakeside Auto",
            contact="Mike",
            role="Service Advisor",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-spanish-double-surname",
        kind="eml",
        sender="María Fernanda López Ortega <mflopez@grupoandino.com.co>",
        subject="Proceso de selección - Analista Financiero",
        date="Tue, 17 Nov 2026 09:15:00 -0500",
        body="""Estimado Jo,

Thank you for participating in the selection process for the Financial Analyst position at Grupo Andino, including the psychometric test and the interview with the finance director.

We regret to inform you that you were not selected. We will keep your CV in our database for one year.

Cordial saludo,
María Fernanda López Ortega
Analista de Talento Humano
Grupo Andino S.A.S.
""",
        expect=dict(
            company="Grupo Andino",
            contact="María Fernanda López Ortega",
            role="Financial Analyst",
            stage="technical",
            date="2026-11-17",
            reapply_after="2027-11-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-greenhouse-hiring-manager-signs",
        kind="eml",
        html=True,
        sender="Owen Mbeki <no-reply@us.greenhouse-mail.io>",
        reply_to="owen.mbeki@tallgrass.energy",
        subject="Tallgrass Energy - Field Service Technician",
        date="Mon, 16 Nov 2026 14:14:00 -0600",
        body="""Hi Jo,

Thanks for coming out to the site visit and ride-along last week. You clearly know your way around a turbine.

We've offered the Field Service Technician position to another candidate who lives closer to the site. I'd be glad to keep you in mind for the next opening in your area.

Thanks,
Owen Mbeki
Operations Manager
Tallgrass Energy
""",
        expect=dict(
            company="Tallgrass Energy",
            contact="Owen Mbeki",
            role="Field Service Technician",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-ms-only-surname-signer",
        kind="txt",
        body="""Dear Jo Park,

RE: Application for the post of Administrative Officer (Ref. AO/2026/44)

Thank you for attending the interview on 12 November. I regret to inform you that on this occasion you have not been successful.

If you would like feedback on your interview, please contact me on 01632 960 044.

Yours sincerely,

Ms J. Whitcombe
HR Adviser
Fenmoor District Council
""",
        expect=dict(
            company="Fenmoor District Council",
            contact="Ms J. Whitcombe",
            role="Administrative Officer",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="g-lever-no-person-talent-team",
        kind="eml",
        html=True,
        sender="Brightforge <no-reply@hire.lever.co>",
        subject="Thank you for your interest in Brightforge",
        date="Sat, 14 Nov 2026 02:00:00 +0000",
        body="""Hi Jo,

Thank you for your interest in the Senior iOS Engineer role at Brightforge. Our team has carefully reviewed your application and, unfortunately, we will not be moving forward at this time.

We appreciate your interest in Brightforge and wish you the best in your search.

Cheers,
The Brightforge Talent Team
""",
        expect=dict(
            company="Brightforge",
            contact="",
            role="Senior iOS Engineer",
            stage="application",
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-hindi-name-with-ji",
        kind="eml",
        sender="Sunita Rao <sunita.rao@vedantasoft.in>",
        subject="Interview feedback - QA Automation Engineer",
        date="Thu, 12 Nov 2026 18:45:00 +0530",
        body="""Dear Jo,

Thank you for attending the three rounds of interviews for the QA Automation Engineer position, including the automation assignment.

After evaluating all candidates, we regret that we cannot offer you the position. Please feel free to reach out if you would like to know the areas the panel felt you could strengthen.

Regards,
Sunita Rao
Senior Manager - Talent Acquisition
Vedanta Soft Pvt. Ltd.
""",
        expect=dict(
            company="Vedanta Soft",
            contact="Sunita Rao",
            role="QA Automation Engineer",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="g-offer-rescinded-formal",
        kind="eml",
        sender="Gregory Hales <ghales@norrington.com>",
        subject="Your offer of employment",
        date="Wed, 11 Nov 2026 11:30:00 +0000",
        body="""Dear Jo,

I am writing with regret regarding the offer of employment for the position of Senior Buyer, dated 2 November.

Following a restructuring of the procurement function, Norrington is no longer able to proceed with this appointment, and the offer is therefore withdrawn.

I appreciate how disappointing this is. Please call me if you would like to discuss this.

Yours sincerely,
Gregory Hales
Group HR Director
Norrington plc
""",
        expect=dict(
            company="Norrington",
            contact="Gregory Hales",
            role="Senior Buyer",
            stage="offer",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="g-portfolio-review-outlook",
        kind="txt",
        body="""From: Theo Lambert <theo@northlightarchitects.com>
Sent: Friday, November 6, 2026 2:47 PM
To: Jo Park
Subject: RE: Part II Architectural Assistant

Hi Jo,

Thanks for your patience. The partners have now been through the portfolios we received for the Part II Architectural Assistant role, and I'm afraid we won't be taking yours forward to interview.

There was some lovely work in there, particularly the housing scheme.

Kind regards,

Theo Lambert
Associate | Northlight Architects
""",
        expect=dict(
            company="Northlight Architects",
            contact="Theo Lambert",
            role="Part II Architectural Assistant",
            stage="portfolio",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-two-people-cc-signer-second",
        kind="eml",
        sender="Ravi Iyer <ravi@tessellate.io>",
        subject="Re: Tessellate - Staff Data Scientist",
        date="Tue, 10 Nov 2026 20:20:00 -0800",
        body="""Hi Jo,

Looping in Claire, who ran your onsite. Claire, thanks for putting the loop together.

We've made the tough call not to move forward with an offer for the Staff Data Scientist role. Both Claire and I would be happy to talk through the debrief if that would be useful.

Ravi
CTO, Tessellate
""",
        expect=dict(
            company="Tessellate",
            contact="Ravi Iyer",
            role="Staff Data Scientist",
            stage="final",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="g-personio-german-formal",
        kind="eml",
        html=True,
        sender="Julia Wagner <julia.wagner@personio-mail.de>",
        reply_to="jobs@kranich-medien.de",
        subject="Deine Bewerbung als Social Media Manager (m/w/d)",
        date="Mon, 09 Nov 2026 08:05:00 +0100",
        body="""Hallo Jo,

vielen Dank for your application as Social Media Manager (m/w/d) at Kranich Medien and for the time you invested.

Unfortunately we have decided on another candidate. We wish you all the best.

Viele Grüße
Julia Wagner
Kranich Medien GmbH
""",
        expect=dict(
            company="Kranich Medien",
            contact="Julia Wagner",
            role="Social Media Manager",
            stage="application",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-apply-again-next-year-quarter",
        kind="txt",
        body="""Hi Jo,

Thanks for applying to the 2027 Summer Analyst program at Birchwood Capital. We had a record number of applicants this year and were not able to offer you a first-round interview.

We hope you will apply again for next year's program; applications typically open in 10 months.

Best,
Birchwood Capital Campus Recruiting
""",
        expect=dict(
            company="Birchwood Capital",
            contact="",
            role="2027 Summer Analyst Program",
            stage="application",
            date=None,
            reapply_after="2027-09-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-smartrecruiters-person-display-team-sign",
        kind="eml",
        html=True,
        sender="Nadia Petrova <no-reply@smartrecruiters.com>",
        subject="Update on your Logistics Coordinator application",
        date="Sun, 08 Nov 2026 16:00:00 +0100",
        body="""Dear Jo,

Thank you for taking the time to complete the phone interview with us for the Logistics Coordinator position at Danube Freight.

We regret to inform you that we have decided to continue with other candidates.

Kind regards,
Danube Freight Recruitment Team
""",
        expect=dict(
            company="Danube Freight",
            contact="Nadia Petrova",
            role="Logistics Coordinator",
            stage="phone_screen",
            date="2026-11-08",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-nickname-sign-display-formal",
        kind="eml",
        sender="Elizabeth Hargreaves <liz@thimbleandthread.co.uk>",
        subject="Shop Assistant",
        date="Sat, 07 Nov 2026 12:12:00 +0000",
        body="""Hi Jo,

Lovely to meet you on Thursday. I've decided to offer the Saturday shop assistant job to someone who can also cover Sundays, so it's a no this time, but I'll keep your details on file for 3 months in case anything changes.

Liz x
""",
        expect=dict(
            company="Thimble and Thread",
            contact="Elizabeth Hargreaves",
            role="Saturday Shop Assistant",
            stage="phone_screen",
            date="2026-11-07",
            reapply_after="2027-02-07",
            feedback_invited=False,
        ),
    ),
    dict(
        id="g-ashby-take-home-feedback-attached",
        kind="eml",
        html=True,
        sender="Kofi Boateng via Ashby <no-reply@ashbyhq.com>",
        reply_to="kofi@lattice.health",
        subject="Lattice Health — Senior Backend Engineer",
        date="Fri, 06 Nov 2026 15:40:00 +0000",
        body="""Hi Jo,

Thank you for the work you put into the take-home assignment for the Senior Backend Engineer role. The reviewers liked your tests but felt the data model would not scale to our volumes.

We won't be progressing to the next stage. I've included the reviewers' written notes below in case they're useful, and I'm glad to answer any questions.

Kofi
""",
        expect=dict(
            company="Lattice Health",
            contact="Kofi Boateng",
            role="Senior Backend Engineer",
            stage="technical",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="g-no-contact-signature-company-only",
        kind="eml",
        sender="Pelican Press <editorial@pelicanpress.org>",
        subject="Editorial Assistant application",
        date="Thu, 05 Nov 2026 10:00:00 -0500",
        body="""Dear Jo,

Thank you for sending your writing samples with your application for the Editorial Assistant position.

We regret that we are unable to offer you an interview, and because of the number of applications we cannot provide feedback on individual submissions.

Pelican Press
""",
        expect=dict(
            company="Pelican Press",
            contact="",
            role="Editorial Assistant",
            stage="portfolio",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
